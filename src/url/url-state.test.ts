import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LENSES } from '../domain/vocabulary';
import { DEFAULT_STATE, parseUrlState, serializeUrlState, THEMES, VIEWS, type UrlState } from './url-state';

const PROVINCES = new Set(['kunduz', 'ghazni', 'badghis', 'sar-e-pol', 'daykundi']);

describe('parseUrlState', () => {
  it.each<[string, string, Partial<UrlState>]>([
    ['empty', '', {}],
    [
      'a full good link',
      '?month=2018-08&year=2018&province=ghazni&lens=taliban',
      { month: '2018-08', year: 2018, province: 'ghazni', lens: 'taliban' },
    ],
    ['the first month', '?month=2015-01', { month: '2015-01' }],
    ['a year alone shows the end of that year', '?year=2018', { year: 2018, month: '2018-12' }],
    ['a year with a month keeps the month', '?year=2018&month=2018-05', { year: 2018, month: '2018-05' }],
    [
      'a year with a bad month: the end of the year',
      '?year=2016&month=2016-13',
      { year: 2016, month: '2016-12' },
    ],
    ['the last month', '?month=2021-12', { month: '2021-12' }],
    ['a month before the period', '?month=2014-12', {}],
    ['a month after the period', '?month=2022-01', {}],
    ['month 13', '?month=2018-13', {}],
    ['month 00', '?month=2018-00', {}],
    ['a day instead of a month', '?month=2018-08-10', {}],
    ['words for a month', '?month=august', {}],
    ['a year in range: the month is that year’s end', '?year=2016', { year: 2016, month: '2016-12' }],
    ['a year out of range', '?year=2030', {}],
    ['a year with junk', '?year=2016abc', {}],
    ['a negative year', '?year=-2016', {}],
    ['a known province', '?province=sar-e-pol', { province: 'sar-e-pol' }],
    ['a province in capitals', '?province=Ghazni', { province: 'ghazni' }],
    ['an unknown province', '?province=atlantis', {}],
    ['markup as a province', '?province=%3Cscript%3Ealert(1)%3C/script%3E', {}],
    ['each lens', '?lens=us_forces', { lens: 'us_forces' }],
    ['an unknown lens', '?lens=nato', {}],
    ['the other side is not a lens', '?lens=other', {}],
    [
      'a comparison',
      '?lens=taliban&compare=afghan_government',
      { lens: 'taliban', compare: 'afghan_government' },
    ],
    ['a comparison with itself', '?lens=taliban&compare=taliban', { lens: 'taliban' }],
    ['the table view', '?view=table', { view: 'table' }],
    ['an unknown view', '?view=globe', {}],
    ['embed', '?embed=1', { embed: true }],
    ['embed with another value', '?embed=yes', {}],
    ['dark theme', '?embed=1&theme=dark', { embed: true, theme: 'dark' }],
    ['theme from the reader’s system', '?theme=auto', { theme: 'auto' }],
    ['Datawrapper’s dark=auto', '?dark=auto', { theme: 'auto' }],
    ['Datawrapper’s dark=true', '?dark=true', { theme: 'dark' }],
    ['theme wins over dark', '?theme=light&dark=true', {}],
    ['unknown theme', '?theme=sepia', {}],
    ['theme in capitals', '?theme=DARK', {}],
    ['repeated parameters: the first wins', '?month=2016-04&month=2018-08', { month: '2016-04' }],
    ['no question mark', 'month=2016-04', { month: '2016-04' }],
    ['broken percent-encoding', '?month=%E0%A4%A&lens=%', {}],
    ['unknown parameters are ignored', '?utm_source=x&zoom=9', {}],
  ])('%s', (_name, search, expected) => {
    expect(parseUrlState(search, PROVINCES)).toEqual({ ...DEFAULT_STATE, ...expected });
  });

  it('keeps a well-formed province before the province list is known', () => {
    expect(parseUrlState('?province=ghazni').province).toBe('ghazni');
  });

  it('never throws and always gives a valid state, whatever the query string', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(
          fc.constantFrom(
            'month',
            'year',
            'province',
            'lens',
            'compare',
            'view',
            'embed',
            'theme',
            'dark',
            'x',
          ),
          fc.string(),
        ),
        (raw, dict) => {
          for (const search of [raw, `?${new URLSearchParams(dict).toString()}`]) {
            const state = parseUrlState(search, PROVINCES);
            expect(state.month >= '2015-01' && state.month <= '2021-12').toBe(true);
            expect(state.year === null || (state.year >= 2015 && state.year <= 2021)).toBe(true);
            expect(state.province === null || PROVINCES.has(state.province)).toBe(true);
            expect(LENSES).toContain(state.lens);
            expect(
              state.compare === null || (LENSES.includes(state.compare) && state.compare !== state.lens),
            ).toBe(true);
            expect(VIEWS).toContain(state.view);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('serializeUrlState', () => {
  it('leaves defaults out', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
  });

  it('writes the public parameter names in a fixed order', () => {
    expect(
      serializeUrlState({
        ...DEFAULT_STATE,
        embed: true,
        lens: 'residents',
        province: 'kunduz',
        year: 2015,
        month: '2015-09',
      }),
    ).toBe('?month=2015-09&year=2015&province=kunduz&lens=residents&embed=1');
  });

  it('round-trips every valid state', () => {
    const state = fc.record({
      month: fc
        .integer({ min: 0, max: 83 })
        .map((i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`),
      year: fc.option(fc.integer({ min: 2015, max: 2021 }), { nil: null }),
      province: fc.option(fc.constantFrom(...PROVINCES), { nil: null }),
      lens: fc.constantFrom(...LENSES),
      compare: fc.option(fc.constantFrom(...LENSES), { nil: null }),
      view: fc.constantFrom(...VIEWS),
      embed: fc.boolean(),
      theme: fc.constantFrom(...THEMES),
    });
    fc.assert(
      fc.property(state, (s) => {
        const valid = { ...s, compare: s.compare === s.lens ? null : s.compare };
        expect(parseUrlState(serializeUrlState(valid), PROVINCES)).toEqual(valid);
      }),
    );
  });
});
