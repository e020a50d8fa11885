import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { ProvinceRecord } from '../src/data/schema';
import {
  ADMIN1_TO_PROVINCE,
  asciiName,
  buildGazetteer,
  GAZETTEER_FILE,
  loadCities,
  stringifyGazetteer,
} from './build-gazetteer';

const provinces = parse(
  readFileSync(join(import.meta.dirname, '..', 'data', 'gazetteer', 'provinces.yaml'), 'utf8'),
) as ProvinceRecord[];
const places = parse(
  readFileSync(join(import.meta.dirname, '..', 'data', 'gazetteer', 'places.yaml'), 'utf8'),
) as Array<{ kind: string; province: string | null; coordinates: [number, number] | null }>;
const built = buildGazetteer(loadCities());

describe('the GeoNames gazetteer of Afghanistan', () => {
  test('the committed file is what the script makes (run npm run data:gazetteer after a package update)', () => {
    expect(readFileSync(GAZETTEER_FILE, 'utf8')).toBe(stringifyGazetteer(built));
  });

  test('its admin1 table names each of the 34 provinces once', () => {
    const slugs = Object.values(ADMIN1_TO_PROVINCE);
    expect(new Set(slugs).size).toBe(34);
    expect([...slugs].sort()).toEqual(provinces.map((p) => p.slug).sort());
  });

  test("each province has one capital, and it is the province's capital in provinces.yaml", () => {
    const folded = (name: string) =>
      asciiName(name)
        .toLowerCase()
        .replace(/[^a-z]/gu, '');
    for (const province of provinces) {
      const capitals = built.places.filter((p) => p.role === 'capital' && p.province === province.slug);
      expect(capitals, province.slug).toHaveLength(1);
      // Spellings differ ("Shibirghān" / Sheberghan), so the first three letters are compared,
      // and the point must be the one places.yaml gives the capital, within about 10 km.
      const capital = capitals[0]!;
      const names = [province.capital, ...province.aliases].map(folded);
      const near = (a: number, b: number) => Math.abs(a - b) < 0.1;
      const known = places.filter((p) => p.kind === 'city' && p.province === province.slug);
      const samePoint = known.some(
        (p) =>
          p.coordinates !== null &&
          near(p.coordinates[0], capital.coordinates[0]) &&
          near(p.coordinates[1], capital.coordinates[1]),
      );
      const sameName = names.some((n) => n.slice(0, 3) === folded(capital.name).slice(0, 3));
      expect(samePoint || sameName, `${province.slug}: ${capital.name}`).toBe(true);
    }
  });

  test('every place is in Afghanistan, with 4-decimal coordinates and a plain-letter name', () => {
    expect(built.places.length).toBeGreaterThan(200);
    for (const p of built.places) {
      const [lon, lat] = p.coordinates;
      expect(lon).toBeGreaterThan(60.4);
      expect(lon).toBeLessThan(75);
      expect(lat).toBeGreaterThan(29.3);
      expect(lat).toBeLessThan(38.5);
      expect(Math.round(lon * 1e4) / 1e4).toBe(lon);
      expect(p.ascii).toMatch(/^[A-Za-z][A-Za-z .-]*$/u);
    }
  });

  test('plain letters: diacritics and ayn marks go', () => {
    expect(asciiName('Lashkar Gāh')).toBe('Lashkar Gah');
    expect(asciiName('Pul-e ‘Alam')).toBe('Pul-e Alam');
    expect(asciiName('Mazār-e Sharīf')).toBe('Mazar-e Sharif');
  });

  test('a place of another country is left out, and an unknown admin code is an error', () => {
    const city = (country: string, adminCode: string) => ({
      cityId: 1,
      name: 'X',
      country,
      featureCode: 'PPL',
      adminCode,
      loc: { coordinates: [65, 33] as [number, number] },
    });
    expect(buildGazetteer([city('PK', '99')]).places).toEqual([]);
    expect(() => buildGazetteer([city('AF', '99')])).toThrow(/unknown admin1 code "99"/);
  });
});
