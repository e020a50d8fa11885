import { describe, expect, it } from 'vitest';
import { datasetScope, scopeWords, spanWords } from './scope';

describe('datasetScope', () => {
  it.each([
    {
      name: 'outlets once each, sorted; span from the claims',
      articles: [{ outlet: 'Reuters' }, { outlet: 'AP' }, { outlet: 'Reuters' }],
      claims: [{ date: '2018-08-10' }, { date: '2015-09-28' }, { date: '2021-08-13' }],
      words: '3 news reports by AP and Reuters, 2015–2021',
    },
    {
      name: 'one report, one year',
      articles: [{ outlet: 'Al Jazeera' }],
      claims: [{ date: '2018-05-15' }, { date: '2018-05-16' }],
      words: '1 news report by Al Jazeera, 2018',
    },
    {
      name: 'three outlets are listed with "and" before the last',
      articles: [{ outlet: 'C' }, { outlet: 'A' }, { outlet: 'B' }],
      claims: [{ date: '2016-01-01' }],
      words: '3 news reports by A, B and C, 2016',
    },
    {
      name: 'names with commas of their own are kept apart with semicolons',
      articles: [{ outlet: 'Wire report citing BBC, AP and Amnesty' }, { outlet: 'Al Jazeera' }],
      claims: [{ date: '2021-08-13' }],
      words: '2 news reports by Al Jazeera; Wire report citing BBC, AP and Amnesty, 2021',
    },
    {
      name: 'bad input: blank outlets and undated claims are left out',
      articles: [{ outlet: '  ' }],
      claims: [{ date: '' }, { date: 'August 2018' }],
      words: '1 news report',
    },
    { name: 'nothing at all', articles: [], claims: [], words: '0 news reports' },
  ])('$name', ({ articles, claims, words }) => {
    expect(scopeWords(datasetScope(articles, claims))).toBe(words);
  });

  it('gives the span as numbers and words', () => {
    const scope = datasetScope([{ outlet: 'AP' }], [{ date: '2019-01-02' }, { date: '2016-03-04' }]);
    expect(scope.span).toEqual({ from: 2016, to: 2019 });
    expect(spanWords(scope)).toBe('2016–2019');
  });
});
