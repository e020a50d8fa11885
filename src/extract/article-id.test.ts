import { expect, test } from 'vitest';
import { articleId, nextArticleNumber } from './article-id';

const DIGEST = 'fc27b5fce6260f56' + '0'.repeat(48);
const OTHER = 'abcdef0123456789' + '1'.repeat(48);

test.each([
  [[], 0],
  [['000_fc27b5fce6260f56'], 1],
  [['000_fc27b5fce6260f56', '004_783f40194c0b156c', '002_b2751dd492d70d9d'], 5],
  [['notes', '12_abc', '1000_fc27b5fce6260f56'], 0],
])('the next number after %j is %i', (ids, next) => {
  expect(nextArticleNumber(ids)).toBe(next);
});

test('number and the first 16 hex digits of the digest', () => {
  expect(articleId(OTHER, ['004_783f40194c0b156c'])).toBe('005_abcdef0123456789');
  expect(articleId(OTHER.toUpperCase(), [])).toBe('000_abcdef0123456789');
  expect(articleId(OTHER, ['004_783f40194c0b156c'], 42)).toBe('042_abcdef0123456789');
});

test.each([
  ['a digest that is not hex', 'xyz', [], undefined],
  ['a short digest', 'abc123', [], undefined],
  ['a number out of range', OTHER, [], 1000],
  ['an id already taken', OTHER, ['007_abcdef0123456789'], 7],
  ['a text already in the dataset', DIGEST, ['000_fc27b5fce6260f56'], undefined],
])('refuses %s', (_, digest, ids, number) => {
  expect(() => articleId(digest, ids, number)).toThrow();
});
