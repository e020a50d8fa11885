// Calendar arithmetic on ISO date strings (YYYY-MM-DD) and months (YYYY-MM).
// Plain strings compare in calendar order, so no Date objects are needed for ordering.

import { FIRST_DAY, LAST_DAY } from './vocabulary';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

export const FIRST_MONTH = FIRST_DAY.slice(0, 7);
export const LAST_MONTH = LAST_DAY.slice(0, 7);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a month written YYYY-MM. */
export function isIsoMonth(value: string): boolean {
  const m = ISO_MONTH.exec(value);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function isInCoveredPeriod(day: string): boolean {
  return day >= FIRST_DAY && day <= LAST_DAY;
}

/** The last day of a YYYY-MM month, as YYYY-MM-DD. */
export function endOfMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(daysInMonth(year, mon)).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last day a date stands for at its precision: the day itself, its week's seventh day, its month's last. */
export function lastDayCovered(day: string, precision: 'day' | 'week' | 'month'): string {
  if (precision === 'month') return endOfMonth(day.slice(0, 7));
  return precision === 'week' ? addDays(day, 6) : day;
}

/** Months from 2015-01: 0 for January 2015, 83 for December 2021. */
export function monthIndex(month: string): number {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const [firstYear, firstMon] = FIRST_MONTH.split('-').map(Number) as [number, number];
  return (year - firstYear) * 12 + (mon - firstMon);
}

export function monthAt(index: number): string {
  const [firstYear] = FIRST_MONTH.split('-').map(Number) as [number];
  const year = firstYear + Math.floor(index / 12);
  const mon = (index % 12) + 1;
  return `${year}-${String(mon).padStart(2, '0')}`;
}

export const MONTH_COUNT = monthIndex(LAST_MONTH) + 1;

export function addMonths(month: string, delta: number): string {
  const index = Math.min(MONTH_COUNT - 1, Math.max(0, monthIndex(month) + delta));
  return monthAt(index);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "August 2018" for 2018-08. */
export function formatMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[mon - 1]} ${year}`;
}

/** "Aug 2018" for 2018-08. */
export function formatMonthShort(month: string): string {
  return formatMonth(month).replace(/^(\w{3})\w*/, '$1');
}

/** A day written for a reader at its precision: "10 Aug 2018", "week of 11 Apr 2016", "Sep 2015". */
export function formatDay(day: string, precision: 'day' | 'week' | 'month' = 'day'): string {
  const month = formatMonthShort(day.slice(0, 7));
  if (precision === 'month') return month;
  const dayOfMonth = Number(day.slice(8, 10));
  return precision === 'week' ? `week of ${dayOfMonth} ${month}` : `${dayOfMonth} ${month}`;
}
