// The province × month strip: for each province with a claim, its reading month by month, the
// map's history at a glance. Pure: the lens's reading table in, rows of readings, runs of them and
// the grid's keyboard moves out. Read once per lens and dataset, never per slider step.

import { formatMonth, isIsoMonth, monthAt, monthIndex, MONTH_COUNT } from './dates';
import { readingText } from './labels';
import { inLens, NO_CLAIM, type ProvinceReading } from './reading';
import type { ReadingTable } from './reading-table';
import type { ClaimLike } from './types';
import type { Lens } from './vocabulary';

/**
 * The provinces that have any claim (of control or casualties) under any of the lenses, in the
 * order of `provinces` (the map's, by name); a province the map does not know is left out.
 */
export function stripProvinces(
  claims: Iterable<Pick<ClaimLike, 'province' | 'side'>>,
  lenses: readonly Lens[],
  provinces: readonly string[],
): string[] {
  const claimed = new Set<string>();
  for (const claim of claims) {
    if (claim.province && lenses.some((lens) => inLens(claim.side, lens))) claimed.add(claim.province);
  }
  return provinces.filter((slug) => claimed.has(slug));
}

export interface StripRow {
  slug: string;
  /** The reading at the end of each covered month: index 0 is the first month. */
  readings: ProvinceReading[];
}

/**
 * Each province's reading in every covered month, read from the lens's table (which the map's
 * slider steps share): provinces × months readings. A province the table does not read has no claim.
 */
export function stripRows(
  table: ReadingTable,
  provinces: readonly string[],
  monthCount = MONTH_COUNT,
): StripRow[] {
  const months = Array.from({ length: monthCount }, (_, i) => table.at(monthAt(i)));
  return provinces.map((slug) => ({
    slug,
    readings: months.map((readings) => readings.get(slug) ?? NO_CLAIM),
  }));
}

/** The month indices the strip shows: the year's twelve when a covered year is chosen, else all. */
export function stripMonths(year: number | null, monthCount = MONTH_COUNT): number[] {
  const all = Array.from({ length: monthCount }, (_, i) => i);
  if (year === null || !Number.isInteger(year)) return all;
  const first = `${year}-01`;
  const inYear = all.filter((i) => monthAt(i).startsWith(`${year}-`));
  return isIsoMonth(first) && inYear.length > 0 ? inYear : all;
}

/** A reading in words, for a cell: readingText, and how old its latest claim is when drawn paler. */
export function cellWords(reading: ProvinceReading): string {
  const text = readingText(reading);
  if (!reading.pale || reading.ageMonths === null) return text;
  return `${text} · paler: latest claim ${reading.ageMonths} months old`;
}

/** "Ghazni, August 2018: Fighting · Taliban gains claimed · one side only (the Taliban)". */
export function cellLabel(provinceName: string, monthIndexOfCell: number, reading: ProvinceReading): string {
  return `${provinceName}, ${formatMonth(monthAt(monthIndexOfCell))}: ${cellWords(reading)}`;
}

export interface StripRun {
  /** First and last month index of the run (inclusive). */
  from: number;
  to: number;
  /** The reading in words, the same for every month of the run. */
  words: string;
  reading: ProvinceReading;
}

/**
 * A row's months as runs of the same reading in words (paleness included): the table's rows,
 * "Aug 2018 – Nov 2018: Disputed…". Only the months listed (in order) are read.
 */
export function readingRuns(readings: readonly ProvinceReading[], months: readonly number[]): StripRun[] {
  const runs: StripRun[] = [];
  let last: StripRun | undefined;
  for (const month of months) {
    const reading = readings[month];
    if (!reading) continue;
    const words = cellWords(reading);
    if (last && last.words === words && last.to === month - 1) {
      last.to = month;
    } else {
      last = { from: month, to: month, words, reading };
      runs.push(last);
    }
  }
  return runs;
}

/** Where the strip's cursor is: a row (province) and a column (the position among the months shown). */
export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Where a key moves the grid's cursor (WAI-ARIA grid pattern): arrows by one cell, Home/End to the
 * row's first or last month, Ctrl+Home/End to the grid's first or last cell, PageUp/PageDown by a
 * year. Null for a key the grid does not handle; the result is always inside the grid.
 */
export function moveInGrid(
  at: GridPosition,
  key: string,
  size: { rows: number; cols: number },
  ctrl = false,
): GridPosition | null {
  if (size.rows <= 0 || size.cols <= 0) return null;
  const clamp = (n: number, count: number) => Math.min(count - 1, Math.max(0, n));
  const row = clamp(at.row, size.rows);
  const col = clamp(at.col, size.cols);
  switch (key) {
    case 'ArrowLeft':
      return { row, col: clamp(col - 1, size.cols) };
    case 'ArrowRight':
      return { row, col: clamp(col + 1, size.cols) };
    case 'ArrowUp':
      return { row: clamp(row - 1, size.rows), col };
    case 'ArrowDown':
      return { row: clamp(row + 1, size.rows), col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: size.rows - 1, col: size.cols - 1 } : { row, col: size.cols - 1 };
    case 'PageUp':
      return { row, col: clamp(col - 12, size.cols) };
    case 'PageDown':
      return { row, col: clamp(col + 12, size.cols) };
    default:
      return null;
  }
}

/** The column of a month among those shown, or the nearest shown one (for a month outside them). */
export function columnOf(month: string, months: readonly number[]): number {
  if (months.length === 0 || !isIsoMonth(month)) return 0;
  const index = monthIndex(month);
  let best = 0;
  for (let col = 0; col < months.length; col += 1) {
    if (Math.abs((months[col] as number) - index) < Math.abs((months[best] as number) - index)) best = col;
  }
  return best;
}
