// npm run --silent extract -- <report.txt> --published <YYYY-MM-DD> [--json] [--number N]
// Proposes draft claims for one report: a JSON array with --json, otherwise a draft
// data/claims/<id>.yaml document on stdout. Writes no file.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { articleId } from '../src/extract/article-id';
import { decodeReport, parseExtractArgs, UsageError } from '../src/extract/cli';
import { draftYaml } from '../src/extract/draft-yaml';
import { extractClaims } from '../src/extract/extract';
import type { Gazetteer } from '../src/extract/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'data');

export function loadGazetteer(dataDir = DATA): Gazetteer {
  const provinces = parse(
    readFileSync(join(dataDir, 'gazetteer', 'provinces.yaml'), 'utf8'),
  ) as Gazetteer['provinces'];
  const places = parse(
    readFileSync(join(dataDir, 'gazetteer', 'places.yaml'), 'utf8'),
  ) as Gazetteer['places'];
  return { provinces, places };
}

function existingArticleIds(): string[] {
  return readdirSync(join(DATA, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/u, ''));
}

function existingClaimIds(): string[] {
  const ids: string[] = [];
  for (const f of readdirSync(join(DATA, 'claims')).filter((name) => name.endsWith('.yaml'))) {
    const doc = parse(readFileSync(join(DATA, 'claims', f), 'utf8')) as { claims?: { id?: string }[] } | null;
    for (const c of doc?.claims ?? []) if (c.id) ids.push(c.id);
  }
  return ids;
}

function readReport(file: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) throw new UsageError(`${file} is not a file`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  return decodeReport(new Uint8Array(bytes), file);
}

export function main(argv: readonly string[]): number {
  try {
    const options = parseExtractArgs(argv);
    const text = readReport(options.file);
    const drafts = extractClaims(text, options.published, loadGazetteer());
    if (options.json) {
      process.stdout.write(`${JSON.stringify(drafts, null, 2)}\n`);
      return 0;
    }
    const digest = createHash('sha256').update(text, 'utf8').digest('hex');
    const id = articleId(digest, existingArticleIds(), options.number ?? undefined);
    process.stdout.write(draftYaml(id, drafts, existingClaimIds()));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`extract: ${message.split('\n')[0]}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
