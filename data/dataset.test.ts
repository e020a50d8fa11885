// The real dataset, as `npm run data` builds it from data/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { parseEventsDataset } from '../src/data/events-dataset';
import { buildEvents } from './lib/events-build';
import { stringifyGeoJson } from './lib/write-outputs';

const DATA = import.meta.dirname;
const built = buildEvents(DATA);
const text = stringifyGeoJson(built.output);
const dataset = parseEventsDataset(JSON.parse(text));
const article = (id: string) => readFileSync(join(DATA, 'articles', `${id}.txt`), 'utf8');

describe('the claims dataset', () => {
  it('builds without a problem', () => {
    expect(built.problems.map(String)).toEqual([]);
    expect(built.counts.articles).toBe(
      readdirSync(join(DATA, 'articles')).filter((f) => f.endsWith('.txt')).length,
    );
  });

  it('quotes every claim verbatim from its article', () => {
    const missing = dataset.claims.filter((c) => !article(c.article).includes(c.quote)).map((c) => c.id);
    expect(missing).toEqual([]);
    const caveats = dataset.claims
      .filter((c) => c.caveat && !article(c.article).includes(c.caveat))
      .map((c) => c.id);
    expect(caveats).toEqual([]);
  });

  it('is valid GeoJSON to an independent validator', () => {
    expect(getIssues(text)).toEqual([]);
  });

  it('is read whole by the app, with nothing rejected', () => {
    expect(dataset.rejected).toEqual({ events: 0, claims: 0, reasons: [] });
    expect(dataset.claims).toHaveLength(built.counts.claims);
  });

  it('is deterministic', () => {
    expect(stringifyGeoJson(buildEvents(DATA).output)).toBe(text);
  });

  it('stays within the 50 KB gzipped budget', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(text).length).toBeLessThanOrEqual(50_000);
  });

  it('has claims from every article and every side the reports quote', () => {
    const articles = new Set(dataset.claims.map((c) => c.article));
    expect(articles.size).toBe(built.counts.articles);
    const sides = new Set(dataset.claims.map((c) => c.side));
    for (const side of ['taliban', 'afghan_government', 'us_forces', 'residents', 'media'] as const) {
      expect(sides).toContain(side);
    }
  });

  it.each([
    [
      'the Taliban claim of more than 140 soldiers killed in Ghazni',
      '000_fc27b5fce6260f56',
      'more than 140 Afghan soldiers were killed',
    ],
    [
      'the admission "The enemy took control" in Ghazni, 2021',
      '004_783f40194c0b156c',
      'The enemy took control',
    ],
    [
      'the Taliban claim of 55 captured',
      '002_b2751dd492d70d9d',
      'have captured 55 government security forces',
    ],
    [
      'the surrenders in Badghis',
      '003_03fd354f3bc39da9',
      'over 200 members of security forces in the province surrendered',
    ],
  ])('includes %s', (_name, articleId, words) => {
    expect(dataset.claims.some((c) => c.article === articleId && c.quote.includes(words))).toBe(true);
  });

  it('records the admission as a government-side claim that the Taliban hold the city', () => {
    const admission = dataset.claims.find((c) => c.quote.includes('The enemy took control'));
    expect(admission).toMatchObject({
      side: 'afghan_government',
      kind: 'control',
      holder: 'taliban',
      extent: 'whole',
      action: 'captured',
      province: 'ghazni',
    });
  });

  it('codes no claim about a facility or a district as the whole province', () => {
    const parts = dataset.claims.filter(
      (c) =>
        c.kind === 'control' &&
        c.place_kind !== null &&
        !['city', 'region', 'country'].includes(c.place_kind),
    );
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.filter((c) => c.extent !== 'part').map((c) => c.id)).toEqual([]);
  });
});
