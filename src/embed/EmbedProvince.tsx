import { useMemo } from 'react';
import type { EventsDataset } from '../data/events-dataset';
import type { Claim } from '../data/schema';
import { formatDay } from '../domain/dates';
import { lensSays, readingText } from '../domain/labels';
import type { ProvinceReading } from '../domain/reading';
import { topClaims } from '../domain/top-claims';
import type { Lens } from '../domain/vocabulary';

/** How many claims the compact view quotes: enough to hear each side, few enough for an article. */
const QUOTED = 3;

interface EmbedProvinceProps {
  name: string;
  monthLabel: string;
  dataset: EventsDataset;
  /** Each map's lens and the province's reading under it (two side by side). */
  readings: ReadonlyArray<{ lens: Lens; reading: ProvinceReading | undefined }>;
  /** Every claim about the province under the filters, for the count and the link to them all. */
  claims: readonly Claim[];
  /** The full page at this state, where all the claims can be read. */
  fullUrl: string;
}

/**
 * An embed with a province chosen: its reading, and the words of the few claims the reading rests
 * on, each with who said it and where; then a link to all of them.
 */
export function EmbedProvince({ name, monthLabel, dataset, readings, claims, fullUrl }: EmbedProvinceProps) {
  const byId = useMemo(() => new Map(dataset.claims.map((c) => [c.id, c])), [dataset]);
  const quoted = useMemo(() => {
    const ids = readings.flatMap((r) => r.reading?.claimIds ?? []);
    return topClaims({ claimIds: ids }, byId, QUOTED);
  }, [readings, byId]);
  return (
    <section className="embed-province" aria-labelledby="embed-province-title">
      <h2 id="embed-province-title">{name}</h2>
      <ul className="embed-province__readings">
        {readings.map(({ lens, reading }) => (
          <li key={lens}>
            {readings.length > 1 && `${lensSays(lens)}: `}
            {monthLabel}: <strong>{reading ? readingText(reading) : 'No claim'}</strong>
          </li>
        ))}
      </ul>
      {quoted.length > 0 && (
        <ul className="embed-province__quotes">
          {quoted.map((claim) => (
            <li key={claim.id}>
              <blockquote>“{claim.quote}”</blockquote>
              <p className="embed-province__who">
                {claim.claimant}, {formatDay(claim.date, claim.date_precision)}
                {dataset.articles.get(claim.article) && ` · ${dataset.articles.get(claim.article)?.outlet}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      <a href={fullUrl} target="_blank" rel="noopener">
        All {claims.length} {claims.length === 1 ? 'claim' : 'claims'} about {name}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </section>
  );
}
