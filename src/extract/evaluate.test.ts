import { expect, test } from 'vitest';
import { goldHolder, scoreReport, totals, type GoldClaim } from './evaluate';
import type { Draft } from './types';

const text = 'The Taliban seized Kunduz, officials said. 25 militants were killed.';
const gold: GoldClaim[] = [
  {
    id: 'a',
    side: 'afghan_government',
    kind: 'control',
    province: 'kunduz',
    quote: 'The Taliban seized Kunduz',
    holder: 'taliban',
    date: '2015-09-28',
    date_precision: 'day',
  },
  {
    id: 'b',
    side: 'media',
    kind: 'casualties',
    province: 'kunduz',
    quote: '25 militants were killed',
    casualties: { count: { low: 25, high: 25 } },
  },
];
const base = {
  claimant: 'x',
  place: null,
  place_precision: 'city',
  date: '2015-09-28',
  date_precision: 'day',
  confidence: 1,
  rule: 'r',
} as const;

test('found, correct and the reasons for misses', () => {
  const drafts: Draft[] = [
    {
      ...base,
      quote: 'Taliban seized',
      start: 4,
      end: 18,
      side: 'afghan_government',
      kind: 'control',
      province: 'kunduz',
      holder: 'taliban',
      extent: 'whole',
      action: 'captured',
    },
    {
      ...base,
      quote: '25 militants were killed',
      start: 43,
      end: 67,
      side: 'media',
      kind: 'casualties',
      province: 'kunduz',
      casualties: {
        measure: 'killed',
        victim_side: 'taliban',
        count: { words: '25', qualifier: 'about', low: 24, high: 26 },
      },
    },
  ];
  const s = scoreReport('r', text, gold, drafts);
  expect([s.found, s.correct]).toEqual([1, 1]);
  expect(s.misses).toEqual([{ id: 'b', reason: 'wrong count', quote: '25 militants were killed' }]);
  expect(s.fields.side).toEqual([2, 2]);
  expect(s.fields.count).toEqual([0, 1]);
  expect(totals([s])).toMatchObject({ recall: 0.5, precision: 0.5 });
});

test('old stance is read as a holder', () => {
  expect(goldHolder({ ...gold[0]!, holder: undefined, stance: 'contested' })).toBe('none');
  expect(goldHolder({ ...gold[0]!, holder: undefined, stance: 'government' })).toBe('government');
});
