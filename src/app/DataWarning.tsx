import type { EventsDataset } from '../data/events-dataset';
import { PROVINCE_COUNT } from '../data/schema';
import type { Boundaries } from '../data/use-provinces';

interface DataWarningProps {
  dataset: EventsDataset | undefined;
  boundaries: Boundaries | undefined;
  /** The slugs of the provinces on the map. */
  mapped: ReadonlySet<string>;
  onRetry: () => void;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * What the page could not read of files that were otherwise fine, in words: damaged records are
 * left out and counted, the rest are shown. Nothing when everything was read.
 */
export function DataWarning({ dataset, boundaries, mapped, onRetry }: DataWarningProps) {
  const problems: string[] = [];
  const reasons = [...(dataset?.rejected.reasons ?? []), ...(boundaries?.rejected.reasons ?? [])];
  if (dataset?.rejected.claims)
    problems.push(`${count(dataset.rejected.claims, 'claim', 'claims')} could not be read`);
  if (dataset?.rejected.events)
    problems.push(`${count(dataset.rejected.events, 'event', 'events')} could not be read`);
  if (boundaries) {
    const drawn = boundaries.provinces.features.length;
    if (boundaries.rejected.provinces > 0) {
      problems.push(
        `${count(boundaries.rejected.provinces, 'province', 'provinces')} in the boundaries file could not be drawn (the map shows ${drawn} of ${PROVINCE_COUNT})`,
      );
    } else if (drawn !== PROVINCE_COUNT) {
      problems.push(`the boundaries file has ${drawn} provinces, not ${PROVINCE_COUNT}`);
    }
    const unmapped = (dataset?.claims ?? []).filter((c) => c.province !== null && !mapped.has(c.province));
    if (unmapped.length > 0) {
      problems.push(
        `${count(unmapped.length, 'claim is', 'claims are')} about a province that is not on the map (listed, not mapped)`,
      );
      const names = [...new Set(unmapped.map((c) => c.province))].slice(0, 5).join(', ');
      reasons.push(`provinces not on the map: ${names}`);
    }
  }
  if (problems.length === 0) return null;
  const sentence = problems.join('; ');
  return (
    <div className="warning" role="alert">
      <p className="warning__text">
        {sentence.charAt(0).toUpperCase() + sentence.slice(1)}. The rest are shown.{' '}
        <button type="button" className="button button--quiet" onClick={onRetry}>
          Retry
        </button>
      </p>
      {reasons.length > 0 && (
        <details>
          <summary>What could not be read</summary>
          <ul>
            {reasons.map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
