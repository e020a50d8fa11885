import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  casualtiesByClaimant,
  casualtySumWords,
  claimsPerMonth,
  matchesFilter,
  monthForYear,
} from './aggregation';
import { countRangeFromWords } from './count-range';
import type { ClaimLike } from './types';
import {
  CLAIMANT_SIDES,
  MEASURES,
  VICTIM_SIDES,
  type ClaimantSide,
  type Measure,
  type VictimSide,
} from './vocabulary';

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

describe('casualtiesByClaimant', () => {
  it('sums low and high ends per side, measure and victim side', () => {
    const rows = casualtiesByClaimant([
      report('afghan_government', '38'),
      report('afghan_government', 'about 40'),
    ]);
    expect(rows).toEqual([
      expect.objectContaining({
        side: 'afghan_government',
        measure: 'killed',
        victim: 'taliban',
        low: 78,
        high: 78,
        quantified: 2,
        approximate: 1,
        unquantified: 0,
      }),
    ]);
  });

  it('leaves the high end open when any count is open-ended', () => {
    const [row] = casualtiesByClaimant([
      report('taliban', 'more than 140', 'killed', 'afghan_government'),
      report('taliban', '3', 'killed', 'afghan_government'),
    ]);
    expect(row).toMatchObject({ low: 144, high: null });
  });

  it('counts claims without a number apart, so vague claims are not lost', () => {
    const [row] = casualtiesByClaimant([
      report('afghan_government', 'heavy casualties'),
      report('afghan_government', 'several deaths'),
    ]);
    expect(row).toMatchObject({ low: 0, quantified: 0, unquantified: 2 });
    expect(row?.claimIds).toHaveLength(2);
  });

  it('puts an "up to" count at zero with the whisker to its high end', () => {
    const [row] = casualtiesByClaimant([report('residents', 'up to 50')]);
    expect(row).toMatchObject({ low: 0, high: 50 });
  });

  it('keeps sides, measures and victims apart, in vocabulary order', () => {
    const rows = casualtiesByClaimant([
      report('us_forces', '2', 'injured', 'civilians'),
      report('taliban', '55', 'captured', 'afghan_government'),
      report('taliban', '5', 'killed', 'afghan_government'),
    ]);
    expect(rows.map((r) => `${r.side} ${r.measure} ${r.victim}`)).toEqual([
      'taliban killed afghan_government',
      'taliban captured afghan_government',
      'us_forces injured civilians',
    ]);
  });

  it('ignores control claims and casualty claims without a report', () => {
    const control: ClaimLike = {
      ...report('taliban', '3'),
      kind: 'control',
      casualties: undefined,
      holder: 'taliban',
      extent: 'whole',
      action: 'captured',
    };
    const empty: ClaimLike = { ...report('taliban', '3'), casualties: undefined };
    expect(casualtiesByClaimant([control, empty])).toEqual([]);
  });

  it.each<[string, string[], string]>([
    ['one exact count', ['38'], '38'],
    ['an approximate count keeps its "about"', ['some 30'], 'about 30'],
    ['a sum with an approximate count in it is approximate', ['38', 'about 40'], 'about 78'],
    ['an open-ended count', ['more than 140'], '141 or more'],
    ['open-ended and approximate', ['more than 140', 'around 40'], 'about 181 or more'],
    ['a range', ['between 10 and 20', '5'], '15–25'],
    ['thousands are grouped', ['more than 1,000'], '1,001 or more'],
    ['no number at all', ['heavy casualties'], 'no number (+1 claim without a number)'],
    ['numbers and claims without', ['38', 'several deaths', 'dozens'], '38 (+2 claims without a number)'],
  ])('reads its sum for a reader: %s', (_name, words, expected) => {
    const [row] = casualtiesByClaimant(words.map((w) => report('taliban', w)));
    expect(row && casualtySumWords(row)).toBe(expected);
  });

  it('never loses a claim and never sums below zero (property)', () => {
    const words = fc.oneof(
      fc.constantFrom('at least 25', 'more than 140', 'some 30', 'heavy casualties', 'up to 5', '10-20'),
      fc.nat(5000).map(String),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...CLAIMANT_SIDES),
            words,
            fc.constantFrom(...MEASURES),
            fc.constantFrom(...VICTIM_SIDES),
          ),
          { maxLength: 40 },
        ),
        (raw) => {
          const claims = raw.map(([side, w, m, v]) => report(side, w, m, v));
          const rows = casualtiesByClaimant(claims);
          expect(rows.reduce((n, r) => n + r.claimIds.length, 0)).toBe(claims.length);
          for (const row of rows) {
            expect(row.low).toBeGreaterThanOrEqual(0);
            expect(row.high === null || row.high >= row.low).toBe(true);
            expect(row.quantified + row.unquantified).toBe(row.claimIds.length);
          }
        },
      ),
    );
  });
});

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
