// The first-paint file against the app: every precomputed reading is the reading function's, for
// every month, lens and province; the paths are the provinces; the events are the dataset's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseEventsDataset } from '../src/data/events-dataset';
import { DATA_FILES } from '../src/data/files';
import { matchesFilter } from '../src/domain/aggregation';
import { monthAt, MONTH_COUNT } from '../src/domain/dates';
import { buildReadingIndex, provinceReading } from '../src/domain/reading';
import { LENSES } from '../src/domain/vocabulary';
import { shadeOf } from '../src/encoding/reading-encoding';
import { decodeShade, shadeAt } from '../src/first-paint/format';
import { firstPaintMarkers } from '../src/first-paint/view';
import { buildEvents } from './lib/events-build';
import { buildFirstPaint } from './lib/first-paint-build';

const ROOT = join(import.meta.dirname, '..');
const boundary = (file: string) => JSON.parse(readFileSync(join(ROOT, 'public', 'data', file), 'utf8'));
const dataset = parseEventsDataset(JSON.parse(JSON.stringify(buildEvents(join(ROOT, 'data')).output)));
const inputs = {
  dataset,
  provinces: boundary(DATA_FILES.provinces),
  labels: boundary(DATA_FILES.provinceLabels),
  countries: boundary(DATA_FILES.countries),
  border: boundary(DATA_FILES.border),
};
const data = buildFirstPaint(inputs);

describe('the first-paint file', () => {
  it('carries the years the claims span, as the dataset gives them', () => {
    const years = dataset.claims.map((c) => Number(c.date.slice(0, 4)));
    expect(data.span).toBe(`${Math.min(...years)}–${Math.max(...years)}`);
  });

  it('holds the reading function’s shade for every province, month and lens', () => {
    const index = buildReadingIndex(dataset.claims);
    const wrong: string[] = [];
    let checked = 0;
    for (const lens of LENSES) {
      for (const { slug } of data.provinces) {
        for (let m = 0; m < MONTH_COUNT; m++) {
          const reading = provinceReading(index, slug, monthAt(m), lens);
          const got = shadeAt(data, lens, slug, monthAt(m));
          checked += 1;
          if (got.shade !== shadeOf(reading) || got.pale !== reading.pale)
            wrong.push(`${lens} ${slug} ${monthAt(m)}`);
        }
      }
    }
    expect(checked).toBe(LENSES.length * data.provinces.length * MONTH_COUNT);
    expect(wrong).toEqual([]);
  });

  it('draws every province of the boundaries file, each with a path and a place for its name', () => {
    expect(data.provinces.map((p) => p.iso).sort()).toEqual(
      inputs.provinces.features.map((f: { properties: { iso: string } }) => f.properties.iso).sort(),
    );
    for (const province of data.provinces) {
      expect(province.d).toMatch(/^M-?\d+ -?\d+l[-\d ]+z(M-?\d+ -?\d+l[-\d ]+z)*$/);
      const [x0, y0, x1, y1] = province.box;
      expect(x0 < x1 && y0 < y1).toBe(true);
    }
  });

  it('counts each event’s claims as the app does, for every lens and year', () => {
    for (const event of data.events) {
      for (const lens of LENSES) {
        const claims = dataset.claims.filter(
          (c) => c.event === event.id && matchesFilter(c, { lens, year: null, province: null }),
        );
        expect(event.counts[lens]?.all ?? 0).toBe(claims.length);
      }
    }
    const markers = firstPaintMarkers(data, { month: '2018-08', lens: 'all', year: null });
    expect(markers.map((m) => m.id)).toContain('ghazni-2018-08');
    expect(markers.every((m) => m.label.endsWith('claims') || m.label.endsWith('claim'))).toBe(true);
  });

  it('is small: the first paint waits for it', () => {
    expect(gzipSync(JSON.stringify(data)).length).toBeLessThan(30_000);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildFirstPaint(inputs))).toBe(JSON.stringify(data));
  });

  it.each([undefined, '', '~', 'zz'])('reads a missing or damaged code %j as No claim', (code) => {
    expect(decodeShade(code?.[0])).toEqual({ shade: 'no_claim', pale: false });
  });
});
