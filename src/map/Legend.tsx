import type { Lens } from '../domain/vocabulary';
import { readingLabel } from '../domain/labels';
import { legendShades, MARKER_LEGEND, PALE_LEGEND } from '../encoding/reading-encoding';
import { Swatch } from './Swatch';

/** "Paler: latest claim …" → <strong>Paler</strong>: latest claim … */
function named(text: string) {
  const [name, ...rest] = text.split(': ');
  return (
    <>
      <strong>{name}</strong>: {rest.join(': ')}
    </>
  );
}

/** The legend for the lenses on show: under one side's lens alone, no province can read Disputed. */
export function Legend({ lenses }: { lenses: readonly Lens[] }) {
  const entries = legendShades(lenses);
  const oneSideOnly = !entries.some((e) => e.reading === 'disputed');
  return (
    <div className="legend" role="group" aria-label="Legend">
      <ul>
        {entries.map(({ shade, reading, detail }) => (
          <li key={shade}>
            <Swatch shade={shade} />
            <span>
              <strong>{readingLabel(reading)}</strong>
              {detail && `: ${detail}`}
            </span>
          </li>
        ))}
        <li>
          <span className="legend__pair" aria-hidden="true">
            <Swatch shade="taliban" width={11} />
            <Swatch shade="taliban" pale width={11} />
          </span>
          <span>{named(PALE_LEGEND)}</span>
        </li>
        <li>
          <span className="event-marker legend__marker" aria-hidden="true">
            3
          </span>
          <span>{named(MARKER_LEGEND)}</span>
        </li>
      </ul>
      <p className="legend__note">
        {oneSideOnly
          ? 'One side’s account: its own claims only, so no province reads Disputed.'
          : 'Disputed: the sides name different holders. Fighting: fighting goes on, or a holder is named for only part of the province.'}
      </p>
    </div>
  );
}
