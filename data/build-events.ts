// Builds public/data/events.geojson from the curated records under data/.
// Usage: tsx data/build-events.ts [--data DIR] [--out FILE]
// read → validate → transform → write; every problem is printed as `file:line: problem`
// and any problem means nothing is written and the exit code is 1.

import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEvents } from './lib/events-build';
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
writeOutputs([[values.out, result.output]]);
const { articles, events, claims } = result.counts;
console.error(`${claims} claims in ${events} events from ${articles} articles`);
