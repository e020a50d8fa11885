import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEventsDataset } from '../data/events-dataset';
import { parseProvinces } from '../data/use-provinces';
import { buildReadingIndex, readingsAt } from '../domain/reading';
import { readingsToGeoJson, type ProvinceOutline } from './readings-export';

const read = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../..', path), 'utf8'));
const dataset = parseEventsDataset(read('data/fixtures/basic/expected/events.geojson'));
const context = { info: dataset.info, articles: dataset.articles, filterWords: 'all claimants' };
/** The boundaries the app loads, read as the app reads them. */
const boundaries = parseProvinces(read('public/data/provinces.geojson')).provinces.features;
const slugs = boundaries.map((f) => f.properties.slug);
const index = buildReadingIndex(dataset.claims);

interface MapData {
  type: string;
  dataset: { version: string; citation: string };
  view: { month: string; lens: string };
  features: Array<{
    type: string;
    id: string;
    geometry: { type: string; coordinates: unknown[] };
    properties: Record<string, unknown> & { slug: string; claim_ids: string[] };
  }>;
}

const build = (
  provinces: readonly ProvinceOutline[],
  month: string,
  lens: 'all' | 'taliban' = 'all',
  readings = readingsAt(index, slugs, month, lens),
) => JSON.parse(readingsToGeoJson(provinces, readings, { month, lens }, context)) as MapData;

describe('readingsToGeoJson: the map as polygons with their readings', () => {
  it('has one polygon feature per province of the boundaries file, with the dataset and citation', () => {
    const geo = build(boundaries, '2015-09');
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.dataset.version).toBe(dataset.info.version);
    expect(geo.dataset.citation).toContain('Selection: all claimants.');
    expect(geo.view).toMatchObject({ month: '2015-09', lens: 'all' });
    expect(geo.features).toHaveLength(boundaries.length);
    expect(new Set(geo.features.map((f) => f.properties.slug))).toEqual(new Set(slugs));
    for (const feature of geo.features) {
      expect(feature.type).toBe('Feature');
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
      expect(Object.keys(feature.properties)).toEqual(
        expect.arrayContaining([
          'name',
          'slug',
          'iso',
          'reading',
          'lean',
          'support',
          'pale',
          'latest_claim',
          'claim_ids',
        ]),
      );
    }
  });

  it('keeps the outlines as the boundaries file has them (lon/lat)', () => {
    const geo = build(boundaries, '2015-09');
    expect(geo.features[0]!.geometry).toEqual(JSON.parse(JSON.stringify(boundaries[0]!.geometry)));
  });

  it.each<[string, 'all' | 'taliban', string, Record<string, unknown>]>([
    ['before any claim', 'all', '2015-08', { reading: 'no_claim', claim_ids: [], latest_claim: null }],
    ['all claimants, the month of the claims', 'all', '2015-09', { reading: 'disputed', pale: false }],
    ['the Taliban alone', 'taliban', '2015-09', { reading: 'taliban', pale: false }],
    ['months later the reading is paler', 'taliban', '2016-01', { reading: 'taliban', pale: true }],
  ])('Kunduz, %s', (_name, lens, month, expected) => {
    const kunduz = build(boundaries, month, lens).features.find((f) => f.properties.slug === 'kunduz')!;
    const reading = readingsAt(index, ['kunduz'], month, lens).get('kunduz')!;
    expect(kunduz.properties).toMatchObject(expected);
    expect(kunduz.properties).toMatchObject({
      name: 'Kunduz',
      iso: 'AF-KDZ',
      lean: reading.lean,
      support: reading.support,
      latest_claim: reading.latestDate,
      claim_ids: reading.claimIds,
    });
  });

  it('the claim ids are the claims behind the reading, each a claim of the dataset', () => {
    const kunduz = build(boundaries, '2015-09').features.find((f) => f.properties.slug === 'kunduz')!;
    const ids = new Set(dataset.claims.map((c) => c.id));
    expect(kunduz.properties.claim_ids.length).toBeGreaterThan(0);
    expect(kunduz.properties.claim_ids.every((id) => ids.has(id))).toBe(true);
  });

  it('a province the readings leave out reads No claim; no provinces give no features', () => {
    const geo = build(boundaries, '2015-09', 'all', new Map());
    expect(geo.features.every((f) => f.properties.reading === 'no_claim')).toBe(true);
    expect(build([], '2015-09').features).toEqual([]);
  });
});
