// Live checks of a desk's work, with the data build's own schema and checks (claimRecordSchema,
// claimProblems from src/data/claim-checks.ts): what the desk accepts is what `npm run data`
// accepts. Each problem names the desk field it concerns, so it can be shown beside that field.

import type { z } from 'zod';
import { claimProblems, quoteProblem, type ArticleText, type ClaimContext } from '../data/claim-checks';
import {
  articleMetaSchema,
  claimRecordSchema,
  eventRecordSchema,
  placeRecordSchema,
  type ArticleMeta,
  type ClaimRecord,
  type EventRecord,
  type PlaceRecord,
  type ProvinceRecord,
} from '../data/schema';
import type { DeskDataset } from './dataset';
import {
  toClaimRecord,
  toEventRecord,
  toPlaceRecord,
  type ArticleFields,
  type ClaimField,
  type DeskWork,
  type EventFields,
  type PlaceFields,
} from './records';

/** Field → its problems, in the words of the schema and the data build. */
export type Problems<F extends string = string> = Partial<Record<F, string[]>>;

function add<F extends string>(problems: Problems<F>, field: F, message: string): void {
  const list = problems[field] ?? [];
  if (!list.includes(message)) list.push(message);
  problems[field] = list;
}

export function problemCount(problems: Problems): number {
  return Object.values(problems).reduce((n, list) => n + (list?.length ?? 0), 0);
}

/** Where a record's path lands among the desk's claim fields. */
function claimField(path: readonly PropertyKey[]): ClaimField {
  const [head, second, third] = path.map(String);
  if (head === 'casualties') {
    if (second === 'count') {
      if (third === 'words') return 'count_words';
      if (third === 'low' || third === 'high' || third === 'qualifier') return third;
      return 'qualifier';
    }
    if (second === 'measure' || second === 'victim_side') return second;
    return 'count_words';
  }
  return (head ?? 'quote') as ClaimField;
}

/** The desk's events and places added to the dataset's: what a claim may refer to. */
export function claimContext(dataset: DeskDataset, work: DeskWork): ClaimContext {
  const places = new Map<string, PlaceRecord>(dataset.places.map((p) => [p.id, p]));
  for (const p of work.places) places.set(p.id, toPlaceRecord(p));
  const events = new Map<string, EventRecord>(dataset.events.map((e) => [e.id, e]));
  for (const e of work.events) events.set(e.id, toEventRecord(e));
  const provinces = new Map<string, ProvinceRecord>(dataset.provinces.map((p) => [p.slug, p]));
  return { places, provinces, events };
}

const messageOf = (issue: z.core.$ZodIssue) => issue.message;

/**
 * Everything wrong with one claim: its schema first; the data build's checks against the report,
 * the gazetteer and the events as well, even while some field is still unfinished.
 */
export function claimFieldProblems(
  fields: DeskWork['claims'][number]['fields'],
  article: ArticleText,
  context: ClaimContext,
  takenIds: ReadonlySet<string>,
): Problems<ClaimField> {
  const problems: Problems<ClaimField> = {};
  const record = toClaimRecord(fields);
  const parsed = claimRecordSchema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = claimField(issue.path);
      // An event not chosen yet is said once, in the desk's words; and a field's first problem is
      // the one to fix (an empty date is not also "outside 2015..2021").
      if (field === 'event' && fields.event === '') continue;
      if (!problems[field]) add(problems, field, messageOf(issue));
    }
  }
  if (fields.event === '') add(problems, 'event', 'choose the event the claim is about, or create one');
  try {
    // The build's checks need a whole record; with a field unfinished they still say what they can.
    for (const { field, message } of claimProblems(record as ClaimRecord, article, context)) {
      const at = field === 'casualties' ? 'count_words' : (field as ClaimField);
      if (at === 'event' && fields.event === '') continue;
      if (!problems[at]) add(problems, at, message);
    }
  } catch {
    // A date that is no date yet: the schema's problem says so; the quote is still checked.
    const quote = quoteProblem(article, fields.quote);
    if (quote) add(problems, 'quote', quote);
  }
  if (takenIds.has(fields.id)) add(problems, 'id', `id "${fields.id}" is taken by another claim`);
  return problems;
}

export type ArticleField = keyof ArticleFields;

