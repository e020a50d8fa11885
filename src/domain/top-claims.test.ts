import { describe, expect, it } from 'vitest';
import { topClaims } from './top-claims';
import type { ClaimantSide } from './vocabulary';

const claim = (id: string, side: ClaimantSide, date: string, quote = `words of ${id}`) => ({
  id,
  side,
  date,
  quote,
});

const CLAIMS = [
  claim('t1', 'taliban', '2018-08-10'),
  claim('t2', 'taliban', '2018-08-12'),
  claim('g1', 'afghan_government', '2018-08-11'),
  claim('u1', 'us_forces', '2018-08-10'),
  claim('m1', 'media', '2018-08-09'),
  claim('g2', 'afghan_government', '2018-08-11', 'words of t2'),
];
const BY_ID = new Map(CLAIMS.map((c) => [c.id, c]));

describe('topClaims', () => {
  it.each([
    {
      name: 'one per side first, newest first',
      ids: ['t1', 't2', 'g1', 'u1', 'm1'],
      limit: 3,
      expected: ['t2', 'g1', 'u1'],
    },
    {
      name: 'then the others, newest first',
      ids: ['t1', 't2', 'g1'],
      limit: 3,
      expected: ['t2', 'g1', 't1'],
    },
    {
      name: 'same day: in the order of sides',
      ids: ['u1', 't1'],
      limit: 3,
      expected: ['t1', 'u1'],
    },
    { name: 'a quote is quoted once', ids: ['t2', 'g2'], limit: 3, expected: ['t2'] },
    { name: 'limit 1', ids: ['m1', 'g1'], limit: 1, expected: ['g1'] },
    { name: 'bad input: unknown and repeated ids', ids: ['x', 'g1', 'g1', ''], limit: 3, expected: ['g1'] },
    { name: 'bad input: no ids', ids: [], limit: 3, expected: [] },
    { name: 'bad input: limit 0', ids: ['g1'], limit: 0, expected: [] },
  ])('$name', ({ ids, limit, expected }) => {
    expect(topClaims({ claimIds: ids }, BY_ID, limit).map((c) => c.id)).toEqual(expected);
  });
});
