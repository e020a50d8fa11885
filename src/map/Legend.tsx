import { statusLabel } from '../domain/labels';
import type { ControlStatus } from '../domain/vocabulary';
import { STATUS_COLORS } from './map-style';

const EXPLAINED: Array<[ControlStatus, string]> = [
  ['taliban', 'the claims say the Taliban hold it'],
  ['government', 'the claims say the government holds it'],
  ['contested', 'the sides’ claims disagree'],
  ['no_claim', 'nothing claimed yet'],
];

export function Legend() {
  return (
    <div className="legend" role="group" aria-label="Legend">
      <ul>
        {EXPLAINED.map(([status, words]) => (
          <li key={status}>
            <span
              className={`swatch swatch--${status}`}
              style={{ backgroundColor: STATUS_COLORS[status] }}
              aria-hidden="true"
            />
            <span>
              <strong>{statusLabel(status)}</strong>: {words}
            </span>
          </li>
        ))}
        <li className="legend__note">
          {/* The map's fade (map-style.ts: 90 % strength up to six months, 35 % after two years). */}
          <span
            className="swatch swatch--fade"
            style={{
              backgroundImage: `linear-gradient(90deg, color-mix(in srgb, ${STATUS_COLORS.taliban} 90%, white), color-mix(in srgb, ${STATUS_COLORS.taliban} 35%, white))`,
            }}
            aria-hidden="true"
          />
          Paler: latest claim over 6 months old
        </li>
      </ul>
    </div>
  );
}
