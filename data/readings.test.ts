// The readings of the real dataset at the months a reader checks first: the acceptance cases of
// the reading rules (docs/codebook.md, "Readings", has the worked examples).
import { describe, expect, it } from 'vitest';
import { parseEventsDataset } from '../src/data/events-dataset';
import { readingText } from '../src/domain/labels';
import { buildReadingIndex, provinceReading, readingsAt } from '../src/domain/reading';
import type { Lens } from '../src/domain/vocabulary';
import { buildEvents } from './lib/events-build';
import { loadProvinces } from './lib/gazetteer';

const DATA = import.meta.dirname;
const dataset = parseEventsDataset(JSON.parse(JSON.stringify(buildEvents(DATA).output)));
const index = buildReadingIndex(dataset.claims);
const slugs = loadProvinces(DATA, []).map((p) => p.slug);
const cell = (province: string, month: string, lens: Lens = 'all') =>
  readingText(provinceReading(index, province, month, lens));

describe('readings of the dataset', () => {
  it('reads No claim everywhere before the first claim', () => {
    const readings = readingsAt(index, slugs, '2015-01', 'all');
    expect(readings.size).toBe(slugs.length);
    expect(new Set([...readings.values()].map(readingText))).toEqual(new Set(['No claim']));
  });

  it.each<[string, string, Lens, RegExp]>([
    ['ghazni', '2018-08', 'all', /^Disputed/],
    ['ghazni', '2018-08', 'taliban', /^Fighting · Taliban gains claimed/],
    ['ghazni', '2018-08', 'afghan_government', /^Fighting · government holds part/],
    ['ghazni', '2018-12', 'all', /^Disputed/],
    ['ghazni', '2019-09', 'all', /^No recent claim$/],
    ['badghis', '2021-07', 'all', /^(Disputed|Fighting)/],
    ['ghazni', '2021-08', 'all', /^Taliban · conceded by the Afghan government/],
    ['ghazni', '2021-08', 'afghan_government', /^Taliban · conceded/],
    ['kandahar', '2021-08', 'all', /^Fighting · Taliban gains claimed/],
    ['kandahar', '2021-08', 'taliban', /^Fighting · Taliban gains claimed/],
    ['farah', '2021-08', 'all', /^No recent claim$/],
    ['farah', '2018-05', 'all', /^Government · one side only \(the media\)$/],
    // The Taliban held Kunduz city for days; the government's own spokesmen said so.
    ['kunduz', '2015-09', 'all', /^Fighting · Taliban gains claimed · conceded by the Afghan government/],
    // "retaken by the government forces shortly after" closes the September claims.
    ['kunduz', '2015-10', 'all', /^Government · one side only \(the media\)$/],
    ['jowzjan', '2021-08', 'all', /^No recent claim$/],
  ])('%s in %s under %s: %s', (province, month, lens, expected) => {
    expect(cell(province, month, lens)).toMatch(expected);
  });

  it('keeps the sides apart in Ghazni, August 2018: each lens has its own reading', () => {
    expect(cell('ghazni', '2018-08', 'taliban')).not.toBe(cell('ghazni', '2018-08', 'afghan_government'));
  });

  it('draws Ghazni paler in December 2018, but still reads it', () => {
    expect(provinceReading(index, 'ghazni', '2018-12', 'all')).toMatchObject({
      reading: 'disputed',
      pale: true,
    });
    expect(provinceReading(index, 'ghazni', '2018-09', 'all')).toMatchObject({
      reading: 'disputed',
      pale: false,
    });
  });
});
