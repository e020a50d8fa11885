import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReadingIndex, provinceReading, readingsAt, saidLater, type ProvinceReading } from './reading';
import type { ClaimLike } from './types';
import {
  ACTIONS,
  CLAIMANT_SIDES,
  EXTENTS,
  FIGHTING_ACTIONS,
  LENSES,
  type Action,
  type ClaimantSide,
  type Extent,
  type Holder,
} from './vocabulary';

let next = 0;
interface Options {
  province?: string;
  place?: string | null;
  extent?: Extent;
  action?: Action;
}
/** A control claim: `holder` with a default action that fits it. */
function claim(side: ClaimantSide, date: string, holder: Holder, options: Options = {}): ClaimLike {
  next += 1;
  return {
    id: `c${String(next).padStart(4, '0')}`,
    event: 'e',
    article: 'a',
    said: date,
    claimant: side,
    side,
    kind: 'control',
    place: options.place ?? null,
    place_name: null,
    place_kind: null,
    province: options.province ?? 'ghazni',
    place_precision: 'province',
    date,
    date_precision: 'day',
    holder,
    extent: options.extent ?? 'whole',
    action: options.action ?? (holder === 'none' ? 'fighting' : 'held'),
    quote: 'q',
    caveat: null,
  };
}
const part = (side: ClaimantSide, date: string, holder: Holder, place = 'a-building') =>
  claim(side, date, holder, { extent: 'part', place, action: holder === 'none' ? 'attacked' : 'captured' });

function casualty(side: ClaimantSide, date: string): ClaimLike {
  return {
    ...claim(side, date, 'taliban'),
    kind: 'casualties',
    holder: undefined,
    extent: undefined,
    action: undefined,
    casualties: {
      measure: 'killed',
      victim_side: 'taliban',
      count: { words: '3', qualifier: 'exact', low: 3, high: 3 },
    },
  };
}

type Expected = Partial<
  Pick<ProvinceReading, 'reading' | 'lean' | 'support' | 'concededBy' | 'latestDate' | 'pale'>
>;
type Case = [
  name: string,
  claims: ClaimLike[],
  month: string,
  lens: (typeof LENSES)[number],
  expected: Expected,
];

