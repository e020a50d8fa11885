// The claims desk's work: a report, its metadata and the claims, events and places a person is
// checking, in the shape the desk edits (every field a string), and the records of data/ they
// become. Pure: no DOM, no React.

import { countRangeFromWords } from '../domain/count-range';
import type { ClaimRecord, EventRecord, PlaceRecord } from '../data/schema';
import { claimId } from '../extract/draft-yaml';
import type { Draft } from '../extract/types';
import type {
  Action,
  ClaimantSide,
  ClaimKind,
  DatePrecision,
  Extent,
  Holder,
  Measure,
  PlaceKind,
  PlacePrecision,
  Qualifier,
  VictimSide,
} from '../domain/vocabulary';

/** The fields of one claim as the desk edits them: '' stands for null, numbers are text. */
export interface ClaimFields {
  id: string;
  event: string;
  claimant: string;
  side: ClaimantSide;
  kind: ClaimKind;
  place: string;
  province: string;
  place_precision: PlacePrecision;
  date: string;
  date_precision: DatePrecision;
  holder: Holder;
  extent: Extent;
  action: Action;
  measure: Measure;
  victim_side: VictimSide;
  count_words: string;
  qualifier: Qualifier;
  low: string;
  high: string;
  quote: string;
  caveat: string;
}
export type ClaimField = keyof ClaimFields;

export type ClaimStatus = 'pending' | 'accepted' | 'rejected';

/** A claim on the desk: a draft of the extractor's or one a person added, and what was decided. */
export interface DeskClaim {
  key: string;
  origin: 'extractor' | 'person';
  status: ClaimStatus;
  edited: boolean;
  /** The extractor's confidence and the rule that fired; null for a claim a person added. */
  confidence: number | null;
  rule: string | null;
  fields: ClaimFields;
}

export interface ArticleFields {
  outlet: string;
  headline: string;
  /** https address of the report, where the original is known; '' when not. */
  url: string;
  /** The report tells what other outlets reported ("as cited"). */
  second_hand: boolean;
  published: string;
  dateline: string;
  date_note: string;
}

export interface EventFields {
  key: string;
  id: string;
  name: string;
  place: string;
  start: string;
  end: string;
}

export interface PlaceFields {
  key: string;
  id: string;
  name: string;
  kind: PlaceKind;
  province: string;
  longitude: string;
  latitude: string;
  aliases: string;
  /** The GeoNames id the point comes from, when it does. */
  geonameid: number | null;
}

export interface DeskWork {
  text: string;
  article: ArticleFields;
  /** Whether "Find claims" has run on this text. */
  found: boolean;
  claims: DeskClaim[];
  events: EventFields[];
  places: PlaceFields[];
  /** The article id it was saved to the dataset as, once it was. */
  savedAs: string | null;
}

export const EMPTY_WORK: DeskWork = {
  text: '',
  article: {
    outlet: '',
    headline: '',
    url: '',
    second_hand: false,
    published: '',
    dateline: '',
    date_note: '',
  },
  found: false,
  claims: [],
  events: [],
  places: [],
  savedAs: null,
};

const orNull = (value: string) => (value.trim() === '' ? null : value);

function numberOrNull(value: string): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** The record a claim's fields make, with the fields of its kind only (as data/claims files have them). */
export function toClaimRecord(fields: ClaimFields): ClaimRecord {
  const base = {
    id: fields.id,
    event: fields.event,
    claimant: fields.claimant,
    side: fields.side,
    kind: fields.kind,
    place: orNull(fields.place),
    province: orNull(fields.province),
    place_precision: fields.place_precision,
    date: fields.date,
    date_precision: fields.date_precision,
  };
  const tail = { quote: fields.quote, caveat: orNull(fields.caveat) };
  if (fields.kind === 'control') {
    return { ...base, holder: fields.holder, extent: fields.extent, action: fields.action, ...tail };
  }
  return {
    ...base,
    casualties: {
      measure: fields.measure,
      victim_side: fields.victim_side,
      count: {
        words: fields.count_words,
        qualifier: fields.qualifier,
        low: numberOrNull(fields.low),
        high: numberOrNull(fields.high),
      },
    },
    ...tail,
  };
}

export function toEventRecord(event: EventFields): EventRecord {
  return { id: event.id, name: event.name, place: event.place, start: event.start, end: event.end };
}

