// The desk's work in progress, kept in the browser (localStorage) so that a reload, a validation
// error or a failed save loses nothing. Read defensively: what cannot be read is not thrown away but
// kept under a backup key, and the desk says so.

import { z } from 'zod';
import {
  ACTIONS,
  CLAIM_KINDS,
  CLAIMANT_SIDES,
  DATE_PRECISIONS,
  EXTENTS,
  HOLDERS,
  MEASURES,
  PLACE_KINDS,
  PLACE_PRECISIONS,
  QUALIFIERS,
  VICTIM_SIDES,
} from '../domain/vocabulary';
import { EMPTY_WORK, type DeskWork } from './records';

export const STORAGE_KEY = 'claimed-ground:desk:v1';
export const BACKUP_KEY = 'claimed-ground:desk:v1:unreadable';

const s = z.string();

const claimFieldsSchema = z.strictObject({
  id: s,
  event: s,
  claimant: s,
  side: z.enum(CLAIMANT_SIDES),
  kind: z.enum(CLAIM_KINDS),
  place: s,
  province: s,
  place_precision: z.enum(PLACE_PRECISIONS),
  date: s,
  date_precision: z.enum(DATE_PRECISIONS),
  holder: z.enum(HOLDERS),
  extent: z.enum(EXTENTS),
  action: z.enum(ACTIONS),
  measure: z.enum(MEASURES),
  victim_side: z.enum(VICTIM_SIDES),
  count_words: s,
  qualifier: z.enum(QUALIFIERS),
  low: s,
  high: s,
  quote: s,
  caveat: s,
});

export const deskWorkSchema = z.strictObject({
  text: s,
  article: z.strictObject({
    outlet: s,
    headline: s,
    url: s,
    second_hand: z.boolean(),
    published: s,
    dateline: s,
    date_note: s,
  }),
  found: z.boolean(),
  claims: z.array(
    z.strictObject({
      key: s,
      origin: z.enum(['extractor', 'person']),
      status: z.enum(['pending', 'accepted', 'rejected']),
      edited: z.boolean(),
      confidence: z.number().nullable(),
      rule: s.nullable(),
      fields: claimFieldsSchema,
    }),
  ),
  events: z.array(z.strictObject({ key: s, id: s, name: s, place: s, start: s, end: s })),
  places: z.array(
    z.strictObject({
      key: s,
      id: s,
      name: s,
      kind: z.enum(PLACE_KINDS),
      province: s,
      longitude: s,
      latitude: s,
      aliases: s,
      geonameid: z.number().nullable(),
    }),
  ),
  savedAs: s.nullable(),
});

const storedSchema = z.strictObject({ version: z.literal(1), work: deskWorkSchema });

export interface Loaded {
  work: DeskWork;
  /** Set when something was stored but could not be read: where it was kept instead. */
  unreadable: string | null;
}

/** The work stored in `storage`, or an empty desk; unreadable work is moved to the backup key. */
export function loadWork(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): Loaded {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { work: EMPTY_WORK, unreadable: null };
  }
  if (raw === null) return { work: EMPTY_WORK, unreadable: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const parsed = storedSchema.safeParse(value);
  if (parsed.success) return { work: parsed.data.work, unreadable: null };
  try {
    // An older unreadable copy is not overwritten by a newer one: both are kept.
    const key = storage.getItem(BACKUP_KEY) === null ? BACKUP_KEY : `${BACKUP_KEY}:${Date.now()}`;
    storage.setItem(key, raw);
    storage.removeItem(STORAGE_KEY);
    return { work: EMPTY_WORK, unreadable: key };
  } catch {
    return { work: EMPTY_WORK, unreadable: STORAGE_KEY };
  }
}

/** Stores the work; false when the browser refused (storage full or off). */
export function saveWork(storage: Pick<Storage, 'setItem'>, work: DeskWork): boolean {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, work }));
    return true;
  } catch {
    return false;
  }
}
