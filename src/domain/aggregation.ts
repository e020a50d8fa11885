// Aggregations behind the filters and the slider histogram. Pure: claims in, rows out. Casualty
// counts are never added up here (nor anywhere): the claim ledger (ledger.ts) keeps each one apart.

import { isInCoveredPeriod, isIsoDay, isIsoMonth, monthIndex, MONTH_COUNT } from './dates';
import type { ClaimLike } from './types';
import { CLAIMANT_SIDES, type ClaimantSide, type Lens } from './vocabulary';
import { inLens } from './reading';

export interface ClaimFilter {
  lens: Lens;
  year: number | null;
  province: string | null;
}

export function matchesFilter(
  claim: Pick<ClaimLike, 'side' | 'date' | 'province'>,
  filter: ClaimFilter,
): boolean {
  return (
    inLens(claim.side, filter.lens) &&
    (filter.year === null || claim.date.startsWith(`${filter.year}-`)) &&
    (filter.province === null || claim.province === filter.province)
  );
}

export type MonthCounts = Record<ClaimantSide, number> & { month: number };

/** Claims per month (0 = January 2015) per claimant side, for all 84 months. */
export function claimsPerMonth(claims: Iterable<Pick<ClaimLike, 'date' | 'side'>>): MonthCounts[] {
  const months: MonthCounts[] = Array.from({ length: MONTH_COUNT }, (_, month) => {
    const row = { month } as MonthCounts;
    for (const side of CLAIMANT_SIDES) row[side] = 0;
    return row;
  });
  for (const claim of claims) {
    if (!isIsoDay(claim.date) || !isInCoveredPeriod(claim.date)) continue;
    const row = months[monthIndex(claim.date.slice(0, 7))];
    if (row) row[claim.side] += 1;
  }
  return months;
}

/**
 * The month the slider moves to when a reader chooses a year: the month shown, when it is in that
 * year; else the year's last month with a claim (the claims given, e.g. those of the lens); else
 * the year's last month.
 */
export function monthForYear(year: number, month: string, claims: Iterable<Pick<ClaimLike, 'date'>>): string {
  const prefix = String(year);
  if (month.startsWith(`${prefix}-`)) return month;
  let last: string | null = null;
  for (const claim of claims) {
    const m = claim.date.slice(0, 7);
    if (m.startsWith(`${prefix}-`) && isIsoMonth(m) && (last === null || m > last)) last = m;
  }
  return last ?? `${prefix}-12`;
}