export function toPlaceRecord(place: PlaceFields): PlaceRecord {
  const lon = numberOrNull(place.longitude);
  const lat = numberOrNull(place.latitude);
  return {
    id: place.id,
    name: place.name,
    kind: place.kind,
    province: orNull(place.province),
    coordinates: lon === null || lat === null ? null : [lon, lat],
    aliases: place.aliases
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== ''),
  };
}

/** A draft as the Draft shape the extractor's id maker takes. */
function asDraft(fields: ClaimFields): Draft {
  const record = toClaimRecord(fields);
  return {
    quote: record.quote,
    start: 0,
    end: 0,
    claimant: record.claimant,
    side: record.side,
    kind: record.kind,
    place: record.place,
    province: record.province,
    place_precision: record.place_precision,
    date: record.date,
    date_precision: record.date_precision,
    confidence: 0,
    rule: '',
  };
}

/** A new claim id, kebab-case, as `npm run extract` makes them, unique among `taken`. */
export function newClaimId(fields: ClaimFields, taken: Iterable<string>): string {
  return claimId(asDraft(fields), new Set(taken));
}

/** The desk's fields for one of the extractor's drafts. */
export function fieldsFromDraft(draft: Draft, taken: Iterable<string>): ClaimFields {
  const count = draft.casualties?.count;
  const fields: ClaimFields = {
    id: '',
    event: '',
    claimant: draft.claimant,
    side: draft.side,
    kind: draft.kind,
    place: draft.place ?? '',
    province: draft.province ?? '',
    place_precision: draft.place_precision,
    date: draft.date,
    date_precision: draft.date_precision,
    holder: draft.holder ?? 'none',
    extent: draft.extent ?? 'whole',
    action: draft.action ?? 'fighting',
    measure: draft.casualties?.measure ?? 'killed',
    victim_side: draft.casualties?.victim_side ?? 'unspecified',
    count_words: count?.words ?? '',
    qualifier: count?.qualifier ?? 'unquantified',
    low: count?.low === null || count?.low === undefined ? '' : String(count.low),
    high: count?.high === null || count?.high === undefined ? '' : String(count.high),
    quote: draft.quote,
    caveat: '',
  };
  return { ...fields, id: claimId(draft, new Set(taken)) };
}

/** The fields of a claim a person adds from a passage of the report: a control claim to complete. */
export function fieldsFromQuote(quote: string, published: string, taken: Iterable<string>): ClaimFields {
  const fields: ClaimFields = {
    id: '',
    event: '',
    claimant: '',
    side: 'media',
    kind: 'control',
    place: '',
    province: '',
    place_precision: 'province',
    date: published,
    date_precision: 'day',
    holder: 'none',
    extent: 'whole',
    action: 'fighting',
    measure: 'killed',
    victim_side: 'unspecified',
    count_words: '',
    qualifier: 'unquantified',
    low: '',
    high: '',
    quote,
    caveat: '',
  };
  return { ...fields, id: newClaimId(fields, taken) };
}

/** The count fields the codebook's rules give for the words (qualifier, low, high). */
export function countFieldsFromWords(words: string): Pick<ClaimFields, 'qualifier' | 'low' | 'high'> {
  const range = countRangeFromWords(words);
  return {
    qualifier: range.qualifier,
    low: range.low === null ? '' : String(range.low),
    high: range.high === null ? '' : String(range.high),
  };
}

/** The claims that go into the files: the accepted ones, in the order of their quotes in the text. */
export function acceptedClaims(work: DeskWork): DeskClaim[] {
  const at = (c: DeskClaim) => {
    const i = work.text.indexOf(c.fields.quote);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return work.claims.filter((c) => c.status === 'accepted').sort((a, b) => at(a) - at(b));
}

/** "kandahar-prison-2021-08" style ids: words of the place, then the month. */
export function newEventId(place: string, start: string, taken: Iterable<string>): string {
  const stem = place.replace(/-(?:city|district)$/u, '') || 'event';
  const base = /^\d{4}-\d{2}/u.test(start) ? `${stem}-${start.slice(0, 7)}` : stem;
  const seen = new Set(taken);
  let id = base;
  for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A kebab-case place id from a name and kind: "Nad Ali", district → "nad-ali-district". */
export function newPlaceId(name: string, kind: PlaceKind, taken: Iterable<string>): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  const base = `${words || 'place'}-${kind}`;
  const seen = new Set(taken);
  let id = base;
  for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
  return id;
}
