import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStatusIndex, provinceStatus, statusesAt } from './control-status';
import type { ClaimLike } from './types';
import { CLAIMANT_SIDES, LENSES, STANCES, type ClaimantSide, type Lens, type Stance } from './vocabulary';

let next = 0;
function claim(side: ClaimantSide, date: string, stance: Stance, province = 'ghazni'): ClaimLike {
  next += 1;
  return {
    id: `c${next}`,
    event: 'e',
    article: 'a',
    claimant: side,
    side,
    kind: 'control',
    place: null,
    place_name: null,
    province,
    place_precision: 'province',
    date,
    date_precision: 'day',
    stance,
    quote: 'q',
    caveat: null,
  };
}

function casualty(side: ClaimantSide, date: string): ClaimLike {
  return {
    ...claim(side, date, 'taliban'),
    kind: 'casualties',
    stance: undefined,
    casualties: {
      measure: 'killed',
      victim_side: 'taliban',
      count: { words: '3', qualifier: 'exact', low: 3, high: 3 },
    },
  };
}

type Case = [
  name: string,
  claims: ClaimLike[],
  month: string,
  lens: Lens,
  status: string,
  latest: string | null,
];

const CASES: Case[] = [
  ['no claims at all', [], '2018-08', 'all', 'no_claim', null],
  [
    'a claim later than the month is not yet known',
    [claim('taliban', '2018-09-01', 'taliban')],
    '2018-08',
    'all',
    'no_claim',
    null,
  ],
  [
    'a claim on the last day of the month counts',
    [claim('taliban', '2018-08-31', 'taliban')],
    '2018-08',
    'all',
    'taliban',
    '2018-08-31',
  ],
  [
    'one side alone',
    [claim('afghan_government', '2018-08-10', 'government')],
    '2018-08',
    'all',
    'government',
    '2018-08-10',
  ],
  [
    'two sides agree',
    [claim('afghan_government', '2018-08-10', 'taliban'), claim('taliban', '2018-08-12', 'taliban')],
    '2018-08',
    'all',
    'taliban',
    '2018-08-12',
  ],
  [
    'two sides disagree → contested',
    [claim('taliban', '2018-08-10', 'taliban'), claim('us_forces', '2018-08-10', 'government')],
    '2018-08',
    'all',
    'contested',
    '2018-08-10',
  ],
  [
    'a tie on the same day within one side → that side claims contested',
    [
      claim('afghan_government', '2018-08-10', 'taliban'),
      claim('afghan_government', '2018-08-10', 'government'),
    ],
    '2018-08',
    'afghan_government',
    'contested',
    '2018-08-10',
  ],
  [
    'a side’s older claim is replaced by its newer one',
    [claim('taliban', '2018-08-01', 'contested'), claim('taliban', '2018-08-20', 'taliban')],
    '2018-08',
    'all',
    'taliban',
    '2018-08-20',
  ],
  [
    'a claim exactly 30 days older than the latest still counts',
    [claim('afghan_government', '2018-08-01', 'government'), claim('taliban', '2018-08-31', 'taliban')],
    '2018-08',
    'all',
    'contested',
    '2018-08-31',
  ],
  [
    'a claim 31 days older than the latest is superseded',
    [claim('afghan_government', '2018-07-31', 'government'), claim('taliban', '2018-08-31', 'taliban')],
    '2018-08',
    'all',
    'taliban',
    '2018-08-31',
  ],
  [
    'supersession counts back from the latest claim, not the month',
    [claim('afghan_government', '2015-01-05', 'government'), claim('taliban', '2015-01-20', 'taliban')],
    '2021-12',
    'all',
    'contested',
    '2015-01-20',
  ],
  [
    'the lens hides other sides',
    [claim('taliban', '2018-08-10', 'taliban'), claim('us_forces', '2018-08-10', 'government')],
    '2018-08',
    'taliban',
    'taliban',
    '2018-08-10',
  ],
  [
    'the lens hides other sides, the other way',
    [claim('taliban', '2018-08-10', 'taliban'), claim('us_forces', '2018-08-10', 'government')],
    '2018-08',
    'us_forces',
    'government',
    '2018-08-10',
  ],
  [
    'a lens with no claims → no claim',
    [claim('taliban', '2018-08-10', 'taliban')],
    '2018-08',
    'residents',
    'no_claim',
    null,
  ],
  [
    'supersession only looks at sides in the lens',
    [claim('afghan_government', '2018-06-01', 'government'), claim('taliban', '2018-08-10', 'taliban')],
    '2018-08',
    'afghan_government',
    'government',
    '2018-06-01',
  ],
  [
    'casualty claims never set a status',
    [casualty('taliban', '2018-08-10')],
    '2018-08',
    'all',
    'no_claim',
    null,
  ],
  [
    'claims about another province do not count',
    [claim('taliban', '2018-08-10', 'taliban', 'kunduz')],
    '2018-08',
    'all',
    'no_claim',
    null,
  ],
  [
    'the "other" side counts under all claimants',
    [claim('other', '2018-08-10', 'contested')],
    '2018-08',
    'all',
    'contested',
    '2018-08-10',
  ],
];

