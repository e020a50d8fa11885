// What the dataset covers, in words, from the data: how many reports, by which outlets, and the
// span of the claims' dates. Every place that names the sources (header, footer, map attribution,
// exports, citation) says it this way, so adding a report changes them all.

import { reportsPhrase } from './labels';

export interface Scope {
  reports: number;
  /** Outlets in alphabetical order, each once. */
  outlets: string[];
  /** First and last year of the claims' dates, or null with no dated claim. */
  span: { from: number; to: number } | null;
}

/** The scope of a set of reports and the claims drawn from them. */
export function datasetScope(
  articles: Iterable<{ outlet: string }>,
  claims: Iterable<{ date: string }>,
): Scope {
  let reports = 0;
  const outlets = new Set<string>();
  for (const article of articles) {
    reports += 1;
    if (article.outlet.trim()) outlets.add(article.outlet.trim());
  }
  let from: number | null = null;
  let to: number | null = null;
  for (const claim of claims) {
    const year = /^(\d{4})-/.exec(claim.date)?.[1];
    if (!year) continue;
    const y = Number(year);
    if (from === null || y < from) from = y;
    if (to === null || y > to) to = y;
  }
  return {
    reports,
    outlets: [...outlets].sort((a, b) => a.localeCompare(b)),
    span: from !== null && to !== null ? { from, to } : null,
  };
}

/** "2015–2021", "2018", or "" with no dated claim. */
export function spanWords(scope: Scope): string {
  if (!scope.span) return '';
  return scope.span.from === scope.span.to ? String(scope.span.from) : `${scope.span.from}–${scope.span.to}`;
}

/**
 * "A, B and C"; where a name has a comma of its own ("Wire report citing BBC, AP and Amnesty"),
 * the names are kept apart with semicolons instead: "A; B; C".
 */
function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.some((item) => /,| and /.test(item))) return items.join('; ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * "5 news reports by Al Jazeera, AP and Reuters, 2015–2021": the sources in one phrase, for
 * source lines and citations.
 */
export function scopeWords(scope: Scope): string {
  const by = scope.outlets.length > 0 ? ` by ${listWords(scope.outlets)}` : '';
  const span = spanWords(scope);
  return `${reportsPhrase(scope.reports)}${by}${span ? `, ${span}` : ''}`;
}
