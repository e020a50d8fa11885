// The report cut into runs of text, each with the claims whose quotes cover it, so every quote can be
// marked where it stands (quotes may overlap). Pure.

export interface QuoteSpan {
  key: string;
  quote: string;
}

export interface Run {
  start: number;
  end: number;
  keys: string[];
}

/** Runs covering the whole text in order; a run's keys are the claims whose quote covers it. */
export function markRuns(text: string, quotes: readonly QuoteSpan[]): Run[] {
  const spans = quotes.flatMap(({ key, quote }) => {
    const at = quote === '' ? -1 : text.indexOf(quote);
    return at < 0 ? [] : [{ key, start: at, end: at + quote.length }];
  });
  const cuts = new Set([0, text.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    runs.push({ start, end, keys: spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.key) });
  }
  return runs;
}
