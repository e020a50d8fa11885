// Robustness of the reading and aggregation functions: whatever the records hold — dates that are
// not dates or fall outside 2015–2021, counts that are negative, fractional, huge or not numbers,
// any strings for ids and provinces — nothing throws and every output is well formed.
// (The dataset schema rejects such records at the edge; these functions must not depend on it.)

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsPerMonth, matchesFilter } from './aggregation';
import { ledgerRows, markGeometry, panelScale } from './ledger';
import { buildReadingIndex, readingsAt } from './reading';
import { endOfMonth, isInCoveredPeriod, isIsoDay, monthAt, MONTH_COUNT } from './dates';
import type { ClaimLike } from './types';
import {
  ACTIONS,
  CLAIMANT_SIDES,
  DATE_PRECISIONS,
  EXTENTS,
  HOLDERS,
  LENSES,
  MEASURES,
  PLACE_KINDS,
  PLACE_PRECISIONS,
  QUALIFIERS,
  READINGS,
  VICTIM_SIDES,
} from './vocabulary';

const RUNS = { numRuns: 500 };
/** Generous: 500 runs of up to 40 records take a few seconds on a busy machine. */
const TIMEOUT = 30_000;
const PROVINCES = ['ghazni', 'kunduz', 'badghis', 'sar-e-pol'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Real days in the covered period, days around it, impossible days, and any string at all. */
const anyDate = fc
  .oneof(
    fc.date({ min: new Date('2015-01-01'), max: new Date('2021-12-31'), noInvalidDate: true }),
    fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
  )
  .map((d) => d.toISOString().slice(0, 10));
const date = fc.oneof(
  { weight: 4, arbitrary: anyDate },
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
  fc.string(),
);

/** Whole counts, and every other number JavaScript has. */
const count = fc.option(
  fc.oneof(
    fc.nat(5000),
    fc.integer(),
    fc.double(),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER),
  ),
  { nil: null },
);

const claim: fc.Arbitrary<ClaimLike> = fc.record({
  id: fc.string({ maxLength: 8 }),
  event: fc.string({ maxLength: 8 }),
  article: fc.string({ maxLength: 8 }),
  said: date,
  claimant: fc.string(),
  side: fc.constantFrom(...CLAIMANT_SIDES),
  kind: fc.constantFrom('control', 'casualties'),
  place: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
  place_name: fc.option(fc.string(), { nil: null }),
  place_kind: fc.option(fc.constantFrom(...PLACE_KINDS), { nil: null }),
  province: fc.option(fc.oneof(fc.constantFrom(...PROVINCES), fc.string({ maxLength: 8 })), { nil: null }),
  place_precision: fc.constantFrom(...PLACE_PRECISIONS),
  date,
  date_precision: fc.constantFrom(...DATE_PRECISIONS),
  // Any mix, including holders that do not fit their action: the schema rejects those, not these functions.
  holder: fc.option(fc.constantFrom(...HOLDERS), { nil: undefined }),
  extent: fc.option(fc.constantFrom(...EXTENTS), { nil: undefined }),
  action: fc.option(fc.constantFrom(...ACTIONS), { nil: undefined }),
  casualties: fc.option(
    fc.record({
      measure: fc.constantFrom(...MEASURES),
      victim_side: fc.constantFrom(...VICTIM_SIDES),
      count: fc.record({
        words: fc.string(),
        qualifier: fc.constantFrom(...QUALIFIERS),
        low: count,
        high: count,
      }),
    }),
    { nil: undefined },
  ),
  quote: fc.string(),
  caveat: fc.option(fc.string(), { nil: null }),
});

const claims = fc.array(claim, { maxLength: 40 });
const month = fc.integer({ min: 0, max: MONTH_COUNT - 1 }).map(monthAt);
const lens = fc.constantFrom(...LENSES);
const isCount = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
const readableDay = (day: string) => isIsoDay(day) && isInCoveredPeriod(day);

describe('readings, for any records', () => {
  it(
    'gives every province one valid reading, dated no later than the month (property)',
    () => {
      fc.assert(
        fc.property(claims, month, lens, (records, at, seen) => {
          const ids = new Set(records.map((c) => c.id));
          const statuses = readingsAt(buildReadingIndex(records), PROVINCES, at, seen);
          expect([...statuses.keys()]).toEqual(PROVINCES);
          // Problems are collected and compared once: an expect per field would slow the 500 runs.
          const problems = [...statuses].flatMap(([province, s]) => {
            const claimed = s.latestDate !== null;
            const wrong = [
              !READINGS.includes(s.reading) && 'unknown reading',
              // A reading rests on a claim exactly when there is one.
              (s.reading === 'no_claim') === claimed && 'reading and latest claim disagree',
              (s.latestSide !== null) !== claimed && 'side without a claim, or claim without a side',
              (s.ageMonths !== null) !== claimed && 'age without a claim, or claim without an age',
              claimed && !readableDay(s.latestDate!) && 'latest claim not a day of 2015–2021',
              claimed && s.latestDate! > endOfMonth(at) && 'latest claim after the month',
              claimed && !(isCount(s.ageMonths) && s.ageMonths! < MONTH_COUNT) && 'age out of range',
              claimed && s.claimIds.length === 0 && 'a reading resting on no claim',
              s.claimIds.some((id) => !ids.has(id)) && 'a claim id that is not in the input',
            ];
            return wrong.filter(Boolean).map((w) => `${province}: ${w}`);
          });
          expect(problems).toEqual([]);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('aggregation, for any records', () => {
  it(
    'puts every casualty claim in the ledger once, adds nothing up, and places marks on the axis (property)',
    () => {
      fc.assert(
        fc.property(claims, (records) => {
          const rows = ledgerRows(records, new Map());
          const marks = rows.flatMap((row) => row.marks);
          const reports = records.filter((c) => c.kind === 'casualties' && c.casualties);
          // Every report is a mark of its own (ids may repeat here: the schema refuses that, not the ledger).
          expect(marks).toHaveLength(reports.length);
          expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
          const given = new Set(
            reports.map((c) => `${c.id}|${c.casualties!.count.low}|${c.casualties!.count.high}`),
          );
          for (const mark of marks) {
            // A number shown is a number given, never a sum; one with problems is not shown.
            if (mark.kind !== 'words')
              expect(given.has(`${mark.claimId}|${mark.low}|${mark.high}`)).toBe(true);
            else expect([mark.low, mark.high]).toEqual([null, null]);
          }
          for (const row of rows) {
            const scale = panelScale(row.marks);
            for (const mark of row.marks) {
              const g = markGeometry(mark, scale);
              for (const t of [g.at, g.from, g.to]) if (t !== null) expect(t >= 0 && t <= 1).toBe(true);
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'counts each readable claim in exactly one of the 84 months (property)',
    () => {
      fc.assert(
        fc.property(claims, (records) => {
          const months = claimsPerMonth(records);
          expect(months.map((row) => row.month)).toEqual([...Array(MONTH_COUNT).keys()]);
          const counts = months.flatMap((row) => CLAIMANT_SIDES.map((side) => row[side]));
          // One expect per run, not per cell: 84 × 6 of them would make the 500 runs slow.
          expect(counts.every(isCount)).toBe(true);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(records.filter((c) => readableDay(c.date)).length);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'filters without throwing, for any year and lens (property)',
    () => {
      fc.assert(
        fc.property(
          claim,
          lens,
          fc.option(fc.integer(), { nil: null }),
          fc.option(fc.string(), { nil: null }),
          (record, seen, year, province) => {
            expect(typeof matchesFilter(record, { lens: seen, year, province })).toBe('boolean');
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
