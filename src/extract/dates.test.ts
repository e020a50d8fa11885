import { expect, test } from 'vitest';
import { dateFromWords, mondayOf } from './dates';

test.each([
  ['on Friday', '2018-08-10', '2018-08-10', 'day'],
  ['on Sunday', '2016-04-17', '2016-04-17', 'day'],
  ['Wednesday evening', '2021-08-12', '2021-08-11', 'day'],
  ['earlier this week', '2016-04-17', '2016-04-11', 'week'],
  ['last week', '2016-04-17', '2016-04-04', 'week'],
  ['In May,', '2018-08-10', '2018-05-01', 'month'],
  ['in December', '2018-08-10', '2017-12-01', 'month'],
  ['in September 2015', '2016-04-17', '2015-09-01', 'month'],
  ['on July 7', '2021-07-07', '2021-07-07', 'day'],
  ['on July 9', '2021-07-07', '2020-07-09', 'day'],
  ['last night', '2018-11-14', '2018-11-13', 'day'],
  ['overnight', '2018-11-14', '2018-11-14', 'day'],
  ['last year', '2016-04-17', '2015-01-01', 'month'],
  ['no date at all', '2016-04-17', '2016-04-17', 'day'],
  ['the group may attack', '2016-04-17', '2016-04-17', 'day'],
])('%s (published %s) → %s %s', (words, published, date, precision) => {
  expect(dateFromWords(words, published)).toMatchObject({ date, date_precision: precision });
});

test('weeks start on Monday', () => {
  expect(mondayOf('2016-04-17')).toBe('2016-04-11');
  expect(mondayOf('2016-04-11')).toBe('2016-04-11');
});
