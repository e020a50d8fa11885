// One lens's readings, month by month: what the map shows at a slider step and what the province ×
// month strip shows at once. Both read the same table, so a month's readings are computed once per
// lens and dataset, by whichever asks first, and a slider step over months the strip has drawn is
// a look-up. Pure: the reading index in, readings out.

import { isIsoMonth, monthIndex, MONTH_COUNT } from './dates';
import { readingsAt, type ProvinceReading, type ReadingIndex } from './reading';
import type { Lens } from './vocabulary';

export interface ReadingTable {
  readonly lens: Lens;
  /** The provinces it reads (slugs), in the order given. */
  readonly provinces: readonly string[];
  /**
   * Every province's reading at the end of `month`, keyed by slug (readingsAt). A covered month is
   * computed once and kept; any other month is computed each time it is asked for.
   */
  at(month: string): ReadonlyMap<string, ProvinceReading>;
}

/** A table of `provinces`' readings under `lens`, filled month by month as it is read. */
export function readingTable(index: ReadingIndex, provinces: readonly string[], lens: Lens): ReadingTable {
  const months: Array<ReadonlyMap<string, ProvinceReading> | undefined> = new Array<undefined>(MONTH_COUNT);
  return {
    lens,
    provinces,
    at(month) {
      const i = isIsoMonth(month) ? monthIndex(month) : -1;
      const covered = i >= 0 && i < MONTH_COUNT;
      const kept = covered ? months[i] : undefined;
      if (kept) return kept;
      const readings = readingsAt(index, provinces, month, lens);
      if (covered) months[i] = readings;
      return readings;
    },
  };
}
