import { describe, expect, it } from 'vitest';
import { wrap } from './map-png';

// Every character 10 px wide.
const ctx = { measureText: (text: string) => ({ width: text.length * 10 }) as TextMetrics };

describe('wrap: the PNG’s text in lines that fit its width', () => {
  it.each<[string, string, number, string[]]>([
    ['fits on one line', 'End of August 2018', 200, ['End of August 2018']],
    [
      'breaks between words',
      'What the claims say about who holds',
      120,
      ['What the', 'claims say', 'about who', 'holds'],
    ],
    ['exactly the width', 'abcde fghij', 110, ['abcde fghij']],
    ['one pixel short', 'abcde fghij', 109, ['abcde', 'fghij']],
    [
      'a word wider than the line keeps a line of its own',
      'a Mazar-i-Sharif b',
      60,
      ['a', 'Mazar-i-Sharif', 'b'],
    ],
    ['empty text: no lines', '', 100, []],
  ])('%s', (_name, text, width, lines) => {
    expect(wrap(ctx, text, width)).toEqual(lines);
  });
});
