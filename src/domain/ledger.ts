// The claim ledger: every casualty claim on its own, one row per event and outcome ("Ghazni, Aug
// 2018 — Afghan forces killed"), each claimant's figure a mark of its own. Nothing is added up,
// across claimants or across events: a number stands where its claimant put it, with its words.
//
// Pure: claims and events in, rows, marks and each panel's scale out. The ledger chart
// (src/charts/ClaimLedger.tsx) and its table both read these rows.

import { countRangeProblems, type CountRange } from './count-range';
import { formatMonthShort, isIsoDay } from './dates';
import { measureLabel, victimLabel } from './labels';
import type { ClaimLike } from './types';
import {
  assertNever,
  CLAIMANT_SIDES,
  MEASURES,
  VICTIM_SIDES,
  type ClaimantSide,
  type Measure,
  type VictimSide,
} from './vocabulary';

/**
 * The ledger's panels, each with a scale of its own: people killed or injured, and people whose
 * status changed (captured, surrendered, defected, released, fled). "More than 1,000 fled" does
 * not squash the killed counts.
 */
export const PANELS = ['harm', 'status'] as const;
export type Panel = (typeof PANELS)[number];

export function panelOf(measure: Measure): Panel {
  switch (measure) {
    case 'killed':
    case 'injured':
    case 'killed_or_injured':
      return 'harm';
    case 'captured':
    case 'surrendered':
    case 'defected':
    case 'released':
    case 'fled':
      return 'status';
    default:
      return assertNever(measure);
  }
}

export function panelTitle(panel: Panel): string {
  return panel === 'harm' ? 'Killed and injured' : 'Captured, surrendered, defected, released or fled';
}

/** What the ledger needs to know of an event (src/data's EventInfo has these fields). */
export interface LedgerEvent {
  id: string;
  name: string;
  placeName: string;
  province: string | null;
  start: string;
}

/**
 * How a figure is drawn:
 * - `point`: one number ("38");
 * - `about`: one number, said as approximate ("some 30"): a soft band around it;
 * - `open`: a lower bound ("more than 140", "at least 25"): an arrow open to the right;
 * - `range`: "between 20 and 30": a bar from low to high;
 * - `up_to`: "up to 50": a bar from zero to the high end, open to the left;
 * - `words`: no usable number ("heavy casualties", or a count whose numbers contradict
 *   themselves): a hollow mark with its words.
 */
export const MARK_KINDS = ['point', 'about', 'open', 'range', 'up_to', 'words'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export function markKind(count: CountRange, problems = countRangeProblems(count)): MarkKind {
  if (problems.length > 0) return 'words';
  switch (count.qualifier) {
    case 'exact':
      return 'point';
    case 'about':
      return 'about';
    case 'at_least':
    case 'more_than':
      return 'open';
    case 'range':
      return 'range';
    case 'up_to':
      return 'up_to';
    case 'unquantified':
      return 'words';
    default:
      return assertNever(count.qualifier);
  }
}

export interface LedgerMark {
  claimId: string;
  side: ClaimantSide;
  claimant: string;
  /** The date the claim describes (YYYY-MM-DD). */
  date: string;
  kind: MarkKind;
  /** The words of the count, as said: "more than 140". */
  words: string;
  /** The count's ends, as coded; both null for a `words` mark (its numbers are not used). */
  low: number | null;
  high: number | null;
  /** What is wrong with the count's numbers (countRangeProblems); empty when nothing is. */
  problems: string[];
}

export interface LedgerRow {
  /** Unique among the rows: the event, the measure and the victim side. */
  key: string;
  panel: Panel;
  /** The event, or null when the claims name an event the dataset does not have. */
  event: LedgerEvent | null;
  /** "Ghazni, Aug 2018". */
  eventLabel: string;
  /** "Afghan forces killed". */
  outcomeLabel: string;
  measure: Measure;
  victim: VictimSide;
  /** The marks, in the order of the sides, then of the claims' dates. */
  marks: LedgerMark[];
}

/** Who a casualty report is about, as the subject of its outcome: "Afghan forces", "people". */
function victimWords(victim: VictimSide): string {
  if (victim === 'unspecified') return 'people';
  if (victim === 'all_sides') return 'people on all sides';
  return victimLabel(victim);
}

/** "Afghan forces killed", "people on all sides killed or injured". */
export function outcomeLabel(measure: Measure, victim: VictimSide): string {
  return `${victimWords(victim)} ${measureLabel(measure).toLowerCase()}`;
}

const orderOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v, i) => [v, i])) as Record<T, number>;
const SIDE_ORDER = orderOf(CLAIMANT_SIDES);
const MEASURE_ORDER = orderOf(MEASURES);
const VICTIM_ORDER = orderOf(VICTIM_SIDES);

