// The reading of a province: what the control claims about it say as of the end of a month,
// under a lens (everyone, or one claimant side). docs/codebook.md, "Readings", states the rules
// with worked examples; each rule below names the step it implements.
//
// Claims are indexed once per province and side, in date order, so a reading only looks at the
// claims of the 30 days before the province's latest claim: a slider step costs
// O(provinces × claims in that window), however large the dataset is.

import { daysBetween, endOfMonth, isInCoveredPeriod, isIsoDay, lastDayCovered, monthIndex } from './dates';
import type { ClaimLike } from './types';
import {
  CLAIMANT_SIDES,
  DATE_PRECISIONS,
  type Action,
  type ClaimantSide,
  type DatePrecision,
  type Extent,
  type Holder,
  type Lens,
  type Reading,
  type Support,
} from './vocabulary';

/** A side's claims more than this many days older than the province's latest claim are superseded. */
export const SUPERSEDED_AFTER_DAYS = 30;
/** A reading whose latest claim is this many months old or more is drawn paler. */
export const PALE_AFTER_MONTHS = 3;
/** With no claim newer than this many months, a province reads "No recent claim". */
export const RECENT_MONTHS = 12;

/** Actions that say a place changed hands as a whole: earlier claims describe the time before. */
const CHANGE_OF_HANDS: ReadonlySet<Action> = new Set(['captured', 'retook', 'withdrew', 'surrendered']);

/** The holder a reading leans to, or the one it names. */
export type HeldBy = Exclude<Holder, 'none'>;

export type ControlClaim = Pick<
  ClaimLike,
  'id' | 'kind' | 'province' | 'place' | 'side' | 'date' | 'date_precision' | 'holder' | 'extent' | 'action'
>;

interface Entry {
  id: string;
  side: ClaimantSide;
  /** The place the claim names; '' for the province as a whole. */
  place: string;
  date: string;
  precision: DatePrecision;
  /** Days since 1970-01-01, so the window compares numbers, not dates. */
  dayNumber: number;
  holder: Holder;
  extent: Extent;
  action: Action;
}

export interface ReadingIndex {
  /** province slug → side → that side's control claims, oldest first */
  byProvince: Map<string, Map<ClaimantSide, Entry[]>>;
}

export interface ProvinceReading {
  reading: Reading;
  /** For Fighting: the one holder the claims name (they claim gains for it), or null. */
  lean: HeldBy | null;
  /** How well the reading is supported; null for Disputed, No recent claim and No claim. */
  support: Support | null;
  /** The sides whose claims support the reading (for a conceded one, the conceding sides first). */
  supportSides: ClaimantSide[];
  /** The sides that conceded: their claims name a holder against their own interest. */
  concededBy: ClaimantSide[];
  /** For Disputed: the sides naming each holder. */
  disputedBy: Record<HeldBy, ClaimantSide[]> | null;
  /** The date of the province's most recent claim in the lens, or null. */
  latestDate: string | null;
  /** How precisely that date is known (a week-precise claim is not shown as a day). */
  latestPrecision: DatePrecision | null;
  /** The side that made the most recent claim (the first one, when several share the day). */
  latestSide: ClaimantSide | null;
  /** Months between the latest claim and the month shown; null when there is no claim. */
  ageMonths: number | null;
  /** Older than {@link PALE_AFTER_MONTHS}: drawn paler, read as no longer news. */
  pale: boolean;
  /** The claims the reading rests on; for No recent claim, those of the latest claim day. */
  claimIds: string[];
}

export const NO_CLAIM: ProvinceReading = {
  reading: 'no_claim',
  lean: null,
  support: null,
  supportSides: [],
  concededBy: [],
  disputedBy: null,
  latestDate: null,
  latestPrecision: null,
  latestSide: null,
  ageMonths: null,
  pale: false,
  claimIds: [],
};

export function inLens(side: ClaimantSide, lens: Lens): boolean {
  return lens === 'all' || side === lens;
}

