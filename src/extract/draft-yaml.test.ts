import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { draftYaml, EVENT_PLACEHOLDER } from './draft-yaml';
import { extractClaims } from './extract';
import { GAZETTEER } from './testdata/gazetteer';

test('a document in the record shape, ids unique and kebab-case, quotes verbatim', () => {
  const text =
    'Taliban fighters entered Kunduz city on Monday: "We have captured the police headquarters #Kunduz: 1 a.m.," a spokesman said.\nAt least 25 militants and two policemen have been killed, officials said.';
  const drafts = extractClaims(text, '2015-09-28', GAZETTEER);
  const doc = parse(
    draftYaml('005_abcdef0123456789', drafts, ['kunduz-2015-media-taliban-fighters-entered-kunduz-city']),
  ) as {
    article: string;
    claims: Record<string, unknown>[];
  };
  expect(doc.article).toBe('005_abcdef0123456789');
  expect(doc.claims).toHaveLength(drafts.length);
  const ids = doc.claims.map((c) => String(c.id));
  expect(new Set(ids).size).toBe(ids.length);
  for (const c of doc.claims) {
    expect(String(c.id)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(c.event).toBe(EVENT_PLACEHOLDER);
    expect(text).toContain(String(c.quote));
  }
  expect(ids).not.toContain('kunduz-2015-media-taliban-fighters-entered-kunduz-city');
});

test('no drafts: an empty claims list', () => {
  expect(parse(draftYaml('000_abcdef0123456789', []))).toEqual({
    article: '000_abcdef0123456789',
    claims: [],
  });
});
