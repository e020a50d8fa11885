// Exports of exactly what is shown: the claims under the current filters, as CSV or GeoJSON,
// each carrying the dataset version and a citation line.

import type { Article, Claim, DatasetInfo } from '../data/schema';
import type { EventInfo } from '../data/events-dataset';
import { saidLater } from '../domain/reading';

export const CSV_COLUMNS = [
  'id',
  'event',
  'date',
  'date_precision',
  'claimant',
  'side',
  'kind',
  'place',
  'place_name',
  'province',
  'place_precision',
  'holder',
  'extent',
  'action',
  'measure',
  'victim_side',
  'low',
  'high',
  'qualifier',
  'count_words',
  'quote',
  'caveat',
  'article',
  'outlet',
  'headline',
  'published',
  'said_later',
] as const;

/**
 * A cell as text. Text that a spreadsheet would run as a formula (starting with = + - @, or
 * a tab or carriage return) is prefixed with an apostrophe, so it is shown, never run.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function claimRow(
  claim: Claim,
  article: Article | undefined,
): Record<(typeof CSV_COLUMNS)[number], string | number | null> {
  const count = claim.casualties?.count;
  return {
    id: claim.id,
    event: claim.event,
    date: claim.date,
    date_precision: claim.date_precision,
    claimant: claim.claimant,
    side: claim.side,
    kind: claim.kind,
    place: claim.place,
    place_name: claim.place_name,
    province: claim.province,
    place_precision: claim.place_precision,
    holder: claim.holder ?? null,
    extent: claim.extent ?? null,
    action: claim.action ?? null,
    measure: claim.casualties?.measure ?? null,
    victim_side: claim.casualties?.victim_side ?? null,
    low: count?.low ?? null,
    high: count?.high ?? null,
    qualifier: count?.qualifier ?? null,
    count_words: count?.words ?? null,
    quote: claim.quote,
    caveat: claim.caveat,
    article: claim.article,
    outlet: article?.outlet ?? null,
    headline: article?.headline ?? null,
    published: article?.published ?? null,
    said_later: saidLater(claim) ? 'yes' : 'no',
  };
}

export interface ExportContext {
  info: DatasetInfo;
  articles: ReadonlyMap<string, Article>;
  /** The filter in words, e.g. "Ghazni, 2018, claims by the Taliban". */
  filterWords: string;
}

export function citationLine({ info, filterWords }: ExportContext): string {
  return `${info.citation} Selection: ${filterWords}.`;
}

/**
 * CSV: two one-cell rows starting "#" (the citation, the dataset version and claim count),
 * then a header row and one row per claim.
 */
export function claimsToCsv(claims: readonly Claim[], context: ExportContext): string {
  const lines = [
    csvCell(`# ${citationLine(context)}`),
    csvCell(`# Dataset version ${context.info.version}; ${claims.length} claims.`),
    CSV_COLUMNS.join(','),
    ...claims.map((claim) => {
      const row = claimRow(claim, context.articles.get(claim.article));
      return CSV_COLUMNS.map((column) => csvCell(row[column])).join(',');
    }),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** GeoJSON of the events behind the claims, each with only the shown claims. */
export function claimsToGeoJson(
  claims: readonly Claim[],
  events: readonly EventInfo[],
  context: ExportContext,
): string {
  const byEvent = new Map<string, Claim[]>();
  for (const claim of claims) byEvent.set(claim.event, [...(byEvent.get(claim.event) ?? []), claim]);
  const features = events
    .filter((event) => byEvent.has(event.id))
    .map((event) => ({
      type: 'Feature',
      id: event.id,
      geometry: event.coordinates ? { type: 'Point', coordinates: event.coordinates } : null,
      properties: {
        name: event.name,
        place: event.place,
        place_name: event.placeName,
        province: event.province,
        start: event.start,
        end: event.end,
        claims: byEvent.get(event.id),
      },
    }));
  const articleIds = new Set(claims.map((c) => c.article));
  return `${JSON.stringify(
    {
      type: 'FeatureCollection',
      dataset: { ...context.info, citation: citationLine(context) },
      articles: [...context.articles.values()].filter((a) => articleIds.has(a.id)),
      features,
    },
    null,
    1,
  )}\n`;
}

function slugPart(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "claimed-ground_claims_ghazni_2018_taliban_v1a2b3c.csv": a name that says what it holds. */
export function exportFileName(
  parts: { province: string | null; year: number | null; lens: string; version: string },
  extension: 'csv' | 'geojson' | 'png' | 'svg',
  what = 'claims',
): string {
  return (
    [
      'claimed-ground',
      what,
      parts.province ?? 'all-provinces',
      parts.year === null ? '2015-2021' : String(parts.year),
      parts.lens === 'all' ? 'all-claimants' : parts.lens,
      `v${slugPart(parts.version)}`,
    ].join('_') + `.${extension}`
  );
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
