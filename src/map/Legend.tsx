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
          <svg className="legend__marker" width="18" height="18" aria-hidden="true" focusable="false">
            <circle cx="9" cy="9" r="8" fill="rgba(17, 24, 39, 0.82)" stroke="#fff" strokeWidth="2" />
            <text
              x="9"
              y="9"
              textAnchor="middle"
              dominantBaseline="central"
              fill="#fff"
              fontSize="10"
              fontWeight="600"
            >
              3
            </text>
          </svg>
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