const CASES: Case[] = [
  ['no claims at all', [], '2018-08', 'all', { reading: 'no_claim', latestDate: null }],
  [
    'a claim later than the month is not yet known',
    [claim('taliban', '2018-09-01', 'taliban')],
    '2018-08',
    'all',
    { reading: 'no_claim' },
  ],
  [
    'a claim on the last day of the month counts',
    [claim('taliban', '2018-08-31', 'taliban')],
    '2018-08',
    'all',
    { reading: 'taliban', latestDate: '2018-08-31', support: 'one_side_only' },
  ],
  [
    'one side names the government for the whole place',
    [claim('afghan_government', '2018-08-10', 'government')],
    '2018-08',
    'all',
    { reading: 'government', support: 'one_side_only', lean: null },
  ],
  [
    'a claim about part of the place is not the place: Fighting, leaning to its holder',
    [part('taliban', '2018-08-10', 'taliban', 'the-prison')],
    '2018-08',
    'all',
    { reading: 'fighting', lean: 'taliban', support: 'one_side_only' },
  ],
  [
    'the whole place while someone says fighting goes on: Fighting',
    [claim('taliban', '2018-08-10', 'taliban'), claim('residents', '2018-08-10', 'none')],
    '2018-08',
    'all',
    { reading: 'fighting', lean: 'taliban' },
  ],
  [
    'only fighting: Fighting with no lean',
    [claim('media', '2018-08-10', 'none'), claim('residents', '2018-08-11', 'none')],
    '2018-08',
    'all',
    { reading: 'fighting', lean: null, support: 'corroborated' },
  ],
  [
    'two sides name different holders: Disputed',
    [claim('taliban', '2018-08-10', 'taliban'), claim('us_forces', '2018-08-10', 'government')],
    '2018-08',
    'all',
    { reading: 'disputed', support: null },
  ],
  [
    'two sides name different holders of parts: still Disputed',
    [
      part('taliban', '2018-08-10', 'taliban'),
      part('afghan_government', '2018-08-10', 'government', 'centre'),
    ],
    '2018-08',
    'all',
    { reading: 'disputed' },
  ],
  [
    'one side naming both holders (each holds a part) is Fighting, not Disputed',
    [
      part('afghan_government', '2018-08-10', 'taliban', 'districts'),
      part('afghan_government', '2018-08-10', 'government', 'city-centre'),
    ],
    '2018-08',
    'afghan_government',
    { reading: 'fighting', lean: null },
  ],
  [
    'the lens keeps one side’s account: the Taliban lens of a dispute',
    [part('taliban', '2018-08-10', 'taliban'), claim('afghan_government', '2018-08-10', 'government')],
    '2018-08',
    'taliban',
    { reading: 'fighting', lean: 'taliban' },
  ],
  [
    'the lens keeps one side’s account: the government lens of the same dispute',
    [part('taliban', '2018-08-10', 'taliban'), claim('afghan_government', '2018-08-10', 'government')],
    '2018-08',
    'afghan_government',
    { reading: 'government' },
  ],
  [
    'a government side naming the Taliban as holder concedes',
    [claim('afghan_government', '2021-08-12', 'taliban'), claim('media', '2021-08-12', 'taliban')],
    '2021-08',
    'all',
    { reading: 'taliban', support: 'conceded', concededBy: ['afghan_government'] },
  ],
  [
    'conceded under the conceding side’s own lens too',
    [claim('afghan_government', '2021-08-12', 'taliban')],
    '2021-08',
    'afghan_government',
    { reading: 'taliban', support: 'conceded' },
  ],
  [
    'a Taliban claim that the government holds a place concedes it',
    [claim('taliban', '2016-04-12', 'government')],
    '2016-04',
    'all',
    { reading: 'government', support: 'conceded', concededBy: ['taliban'] },
  ],
  [
    'residents saying what a party says corroborate it',
    [claim('taliban', '2018-08-10', 'taliban'), claim('residents', '2018-08-11', 'taliban')],
    '2018-08',
    'all',
    { reading: 'taliban', support: 'corroborated' },
  ],
  [
    'an ally agreeing is not corroboration',
    [claim('afghan_government', '2018-08-10', 'government'), claim('us_forces', '2018-08-10', 'government')],
    '2018-08',
    'all',
    { reading: 'government', support: 'one_side_only' },
  ],
  [
    'a side’s older claim about a place is replaced by its newer one',
    [claim('taliban', '2018-08-01', 'none'), claim('taliban', '2018-08-20', 'taliban')],
    '2018-08',
    'all',
    { reading: 'taliban', latestDate: '2018-08-20' },
  ],
  [
    'a side’s claims about other parts, within 30 days, still stand beside its latest',
    [part('media', '2021-08-09', 'taliban', 'prison'), claim('media', '2021-08-12', 'none')],
    '2021-08',
    'all',
    { reading: 'fighting', lean: 'taliban' },
  ],
  [
    'a side’s later claim about the whole place speaks for its parts',
    [
      part('afghan_government', '2018-08-10', 'taliban'),
      claim('afghan_government', '2018-08-12', 'government'),
    ],
    '2018-08',
    'all',
    { reading: 'government' },
  ],
  [
    'a later claim that the whole place changed hands closes the other sides’ earlier claims',
    [
      claim('afghan_government', '2015-09-28', 'taliban'),
      claim('residents', '2015-09-28', 'none'),
      claim('media', '2015-10-01', 'government', { action: 'retook' }),
    ],
    '2015-10',
    'all',
    { reading: 'government', support: 'one_side_only' },
  ],
  [
    'a change of hands of a part closes nothing',
    [
      claim('afghan_government', '2021-08-01', 'government'),
      part('taliban', '2021-08-09', 'taliban', 'prison'),
    ],
    '2021-08',
    'all',
    { reading: 'disputed' },
  ],
  [
    'a claim exactly 30 days older than the latest still counts',
    [claim('afghan_government', '2018-08-01', 'government'), claim('taliban', '2018-08-31', 'taliban')],
    '2018-08',
    'all',
    { reading: 'disputed' },
  ],
  [
    'a claim 31 days older than the latest is superseded',
    [claim('afghan_government', '2018-07-31', 'government'), claim('taliban', '2018-08-31', 'taliban')],
    '2018-08',
    'all',
    { reading: 'taliban' },
  ],
  [
    'a reading three months old is paler',
    [claim('taliban', '2018-08-10', 'taliban')],
    '2018-11',
    'all',
    { reading: 'taliban', pale: true },
  ],
  [
    'a reading two months old is not',
    [claim('taliban', '2018-08-10', 'taliban')],
    '2018-10',
    'all',
    { reading: 'taliban', pale: false },
  ],
  [
    'eleven months old: still a reading, paler',
    [claim('taliban', '2018-08-10', 'taliban')],
    '2019-07',
    'all',
    { reading: 'taliban', pale: true },
  ],
  [
    'twelve months old: No recent claim, the last claim still named',
    [claim('taliban', '2018-08-10', 'taliban')],
    '2019-08',
    'all',
    { reading: 'no_recent_claim', latestDate: '2018-08-10', support: null },
  ],
  [
    'a lens with no claims → No claim',
    [claim('taliban', '2018-08-10', 'taliban')],
    '2018-08',
    'residents',
    { reading: 'no_claim' },
  ],
  [
    'supersession only looks at sides in the lens',
    [claim('afghan_government', '2018-06-01', 'government'), claim('taliban', '2018-08-10', 'taliban')],
    '2018-08',
    'afghan_government',
    { reading: 'government', latestDate: '2018-06-01' },
  ],
  [
    'casualty claims never give a reading',
    [casualty('taliban', '2018-08-10')],
    '2018-08',
    'all',
    { reading: 'no_claim' },
  ],
  [
    'claims about another province do not count',
    [claim('taliban', '2018-08-10', 'taliban', { province: 'kunduz' })],
    '2018-08',
    'all',
    { reading: 'no_claim' },
  ],
  [
    'the "other" side counts under all claimants',
    [claim('other', '2018-08-10', 'none')],
    '2018-08',
    'all',
    { reading: 'fighting' },
  ],
];

