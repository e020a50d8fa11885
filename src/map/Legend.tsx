import { statusLabel } from '../domain/labels';
import type { ControlStatus } from '../domain/vocabulary';
import { STATUS_COLORS } from './map-style';

const EXPLAINED: Array<[ControlStatus, string]> = [
  ['taliban', 'the latest claims say the Taliban hold it'],
  ['government', 'the latest claims say the government holds it'],
  ['contested', 'the sides’ claims disagree, or say fighting goes on'],
  ['no_claim', 'no claim about it in the reports yet'],
];

export function Legend({ compact = false }: { compact?: boolean }) {
  return (
    <div className={`legend${compact ? ' legend--compact' : ''}`} aria-label="Legend">
      <p className="legend__title">Who holds it, according to the claims</p>
      <ul>
        {EXPLAINED.map(([status, words]) => (
          <li key={status}>
            <span
              className={`swatch swatch--${status}`}
              style={{ backgroundColor: STATUS_COLORS[status] }}
              aria-hidden="true"
            />
            <strong>{statusLabel(status)}</strong>
            {!compact && <span>: {words}</span>}
          </li>
        ))}
      </ul>
      {!compact && <p className="legend__note">Paler: the latest claim is more than six months old.</p>}
    </div>
  );
}
