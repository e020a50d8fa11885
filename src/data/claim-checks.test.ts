import { describe, expect, it } from 'vitest';
import { quoteMismatch, quoteProblem } from './claim-checks';

const article = {
  id: '005_0123456789abcdef',
  text: 'The Taliban said they had “captured” Kunduz city on Monday.',
  published: '2015-09-28',
};

describe('quoteProblem: where a quote parts from the text', () => {
  it.each<[string, string, RegExp | null]>([
    ['a verbatim quote', 'they had “captured” Kunduz', null],
    [
      'straight quotes where the text has curly ones',
      'they had "captured" Kunduz',
      /follows the text for 9 characters \(“…The Taliban said they had ”\), then has “"” \(U\+0022\) where the text has ““” \(U\+201C\)/,
    ],
    [
      'a changed letter',
      'The Taliban said they hod',
      /follows the text for 23 characters .* then has “o” \(U\+006F\) where the text has “a”/,
    ],
    [
      'a quote longer than the text',
      'on Monday. And more',
      /follows the text for 10 characters .* where the text has the end/,
    ],
    [
      'nothing in common',
      'xyz',
      /^quote not found in article 005_0123456789abcdef: not even its first characters are in the text$/,
    ],
    ['an empty text', 'anything', /not even its first characters/],
  ])('%s', (_name, quote, expected) => {
    const text = _name === 'an empty text' ? { ...article, text: '' } : article;
    const problem = quoteProblem(text, quote);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('finds the longest start of the quote that the text has', () => {
    expect(quoteMismatch('abcdef', 'abcx')).toEqual({ matched: 3, at: 0, quoteChar: 'x', textChar: 'd' });
    expect(quoteMismatch('abcdef', 'bcd')).toBeNull();
  });
});
