// The extract command's arguments and input checks, kept pure so they can be tested without
// spawning a process. scripts/extract.ts does the file reading and printing.

import { isIsoDay } from '../domain/dates';

export interface ExtractOptions {
  file: string;
  published: string;
  json: boolean;
  /** --number N: the article number to use instead of the next free one. */
  number: number | null;
}

export class UsageError extends Error {}

export const USAGE =
  'usage: npm run --silent extract -- <report.txt> --published <YYYY-MM-DD> [--json] [--number N]';

export function parseExtractArgs(argv: readonly string[]): ExtractOptions {
  let file: string | null = null;
  let published: string | null = null;
  let json = false;
  let number: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--published' || arg.startsWith('--published=')) {
      published = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (argv[++i] ?? '');
    } else if (arg === '--number' || arg.startsWith('--number=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (argv[++i] ?? '');
      if (!/^\d{1,3}$/u.test(value)) throw new UsageError(`--number must be 0..999, got "${value}"`);
      number = Number(value);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (file === null) file = arg;
    else throw new UsageError(`one report at a time, got a second file "${arg}"`);
  }
  if (file === null) throw new UsageError(`no report file given; ${USAGE}`);
  if (published === null || published === '') throw new UsageError(`--published <YYYY-MM-DD> is required`);
  if (!isIsoDay(published))
    throw new UsageError(`--published must be a real day written YYYY-MM-DD, got "${published}"`);
  return { file, published, json, number };
}

/** The report's text from its bytes: UTF-8 only (a BOM is dropped), and not empty. */
export function decodeReport(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file} is not UTF-8 text`);
  }
  if (text.includes('\u0000')) throw new UsageError(`${file} is not UTF-8 text (it holds NUL bytes)`);
  if (text.trim() === '') throw new UsageError(`${file} is empty`);
  return text;
}
