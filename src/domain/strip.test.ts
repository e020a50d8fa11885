import { describe, expect, it } from 'vitest';
import { MONTH_COUNT, monthIndex } from './dates';
import { buildReadingIndex, NO_CLAIM, type ProvinceReading } from './reading';
import { readingTable } from './reading-table';
import {
  cellLabel,
  cellWords,
  columnOf,
  moveInGrid,
  readingRuns,
  stripMonths,
  stripProvinces,
  stripRows,
  type GridPosition,
} from './strip';
import { controlClaim as control } from './test-claims';
import type { Lens } from './vocabulary';

const PROVINCES = ['badghis', 'ghazni', 'kunduz'];

describe('stripProvinces', () => {
  const claims = [
    control('ghazni', 'taliban', '2018-08-10', 'taliban'),
    control('kunduz', 'afghan_government', '2015-09-28', 'government'),
    control(null, 'media', '2021-08-01', 'taliban'),
    control('atlantis', 'media', '2021-08-01', 'taliban'),
  ];
  it.each<[string, Lens[], string[]]>([
    ['all claimants: every province with a claim, in the given order', ['all'], ['ghazni', 'kunduz']],
    ['one side: its provinces only', ['taliban'], ['ghazni']],
    ['a side with no claim: none', ['residents'], []],
    ['two lenses: the provinces of either', ['taliban', 'afghan_government'], ['ghazni', 'kunduz']],
    ['no lens: none', [], []],
  ])('%s', (_name, lenses, expected) => {
    expect(stripProvinces(claims, lenses, PROVINCES)).toEqual(expected);
  });
});

describe('stripRows', () => {
  const index = buildReadingIndex([
    control('ghazni', 'taliban', '2018-08-10', 'taliban', 'part'),
    control('ghazni', 'afghan_government', '2018-08-12', 'government', 'part', 'repelled'),
    control('kunduz', 'afghan_government', '2015-09-28', 'government'),
  ]);

  it('reads every province in every covered month, as the map would', () => {
    const rows = stripRows(readingTable(index, PROVINCES, 'all'), ['ghazni', 'kunduz']);
    expect(rows.map((r) => [r.slug, r.readings.length])).toEqual([
      ['ghazni', MONTH_COUNT],
      ['kunduz', MONTH_COUNT],
    ]);
    const ghazni = rows[0]!.readings;
    const at = (month: string) => ghazni[monthIndex(month)]!.reading;
    expect([at('2018-07'), at('2018-08'), at('2018-12'), at('2019-09')]).toEqual([
      'no_claim',
      'disputed',
      'disputed',
      'no_recent_claim',
    ]);
    expect(ghazni[monthIndex('2018-12')]!.pale).toBe(true);
  });

  it.each<[Lens, string]>([
    ['taliban', 'fighting'],
    ['afghan_government', 'fighting'],
    ['media', 'no_claim'],
  ])('under the %s lens Ghazni reads %s in August 2018', (lens, reading) => {
    const [row] = stripRows(readingTable(index, PROVINCES, lens), ['ghazni']);
    expect(row!.readings[monthIndex('2018-08')]!.reading).toBe(reading);
  });

  it('a province with no claim, or unknown, reads No claim throughout', () => {
    const [row] = stripRows(readingTable(index, PROVINCES, 'all'), ['nowhere']);
    expect(row!.readings.every((r) => r.reading === 'no_claim')).toBe(true);
  });

  it('no provinces: no rows', () => {
    expect(stripRows(readingTable(index, PROVINCES, 'all'), [])).toEqual([]);
  });
});

describe('stripMonths', () => {
  it.each<[string, number | null, number, number | null, number | null]>([
    ['no year: every covered month', null, MONTH_COUNT, 0, MONTH_COUNT - 1],
    ['a covered year: its twelve', 2018, 12, monthIndex('2018-01'), monthIndex('2018-12')],
    ['a year outside the period: every month', 2030, MONTH_COUNT, 0, MONTH_COUNT - 1],
    ['a year that is not a whole number: every month', 2018.5, MONTH_COUNT, 0, MONTH_COUNT - 1],
  ])('%s', (_name, year, count, first, last) => {
    const months = stripMonths(year);
    expect(months).toHaveLength(count);
    expect(months[0]).toBe(first);
    expect(months.at(-1)).toBe(last);
  });
});

