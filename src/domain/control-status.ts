// The control status of each province as of a month, under a lens (design.md):
// 1. control claims about the province dated on or before the end of the month, from the lens;
// 2. the most recent claim of each side, dropping any made more than 30 days before the
//    province's most recent control claim (it has been superseded);
// 3. all agree → that stance; disagree → contested; none → no claim. A side whose own claims
//    on its latest day disagree counts as claiming contested.
//
// Claims are indexed once per province, side and month, so a slider step costs
// O(provinces × sides) however large the dataset is.

import {
  daysBetween,
  endOfMonth,
  isInCoveredPeriod,
  isIsoDay,
  monthAt,
  monthIndex,
  MONTH_COUNT,
} from './dates';
import type { ClaimLike } from './types';
import {
  DATE_PRECISIONS,
  type ClaimantSide,
  type ControlStatus,
  type DatePrecision,
  type Lens,
  type Stance,
} from './vocabulary';

/** A claim older than this, counted back from the province's latest claim, is superseded. */
export const SUPERSEDED_AFTER_DAYS = 30;

interface SideDay {
  date: string;
  /** How precisely the day is known: the most precise of that day's claims. */
  precision: DatePrecision;
  /** Days since 1970-01-01 and months since 2015-01, so a step compares numbers, not dates. */
  dayNumber: number;
  monthIndex: number;
  stance: Stance;
  claimIds: string[];
}

export interface StatusIndex {
  /** province slug → side → that side's claim days, oldest first */
  byProvince: Map<string, Map<ClaimantSide, SideDay[]>>;
  /** province slug → side → for each month of the covered period, the side's latest claim day by its end */
  byMonth: Map<string, Map<ClaimantSide, Array<SideDay | undefined>>>;
}

export interface ProvinceStatus {
  status: ControlStatus;
  /** The date of the province's most recent claim in the lens, or null. */
  latestDate: string | null;
  /** How precisely that date is known (a week-precise claim is not shown as a day). */
  latestPrecision: DatePrecision | null;
  /** The side that made the most recent claim (the first one, when several share the day). */
  latestSide: ClaimantSide | null;
  /** Months between the latest claim and the month shown; null when there is no claim. */
  ageMonths: number | null;
  /** The claims the status rests on (the kept claim day of each side). */
  claimIds: string[];
}

type ControlClaim = Pick<
  ClaimLike,
  'id' | 'kind' | 'province' | 'side' | 'date' | 'date_precision' | 'stance'
>;

function combine(stances: Iterable<Stance>): Stance | null {
  let result: Stance | null = null;
  for (const stance of stances) {
    if (result === null) result = stance;
    else if (result !== stance) return 'contested';
  }
  return result;
}

export function buildStatusIndex(claims: Iterable<ControlClaim>): StatusIndex {
  const grouped = new Map<
    string,
    Map<ClaimantSide, Map<string, { stances: Stance[]; ids: string[]; precision: DatePrecision }>>
  >();
  for (const claim of claims) {
    if (claim.kind !== 'control' || !claim.stance || !claim.province) continue;
    // A date that is not a day of the covered period cannot be ordered or aged: no status rests on it.
    if (!isIsoDay(claim.date) || !isInCoveredPeriod(claim.date)) continue;
    const sides = grouped.get(claim.province) ?? new Map();
    grouped.set(claim.province, sides);
    const days = sides.get(claim.side) ?? new Map();
    sides.set(claim.side, days);
    const day = days.get(claim.date) ?? { stances: [], ids: [], precision: claim.date_precision };
    days.set(claim.date, day);
    day.stances.push(claim.stance);
    day.ids.push(claim.id);
    if (DATE_PRECISIONS.indexOf(claim.date_precision) < DATE_PRECISIONS.indexOf(day.precision))
      day.precision = claim.date_precision;
  }
  const byProvince: StatusIndex['byProvince'] = new Map();
  const byMonth: StatusIndex['byMonth'] = new Map();
  const monthEnds = Array.from({ length: MONTH_COUNT }, (_, m) => endOfMonth(monthAt(m)));
  for (const [province, sides] of grouped) {
    const out = new Map<ClaimantSide, SideDay[]>();
    const monthly = new Map<ClaimantSide, Array<SideDay | undefined>>();
    for (const [side, days] of sides) {
      const list = [...days.entries()]
        .map(([date, { stances, ids, precision }]) => ({
          date,
          precision,
          dayNumber: daysBetween('1970-01-01', date),
          monthIndex: monthIndex(date.slice(0, 7)),
          stance: combine(stances) as Stance,
          claimIds: ids,
        }))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      out.set(side, list);
      let next = 0;
      monthly.set(
        side,
        monthEnds.map((end) => {
          while (next < list.length && (list[next] as SideDay).date <= end) next += 1;
          return next > 0 ? list[next - 1] : undefined;
        }),
      );
    }
    byProvince.set(province, out);
    byMonth.set(province, monthly);
  }
  return { byProvince, byMonth };
}

/** The last entry dated on or before `day` (binary search), or undefined. */
function latestOnOrBefore(days: SideDay[], day: string): SideDay | undefined {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as SideDay).date <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? days[lo - 1] : undefined;
}

export function inLens(side: ClaimantSide, lens: Lens): boolean {
  return lens === 'all' || side === lens;
}

const NO_CLAIM: ProvinceStatus = {
  status: 'no_claim',
  latestDate: null,
  latestPrecision: null,
  latestSide: null,
  ageMonths: null,
  claimIds: [],
};

export function provinceStatus(
  index: StatusIndex,
  province: string,
  month: string,
  lens: Lens,
): ProvinceStatus {
  const sides = index.byProvince.get(province);
  if (!sides) return NO_CLAIM;
  const m = monthIndex(month);
  // A month of the covered period is looked up; any other is searched for.
  const monthly = m >= 0 && m < MONTH_COUNT ? index.byMonth.get(province) : undefined;
  const until = monthly ? '' : endOfMonth(month);
  const latestBySide: Array<[ClaimantSide, SideDay]> = [];
  for (const [side, days] of sides) {
    if (!inLens(side, lens)) continue;
    const day = monthly ? monthly.get(side)?.[m] : latestOnOrBefore(days, until);
    if (day) latestBySide.push([side, day]);
  }
  if (latestBySide.length === 0) return NO_CLAIM;
  let latest = latestBySide[0] as [ClaimantSide, SideDay];
  for (const entry of latestBySide) if (entry[1].date > latest[1].date) latest = entry;
  const kept = latestBySide.filter(([, day]) => latest[1].dayNumber - day.dayNumber <= SUPERSEDED_AFTER_DAYS);
  return {
    status: combine(kept.map(([, day]) => day.stance)) ?? 'no_claim',
    latestDate: latest[1].date,
    latestPrecision: latest[1].precision,
    latestSide: latest[0],
    ageMonths: m - latest[1].monthIndex,
    claimIds: kept.flatMap(([, day]) => day.claimIds),
  };
}

/** The status of every listed province (slugs) as of `month` under `lens`. */
export function statusesAt(
  index: StatusIndex,
  provinces: readonly string[],
  month: string,
  lens: Lens,
): Map<string, ProvinceStatus> {
  const out = new Map<string, ProvinceStatus>();
  for (const province of provinces) out.set(province, provinceStatus(index, province, month, lens));
  return out;
}
