// Writes a synthetic claims dataset for the benchmark (see scripts/bench/synthetic-claims.ts for
// its shape): N claims spread at random over the 34 provinces and 84 months, seeded, in the
// format of public/data/events.geojson. The result is parsed with the app's own parser before it
// is written; a dataset the app would reject in part is an error.
//
// Usage: tsx scripts/generate-claims.ts --claims 10000 [--seed 1] --out FILE

import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeOutputs } from '../data/lib/write-outputs';
import { parseEventsDataset } from '../src/data/events-dataset';
import { readProvincePoints, syntheticDataset } from './bench/synthetic-claims';

const ROOT = join(import.meta.dirname, '..');

/** Generates, checks and writes one dataset; returns its claim count as the app reads it. */
export function generateClaimsFile(claims: number, seed: number, out: string): number {
  const dataset = syntheticDataset({
    claims,
    seed,
    provinces: readProvincePoints(join(ROOT, 'public', 'data')),
  });
  const parsed = parseEventsDataset(JSON.parse(JSON.stringify(dataset)));
  const rejected = parsed.rejected.claims + parsed.rejected.events;
  if (rejected > 0 || parsed.claims.length !== claims) {
    throw new Error(
      `the app would read ${parsed.claims.length} of ${claims} claims (${rejected} rejected: ${parsed.rejected.reasons.join('; ')})`,
    );
  }
  writeOutputs([[out, dataset]]);
  return parsed.claims.length;
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      claims: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const claims = Number(values.claims);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(claims) || claims < 0 || !Number.isInteger(seed)) {
    console.error('usage: tsx scripts/generate-claims.ts --claims N [--seed S] --out FILE');
    process.exit(1);
  }
  try {
    generateClaimsFile(claims, seed, values.out);
  } catch (error) {
    console.error(`generate-claims: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