describe('provinceStatus (design.md rule)', () => {
  it.each(CASES)('%s', (_name, claims, month, lens, status, latest) => {
    const result = provinceStatus(buildStatusIndex(claims), 'ghazni', month, lens);
    expect(result.status).toBe(status);
    expect(result.latestDate).toBe(latest);
  });

  it('gives the age of the latest claim in months', () => {
    const index = buildStatusIndex([claim('taliban', '2018-08-10', 'taliban')]);
    expect(provinceStatus(index, 'ghazni', '2018-08', 'all').ageMonths).toBe(0);
    expect(provinceStatus(index, 'ghazni', '2019-02', 'all').ageMonths).toBe(6);
    expect(provinceStatus(index, 'ghazni', '2021-08', 'all').ageMonths).toBe(36);
  });

  it.each([
    ['a day-precise claim', ['day'], 'day'],
    ['a week-precise claim', ['week'], 'week'],
    ['a month-precise claim', ['month'], 'month'],
    ['the most precise of one day’s claims', ['month', 'week', 'day'], 'day'],
    ['the most precise of one day’s claims, without a day-precise one', ['month', 'week'], 'week'],
  ] as const)('gives the precision of the latest date: %s', (_name, precisions, expected) => {
    const claims = precisions.map((precision) => ({
      ...claim('taliban', '2016-04-11', 'taliban'),
      date_precision: precision,
    }));
    const index = buildStatusIndex([claim('afghan_government', '2016-03-02', 'government'), ...claims]);
    expect(provinceStatus(index, 'ghazni', '2016-04', 'all').latestPrecision).toBe(expected);
    expect(provinceStatus(index, 'ghazni', '2016-03', 'all').latestPrecision).toBe('day');
    expect(provinceStatus(index, 'ghazni', '2015-12', 'all').latestPrecision).toBeNull();
  });

  it('names the claims a status rests on', () => {
    const a = claim('taliban', '2018-08-10', 'taliban');
    const b = claim('us_forces', '2018-08-11', 'government');
    const old = claim('afghan_government', '2018-01-01', 'government');
    const result = provinceStatus(buildStatusIndex([a, b, old]), 'ghazni', '2018-08', 'all');
    expect(result.claimIds.sort()).toEqual([a.id, b.id].sort());
  });

  it('ignores records without a province or stance instead of failing', () => {
    const broken = [
      { ...claim('taliban', '2018-08-10', 'taliban'), province: null },
      { ...claim('media', '2018-08-10', 'taliban'), stance: undefined },
    ];
    expect(provinceStatus(buildStatusIndex(broken), 'ghazni', '2018-08', 'all').status).toBe('no_claim');
  });

  it('answers the same as a direct reading of the rule, for any claims (property)', () => {
    const day = fc
      .integer({ min: 0, max: 2556 })
      .map((n) => new Date(Date.UTC(2015, 0, 1 + n)).toISOString().slice(0, 10));
    const arbitraryClaim = fc.record({
      side: fc.constantFrom(...CLAIMANT_SIDES),
      date: day,
      stance: fc.constantFrom(...STANCES),
      province: fc.constantFrom('ghazni', 'kunduz'),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryClaim, { maxLength: 30 }),
        fc.integer({ min: 0, max: 83 }),
        fc.constantFrom(...LENSES),
        (raw, m, lens) => {
          const claims = raw.map((c) => claim(c.side, c.date, c.stance, c.province));
          const month = `${2015 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
          const statuses = statusesAt(buildStatusIndex(claims), ['ghazni', 'kunduz'], month, lens);
          for (const province of ['ghazni', 'kunduz']) {
            // The rule, read literally, with no index.
            const until = `${month}-31`;
            const relevant = claims.filter(
              (c) => c.province === province && c.date <= until && (lens === 'all' || c.side === lens),
            );
            const expected = (() => {
              if (relevant.length === 0) return 'no_claim';
              const latest = relevant.reduce((a, c) => (c.date > a ? c.date : a), '');
              const bySide = new Map<string, ClaimLike[]>();
              for (const c of relevant) bySide.set(c.side, [...(bySide.get(c.side) ?? []), c]);
              const stances = new Set<string>();
              for (const list of bySide.values()) {
                const last = list.reduce((a, c) => (c.date > a ? c.date : a), '');
                const days = (Date.parse(latest) - Date.parse(last)) / 86_400_000;
                if (days > 30) continue;
                const own = new Set(list.filter((c) => c.date === last).map((c) => c.stance));
                stances.add(own.size > 1 ? 'contested' : ([...own][0] as string));
              }
              return stances.size > 1 ? 'contested' : [...stances][0];
            })();
            expect(statuses.get(province)?.status).toBe(expected);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
