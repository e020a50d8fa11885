// Scoring drafts against curated claims. A gold claim is found when a draft of the same kind
// quotes an overlapping span of the text with the same side and province (and, for casualties,
// the same count low/high). A draft is correct when it finds some gold claim. Field accuracy is
// measured over span pairs: each gold claim with the best-overlapping draft of its kind.

import type { Draft } from './types';

export interface GoldClaim {
  id: string;
  side: string;
  kind: string;
  province: string | null;
  place?: string | null;
  date?: string;
  date_precision?: string;
  holder?: string;
  /** The old model, until the curated files are recoded: taliban | government | contested. */
  stance?: string;
  casualties?: { count: { low: number | null; high: number | null } };
  quote: string;
}

export interface Located extends GoldClaim {
  start: number;
  end: number;
}

export type MissReason =
  'no draft overlaps' | 'wrong side' | 'wrong province' | 'wrong count' | 'quote not in text';

export interface ReportScore {
  name: string;
  gold: number;
  drafts: number;
  found: number;
  correct: number;
  misses: { id: string; reason: MissReason; quote: string }[];
  wrongDrafts: { quote: string; side: string; province: string | null; rule: string }[];
  /** Per field: [right, compared] over span pairs. */
  fields: Record<FieldName, [number, number]>;
}

export const FIELD_NAMES = ['side', 'province', 'count', 'holder', 'date'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export function locate(
  text: string,
  gold: readonly GoldClaim[],
): { located: Located[]; missing: GoldClaim[] } {
  const located: Located[] = [];
  const missing: GoldClaim[] = [];
  for (const g of gold) {
    const start = text.indexOf(g.quote);
    if (start < 0) missing.push(g);
    else located.push({ ...g, start, end: start + g.quote.length });
  }
  return { located, missing };
}

const overlaps = (d: Draft, g: Located): boolean => d.kind === g.kind && d.start < g.end && g.start < d.end;

function sameCount(d: Draft, g: Located): boolean {
  if (g.kind !== 'casualties') return true;
  const c = d.casualties?.count;
  return (
    c !== undefined &&
    c.low === (g.casualties?.count.low ?? null) &&
    c.high === (g.casualties?.count.high ?? null)
  );
}

export function matches(d: Draft, g: Located): boolean {
  return overlaps(d, g) && d.side === g.side && d.province === g.province && sameCount(d, g);
}

/** The gold holder: `holder`, or the old stance read as a holder (contested → none). */
export function goldHolder(g: GoldClaim): string | null {
  if (g.holder) return g.holder;
  if (g.stance) return g.stance === 'contested' ? 'none' : g.stance;
  return null;
}

function overlapLength(d: Draft, g: Located): number {
  return Math.min(d.end, g.end) - Math.max(d.start, g.start);
}

export function scoreReport(
  name: string,
  text: string,
  gold: readonly GoldClaim[],
  drafts: readonly Draft[],
): ReportScore {
  const { located, missing } = locate(text, gold);
  const fields = Object.fromEntries(FIELD_NAMES.map((f) => [f, [0, 0]])) as Record<
    FieldName,
    [number, number]
  >;
  const misses: ReportScore['misses'] = missing.map((g) => ({
    id: g.id,
    reason: 'quote not in text',
    quote: g.quote,
  }));
  let found = 0;
  for (const g of located) {
    const candidates = drafts.filter((d) => overlaps(d, g));
    const hit = candidates.find((d) => matches(d, g));
    if (hit) found++;
    else {
      const reason: MissReason =
        candidates.length === 0
          ? 'no draft overlaps'
          : !candidates.some((d) => d.side === g.side)
            ? 'wrong side'
            : !candidates.some((d) => d.side === g.side && d.province === g.province)
              ? 'wrong province'
              : 'wrong count';
      misses.push({ id: g.id, reason, quote: g.quote });
    }
    const pair = hit ?? [...candidates].sort((a, b) => overlapLength(b, g) - overlapLength(a, g))[0];
    if (!pair) continue;
    const tally = (field: FieldName, right: boolean) => {
      fields[field][0] += right ? 1 : 0;
      fields[field][1] += 1;
    };
    tally('side', pair.side === g.side);
    tally('province', pair.province === g.province);
    if (g.kind === 'casualties') tally('count', sameCount(pair, g));
    const holder = goldHolder(g);
    if (g.kind === 'control' && holder !== null) tally('holder', pair.holder === holder);
    if (g.date) tally('date', pair.date === g.date && pair.date_precision === g.date_precision);
  }
  const wrongDrafts = drafts
    .filter((d) => !located.some((g) => matches(d, g)))
    .map((d) => ({ quote: d.quote, side: d.side, province: d.province, rule: d.rule }));
  return {
    name,
    gold: gold.length,
    drafts: drafts.length,
    found,
    correct: drafts.length - wrongDrafts.length,
    misses,
    wrongDrafts,
    fields,
  };
}

export interface Totals {
  gold: number;
  drafts: number;
  found: number;
  correct: number;
  recall: number;
  precision: number;
  fields: Record<FieldName, [number, number]>;
}

export function totals(scores: readonly ReportScore[]): Totals {
  const sum = (f: (s: ReportScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const gold = sum((s) => s.gold);
  const drafts = sum((s) => s.drafts);
  const found = sum((s) => s.found);
  const correct = sum((s) => s.correct);
  const fields = Object.fromEntries(
    FIELD_NAMES.map((f) => [f, [sum((s) => s.fields[f][0]), sum((s) => s.fields[f][1])]]),
  ) as Record<FieldName, [number, number]>;
  return {
    gold,
    drafts,
    found,
    correct,
    recall: gold === 0 ? 1 : found / gold,
    precision: drafts === 0 ? 1 : correct / drafts,
    fields,
  };
}
