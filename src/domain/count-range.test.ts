import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countRangeFromWords, countRangeProblems, formatCountRange, type CountRange } from './count-range';

describe('countRangeFromWords (docs/codebook.md, Counts)', () => {
  it.each<[string, Omit<CountRange, 'words'>]>([
    ['at least 25', { qualifier: 'at_least', low: 25, high: null }],
    ['more than 140', { qualifier: 'more_than', low: 141, high: null }],
    ['over 200', { qualifier: 'more_than', low: 201, high: null }],
    ['over 100', { qualifier: 'more_than', low: 101, high: null }],
    ['more than 1,000', { qualifier: 'more_than', low: 1001, high: null }],
    ['some 30', { qualifier: 'about', low: 30, high: 30 }],
    ['about 40', { qualifier: 'about', low: 40, high: 40 }],
    ['around 40', { qualifier: 'about', low: 40, high: 40 }],
    ['38', { qualifier: 'exact', low: 38, high: 38 }],
    ['55', { qualifier: 'exact', low: 55, high: 55 }],
    ['two', { qualifier: 'exact', low: 2, high: 2 }],
    ['one senior commander', { qualifier: 'exact', low: 1, high: 1 }],
    ['10 provincial capitals', { qualifier: 'exact', low: 10, high: 10 }],
    ['up to 50', { qualifier: 'up_to', low: null, high: 50 }],
    ['between 10 and 20', { qualifier: 'range', low: 10, high: 20 }],
    ['10-20', { qualifier: 'range', low: 10, high: 20 }],
    ['heavy casualties', { qualifier: 'unquantified', low: null, high: null }],
    ['several deaths', { qualifier: 'unquantified', low: null, high: null }],
    ['hundreds', { qualifier: 'unquantified', low: null, high: null }],
    ['dozens', { qualifier: 'unquantified', low: null, high: null }],
    ['a number of', { qualifier: 'unquantified', low: null, high: null }],
    ['', { qualifier: 'unquantified', low: null, high: null }],
  ])('"%s"', (words, expected) => {
    expect(countRangeFromWords(words)).toEqual({ words, ...expected });
  });
});

describe('countRangeProblems', () => {
  const range = (
    qualifier: CountRange['qualifier'],
    low: number | null,
    high: number | null,
  ): CountRange => ({
    words: 'w',
    qualifier,
    low,
    high,
  });
  it.each<[string, CountRange, RegExp | null]>([
    ['an exact count', range('exact', 38, 38), null],
    ['an open count', range('at_least', 25, null), null],
    ['an unquantified count', range('unquantified', null, null), null],
    ['a range', range('range', 10, 20), null],
    ['up to', range('up_to', null, 50), null],
    ['a negative count', range('exact', -1, -1), /whole number of 0 or more, got -1/],
    ['a fractional count', range('exact', 2.5, 2.5), /whole number of 0 or more, got 2.5/],
    ['not a number', range('exact', Number.NaN, Number.NaN), /whole number/],
    ['infinity', range('at_least', Number.POSITIVE_INFINITY, null), /whole number/],
    ['an absurd count', range('exact', 5_000_000_000, 5_000_000_000), /not a plausible count/],
    ['low above high', range('range', 20, 10), /low \(20\) is greater than high \(10\)/],
    ['an exact count with two ends', range('exact', 10, 12), /has low equal to high/],
    ['an open count with a high', range('at_least', 10, 12), /has a low and no high/],
    ['an unquantified count with a number', range('unquantified', 3, 3), /has no low or high/],
    ['a range without a high', range('range', 3, null), /both low and high/],
    ['up to with a low', range('up_to', 3, 5), /has a high and no low/],
  ])('%s', (_name, value, problem) => {
    const problems = countRangeProblems(value);
    if (problem) expect(problems.join('; ')).toMatch(problem);
    else expect(problems).toEqual([]);
  });

  it('finds every range it reads from words consistent (property)', () => {
    fc.assert(
      fc.property(fc.string(), (words) => {
        expect(countRangeProblems(countRangeFromWords(words))).toEqual([]);
      }),
    );
  });
});

describe('formatCountRange', () => {
  it.each<[string, string]>([
    ['more than 140', '141 or more'],
    ['at least 25', '25 or more'],
    ['some 30', 'about 30'],
    ['38', '38'],
    ['up to 50', 'up to 50'],
    ['between 10 and 20', '10–20'],
    ['heavy casualties', 'no number given'],
    ['more than 1,000', '1,001 or more'],
    ['up to 2000', 'up to 2,000'],
  ])('"%s" reads "%s"', (words, expected) => {
    expect(formatCountRange(countRangeFromWords(words))).toBe(expected);
  });
});
