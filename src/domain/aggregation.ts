// Aggregations behind the charts and the slider histogram. Pure: claims in, rows out.

import { countFloor, countRangeProblems, formatCount } from './count-range';
import { isInCoveredPeriod, isIsoDay, isIsoMonth, monthIndex, MONTH_COUNT } from './dates';
import type { ClaimLike } from './types';
import {
  CLAIMANT_SIDES,
  MEASURES,
  VICTIM_SIDES,
  type ClaimantSide,
  type Lens,
  type Measure,
  type VictimSide,
} from './vocabulary';
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

export interface CasualtyRow {
  side: ClaimantSide;
  measure: Measure;
  victim: VictimSide;
  /** Sum of the low ends of the claims with a number. */
  low: number;
  /** Sum of the high ends, or null when any claim's count is open-ended ("at least 25"). */
  high: number | null;
  /** Claims with a number. */
  quantified: number;
  /** Of those, the ones whose number is an approximation ("some 30", "about 40"). */
  approximate: number;
  /** Claims without a number ("heavy casualties"). */
  unquantified: number;
  claimIds: string[];
}

/**
 * Casualty reports summed per claimant side, measure and victim side, in the vocabulary's
 * order. Each bar stands at the sum of low ends; the whisker reaches the sum of high ends.
 */
export function casualtiesByClaimant(claims: Iterable<ClaimLike>): CasualtyRow[] {
  const rows = new Map<string, CasualtyRow>();
  for (const claim of claims) {
    const report = claim.casualties;
    if (claim.kind !== 'casualties' || !report) continue;
    const key = `${claim.side}|${report.measure}|${report.victim_side}`;
    const row = rows.get(key) ?? {
      side: claim.side,
      measure: report.measure,
      victim: report.victim_side,
      low: 0,
      high: 0,
      quantified: 0,
      approximate: 0,
      unquantified: 0,
      claimIds: [],
    };
    rows.set(key, row);
    row.claimIds.push(claim.id);
    // A count that contradicts itself (negative, fractional, implausible, low above high) is not
    // summed: the claim still counts, as one without a usable number.
    const floor = countRangeProblems(report.count).length === 0 ? countFloor(report.count) : null;
    if (floor === null) {
      row.unquantified += 1;
      continue;
    }
    row.quantified += 1;
    if (report.count.qualifier === 'about') row.approximate += 1;
    row.low += floor;
    const high = report.count.high;
    row.high = row.high === null || high === null ? null : row.high + high;
  }
  const order = (row: CasualtyRow) =>
    CLAIMANT_SIDES.indexOf(row.side) * 1000 +
    MEASURES.indexOf(row.measure) * 10 +
    VICTIM_SIDES.indexOf(row.victim);
  return [...rows.values()].sort((a, b) => order(a) - order(b));
}

/**
 * A row's sum for a reader: "78", "about 70", "144 or more", "10–70", "no number", with
 * "(+1 claim without a number)". A sum with an approximate number in it is approximate too.
 */
export function casualtySumWords(row: CasualtyRow): string {
  const about = row.approximate > 0 ? 'about ' : '';
  const number =
    row.quantified === 0
      ? 'no number'
      : row.high === null
        ? `${about}${formatCount(row.low)} or more`
        : row.high > row.low
          ? `${about}${formatCount(row.low)}–${formatCount(row.high)}`
          : `${about}${formatCount(row.low)}`;
  const without =
    row.unquantified > 0
      ? ` (+${row.unquantified} ${row.unquantified === 1 ? 'claim' : 'claims'} without a number)`
      : '';
  return `${number}${without}`;
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
