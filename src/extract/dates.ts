// A claim's date from the words near it, anchored to the report's publication day.
// chrono-node reads the expressions; a refiner added to it moves a bare weekday or month to the
// most recent one on or before publication ("on Friday" in a Sunday report is two days back, not
// five days on), and the relative expressions chrono has no notion of precision for ("earlier
// this week", "last year", "overnight") are read here.

import * as chrono from 'chrono-node';
import type { DatePrecision } from '../domain/vocabulary';

export interface ClaimDate {
  date: string;
  date_precision: DatePrecision;
  /** The words that gave the date, or null for the publication day. */
  words: string | null;
}

function utc(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return iso(new Date(utc(day).getTime() + days * 86_400_000));
}

/** Monday of the week `day` falls in (weeks start on Monday). */
export function mondayOf(day: string): string {
  const weekday = utc(day).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** "Most recent past day": a weekday or month named without a date is the last one on or before publication. */
const mostRecentPastDay: chrono.Refiner = {
  refine: (context, results) => {
    const ref = context.reference.instant;
    const refDay = iso(ref);
    for (const result of results) {
      const start = result.start;
      const weekday = start.get('weekday');
      if (weekday !== null && !start.isCertain('day') && !start.isCertain('month')) {
        const back = (ref.getUTCDay() - weekday + 7) % 7;
        const day = utc(addDays(refDay, -back));
        start.imply('day', day.getUTCDate());
        start.imply('month', day.getUTCMonth() + 1);
        start.imply('year', day.getUTCFullYear());
        continue;
      }
      if (start.isCertain('month') && !start.isCertain('year')) {
        const month = start.get('month') ?? 1;
        const day = start.isCertain('day') ? (start.get('day') ?? 1) : 1;
        let year = ref.getUTCFullYear();
        const candidate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        if (candidate > refDay) year -= 1;
        start.imply('year', year);
      }
    }
    return results;
  },
};

const parser = chrono.casual.clone();
parser.refiners.push(mostRecentPastDay);

const RELATIVE: readonly {
  name: string;
  pattern: RegExp;
  read: (published: string) => Omit<ClaimDate, 'words'>;
}[] = [
  {
    name: 'this-week',
    pattern: /\b(?:earlier|later)? ?this week\b/iu,
    read: (p) => ({ date: mondayOf(p), date_precision: 'week' }),
  },
  {
    name: 'last-week',
    pattern: /\blast week\b/iu,
    read: (p) => ({ date: mondayOf(addDays(p, -7)), date_precision: 'week' }),
  },
  {
    name: 'past-days',
    pattern:
      /\b(?:in|over|during) the (?:past|last) (?:two|three|few|several|\d+) days\b|\bin (?:two|three) days\b|\bfor (?:a|one) week\b|\bin a week\b/iu,
    read: (p) => ({ date: mondayOf(addDays(p, -2)), date_precision: 'week' }),
  },
  {
    name: 'past-month',
    pattern:
      /\b(?:in|over|during) the (?:past|last) (?:month|few weeks|two months|several weeks)\b|\bfor weeks\b|\bweeks ago\b/iu,
    read: (p) => ({ date: `${addDays(p, -30).slice(0, 7)}-01`, date_precision: 'month' }),
  },
  {
    name: 'last-year',
    // The vocabulary has no year precision: the draft says January, month-precise, to be corrected.
    pattern: /\blast year\b/iu,
    read: (p) => ({ date: `${Number(p.slice(0, 4)) - 1}-01-01`, date_precision: 'month' }),
  },
  {
    name: 'overnight',
    pattern: /\b(?:overnight|this morning|today|tonight|on the night of)\b/iu,
    read: (p) => ({ date: p, date_precision: 'day' }),
  },
  {
    name: 'last-night',
    pattern: /\b(?:last night|yesterday|in the past 24 hours|over the past 24 hours)\b/iu,
    read: (p) => ({ date: addDays(p, -1), date_precision: 'day' }),
  },
];

/**
 * The date of the first date expression in `words` (relative to `published`), or the publication
 * day when there is none. Dates after publication are not believed: the publication day is used.
 */
export function dateFromWords(words: string, published: string): ClaimDate {
  const found: { index: number; value: ClaimDate }[] = [];
  for (const rule of RELATIVE) {
    const m = rule.pattern.exec(words);
    if (m) found.push({ index: m.index, value: { ...rule.read(published), words: m[0] } });
  }
  const results = parser.parse(words, { instant: utc(published), timezone: 0 }, { forwardDate: false });
  for (const r of results) {
    const start = r.start;
    const known = start.isCertain('day') || start.isCertain('weekday') || start.isCertain('month');
    // "may" the verb is not May the month.
    if (!known || /^\s*(?:today|this week)\b/iu.test(r.text) || /^\s*may\b/u.test(r.text)) continue;
    const date = iso(start.date());
    const monthOnly = start.isCertain('month') && !start.isCertain('day');
    found.push({
      index: r.index,
      value: monthOnly
        ? { date: `${date.slice(0, 7)}-01`, date_precision: 'month', words: r.text }
        : { date, date_precision: 'day', words: r.text },
    });
  }
  found.sort((a, b) => a.index - b.index);
  const first = found.find((f) => f.value.date <= published && f.value.date >= '2001-01-01');
  return first?.value ?? { date: published, date_precision: 'day', words: null };
}
