// Builds public/data/events.geojson from the curated records under data/, and beside it
// first-paint.json (the map's first paint: docs/performance.md, src/first-paint/).
// Usage: tsx data/build-events.ts [--data DIR] [--out FILE]
// read → validate → transform → write; every problem is printed as `file:line: problem`
// and any problem means nothing is written and the exit code is 1.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseEventsDataset } from '../src/data/events-dataset';
import { DATA_FILES } from '../src/data/files';
import { buildEvents } from './lib/events-build';
import { buildFirstPaint } from './lib/first-paint-build';
import { writeOutputs } from './lib/write-outputs';
import { displayPath } from './lib/yaml-source';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(ROOT, 'data') },
    out: { type: 'string', default: join(ROOT, 'public', 'data', 'events.geojson') },
  },
});

const result = buildEvents(values.data);
if (result.problems.length > 0) {
  for (const problem of result.problems) console.error(problem.toString());
  console.error(`${result.problems.length} problem(s); ${displayPath(values.out)} was not written.`);
  process.exit(1);
}
const boundary = (file: string) => JSON.parse(readFileSync(join(ROOT, 'public', 'data', file), 'utf8'));
const firstPaint = buildFirstPaint({
  // Read back as the app reads it, so the first paint's readings are the app's.
  dataset: parseEventsDataset(JSON.parse(JSON.stringify(result.output))),
  provinces: boundary(DATA_FILES.provinces),
  labels: boundary(DATA_FILES.provinceLabels),
  countries: boundary(DATA_FILES.countries),
  border: boundary(DATA_FILES.border),
});
writeOutputs([
  [values.out, result.output],
  [join(dirname(values.out), DATA_FILES.firstPaint), firstPaint],
]);
const { articles, events, claims } = result.counts;
console.error(`${claims} claims in ${events} events from ${articles} articles`);
