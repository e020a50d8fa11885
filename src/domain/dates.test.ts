import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  formatDay,
  formatMonth,
  isIsoDay,
  isIsoMonth,
  lastDayCovered,
  monthAt,
  monthIndex,
  MONTH_COUNT,
} from './dates';

describe('dates', () => {
  it.each([
    ['2018-08-10', 0, '2018-08-10'],
    ['2018-08-31', 1, '2018-09-01'],
    ['2016-02-28', 1, '2016-02-29'],
    ['2018-01-01', -1, '2017-12-31'],
  ])('addDays(%s, %i) is %s', (day, days, expected) => expect(addDays(day, days)).toBe(expected));

  it.each([
    ['2018-08-10', 'day', '2018-08-10'],
    ['2016-04-11', 'week', '2016-04-17'],
    ['2021-12-27', 'week', '2022-01-02'],
    ['2015-09-01', 'month', '2015-09-30'],
    ['2016-02-01', 'month', '2016-02-29'],
  ] as const)('lastDayCovered(%s, %s) is %s', (day, precision, expected) =>
    expect(lastDayCovered(day, precision)).toBe(expected),
  );

  it.each([
    ['2018-08-10', true],
    ['2016-02-29', true],
    ['2015-02-29', false],
    ['2018-13-01', false],
    ['2018-8-10', false],
    ['10/08/2018', false],
    ['', false],
  ])('isIsoDay(%j) is %s', (value, expected) => expect(isIsoDay(value)).toBe(expected));

  it.each([
    ['2018-08', true],
    ['2018-00', false],
    ['2018-13', false],
    ['2018-8', false],
  ])('isIsoMonth(%j) is %s', (value, expected) => expect(isIsoMonth(value)).toBe(expected));

  it.each([
    ['2018-02', '2018-02-28'],
    ['2016-02', '2016-02-29'],
    ['2018-08', '2018-08-31'],
    ['2018-09', '2018-09-30'],
  ])('endOfMonth(%s) is %s', (month, expected) => expect(endOfMonth(month)).toBe(expected));

  it('counts days and months', () => {
    expect(daysBetween('2018-08-01', '2018-08-31')).toBe(30);
    expect(daysBetween('2018-08-31', '2018-08-01')).toBe(-30);
    expect(MONTH_COUNT).toBe(84);
    expect(monthIndex('2015-01')).toBe(0);
    expect(monthIndex('2021-12')).toBe(83);
    expect(monthAt(43)).toBe('2018-08');
    expect(addMonths('2021-06', 12)).toBe('2021-12');
    expect(addMonths('2015-06', -12)).toBe('2015-01');
  });

  it('writes dates for readers', () => {
    expect(formatMonth('2018-08')).toBe('August 2018');
    expect(formatDay('2018-08-10')).toBe('10 Aug 2018');
    expect(formatDay('2016-04-11', 'week')).toBe('week of 11 Apr 2016');
    expect(formatDay('2015-09-01', 'month')).toBe('Sep 2015');
  });
});
