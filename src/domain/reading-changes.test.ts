import { describe, expect, it } from 'vitest';
import { NO_CLAIM, type ProvinceReading } from './reading';
import { announceChanges, readingChanges, shortReading } from './reading-changes';

const r = (reading: ProvinceReading['reading'], lean: ProvinceReading['lean'] = null): ProvinceReading => ({
  ...NO_CLAIM,
  reading,
  lean,
});
const names: Record<string, string> = { ghazni: 'Ghazni', kandahar: 'Kandahar', farah: 'Farah' };
const nameOf = (slug: string) => names[slug] ?? slug;

describe('shortReading', () => {
  it.each([
    [r('taliban'), 'Taliban'],
    [r('fighting', 'taliban'), 'Fighting, Taliban gains claimed'],
    [r('fighting', 'government'), 'Fighting, government holds part'],
    [r('fighting'), 'Fighting'],
    [r('no_recent_claim'), 'No recent claim'],
  ])('%j → %s', (reading, expected) => expect(shortReading(reading)).toBe(expected));
});

describe('readingChanges and announceChanges', () => {
  const before = new Map([
    ['ghazni', r('fighting', 'taliban')],
    ['kandahar', r('no_claim')],
    ['farah', r('government')],
  ]);

  it('names the provinces whose reading changed, with the old and new readings', () => {
    const after = new Map([
      ['ghazni', r('taliban')],
      ['kandahar', r('fighting', 'taliban')],
      ['farah', r('government')],
    ]);
    expect(announceChanges('August 2021', readingChanges(before, after), nameOf)).toBe(
      'August 2021: Ghazni now Taliban, was Fighting, Taliban gains claimed; Kandahar now Fighting, Taliban gains claimed, was No claim.',
    );
  });

  it('counts a change of lean as a change', () => {
    const after = new Map([['ghazni', r('fighting', 'government')]]);
    expect(readingChanges(before, after)).toEqual([
      { slug: 'ghazni', was: 'Fighting, Taliban gains claimed', now: 'Fighting, government holds part' },
    ]);
  });

  it('says so when nothing changed', () => {
    expect(announceChanges('May 2019', readingChanges(before, before), nameOf)).toBe(
      'May 2019: no province’s reading changed.',
    );
  });

  it('names the first few and counts the rest', () => {
    const slugs = Array.from({ length: 7 }, (_, i) => `p${i}`);
    const was = new Map(slugs.map((s) => [s, r('no_claim')]));
    const now = new Map(slugs.map((s) => [s, r('fighting')]));
    const text = announceChanges('July 2021', readingChanges(was, now), nameOf);
    expect(text).toMatch(
      /^July 2021: p0 now Fighting, was No claim; .*p3 now Fighting, was No claim; and 3 more provinces changed\.$/,
    );
  });

  it('ignores provinces it has no earlier reading for', () => {
    expect(readingChanges(new Map(), new Map([['ghazni', r('taliban')]]))).toEqual([]);
  });
});
