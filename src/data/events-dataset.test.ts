import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEventsDataset } from './events-dataset';
import { DatasetError } from './fetch-json';

const fixture = () =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../data/fixtures/basic/expected/events.geojson'), 'utf8'),
  ) as { features: Array<{ id: string; properties: { claims: Array<Record<string, unknown>> } }> } & Record<
    string,
    unknown
  >;

describe('parseEventsDataset', () => {
  it('reads the pipeline fixture whole', () => {
    const dataset = parseEventsDataset(fixture());
    expect(dataset.claims).toHaveLength(6);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.rejected.claims).toBe(0);
    expect(dataset.claims.map((c) => c.date)).toEqual([...dataset.claims.map((c) => c.date)].sort());
  });

  it.each<[string, unknown, RegExp]>([
    ['null', null, /not in the expected format/],
    ['an array', [], /not in the expected format/],
    ['a Feature instead of a collection', { type: 'Feature' }, /not in the expected format/],
    ['a collection without its dataset header', { type: 'FeatureCollection', features: [] }, /dataset/],
  ])('rejects %s with a sentence a reader can act on', (_name, json, message) => {
    expect(() => parseEventsDataset(json)).toThrow(DatasetError);
    expect(() => parseEventsDataset(json)).toThrow(message);
  });

  it('keeps the good records of a partly damaged file and counts the rest', () => {
    const file = fixture();
    const claims = file.features[0]!.properties.claims;
    claims[0] = { ...claims[0], date: '2030-01-01' };
    claims[1] = {
      ...claims[1],
      casualties: {
        measure: 'killed',
        victim_side: 'taliban',
        count: { words: 'x', qualifier: 'exact', low: -5, high: -5 },
      },
    };
    claims.push({ ...claims[2] });
    file.features.push('not a feature' as never, { ...file.features[0]!, id: file.features[0]!.id } as never);
    const dataset = parseEventsDataset(file);
    expect(dataset.claims).toHaveLength(4);
    expect(dataset.rejected.claims).toBe(3);
    expect(dataset.rejected.events).toBe(2);
    expect(dataset.rejected.reasons.length).toBeGreaterThan(0);
  });

  it('says so when no event at all can be read', () => {
    const file = fixture();
    file.features = [{ nope: true } as never];
    expect(() => parseEventsDataset(file)).toThrow(/None of the 1 events/);
  });
});