describe('provinceReading (docs/codebook.md, Readings)', () => {
  it.each(CASES)('%s', (_name, claims, month, lens, expected) => {
    expect(provinceReading(buildReadingIndex(claims), 'ghazni', month, lens)).toMatchObject(expected);
  });

  it('gives the age of the latest claim in months', () => {
    const index = buildReadingIndex([claim('taliban', '2018-08-10', 'taliban')]);
    expect(provinceReading(index, 'ghazni', '2018-08', 'all').ageMonths).toBe(0);
    expect(provinceReading(index, 'ghazni', '2019-02', 'all').ageMonths).toBe(6);
    expect(provinceReading(index, 'ghazni', '2021-08', 'all').ageMonths).toBe(36);
  });

  it('names the claims a reading rests on, and not the superseded ones', () => {
    const a = claim('taliban', '2018-08-10', 'taliban');
    const b = claim('us_forces', '2018-08-11', 'government');
    const old = claim('afghan_government', '2018-01-01', 'government');
    const result = provinceReading(buildReadingIndex([a, b, old]), 'ghazni', '2018-08', 'all');
    expect(result.claimIds).toEqual([a.id, b.id]);
    expect(result.disputedBy).toEqual({ taliban: ['taliban'], government: ['us_forces'] });
  });

  it.each([
    ['a record without a province', { province: null }],
    ['a control record without a holder', { holder: undefined }],
    ['a control record without an action', { action: undefined }],
    ['a date that is not a day', { date: '2018-08-32' }],
    ['a date outside the covered period', { date: '2014-12-31' }],
    ['a date written another way', { date: '10/08/2018' }],
  ] as const)('ignores %s instead of failing', (_name, damage) => {
    const broken = { ...claim('taliban', '2018-08-10', 'taliban'), ...damage } as ClaimLike;
    expect(provinceReading(buildReadingIndex([broken]), 'ghazni', '2018-08', 'all').reading).toBe('no_claim');
  });

  it.each(['', '2018-13', 'garbage', '2018-8'])(
    'reads a malformed month %j as no claim, not a crash',
    (month) => {
      const index = buildReadingIndex([claim('taliban', '2018-08-10', 'taliban')]);
      expect(() => provinceReading(index, 'ghazni', month, 'all')).not.toThrow();
    },
  );

  it('reads a month outside the covered period by its dates', () => {
    const index = buildReadingIndex([claim('taliban', '2021-12-10', 'taliban')]);
    expect(provinceReading(index, 'ghazni', '2014-06', 'all').reading).toBe('no_claim');
    expect(provinceReading(index, 'ghazni', '2022-01', 'all').reading).toBe('taliban');
  });

  const day = fc
    .integer({ min: 0, max: 2556 })
    .map((n) => new Date(Date.UTC(2015, 0, 1 + n)).toISOString().slice(0, 10));
  const arbitraryClaim = (sides: readonly ClaimantSide[]) =>
    fc
      .record({
        side: fc.constantFrom(...sides),
        date: day,
        action: fc.constantFrom(...ACTIONS),
        holder: fc.constantFrom<Holder>('taliban', 'government'),
        extent: fc.constantFrom(...EXTENTS),
        place: fc.constantFrom(null, 'city', 'prison'),
        province: fc.constantFrom('ghazni', 'kunduz'),
      })
      .map((c) => {
        const holder = FIGHTING_ACTIONS.has(c.action) ? 'none' : c.holder;
        return claim(c.side, c.date, holder, c);
      });
  const month = fc
    .integer({ min: 0, max: 83 })
    .map((m) => `${2015 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);

  it('never reads Disputed from one side’s claims, under any lens (property)', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...CLAIMANT_SIDES)
          .chain((side) => fc.array(arbitraryClaim([side]), { maxLength: 25 })),
        month,
        fc.constantFrom(...LENSES),
        (claims, m, lens) => {
          for (const reading of readingsAt(buildReadingIndex(claims), ['ghazni', 'kunduz'], m, lens).values())
            expect(reading.reading).not.toBe('disputed');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads only what the lens lets through, and is consistent with its parts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryClaim(CLAIMANT_SIDES), { maxLength: 30 }),
        month,
        fc.constantFrom(...LENSES),
        (claims, m, lens) => {
          const index = buildReadingIndex(claims);
          const inLens = buildReadingIndex(claims.filter((c) => lens === 'all' || c.side === lens));
          for (const province of ['ghazni', 'kunduz']) {
            const reading = provinceReading(index, province, m, lens);
            // The lens is a filter: reading the filtered claims under everyone gives the same.
            expect(provinceReading(inLens, province, m, 'all')).toEqual(reading);
            const byId = new Map(claims.map((c) => [c.id, c]));
            const kept = reading.claimIds.map((id) => byId.get(id) as ClaimLike);
            for (const c of kept) expect(c.province).toBe(province);
            const holders = new Set(kept.map((c) => c.holder));
            switch (reading.reading) {
              case 'taliban':
              case 'government':
                expect(holders).toEqual(new Set([reading.reading]));
                expect(kept.some((c) => c.extent === 'whole')).toBe(true);
                break;
              case 'disputed':
                expect(holders.has('taliban') && holders.has('government')).toBe(true);
                expect(new Set(kept.map((c) => c.side)).size).toBeGreaterThan(1);
                break;
              case 'fighting':
                if (reading.lean)
                  expect(holders.has(reading.lean === 'taliban' ? 'government' : 'taliban')).toBe(false);
                break;
              case 'no_claim':
                expect(kept).toEqual([]);
                break;
              case 'no_recent_claim':
                expect(reading.ageMonths).toBeGreaterThanOrEqual(12);
                break;
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('saidLater', () => {
  it.each([
    ['said the same day', '2018-08-10', 'day', '2018-08-10', false],
    ['said 30 days after', '2018-08-10', 'day', '2018-09-09', false],
    ['said 31 days after', '2018-08-10', 'day', '2018-09-10', true],
    ['Farah in May, said in August', '2018-05-15', 'day', '2018-08-10', true],
    ['a month-precise event, said within the month after', '2015-09-01', 'month', '2015-10-20', false],
    ['a month-precise event, said the next spring', '2015-09-01', 'month', '2016-04-17', true],
    ['a week-precise event, said at its end', '2016-04-11', 'week', '2016-04-17', false],
    ['a broken date', 'garbage', 'day', '2018-08-10', false],
  ] as const)('%s', (_name, date, precision, said, expected) => {
    expect(saidLater({ date, date_precision: precision, said })).toBe(expected);
  });
});
