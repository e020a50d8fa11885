import { describe, expect, it } from 'vitest';
import { claimsPerMonth, matchesFilter, monthForYear } from './aggregation';
import { countRangeFromWords } from './count-range';
import type { ClaimLike } from './types';
import type { ClaimantSide, Measure, VictimSide } from './vocabulary';

let next = 0;
function report(
  side: ClaimantSide,
  words: string,
  measure: Measure = 'killed',
  victim: VictimSide = 'taliban',
  date = '2018-08-10',
): ClaimLike {
  next += 1;
  return {
    id: `r${next}`,
    event: 'e',
    article: 'a',
    said: date,
    claimant: side,
    side,
    kind: 'casualties',
    place: null,
    place_name: null,
    place_kind: null,
    province: 'ghazni',
    place_precision: 'province',
    date,
    date_precision: 'day',
    casualties: { measure, victim_side: victim, count: countRangeFromWords(words) },
    quote: 'q',
    caveat: null,
  };
}

describe('claimsPerMonth', () => {
  it('has all 84 months and counts claims by side', () => {
    const months = claimsPerMonth([
      report('taliban', '3', 'killed', 'taliban', '2015-01-31'),
      report('media', '3', 'killed', 'taliban', '2021-12-01'),
      report('media', '3', 'killed', 'taliban', '2021-12-31'),
    ]);
    expect(months).toHaveLength(84);
    expect(months[0]?.taliban).toBe(1);
    expect(months[83]?.media).toBe(2);
    expect(months[40]?.media).toBe(0);
  });

  it('drops dates outside the period instead of failing', () => {
    expect(
      claimsPerMonth([
        report('taliban', '3', 'killed', 'taliban', '2014-12-31'),
        report('taliban', '3', 'killed', 'taliban', '2022-01-01'),
      ]).every((m) => m.taliban === 0),
    ).toBe(true);
  });
});

describe('matchesFilter', () => {
  const c = report('taliban', '3', 'killed', 'taliban', '2018-08-10');
  it.each<[string, Parameters<typeof matchesFilter>[1], boolean]>([
    ['no filter', { lens: 'all', year: null, province: null }, true],
    ['its side', { lens: 'taliban', year: null, province: null }, true],
    ['another side', { lens: 'media', year: null, province: null }, false],
    ['its year', { lens: 'all', year: 2018, province: null }, true],
    ['another year', { lens: 'all', year: 2016, province: null }, false],
    ['its province', { lens: 'all', year: null, province: 'ghazni' }, true],
    ['another province', { lens: 'all', year: null, province: 'kunduz' }, false],
  ])('%s', (_name, filter, expected) => {
    expect(matchesFilter(c, filter)).toBe(expected);
  });
});

describe('monthForYear: where the slider goes when a year is chosen', () => {
  const claims = [
    { date: '2018-05-15' },
    { date: '2018-08-10' },
    { date: '2016-04-17' },
    { date: 'garbage' },
  ];
  it.each([
    ['the month shown is in the year: it stays', 2018, '2018-03', '2018-03'],
    ['else the year’s last month with a claim', 2018, '2021-08', '2018-08'],
    ['from an earlier year too', 2016, '2015-01', '2016-04'],
    ['a year with no claim: its last month', 2019, '2021-08', '2019-12'],
  ])('%s', (_name, year, month, expected) => {
    expect(monthForYear(year, month, claims)).toBe(expected);
  });
});