function byDate(a: Entry, b: Entry): number {
  return a.dayNumber - b.dayNumber || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function buildReadingIndex(claims: Iterable<ControlClaim>): ReadingIndex {
  const byProvince: ReadingIndex['byProvince'] = new Map();
  for (const claim of claims) {
    if (claim.kind !== 'control' || !claim.province || !claim.holder || !claim.extent || !claim.action)
      continue;
    // A date that is not a day of the covered period cannot be ordered or aged: no reading rests on it.
    if (!isIsoDay(claim.date) || !isInCoveredPeriod(claim.date)) continue;
    const sides = byProvince.get(claim.province) ?? new Map<ClaimantSide, Entry[]>();
    byProvince.set(claim.province, sides);
    const entries = sides.get(claim.side) ?? [];
    sides.set(claim.side, entries);
    entries.push({
      id: claim.id,
      side: claim.side,
      place: claim.place ?? '',
      date: claim.date,
      precision: DATE_PRECISIONS.includes(claim.date_precision) ? claim.date_precision : 'day',
      dayNumber: daysBetween('1970-01-01', claim.date),
      holder: claim.holder,
      extent: claim.extent,
      action: claim.action,
    });
  }
  for (const sides of byProvince.values()) for (const entries of sides.values()) entries.sort(byDate);
  return { byProvince };
}

/** How many entries are dated on or before `dayNumber` (binary search). */
function countUntil(entries: Entry[], dayNumber: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as Entry).dayNumber <= dayNumber) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Steps 1–2: one side's claims that still speak for it, from `entries[start..count)` (oldest first),
 * appended to `out`. Of its claims about each place (the province as a whole counts as one), those
 * of the latest day; none older than its latest claim about the whole place that names a holder,
 * which speaks for every part of it too. Read newest first, with no allocation beyond `out`: a
 * slider step reads every province.
 */
function keepSideClaims(entries: readonly Entry[], start: number, count: number, out: Entry[]): void {
  let wholeDay = -Infinity;
  for (let i = count - 1; i >= start; i--) {
    const entry = entries[i] as Entry;
    if (entry.extent === 'whole' && entry.holder !== 'none') {
      wholeDay = entry.dayNumber;
      break;
    }
  }
  const first = out.length;
  for (let i = count - 1; i >= start; i--) {
    const entry = entries[i] as Entry;
    if (entry.dayNumber < wholeDay) break;
    // The first claim met about a place (newest first) fixes that place's latest day.
    let latestDay = entry.dayNumber;
    for (let j = first; j < out.length; j++) {
      const kept = out[j] as Entry;
      if (kept.place === entry.place) {
        latestDay = kept.dayNumber;
        break;
      }
    }
    if (entry.dayNumber === latestDay) out.push(entry);
  }
}

// Sides as bits, so a reading's sets of sides are numbers: a slider step reads every province.
const SIDE_BIT = Object.fromEntries(CLAIMANT_SIDES.map((side, i) => [side, 1 << i])) as Record<
  ClaimantSide,
  number
>;
const bitsOf = (...sides: ClaimantSide[]) => sides.reduce((mask, side) => mask | SIDE_BIT[side], 0);
/** The parties whose interest each holder is: a claim naming the other holder concedes it. */
const INTEREST_BITS: Record<HeldBy, number> = {
  taliban: bitsOf('taliban'),
  government: bitsOf('afghan_government', 'us_forces'),
};
/** Sides that are a camp of their own: residents, the media, others (allies count as one voice). */
const INDEPENDENT_BITS = bitsOf('residents', 'media', 'other');

function sidesOf(mask: number): ClaimantSide[] {
  return CLAIMANT_SIDES.filter((side) => (mask & SIDE_BIT[side]) !== 0);
}

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n += 1;
  return n;
}

/** Step 4: how well the claims naming `holder` (the sides in `mask`) support it. */
function grade(mask: number, holder: Holder) {
  const conceding =
    holder === 'none' ? 0 : mask & INTEREST_BITS[holder === 'taliban' ? 'government' : 'taliban'];
  const camps =
    (mask & INTEREST_BITS.taliban ? 1 : 0) +
    (mask & INTEREST_BITS.government ? 1 : 0) +
    popcount(mask & INDEPENDENT_BITS);
  const support: Support = conceding !== 0 ? 'conceded' : camps > 1 ? 'corroborated' : 'one_side_only';
  const concededBy = sidesOf(conceding);
  return { support, concededBy, supportSides: [...concededBy, ...sidesOf(mask & ~conceding)] };
}

