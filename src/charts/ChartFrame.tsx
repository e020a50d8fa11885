import { useId, useState, type ReactNode } from 'react';

interface ChartFrameProps {
  title: string;
  subtitle: string;
  empty: string | null;
  alternative: ReactNode;
  children: ReactNode;
}

/** A chart with its title, and a table that states the same numbers in text. */
export function ChartFrame({ title, subtitle, empty, alternative, children }: ChartFrameProps) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h2 id={`${id}-title`} className="chart__title">
          {title}
        </h2>
        <p className="chart__subtitle">{subtitle}</p>
      </figcaption>
      {empty ? (
        <p className="empty">{empty}</p>
      ) : (
        <>
          {/* Not aria-hidden with the table shown: the chart keeps focusable parts (axe: aria-hidden-focus). */}
          <div className="chart__body">{children}</div>
          <button
            type="button"
            className="button button--quiet chart__toggle"
            aria-expanded={showTable}
            aria-controls={`${id}-table`}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? 'Hide the numbers as a table' : 'Show the numbers as a table'}
          </button>
          <div id={`${id}-table`} className={showTable ? 'chart__table' : 'chart__table visually-hidden'}>
            {alternative}
          </div>
        </>
      )}
    </figure>
  );
}
