import { join } from 'node:path';
import * as prettier from 'prettier';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { ClaimRecord } from '../data/schema';
import { appendedRecords, claimsYaml, deskFiles, type DeskOutput } from './files';

const ID = '901_aaaaaaaaaaaaaaaa';

const claim = (overrides: Partial<ClaimRecord> = {}): ClaimRecord => ({
  id: 'kunduz-2015-taliban-40-soldiers',
  event: 'kunduz-2015-09',
  claimant: 'Zabiullah Mujahid, Taliban spokesman',
  side: 'taliban',
  kind: 'casualties',
  place: null,
  province: 'kunduz',
  place_precision: 'province',
  date: '2015-09-28',
  date_precision: 'day',
  casualties: {
    measure: 'killed',
    victim_side: 'afghan_government',
    count: { words: 'more than 40', qualifier: 'more_than', low: 41, high: null },
  },
  quote: '“The city is under our control,” a police spokesman said',
  caveat: null,
  ...overrides,
});

const output: DeskOutput = {
  id: ID,
  text: 'An invented report.\n',
  meta: {
    id: ID,
    outlet: 'Wire: desk',
    headline: "Taliban say 'we took it': “Kunduz is ours”",
    published: '2015-09-29',
    dateline: null,
    date_note: 'yes', // a word YAML would read as a boolean unquoted
    url: 'https://example.org/a?b=1#c',
    second_hand: true,
  },
  claims: [
    claim(),
    claim({
      id: 'two',
      kind: 'control',
      casualties: undefined,
      holder: 'taliban',
      extent: 'part',
      action: 'captured',
      quote: "the group's fighters: 'captured'\nthe prison",
      caveat: 'null',
    }),
  ],
  notes: [
    { origin: 'extractor', confidence: 0.8, rule: 'capture+said+place-in-quote', edited: true },
    { origin: 'person', confidence: null, rule: null, edited: false },
  ],
  places: [
    {
      id: 'nad-ali-district',
      name: 'Nad Ali',
      kind: 'district',
      province: 'helmand',
      coordinates: [64.1, 31.5],
      aliases: ['Nad-e Ali'],
    },
  ],
  events: [
    {
      id: 'nad-ali-2016-08',
      name: 'Fighting in Nad Ali',
      place: 'nad-ali-district',
      start: '2016-08-01',
      end: '2016-08-10',
    },
  ],
};

async function prettierFormatted(content: string): Promise<string> {
  const config = await prettier.resolveConfig(join(import.meta.dirname, '..', '..', 'data', 'x.yaml'));
  return prettier.format(content, { ...config, parser: 'yaml' });
}

describe('the files a desk writes', () => {
  const { files } = deskFiles(output, '# places\n- id: x\n', '# events\n- id: y\n');
  const file = (path: string) => files.find((f) => f.path === path)!;

  test('the five files, under the data folder', () => {
    expect(files.map((f) => f.path)).toEqual([
      `articles/${ID}.txt`,
      `articles/${ID}.yaml`,
      `claims/${ID}.yaml`,
      'gazetteer/places.yaml',
      'events/events.yaml',
    ]);
    expect(file(`articles/${ID}.txt`).content).toBe(output.text);
  });

  test('read back, they are the records given, strings kept as strings', () => {
    expect(parse(file(`articles/${ID}.yaml`).content)).toEqual(output.meta);
    expect(parse(file(`claims/${ID}.yaml`).content)).toEqual({
      article: ID,
      claims: output.claims.map((c) => JSON.parse(JSON.stringify(c))),
    });
    const places = parse(file('gazetteer/places.yaml').content) as unknown[];
    expect(places.slice(1)).toEqual(output.places);
    expect(parse(file('events/events.yaml').content)).toEqual([{ id: 'y' }, ...output.events]);
  });

  test('each claim says where it came from', () => {
    const text = file(`claims/${ID}.yaml`).content;
    expect(text).toContain(
      '  # drafted by the extractor (confidence 0.80, rule capture+said+place-in-quote), edited and accepted in the claims desk\n  - id: kunduz-2015-taliban-40-soldiers',
    );
    expect(text).toContain('  # added in the claims desk\n  - id: two');
  });

  test('appended records follow what is there, coordinates with 4 decimals as places.yaml has them', () => {
    const places = file('gazetteer/places.yaml');
    expect(places.content.startsWith('# places\n- id: x\n')).toBe(true);
    expect(places.append).toContain(`# Added by the claims desk for article ${ID}\n- id: nad-ali-district`);
    expect(places.append).toContain('coordinates: [64.1000, 31.5000]');
    expect(appendedRecords('- id: x', output.places, ID).startsWith('\n\n# Added')).toBe(true);
    expect(appendedRecords('x\n', [], ID)).toBe('');
  });

  test('the files are as Prettier writes them, so `npm run format:check` passes after a save', async () => {
    for (const f of files.filter((f) => f.path.endsWith('.yaml'))) {
      expect(await prettierFormatted(f.content), f.path).toBe(f.content);
    }
  });

  test('an article with no claim has an empty list', () => {
    expect(parse(claimsYaml(ID, []))).toEqual({ article: ID, claims: [] });
  });
});