/** Step 3: the reading of the kept claims (none of them superseded). */
function readKept(
  kept: readonly Entry[],
): Pick<ProvinceReading, 'reading' | 'lean' | 'support' | 'supportSides' | 'concededBy' | 'disputedBy'> {
  let [taliban, government, fighting] = [0, 0, 0];
  let [talibanWhole, governmentWhole] = [false, false];
  for (const entry of kept) {
    const bit = SIDE_BIT[entry.side];
    if (entry.holder === 'none') fighting |= bit;
    else if (entry.holder === 'taliban') {
      taliban |= bit;
      talibanWhole ||= entry.extent === 'whole';
    } else {
      government |= bit;
      governmentWhole ||= entry.extent === 'whole';
    }
  }
  if (taliban !== 0 && government !== 0) {
    // Different sides name different holders: they disagree. One side naming both (it holds one
    // part, the other side another) says the place is fought over.
    const oneSide = taliban === government && popcount(taliban) === 1;
    if (!oneSide) {
      return {
        reading: 'disputed',
        lean: null,
        support: null,
        supportSides: [],
        concededBy: [],
        disputedBy: { taliban: sidesOf(taliban), government: sidesOf(government) },
      };
    }
    return { reading: 'fighting', lean: null, ...grade(taliban, 'none'), disputedBy: null };
  }
  if (taliban === 0 && government === 0) {
    return { reading: 'fighting', lean: null, ...grade(fighting, 'none'), disputedBy: null };
  }
  const holder: HeldBy = taliban !== 0 ? 'taliban' : 'government';
  const [mask, whole] = holder === 'taliban' ? [taliban, talibanWhole] : [government, governmentWhole];
  return whole && fighting === 0
    ? { reading: holder, lean: null, ...grade(mask, holder), disputedBy: null }
    : { reading: 'fighting', lean: holder, ...grade(mask, holder), disputedBy: null };
}

export function provinceReading(
  index: ReadingIndex,
  province: string,
  month: string,
  lens: Lens,
): ProvinceReading {
  const sides = index.byProvince.get(province);
  if (!sides) return NO_CLAIM;
  const until = daysBetween('1970-01-01', endOfMonth(month));
  if (!Number.isFinite(until)) return NO_CLAIM;
  // The claims of each side in the lens up to the end of the month, and the latest of them all.
  const known: Array<[Entry[], number]> = [];
  let latest: Entry | undefined;
  for (const [side, entries] of sides) {
    if (!inLens(side, lens)) continue;
    const count = countUntil(entries, until);
    if (count === 0) continue;
    known.push([entries, count]);
    const last = entries[count - 1] as Entry;
    if (!latest || last.dayNumber > latest.dayNumber) latest = last;
  }
  if (!latest) return NO_CLAIM;
  const ageMonths = monthIndex(month) - monthIndex(latest.date.slice(0, 7));
  const dated = {
    latestDate: latest.date,
    latestPrecision: latest.precision,
    latestSide: latest.side,
    ageMonths,
  };
  // Step 2, across sides: a claim more than 30 days older than the province's latest is superseded.
  const from = latest.dayNumber - SUPERSEDED_AFTER_DAYS;
  const kept: Entry[] = [];
  for (const [entries, count] of known) {
    let start = count;
    while (start > 0 && (entries[start - 1] as Entry).dayNumber >= from) start -= 1;
    keepSideClaims(entries, start, count, kept);
  }
  // A claim that the whole place changed hands closes what came before it, whoever said it.
  let changed = -Infinity;
  for (const e of kept) {
    if (e.extent === 'whole' && CHANGE_OF_HANDS.has(e.action) && e.dayNumber > changed) changed = e.dayNumber;
  }
  if (changed > -Infinity) {
    let n = 0;
    for (const e of kept) if (e.dayNumber >= changed) kept[n++] = e;
    kept.length = n;
  }
  kept.sort(byDate);
  const claimIds = kept.map((e) => e.id);
  if (ageMonths >= RECENT_MONTHS) {
    return { ...NO_CLAIM, reading: 'no_recent_claim', ...dated, claimIds };
  }
  return { ...readKept(kept), ...dated, pale: ageMonths >= PALE_AFTER_MONTHS, claimIds };
}

/** The reading of every listed province (slugs) as of `month` under `lens`. */
export function readingsAt(
  index: ReadingIndex,
  provinces: readonly string[],
  month: string,
  lens: Lens,
): Map<string, ProvinceReading> {
  const out = new Map<string, ProvinceReading>();
  for (const province of provinces) out.set(province, provinceReading(index, province, month, lens));
  return out;
}

/** Whether a claim was said more than 30 days after the event it describes (at the event date's precision). */
export function saidLater(claim: Pick<ClaimLike, 'date' | 'date_precision' | 'said'>): boolean {
  if (!isIsoDay(claim.said) || !isIsoDay(claim.date)) return false;
  return daysBetween(lastDayCovered(claim.date, claim.date_precision), claim.said) > SUPERSEDED_AFTER_DAYS;
}
