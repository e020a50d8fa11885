import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError } from './fetch-json';
import { positionProblem, PROVINCE_COUNT } from './schema';
import { parseProvinces, splitCountries } from './use-provinces';

interface ProvincesJson {
  type: string;
  features: Array<{
    type: string;
    properties: Record<string, unknown>;
    geometry: { type: string; coordinates: unknown } | null;
  }>;
}

const real = () =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../public/data/provinces.geojson'), 'utf8'),
  ) as ProvincesJson;

describe('parseProvinces', () => {
  it(`reads the real file whole: ${PROVINCE_COUNT} provinces, none rejected`, () => {
    const { provinces, rejected } = parseProvinces(real());
    expect(provinces.features).toHaveLength(PROVINCE_COUNT);
    expect(rejected).toEqual({ provinces: 0, reasons: [] });
  });

  // Each damage to one province: it is dropped with a reason, the other 33 are kept.
  it.each<[string, (json: ProvincesJson) => void, RegExp]>([
    ['not an object', (json) => void (json.features[0] = null as never), /province 1: feature: /],
    ['no geometry', (json) => void (json.features[0]!.geometry = null), /geometry/],
    [
      'a point, not an outline',
      (json) => void (json.features[0]!.geometry = { type: 'Point', coordinates: [66, 34] }),
      /geometry/,
    ],
    [
      'a position off the globe',
      (json) => void ((json.features[0]!.geometry!.coordinates as number[][][])[0]![0] = [181, 34]),
      /geometry\.coordinates\.0\.0\.0/,
    ],
    [
      'a position that is not numbers',
      (json) => void ((json.features[0]!.geometry!.coordinates as unknown[][][])[0]![0] = ['66', '34']),
      /geometry\.coordinates/,
    ],
    [
      'a ring of three positions',
      (json) =>
        void (json.features[0]!.geometry!.coordinates = [
          [
            [60, 30],
            [61, 30],
            [60, 30],
          ],
        ]),
      /at least 4 positions/,
    ],
    [
      'a Natural Earth code for its ISO code',
      (json) => void (json.features[0]!.properties.iso = 'AFG-1753'),
      /ISO 3166-2:AF code/,
    ],
    [
      'a second province with the same code',
      (json) => void (json.features[1]!.properties.iso = json.features[0]!.properties.iso),
      /a second province AF-/,
    ],
    [
      'a second province with the same slug',
      (json) => void (json.features[1]!.properties.slug = json.features[0]!.properties.slug),
      /a second province /,
    ],
    ['no name', (json) => void delete json.features[0]!.properties.name, /properties\.name/],
  ])('drops a province with %s and keeps the rest', (_name, damage, reason) => {
    const json = real();
    damage(json);
    const { provinces, rejected } = parseProvinces(json);
    expect(provinces.features).toHaveLength(PROVINCE_COUNT - 1);
    expect(rejected.provinces).toBe(1);
    expect(rejected.reasons.join('\n')).toMatch(reason);
  });

  it.each<[string, unknown, RegExp]>([
    ['null', null, /damaged \(file: /],
    ['a TopoJSON topology', { type: 'Topology', objects: {} }, /damaged \(type: /],
    ['a collection with no features', { type: 'FeatureCollection', features: [] }, /holds no provinces/],
    [
      'a collection of junk',
      { type: 'FeatureCollection', features: [1, 'two', {}] },
      /None of the provinces/,
    ],
  ])('refuses %s whole, in words', (_name, json, message) => {
    expect(() => parseProvinces(json)).toThrow(DatasetError);
    expect(() => parseProvinces(json)).toThrow(message);
  });
});

describe('splitCountries', () => {
  const point = {
    type: 'Feature',
    properties: { name: 'Iran' },
    geometry: { type: 'Point', coordinates: [55, 32] },
  };
  const outline = {
    type: 'Feature',
    properties: { name: 'Iran' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [50, 30],
          [60, 30],
          [60, 35],
          [50, 30],
        ],
      ],
    },
  };
  it.each<[string, unknown[], number, number]>([
    ['outlines and label points', [outline, point, outline], 2, 1],
    ['no label points', [outline], 1, 0],
    ['nothing', [], 0, 0],
    // Decoration that cannot be drawn is dropped, not handed to MapLibre.
    ['a feature with no geometry', [{ type: 'Feature', properties: {}, geometry: null }, point], 0, 1],
    ['a null feature', [null, point], 0, 1],
  ])('%s', (_name, features, outlines, labels) => {
    const split = splitCountries({ features: features as never });
    expect(split.countries.features).toHaveLength(outlines);
    expect(split.countryLabels.features).toHaveLength(labels);
    expect(split.countryLabels.features.every((f) => f.geometry.type === 'Point')).toBe(true);
  });

  it('splits the real context file into the neighbours and their names', () => {
    const file = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../public/data/countries.geojson'), 'utf8'),
    ) as { features: never[] };
    const { countries, countryLabels } = splitCountries(file);
    expect(countries.features.length + countryLabels.features.length).toBe(file.features.length);
    expect(countryLabels.features.map((f) => f.properties.name).sort()).toEqual(
      countries.features.map((f) => f.properties.name).sort(),
    );
  });
});

describe('positionProblem', () => {
  it.each<[string, unknown, ReturnType<typeof positionProblem>]>([
    ['a position', [66.5, 34.2], null],
    ['the edges of the globe', [-180, 90], null],
    ['a position with an altitude', [66, 34, 1800], null],
    ['longitude past 180', [181, 34], { path: [0], message: 'longitude must be within -180..180' }],
    ['latitude past -90', [66, -90.5], { path: [1], message: 'latitude must be within -90..90' }],
    ['a string for a number', ['66', 34], { path: [0], message: 'must be a number' }],
    ['NaN', [66, Number.NaN], { path: [1], message: 'must be a number' }],
    ['Infinity', [Number.POSITIVE_INFINITY, 34], { path: [0], message: 'must be a number' }],
    ['an altitude that is not a number', [66, 34, null], { path: [2], message: 'must be a number' }],
    ['one number', [66], { path: [], message: 'must be a [longitude, latitude] position' }],
    ['an object', { lon: 66, lat: 34 }, { path: [], message: 'must be a [longitude, latitude] position' }],
    ['null', null, { path: [], message: 'must be a [longitude, latitude] position' }],
  ])('%s', (_, position, expected) => {
    expect(positionProblem(position)).toEqual(expected);
  });

  it('reports the first bad position of a ring with its path', () => {
    const json = real();
    const ring = (json.features[3]!.geometry!.coordinates as unknown[][][])[0]!;
    ring[7] = [66, 'north'];
    ring[9] = [500, 34];
    const { rejected } = parseProvinces(json);
    expect(rejected.reasons).toEqual([
      expect.stringMatching(/^province 4: geometry\.coordinates\.0\.7\.1: must be a number$/),
    ]);
  });
});