/** The article's metadata record (less its id), as data/articles/<id>.yaml holds it. */
export function articleMeta(article: ArticleFields): Omit<ArticleMeta, 'id'> {
  const url = article.url.trim();
  return {
    outlet: article.outlet,
    headline: article.headline,
    published: article.published,
    dateline: article.dateline.trim() === '' ? null : article.dateline,
    date_note: article.date_note,
    ...(url === '' ? {} : { url }),
    ...(article.second_hand ? { second_hand: true } : {}),
  };
}

export function articleFieldProblems(article: ArticleFields, text: string): Problems<ArticleField | 'text'> {
  const problems: Problems<ArticleField | 'text'> = {};
  if (text.trim() === '') add(problems, 'text', 'paste the report, or drop its .txt file here');
  const parsed = articleMetaSchema.omit({ id: true }).safeParse(articleMeta(article));
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      add(problems, String(issue.path[0]) as ArticleField, messageOf(issue));
  }
  return problems;
}

export function eventFieldProblems(
  event: EventFields,
  context: ClaimContext,
  otherIds: ReadonlySet<string>,
): Problems<keyof EventFields> {
  const problems: Problems<keyof EventFields> = {};
  const parsed = eventRecordSchema.safeParse(toEventRecord(event));
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      add(problems, String(issue.path[0]) as keyof EventFields, messageOf(issue));
  }
  if (event.place !== '' && !context.places.has(event.place))
    add(problems, 'place', `unknown place "${event.place}"`);
  if (otherIds.has(event.id)) add(problems, 'id', `id "${event.id}" is taken by another event`);
  return problems;
}

export type PlaceField = keyof PlaceFields;

export function placeFieldProblems(
  place: PlaceFields,
  provinces: ReadonlySet<string>,
  otherIds: ReadonlySet<string>,
): Problems<PlaceField> {
  const problems: Problems<PlaceField> = {};
  const record = toPlaceRecord(place);
  const parsed = placeRecordSchema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index] = issue.path.map(String);
      const field: PlaceField =
        head === 'coordinates' ? (index === '1' ? 'latitude' : 'longitude') : (head as PlaceField);
      add(problems, field, messageOf(issue));
    }
  }
  if (record.province !== null && !provinces.has(record.province)) {
    add(problems, 'province', `unknown province "${record.province}"`);
  }
  if (otherIds.has(place.id)) add(problems, 'id', `id "${place.id}" is taken by another place`);
  return problems;
}

export interface WorkProblems {
  article: Problems<ArticleField | 'text'>;
  claims: Map<string, Problems<ClaimField>>;
  events: Map<string, Problems<keyof EventFields>>;
  places: Map<string, Problems<PlaceField>>;
  /** The problems that keep the work from being saved: those of the article and of accepted claims. */
  blocking: number;
}

/** Every live problem of the work, keyed by claim, event and place. */
export function workProblems(work: DeskWork, dataset: DeskDataset, articleId: string): WorkProblems {
  const context = claimContext(dataset, work);
  const article: ArticleText = { id: articleId, text: work.text, published: work.article.published };
  const claims = new Map<string, Problems<ClaimField>>();
  const existingClaims = new Set(dataset.claimIds);
  for (const claim of work.claims) {
    if (claim.status === 'rejected') continue;
    const taken = new Set(existingClaims);
    for (const other of work.claims) {
      if (other !== claim && other.status !== 'rejected') taken.add(other.fields.id);
    }
    claims.set(claim.key, claimFieldProblems(claim.fields, article, context, taken));
  }
  const events = new Map<string, Problems<keyof EventFields>>();
  for (const event of work.events) {
    const taken = new Set(dataset.events.map((e) => e.id));
    for (const other of work.events) if (other !== event) taken.add(other.id);
    events.set(event.key, eventFieldProblems(event, context, taken));
  }
  const places = new Map<string, Problems<PlaceField>>();
  const provinceSlugs = new Set(dataset.provinces.map((p) => p.slug));
  for (const place of work.places) {
    const taken = new Set(dataset.places.map((p) => p.id));
    for (const other of work.places) if (other !== place) taken.add(other.id);
    places.set(place.key, placeFieldProblems(place, provinceSlugs, taken));
  }
  const articleProblems = articleFieldProblems(work.article, work.text);
  const accepted = work.claims.filter((c) => c.status === 'accepted');
  const blocking =
    problemCount(articleProblems) +
    accepted.reduce((n, c) => n + problemCount(claims.get(c.key) ?? {}), 0) +
    [...events.values()].reduce((n, p) => n + problemCount(p), 0) +
    [...places.values()].reduce((n, p) => n + problemCount(p), 0);
  return { article: articleProblems, claims, events, places, blocking };
}
