// Count ranges: what a casualty report says about "how many", kept with the words used.
// "at least 25" → 25..open; "more than 140" → 141..open; "about 40" → 40 (approximate);
// "heavy casualties" → no number at all, but still a claim.

import { assertNever, type Qualifier } from './vocabulary';

export interface CountRange {
  words: string;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
}

/**
 * No single report counts more people than this; a larger number is a typo or damage, and summed
 * over a chart it would stop being exact (or finite).
 */
export const MAX_COUNT = 1_000_000;

function isCount(value: number | null): value is number {
  return value !== null && Number.isInteger(value) && value >= 0;
}

/** Everything wrong with a count range, in words; empty when it is consistent. */
export function countRangeProblems(range: CountRange): string[] {
  const { qualifier, low, high } = range;
  const problems: string[] = [];
  for (const [name, value] of [
    ['low', low],
    ['high', high],
  ] as const) {
    if (value !== null && !isCount(value)) {
      problems.push(`${name} must be a whole number of 0 or more, got ${String(value)}`);
    } else if (value !== null && value > MAX_COUNT) {
      problems.push(`${name} ${value} is not a plausible count (more than ${MAX_COUNT})`);
    }
  }
  if (problems.length > 0) return problems;
  if (low !== null && high !== null && low > high) {
    problems.push(`low (${low}) is greater than high (${high})`);
  }
  switch (qualifier) {
    case 'unquantified':
      if (low !== null || high !== null) problems.push('an unquantified count has no low or high');
      break;
    case 'exact':
    case 'about':
      if (low === null || low !== high) problems.push(`a count that is ${qualifier} has low equal to high`);
      break;
    case 'at_least':
    case 'more_than':
      if (low === null || high !== null) problems.push(`a count that is ${qualifier} has a low and no high`);
      break;
    case 'up_to':
      if (high === null || low !== null) problems.push('a count that is up_to has a high and no low');
      break;
    case 'range':
      if (low === null || high === null) problems.push('a range has both low and high');
      break;
    default:
      assertNever(qualifier);
  }
  return problems;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  twenty: 20,
  fifty: 50,
  hundred: 100,
};

function readNumber(token: string): number | null {
  const digits = token.replace(/,/g, '');
  // A number no report could mean ("more than" one adds 1) is not read as a count at all.
  if (/^\d+$/.test(digits)) return Number(digits) < MAX_COUNT ? Number(digits) : null;
  return NUMBER_WORDS[token] ?? null;
}

/**
 * The count range the design's rules give for a report's words, or null when the words
 * hold no number ("heavy casualties", "hundreds", "several deaths").
 */
export function countRangeFromWords(words: string): CountRange {
  const text = words.toLowerCase().trim();
  const unquantified: CountRange = { words, qualifier: 'unquantified', low: null, high: null };
  const between = /\b(?:between\s+)?([\d,]+)\s*(?:and|to|-|–)\s*([\d,]+)\b/.exec(text);
  if (between) {
    const low = readNumber(between[1] ?? '');
    const high = readNumber(between[2] ?? '');
    if (low !== null && high !== null) return { words, qualifier: 'range', low, high };
  }
  const match =
    /^(at least|more than|over|upwards of|some|about|around|nearly|almost|up to)?\s*([\d,]+|[a-z]+)\b/.exec(
      text,
    );
  const prefix = match?.[1];
  const value = match ? readNumber(match[2] ?? '') : null;
  if (value === null) return unquantified;
  switch (prefix) {
    case 'at least':
      return { words, qualifier: 'at_least', low: value, high: null };
    case 'more than':
    case 'over':
    case 'upwards of':
      return { words, qualifier: 'more_than', low: value + 1, high: null };
    case 'some':
    case 'about':
    case 'around':
    case 'nearly':
    case 'almost':
      return { words, qualifier: 'about', low: value, high: value };
    case 'up to':
      return { words, qualifier: 'up_to', low: null, high: value };
    default:
      return { words, qualifier: 'exact', low: value, high: value };
  }
}

/** A number for a reader: "1,001". */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** A count range for a reader: "141 or more", "about 30", "no number given". */
export function formatCountRange(range: CountRange): string {
  const { qualifier } = range;
  const low = range.low === null ? null : formatCount(range.low);
  const high = range.high === null ? null : formatCount(range.high);
  switch (qualifier) {
    case 'unquantified':
      return 'no number given';
    case 'exact':
      return String(low);
    case 'about':
      return `about ${low}`;
    case 'at_least':
    case 'more_than':
      return `${low} or more`;
    case 'up_to':
      return `up to ${high}`;
    case 'range':
      return `${low}–${high}`;
    default:
      return assertNever(qualifier);
  }
}
