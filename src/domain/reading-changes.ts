// What a screen reader hears when the month or the lens changes: the provinces whose reading
// changed, briefly ("August 2021: Ghazni now Taliban, was Fighting").

import { leanWords, readingLabel } from './labels';
import type { ProvinceReading } from './reading';

/** How many changed provinces are named before the rest are counted. */
export const NAMED_CHANGES = 4;

/** A reading in a few words: its name, and for Fighting the side it leans to. */
export function shortReading(reading: Pick<ProvinceReading, 'reading' | 'lean'>): string {
  const label = readingLabel(reading.reading);
  if (reading.reading !== 'fighting' || !reading.lean) return label;
  return `${label}, ${leanWords(reading.lean)}`;
}

export interface ReadingChange {
  slug: string;
  was: string;
  now: string;
}

/** The provinces whose reading reads differently after than before, in the order of `after`. */
export function readingChanges(
  before: ReadonlyMap<string, ProvinceReading>,
  after: ReadonlyMap<string, ProvinceReading>,
): ReadingChange[] {
  const changes: ReadingChange[] = [];
  for (const [slug, reading] of after) {
    const previous = before.get(slug);
    if (!previous) continue;
    const [was, now] = [shortReading(previous), shortReading(reading)];
    if (was !== now) changes.push({ slug, was, now });
  }
  return changes;
}

/** The announcement: "<context>: Ghazni now Taliban, was Fighting; … and 3 more provinces changed." */
export function announceChanges(
  context: string,
  changes: readonly ReadingChange[],
  nameOf: (slug: string) => string,
): string {
  if (changes.length === 0) return `${context}: no province’s reading changed.`;
  const named = changes.slice(0, NAMED_CHANGES).map((c) => `${nameOf(c.slug)} now ${c.now}, was ${c.was}`);
  const rest = changes.length - named.length;
  const more = rest > 0 ? `; and ${rest} more ${rest === 1 ? 'province' : 'provinces'} changed` : '';
  return `${context}: ${named.join('; ')}${more}.`;
}
