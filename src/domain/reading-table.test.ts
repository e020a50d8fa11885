import { describe, expect, it } from 'vitest';
import { monthAt, MONTH_COUNT } from './dates';
import { buildReadingIndex, readingsAt } from './reading';
import { readingTable } from './reading-table';
import { controlClaim as control } from './test-claims';
import { LENSES } from './vocabulary';

const PROVINCES = ['badghis', 'ghazni', 'kunduz'];
const index = buildReadingIndex([
  control('ghazni', 'taliban', '2018-08-10', 'taliban', 'part'),
  control('ghazni', 'afghan_government', '2018-08-12', 'government', 'part'),
  control('kunduz', 'afghan_government', '2015-09-28', 'government'),
  control('kunduz', 'taliban', '2021-08-08', 'taliban'),
]);

describe('readingTable', () => {
  it('reads what readingsAt reads, for every covered month and every lens', () => {
    for (const lens of LENSES) {
      const table = readingTable(index, PROVINCES, lens);
      for (let i = 0; i < MONTH_COUNT; i += 1) {
        expect(table.at(monthAt(i))).toEqual(readingsAt(index, PROVINCES, monthAt(i), lens));
      }
    }
  });

  it('computes a covered month once and keeps it', () => {
    const table = readingTable(index, PROVINCES, 'all');
    const first = table.at('2018-08');
    expect(table.at('2018-08')).toBe(first);
    expect(first.get('ghazni')?.reading).toBe('disputed');
  });

  it.each([
    ['before the covered period', '2014-12'],
    ['after it', '2022-01'],
    ['not a month', 'garbage'],
    ['a day, not a month', '2018-08-10'],
    ['an impossible month', '2018-13'],
    ['empty', ''],
  ])('%s (%s): read as readingsAt reads it, and not kept', (_name, month) => {
    const table = readingTable(index, PROVINCES, 'all');
    const readings = table.at(month);
    expect(readings).toEqual(readingsAt(index, PROVINCES, month, 'all'));
    expect(table.at(month)).not.toBe(readings);
  });

  it('keeps its lens and its provinces; no provinces read nothing', () => {
    const table = readingTable(index, [], 'taliban');
    expect(table.lens).toBe('taliban');
    expect(table.provinces).toEqual([]);
    expect(table.at('2018-08').size).toBe(0);
  });

  it('a province with no claim reads No claim', () => {
    expect(readingTable(index, PROVINCES, 'all').at('2021-08').get('badghis')?.reading).toBe('no_claim');
  });
});
