// Builds public/data/provinces.geojson, province-labels.geojson, countries.geojson and
// afghanistan-border.geojson. Usage: tsx data/build-provinces.ts [--out DIR]
// read → validate → transform → write; logs go to stderr; any failure exits non-zero.

import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBoundaries } from './lib/boundaries-build';
import { writeOutputs } from './lib/write-outputs';

const { values } = parseArgs({
  options: { out: { type: 'string', default: join(import.meta.dirname, '..', 'public', 'data') } },
});

try {
  writeOutputs(buildBoundaries().map(([file, value]) => [join(values.out, file), value]));
} catch (error) {
  const list = Array.isArray(error) ? error : [error];
  for (const problem of list) console.error(String(problem instanceof Error ? problem.message : problem));
  console.error('build-provinces: nothing written');
  process.exit(1);
}
