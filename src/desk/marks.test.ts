import { describe, expect, test } from 'vitest';
import { markRuns } from './marks';

describe('marking quotes in the report', () => {
  test('runs cover the text, and each names the quotes over it', () => {
    const text = 'The Taliban took the city. Officials denied it.';
    const runs = markRuns(text, [
      { key: 'a', quote: 'Taliban took the city' },
      { key: 'b', quote: 'the city. Officials' },
      { key: 'c', quote: 'not in the text' },
    ]);
    expect(runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text);
    expect(runs.map((r) => [text.slice(r.start, r.end), r.keys])).toEqual([
      ['The ', []],
      ['Taliban took ', ['a']],
      ['the city', ['a', 'b']],
      ['. Officials', ['b']],
      [' denied it.', []],
    ]);
  });

  test('no quotes, one run; an empty text, none', () => {
    expect(markRuns('abc', [])).toEqual([{ start: 0, end: 3, keys: [] }]);
    expect(markRuns('', [{ key: 'a', quote: '' }])).toEqual([]);
  });
});
