// The checks of one claim record against its article, the gazetteer and the events, beyond its
// schema. One module for the data build (`npm run data`) and the claims desk, so a record the desk
// accepts is one the build accepts. Pure: no file system, no DOM.

import { countRangeFromWords } from '../domain/count-range';
import { formatDay, lastDayCovered } from '../domain/dates';
import type { ClaimRecord, EventRecord, PlaceRecord, ProvinceRecord } from './schema';

export interface ClaimContext {
  places: ReadonlyMap<string, PlaceRecord>;
  provinces: ReadonlyMap<string, ProvinceRecord>;
  events: ReadonlyMap<string, EventRecord>;
}

export interface ArticleText {
  id: string;
  text: string;
  published: string;
}

/** A problem with one field of a record (the field is where its line is looked up). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Whether a place is its province's capital city: the one place a `whole` claim may name besides the province. */
export function isCapital(place: PlaceRecord, provinces: ReadonlyMap<string, ProvinceRecord>): boolean {
  const province = place.province === null ? undefined : provinces.get(place.province);
  if (!province || place.kind !== 'city') return false;
  return place.name === province.capital || place.aliases.includes(province.capital);
}

/**
 * Why a control claim cannot be about the whole place, or null when it can. A claim about a
 * facility, a district or another town is about part of the province (a prison does not paint a
 * province); the whole is the provincial capital, the province itself, or a region or country off
 * the map.
 */
export function wholeProblem(
  claim: Pick<ClaimRecord, 'extent' | 'place' | 'place_precision' | 'province'>,
  place: PlaceRecord | undefined,
  provinces: ReadonlyMap<string, ProvinceRecord>,
): string | null {
  if (claim.extent !== 'whole') return null;
  if (claim.place === null) {
    return claim.place_precision === 'province' || claim.province === null
      ? null
      : 'a whole claim with no place must be about the province (place_precision province)';
  }
  if (!place || place.kind === 'region' || place.kind === 'country' || isCapital(place, provinces))
    return null;
  const what = place.kind === 'city' ? 'a town that is not the provincial capital' : `a ${place.kind}`;
  return `"${claim.place}" is ${what}, part of its province: a claim about it has extent part, not whole`;
}

/** Up to `width` characters of `text` around `at`, on one line, for a message. */
function excerpt(text: string, from: number, to: number): string {
  return text.slice(Math.max(0, from), Math.max(0, to)).replace(/\s+/g, ' ');
}

const visible = (char: string | undefined) =>
  char === undefined
    ? 'the end'
    : `“${char}” (U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`;

/**
 * Where a quote that is not in the text parts from it: the longest start of the quote that the text
 * has, and the first character that differs there ("…Ghazni city” where the quote has '"'). Null
 * when the quote is in the text.
 */
export function quoteMismatch(
  text: string,
  quote: string,
): { matched: number; at: number; quoteChar: string | undefined; textChar: string | undefined } | null {
  if (text.includes(quote)) return null;
  // The longest prefix that occurs: occurrence is monotone in the prefix's length, so bisect.
  let [lo, hi] = [0, quote.length];
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const at = lo === 0 ? -1 : text.indexOf(quote.slice(0, lo));
  return { matched: lo, at, quoteChar: quote[lo], textChar: at < 0 ? undefined : text[at + lo] };
}

/** "quote not found in article X: it follows the text for 23 characters (“…”), then has “'” where the text has “’”". */
export function quoteProblem(article: ArticleText, quote: string): string | null {
  const miss = quoteMismatch(article.text, quote);
  if (!miss) return null;
  const head = `quote not found in article ${article.id}`;
  if (miss.matched < 3) return `${head}: not even its first characters are in the text`;
  const seen = excerpt(article.text, miss.at + miss.matched - 30, miss.at + miss.matched);
  return (
    `${head}: it follows the text for ${miss.matched} characters (“…${seen}”), then has ` +
    `${visible(miss.quoteChar)} where the text has ${visible(miss.textChar)}`
  );
}

/** Everything wrong with a schema-valid claim record, beyond its schema. Empty when it is right. */
export function claimProblems(
  claim: ClaimRecord,
  article: ArticleText,
  context: ClaimContext,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const event = context.events.get(claim.event);
  if (!event) problem('event', `unknown event "${claim.event}"`);
  else if (lastDayCovered(claim.date, claim.date_precision) < event.start || claim.date > event.end) {
    problem(
      'date',
      `date ${formatDay(claim.date, claim.date_precision)} is outside its event "${event.id}" (${event.start}..${event.end})`,
    );
  }
  if (claim.province !== null && !context.provinces.has(claim.province)) {
    problem('province', `unknown province "${claim.province}"`);
  }
  const place = claim.place === null ? undefined : context.places.get(claim.place);
  if (claim.place !== null) {
    if (!place) problem('place', `unknown place "${claim.place}"`);
    else if (place.province !== claim.province) {
      problem(
        'province',
        `place "${claim.place}" is in province "${place.province}", not "${claim.province}"`,
      );
    }
  }
  const whole = wholeProblem(claim, place, context.provinces);
  if (whole) problem('extent', whole);
  if (claim.date > article.published) {
    problem('date', `date ${claim.date} is after the article was published (${article.published})`);
  }
  if (claim.province === null && (claim.place_precision === 'city' || claim.place_precision === 'district')) {
    problem('place_precision', `a claim with no province cannot be ${claim.place_precision}-precise`);
  }
  const quote = quoteProblem(article, claim.quote);
  if (quote) problem('quote', quote);
  if (claim.caveat && !article.text.includes(claim.caveat)) {
    problem('caveat', `caveat not found in article ${article.id}`);
  }
  const count = claim.casualties?.count;
  if (count) {
    if (!claim.quote.includes(count.words))
      problem('casualties', `count words "${count.words}" are not in the quote`);
    const read = countRangeFromWords(count.words);
    const same = read.qualifier === count.qualifier && read.low === count.low && read.high === count.high;
    if (read.qualifier !== 'unquantified' && !same) {
      problem(
        'casualties',
        `count words "${count.words}" mean ${read.qualifier} low ${read.low} high ${read.high}, ` +
          `not ${count.qualifier} low ${count.low} high ${count.high}`,
      );
    }
  }
  return problems;
}
