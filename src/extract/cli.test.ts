import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { decodeReport, parseExtractArgs, UsageError } from './cli';

test('arguments', () => {
  expect(parseExtractArgs(['r.txt', '--published', '2018-08-10'])).toEqual({
    file: 'r.txt',
    published: '2018-08-10',
    json: false,
    number: null,
  });
  expect(parseExtractArgs(['--json', '--published=2018-08-10', 'r.txt', '--number', '7'])).toEqual({
    file: 'r.txt',
    published: '2018-08-10',
    json: true,
    number: 7,
  });
});

test.each([
  ['no file', ['--published', '2018-08-10'], /no report file/],
  ['no --published', ['r.txt'], /--published/],
  ['an empty --published', ['r.txt', '--published'], /--published/],
  ['a bad date', ['r.txt', '--published', '2018-02-30'], /real day/],
  ['a date in another form', ['r.txt', '--published', '10/08/2018'], /YYYY-MM-DD/],
  ['an unknown option', ['r.txt', '--published', '2018-08-10', '--yaml'], /unknown option/],
  ['two files', ['a.txt', 'b.txt', '--published', '2018-08-10'], /one report at a time/],
  ['a bad number', ['r.txt', '--published', '2018-08-10', '--number', 'x'], /--number/],
])('refuses %s', (_, argv, message) => {
  expect(() => parseExtractArgs(argv)).toThrow(UsageError);
  expect(() => parseExtractArgs(argv)).toThrow(message);
});

test('input must be non-empty UTF-8', () => {
  expect(decodeReport(new TextEncoder().encode('\uFEFFThe Taliban seized Kunduz.'), 'r.txt')).toBe(
    'The Taliban seized Kunduz.',
  );
  expect(() => decodeReport(new Uint8Array([0x54, 0xff, 0xfe, 0x41]), 'r.txt')).toThrow(/not UTF-8/);
  expect(() => decodeReport(new Uint8Array([0x54, 0x00, 0x41]), 'r.txt')).toThrow(/not UTF-8/);
  expect(() => decodeReport(new TextEncoder().encode(' \n '), 'r.txt')).toThrow(/empty/);
});

// Two runs of the real script: an error path and the YAML it prints.
const script = join(import.meta.dirname, '..', '..', 'scripts', 'extract.ts');
const tsx = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');

// Generous timeouts: tsx's start-up dominates, and the machine may be busy.
test('the script: one line and a non-zero exit for a missing file', { timeout: 60_000 }, () => {
  const r = spawnSync(tsx, [script, '/no/such/report.txt', '--published', '2018-08-10'], {
    encoding: 'utf8',
  });
  expect(r.status).not.toBe(0);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/no such file/);
});

test('the script: a draft claims file in the record shape', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-'));
  const file = join(dir, 'report.txt');
  writeFileSync(file, 'The Taliban seized the city of Ghazni on Thursday, officials said.\n');
  const r = spawnSync(tsx, [script, file, '--published', '2021-08-12'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const doc = parse(r.stdout) as { article: string; claims: Record<string, unknown>[] };
  expect(doc.article).toMatch(/^\d{3}_[0-9a-f]{16}$/);
  expect(doc.claims[0]).toMatchObject({
    side: 'afghan_government',
    kind: 'control',
    province: 'ghazni',
    holder: 'taliban',
    event: 'FILL-IN-EVENT',
  });
  expect(r.stdout).toMatch(/# confidence \d\.\d\d; rule control:captured/);
});