const isSide = (value: string): value is ClaimantSide => Object.hasOwn(SIDE_ORDER, value);
const isMeasure = (value: string): value is Measure => Object.hasOwn(MEASURE_ORDER, value);
const isVictim = (value: string): value is VictimSide => Object.hasOwn(VICTIM_ORDER, value);

/** "Ghazni, Aug 2018": where and when an event was; for an unknown one, the claim's own place and month. */
function eventLabel(event: LedgerEvent | null, claim: ClaimLike): string {
  const place = event?.placeName ?? claim.place_name ?? 'Unknown place';
  const day = event?.start ?? claim.date;
  return isIsoDay(day) ? `${place}, ${formatMonthShort(day.slice(0, 7))}` : `${place}, date unknown`;
}

interface Building {
  row: LedgerRow;
  /** The event's first day (or the earliest claim's, with no event): rows run in time order. */
  day: string;
}

/**
 * The ledger's rows: one per event and outcome (measure and victim side), in time order (the
 * event's start, then its id), and within an event in the vocabulary's order of measures and
 * victims. Control claims, casualty claims without a report and claims outside the vocabulary are
 * left out; a claim naming an unknown event keeps a row of its own, with no event to choose.
 */
export function ledgerRows(
  claims: Iterable<ClaimLike>,
  events: ReadonlyMap<string, LedgerEvent>,
): LedgerRow[] {
  const rows = new Map<string, Building>();
  for (const claim of claims) {
    const report = claim.casualties;
    if (claim.kind !== 'casualties' || !report || !report.count) continue;
    const { measure, victim_side: victim, count } = report;
    if (!isMeasure(measure) || !isVictim(victim) || !isSide(claim.side)) continue;
    const event = events.get(claim.event) ?? null;
    const key = `${claim.event}|${measure}|${victim}`;
    let building = rows.get(key);
    if (!building) {
      building = {
        row: {
          key,
          panel: panelOf(measure),
          event,
          eventLabel: eventLabel(event, claim),
          outcomeLabel: outcomeLabel(measure, victim),
          measure,
          victim,
          marks: [],
        },
        day: event?.start ?? claim.date,
      };
      rows.set(key, building);
    } else if (!event && claim.date < building.day) {
      building.day = claim.date;
    }
    const problems = countRangeProblems(count);
    const kind = markKind(count, problems);
    building.row.marks.push({
      claimId: claim.id,
      side: claim.side,
      claimant: claim.claimant,
      date: claim.date,
      kind,
      words: count.words,
      low: kind === 'words' ? null : count.low,
      high: kind === 'words' ? null : count.high,
      problems,
    });
  }
  const all = [...rows.values()];
  for (const { row } of all) {
    if (row.marks.length < 2) continue;
    row.marks.sort(
      (a, b) =>
        SIDE_ORDER[a.side] - SIDE_ORDER[b.side] || compare(a.date, b.date) || compare(a.claimId, b.claimId),
    );
  }
  // A day that is not a date sorts after every real one.
  for (const building of all) if (!isIsoDay(building.day)) building.day = '~';
  all.sort(
    (a, b) =>
      compare(a.day, b.day) ||
      compare(a.row.event?.id ?? `~${a.row.key}`, b.row.event?.id ?? `~${b.row.key}`) ||
      MEASURE_ORDER[a.row.measure] - MEASURE_ORDER[b.row.measure] ||
      VICTIM_ORDER[a.row.victim] - VICTIM_ORDER[b.row.victim],
  );
  return all.map((b) => b.row);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---- scales ---------------------------------------------------------------------------

/** An "about" figure is drawn as a soft band this share either side of its number. */
export const ABOUT_SHARE = 0.2;
/** Room past the highest number, so an open arrow has somewhere to point. */
const HEADROOM = 1.25;
/** A linear axis reaches at least this far. */
export const MIN_LINEAR_MAX = 10;
/** Where the largest number is this many times the smallest (above zero), the axis is logarithmic. */
export const LOG_RATIO = 20;

export interface PanelScale {
  kind: 'linear' | 'log';
  /** The axis runs from zero to this. */
  max: number;
  /** Where the axis is labelled. */
  ticks: number[];
}

/** The numbers a mark stands on: what the axis must reach. */
function markNumbers(mark: LedgerMark): number[] {
  switch (mark.kind) {
    case 'point':
    case 'open':
      return mark.low === null ? [] : [mark.low];
    case 'about':
      return mark.low === null ? [] : [mark.low, mark.low * (1 + ABOUT_SHARE)];
    case 'range':
      return [mark.low, mark.high].filter((n): n is number => n !== null);
    case 'up_to':
      return mark.high === null ? [] : [mark.high];
    case 'words':
      return [];
    default:
      return assertNever(mark.kind);
  }
}

/** 1, 2, 2.5, 5 or 10 times a power of ten, at least `value`. */
function niceCeil(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function linearTicks(max: number): number[] {
  // Four or five intervals of a nice size; whole numbers only (these are people).
  const step = Math.max(1, niceCeil(max / 5));
  const ticks: number[] = [];
  for (let t = 0; t <= max + 1e-9; t += step) ticks.push(Math.round(t));
  return ticks;
}

/**
 * A panel's axis, from the marks in it: zero to a round number past the highest figure (with room
 * for an open arrow); logarithmic (ticks 0, 1, 10, 100…) when the figures span more than
 * {@link LOG_RATIO} times, so "1" and "1,001" can both be read. Null when no mark has a number.
 */
export function panelScale(marks: Iterable<LedgerMark>): PanelScale | null {
  let highest = -Infinity;
  let lowestPositive = Infinity;
  let open = false;
  for (const mark of marks) {
    for (const n of markNumbers(mark)) {
      if (!Number.isFinite(n) || n < 0) continue;
      highest = Math.max(highest, n);
      if (n > 0) lowestPositive = Math.min(lowestPositive, n);
    }
    open ||= mark.kind === 'open';
  }
  if (highest === -Infinity) return null;
  const reach = highest * (open ? HEADROOM : 1);
  if (lowestPositive < Infinity && highest / lowestPositive >= LOG_RATIO) {
    // Powers of ten up to the first at or past the reach.
    const max = 10 ** Math.max(1, Math.ceil(Math.log10(Math.max(reach, 1))));
    const ticks = [0];
    for (let t = 1; t <= max; t *= 10) ticks.push(t);
    return { kind: 'log', max, ticks };
  }
  // At least to ten: one person alone at the axis's far end would read as a great many.
  const max = niceCeil(Math.max(reach, MIN_LINEAR_MAX));
  return { kind: 'linear', max, ticks: linearTicks(max) };
}

/** Where a number stands on a panel's axis: 0 at zero, 1 at its end (clamped). */
export function scalePosition(scale: PanelScale, value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  if (scale.kind === 'linear') return Math.min(1, value / scale.max);
  // Zero, 1, 10, 100… equally spaced: one step from zero to one, then one per power of ten.
  const steps = 1 + Math.log10(scale.max);
  return Math.min(1, (value < 1 ? value : 1 + Math.log10(value)) / steps);
}

/** A mark drawn on an axis: where its symbol stands, and the span its bar, band or arrow covers. */
export interface MarkGeometry {
  /** The symbol's position (0..1), or null for a mark with no number. */
  at: number | null;
  /** The span drawn behind it (bar, band, arrow), or null. */
  from: number | null;
  to: number | null;
}

export function markGeometry(mark: LedgerMark, scale: PanelScale | null): MarkGeometry {
  const none = { at: null, from: null, to: null };
  if (!scale) return none;
  const at = (n: number) => scalePosition(scale, n);
  switch (mark.kind) {
    case 'point':
      return mark.low === null ? none : { at: at(mark.low), from: null, to: null };
    case 'about':
      return mark.low === null
        ? none
        : {
            at: at(mark.low),
            from: at(mark.low * (1 - ABOUT_SHARE)),
            to: at(mark.low * (1 + ABOUT_SHARE)),
          };
    case 'open':
      return mark.low === null ? none : { at: at(mark.low), from: at(mark.low), to: 1 };
    case 'range':
      return mark.low === null || mark.high === null
        ? none
        : { at: at(mark.low), from: at(mark.low), to: at(mark.high) };
    case 'up_to':
      return mark.high === null ? none : { at: at(mark.high), from: 0, to: at(mark.high) };
    case 'words':
      return none;
    default:
      return assertNever(mark.kind);
  }
}

/** How a figure reads in words, after its words as said: "141 or more", "about 30", "no number given". */
export function markRangeWords(mark: LedgerMark): string {
  const n = (v: number | null) => (v === null ? '' : v.toLocaleString('en-US'));
  switch (mark.kind) {
    case 'point':
      return n(mark.low);
    case 'about':
      return `about ${n(mark.low)}`;
    case 'open':
      return `${n(mark.low)} or more`;
    case 'range':
      return `${n(mark.low)} to ${n(mark.high)}`;
    case 'up_to':
      return `up to ${n(mark.high)}`;
    case 'words':
      return mark.problems.length > 0 ? 'its numbers could not be read' : 'no number given';
    default:
      return assertNever(mark.kind);
  }
}
