import { memo, useMemo } from 'react';
import { matchesFilter } from '../domain/aggregation';
import { lensPhrase } from '../domain/labels';
import type { ReadingTable } from '../domain/reading-table';
import type { Lens } from '../domain/vocabulary';
import type { Claim } from '../data/schema';
import type { EventInfo, EventsDataset } from '../data/events-dataset';
import { ClaimLedger } from './ClaimLedger';
import { ReadingStrip } from './ReadingStrip';

interface ChartsProps {
  /** The claims the app shows: its province, year and lens filters applied. */
  claims: readonly Claim[];
  dataset: EventsDataset;
  /** The lenses' readings month by month (the map's own): the strip reads them. */
  table: ReadingTable | null;
  compareTable: ReadingTable | null;
  /** The map's provinces, in name order. */
  provinces: readonly { slug: string; name: string }[];
  lens: Lens;
  /** The second lens, side by side: the ledger shows both lenses' claims, the strip one grid each. */
  compare: Lens | null;
  year: number | null;
  province: string | null;
  /** The month shown: only the strip's outline follows it. */
  month: string;
  /** Choosing a ledger row's event: the app shows its month and province. */
  onSelectEvent: (event: EventInfo) => void;
  /** Choosing a strip cell: the app shows that month and province. */
  onCell: (province: string, month: string) => void;
  /** Show the ledger only (the embed layout has room for one chart). */
  only?: 'ledger';
}

/** "about Ghazni by the Taliban and by the Afghan government in 2018". */
function filterWords(
  provinceName: string | undefined,
  lens: Lens,
  compare: Lens | null,
  year: number | null,
): string {
  const lenses = compare
    ? `${lensPhrase(lens) || 'by all claimants'} and ${lensPhrase(compare) || 'by all claimants'}`
    : lensPhrase(lens);
  return [provinceName ? `about ${provinceName}` : '', lenses, year ? `in ${year}` : '']
    .filter(Boolean)
    .join(' ');
}

// The ledger follows the claims, the year and the lenses, not the month; the strip's cells follow
// the lenses and the dataset. A slider step (or each step of the animation) moves the strip's
// month outline and nothing else.
export const Charts = memo(function Charts({
  claims,
  dataset,
  table,
  compareTable,
  provinces,
  lens,
  compare,
  year,
  province,
  month,
  onSelectEvent,
  onCell,
  only,
}: ChartsProps) {
  // Side by side, the ledger holds both lenses' claims: each mark already says its side.
  const ledgerClaims = useMemo(
    () =>
      compare
        ? dataset.claims.filter(
            (c) =>
              matchesFilter(c, { lens, year, province }) ||
              matchesFilter(c, { lens: compare, year, province }),
          )
        : claims,
    [claims, dataset, lens, compare, year, province],
  );
  const provinceName = province ? provinces.find((p) => p.slug === province)?.name : undefined;
  const words = filterWords(provinceName, lens, compare, year);
  return (
    <div className="charts__grid charts__grid--stacked">
      <div className="charts__cell">
        <ClaimLedger
          claims={ledgerClaims}
          dataset={dataset}
          filterWords={words}
          onSelectEvent={onSelectEvent}
        />
      </div>
      {only !== 'ledger' && table && (
        <div className="charts__cell">
          <ReadingStrip
            table={table}
            compareTable={compareTable}
            claims={dataset.claims}
            provinces={provinces}
            year={year}
            month={month}
            province={province}
            onCell={onCell}
          />
        </div>
      )}
    </div>
  );
});
