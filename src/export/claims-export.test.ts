import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEventsDataset } from '../data/events-dataset';
import { claimsToCsv, claimsToGeoJson, csvCell, exportFileName } from './claims-export';

const dataset = parseEventsDataset(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../data/fixtures/basic/expected/events.geojson'), 'utf8'),
  ),
);
const context = { info: dataset.info, articles: dataset.articles, filterWords: 'Kunduz, all claimants' };

describe('csvCell', () => {
  it.each<[string | number | null, string]>([
    ['plain', 'plain'],
    [12, '12'],
    [null, ''],
    ['with, comma', '"with, comma"'],
    ['with "quotes"', '"with ""quotes"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1', "'+1"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('claim exports', () => {
  it('CSV: citation, version, header and one row per claim', () => {
    const csv = claimsToCsv(dataset.claims, context);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(
      /^"# Claimed Ground claims dataset, version [0-9a-f]+: .* Selection: Kunduz, all claimants\."$/,
    );
    expect(lines[1]).toBe(`# Dataset version ${dataset.info.version}; 6 claims.`);
    expect(lines[2]?.split(',')).toContain('quote');
    expect(lines).toHaveLength(3 + 6);
  });

  it('GeoJSON: only the given claims, with the citation', () => {
    const some = dataset.claims.slice(0, 2);
    const geo = JSON.parse(claimsToGeoJson(some, dataset.events, context)) as {
      dataset: { citation: string };
      features: Array<{ properties: { claims: unknown[] } }>;
    };
    expect(geo.dataset.citation).toContain('Selection: Kunduz, all claimants.');
    expect(geo.features.flatMap((f) => f.properties.claims)).toHaveLength(2);
  });

  it('names files for what they hold', () => {
    expect(
      exportFileName({ province: 'ghazni', year: 2018, lens: 'taliban', version: 'abc123' }, 'csv'),
    ).toBe('claimed-ground_claims_ghazni_2018_taliban_vabc123.csv');
    expect(exportFileName({ province: null, year: null, lens: 'all', version: 'abc123' }, 'geojson')).toBe(
      'claimed-ground_claims_all-provinces_2015-2021_all-claimants_vabc123.geojson',
    );
  });
});
