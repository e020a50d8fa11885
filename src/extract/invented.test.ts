// The extractor over the invented development reports (and the five curated ones for the
// verbatim invariant). Floors sit a little below what the extractor achieves, so a change that
// loses claims fails here; the figures themselves come from the gold files.

import { expect, test } from 'vitest';
import { evaluateSet, loadCurated, loadInvented } from '../../scripts/extract-eval';
import { loadGazetteer } from '../../scripts/extract';

const RECALL_FLOOR = 0.85;
const PRECISION_FLOOR = 0.8;

const gazetteer = loadGazetteer();
const invented = loadInvented();

test('at least twelve invented reports, each marked invented, each gold quote in its text', () => {
  expect(invented.length).toBeGreaterThanOrEqual(12);
  for (const r of invented) for (const g of r.gold) expect(r.text, `${r.name} ${g.id}`).toContain(g.quote);
});

test('every quote is verbatim, in both sets', () => {
  for (const r of [...invented, ...loadCurated()]) {
    for (const d of evaluateSet([r], gazetteer).drafts.get(r.name) ?? []) {
      expect(r.text.slice(d.start, d.end), `${r.name}: ${d.quote}`).toBe(d.quote);
    }
  }
});

test(`invented set: recall ≥ ${RECALL_FLOOR} and precision ≥ ${PRECISION_FLOOR}`, () => {
  const { totals } = evaluateSet(invented, gazetteer);
  expect(totals.gold).toBe(invented.reduce((n, r) => n + r.gold.length, 0));
  expect(totals.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  expect(totals.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
});