describe('readingRuns', () => {
  const r = (
    reading: ProvinceReading['reading'],
    pale = false,
    ageMonths: number | null = 0,
  ): ProvinceReading => ({
    ...NO_CLAIM,
    reading,
    pale,
    ageMonths,
    support: reading === 'taliban' ? 'one_side_only' : null,
    supportSides: reading === 'taliban' ? ['taliban'] : [],
  });
  const readings = [
    r('no_claim', false, null),
    r('taliban'),
    r('taliban'),
    r('taliban', true, 3),
    r('taliban', true, 4),
    r('no_recent_claim'),
  ];

  it.each<[string, number[], Array<[number, number, string]>]>([
    [
      'runs of the same words; paleness and its age split them',
      [0, 1, 2, 3, 4, 5],
      [
        [0, 0, 'No claim'],
        [1, 2, 'Taliban · one side only (the Taliban)'],
        [3, 3, 'Taliban · one side only (the Taliban) · paler: latest claim 3 months old'],
        [4, 4, 'Taliban · one side only (the Taliban) · paler: latest claim 4 months old'],
        [5, 5, 'No recent claim'],
      ],
    ],
    ['only the months listed', [1, 2], [[1, 2, 'Taliban · one side only (the Taliban)']]],
    [
      'a gap in the months listed ends a run',
      [1, 3],
      [
        [1, 1, 'Taliban · one side only (the Taliban)'],
        [3, 3, 'Taliban · one side only (the Taliban) · paler: latest claim 3 months old'],
      ],
    ],
    ['months past the readings are skipped', [5, 6, 99], [[5, 5, 'No recent claim']]],
    ['no months: no runs', [], []],
  ])('%s', (_name, months, expected) => {
    expect(readingRuns(readings, months).map((run) => [run.from, run.to, run.words])).toEqual(expected);
  });

  it('cellWords and cellLabel say the reading as the map does', () => {
    expect(cellWords(readings[1]!)).toBe('Taliban · one side only (the Taliban)');
    expect(cellLabel('Ghazni', monthIndex('2018-08'), readings[1]!)).toBe(
      'Ghazni, August 2018: Taliban · one side only (the Taliban)',
    );
  });
});

describe('moveInGrid', () => {
  const size = { rows: 3, cols: 84 };
  it.each<[string, GridPosition, string, boolean, GridPosition | null]>([
    ['right', { row: 1, col: 5 }, 'ArrowRight', false, { row: 1, col: 6 }],
    ['left', { row: 1, col: 5 }, 'ArrowLeft', false, { row: 1, col: 4 }],
    ['up', { row: 1, col: 5 }, 'ArrowUp', false, { row: 0, col: 5 }],
    ['down', { row: 1, col: 5 }, 'ArrowDown', false, { row: 2, col: 5 }],
    ['left at the edge stays', { row: 0, col: 0 }, 'ArrowLeft', false, { row: 0, col: 0 }],
    ['down at the bottom stays', { row: 2, col: 0 }, 'ArrowDown', false, { row: 2, col: 0 }],
    ['Home: the row’s first month', { row: 1, col: 40 }, 'Home', false, { row: 1, col: 0 }],
    ['End: the row’s last month', { row: 1, col: 40 }, 'End', false, { row: 1, col: 83 }],
    ['Ctrl+Home: the first cell', { row: 2, col: 40 }, 'Home', true, { row: 0, col: 0 }],
    ['Ctrl+End: the last cell', { row: 0, col: 40 }, 'End', true, { row: 2, col: 83 }],
    ['PageDown: a year on', { row: 0, col: 40 }, 'PageDown', false, { row: 0, col: 52 }],
    ['PageUp near the start: the first month', { row: 0, col: 5 }, 'PageUp', false, { row: 0, col: 0 }],
    [
      'a position outside the grid is brought in',
      { row: 9, col: 200 },
      'ArrowLeft',
      false,
      { row: 2, col: 82 },
    ],
    ['another key: not handled', { row: 0, col: 0 }, 'a', false, null],
  ])('%s', (_name, at, key, ctrl, expected) => {
    expect(moveInGrid(at, key, size, ctrl)).toEqual(expected);
  });

  it('an empty grid handles no key', () => {
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowRight', { rows: 0, cols: 84 })).toBeNull();
  });
});

describe('columnOf', () => {
  const year = stripMonths(2018);
  it.each<[string, string, readonly number[], number]>([
    ['a month shown', '2018-08', year, 7],
    ['a month before those shown: the first', '2016-03', year, 0],
    ['a month after: the last', '2021-08', year, 11],
    ['every month shown', '2015-02', stripMonths(null), 1],
    ['not a month', 'soon', year, 0],
    ['no months', '2018-08', [], 0],
  ])('%s', (_name, month, months, col) => {
    expect(columnOf(month, months)).toBe(col);
  });
});
