import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringifyGeoJson } from './lib/write-outputs';
import { buildEvents } from './lib/events-build';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'basic');
const CLAIMS = join('claims', '900_0123456789abcdef.yaml');
const ARTICLE = join('articles', '900_0123456789abcdef');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture with `file` edited by `edit`. */
function fixtureWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimed-ground-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit to ${file} changed nothing`);
  writeFileSync(path, after);
  return dir;
}

function problemsOf(dir: string): string[] {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return buildEvents(dir).problems.map(String);
  } finally {
    process.chdir(cwd);
  }
}

describe('the pipeline snapshot', () => {
  it('builds the fixture to exactly the committed expectation', () => {
    const result = buildEvents(FIXTURE);
    expect(result.problems.map(String)).toEqual([]);
    const expected = readFileSync(join(FIXTURE, 'expected', 'events.geojson'), 'utf8');
    expect(stringifyGeoJson(result.output)).toBe(expected);
  });

  it('is deterministic: the same inputs give byte-identical output', () => {
    expect(stringifyGeoJson(buildEvents(FIXTURE).output)).toBe(stringifyGeoJson(buildEvents(FIXTURE).output));
  });
});

// Each bad record: the edit that breaks it, and the `file:line: problem` it must produce.
const BAD_RECORDS: Array<[name: string, file: string, edit: (t: string) => string, expected: RegExp]> = [
  [
    'quote not found in the article',
    CLAIMS,
    (t) => t.replace('killed more than 40 soldiers', 'killed more than 40 Afghan soldiers'),
    /claims\/900_0123456789abcdef\.yaml:\d+: quote not found in article 900_0123456789abcdef/,
  ],
  [
    'unknown article',
    CLAIMS,
    (t) => t.replace('article: 900_0123456789abcdef', 'article: 901_0123456789abcdef'),
    /900_0123456789abcdef\.yaml:1: unknown article "901_0123456789abcdef"/,
  ],
  [
    'unknown province',
    CLAIMS,
    (t) =>
      t.replace(
        'province: kunduz\n    place_precision: city\n    date: 2015-09-28\n    date_precision: day\n    holder: taliban',
        'province: qunduz\n    place_precision: city\n    date: 2015-09-28\n    date_precision: day\n    holder: taliban',
      ),
    /\.yaml:9: unknown province "qunduz"/,
  ],
  [
    'unknown place',
    CLAIMS,
    (t) => t.replace('place: kunduz-city', 'place: kunduz-town'),
    /\.yaml:8: unknown place "kunduz-town"/,
  ],
  [
    'date before 2015',
    CLAIMS,
    (t) => t.replace('date: 2015-09-28', 'date: 2014-12-31'),
    /\.yaml:11: date: date outside 2015-01-01\.\.2021-12-31/,
  ],
  [
    'date after 2021',
    CLAIMS,
    (t) => t.replace('date: 2015-09-28', 'date: 2022-01-01'),
    /\.yaml:11: date: date outside 2015-01-01\.\.2021-12-31/,
  ],
  [
    'not a calendar date',
    CLAIMS,
    (t) => t.replace('date: 2015-09-28', 'date: 2015-02-30'),
    /\.yaml:11: date: must be a calendar date/,
  ],
  [
    'negative count',
    CLAIMS,
    (t) => t.replace('low: 41', 'low: -41'),
    /\.yaml:\d+: casualties\.count: low must be a whole number of 0 or more, got -41/,
  ],
  [
    'non-integer count',
    CLAIMS,
    (t) => t.replace('low: 12', 'low: 12.5'),
    /\.yaml:\d+: casualties\.count: low must be a whole number of 0 or more, got 12\.5/,
  ],
  [
    'non-numeric count',
    CLAIMS,
    (t) => t.replace('low: 41', 'low: forty'),
    /\.yaml:\d+: casualties\.count\.low: Invalid input: expected number, received string/,
  ],
  [
    'low greater than high',
    CLAIMS,
    (t) => t.replace('qualifier: more_than, low: 41, high: null', 'qualifier: range, low: 41, high: 40'),
    /\.yaml:\d+: casualties\.count: low \(41\) is greater than high \(40\)/,
  ],
  [
    'count that does not match its words',
    CLAIMS,
    (t) => t.replace('qualifier: more_than, low: 41', 'qualifier: more_than, low: 40'),
    /\.yaml:\d+: count words "more than 40" mean more_than low 41 high null, not more_than low 40 high null/,
  ],
  [
    'duplicate id',
    CLAIMS,
    (t) => t.replace('id: fixture-police-city-under-control', 'id: fixture-taliban-captured-kunduz'),
    /\.yaml:\d+: duplicate id "fixture-taliban-captured-kunduz" \(first at claims\/900_0123456789abcdef\.yaml:3\)/,
  ],
  [
    'unknown claimant side',
    CLAIMS,
    (t) => t.replace('side: residents', 'side: witnesses'),
    /\.yaml:\d+: side: Invalid option: expected one of/,
  ],
  [
    'unknown holder',
    CLAIMS,
    (t) => t.replace('holder: none', 'holder: contested'),
    /\.yaml:\d+: holder: Invalid option: expected one of/,
  ],
  [
    'unknown action',
    CLAIMS,
    (t) => t.replace('action: captured', 'action: liberated'),
    /\.yaml:\d+: action: Invalid option: expected one of/,
  ],
  [
    'a control claim without an extent',
    CLAIMS,
    (t) => t.replace('    extent: whole\n    action: captured\n', '    action: captured\n'),
    /\.yaml:\d+: extent: a control claim needs an extent/,
  ],
  [
    'a fighting action naming a holder',
    CLAIMS,
    (t) => t.replace('holder: none', 'holder: taliban'),
    /\.yaml:\d+: holder: action "fighting" says fighting goes on: its holder is none, not taliban/,
  ],
  [
    'a capture naming no holder',
    CLAIMS,
    (t) =>
      t.replace(
        'holder: taliban\n    extent: whole\n    action: captured',
        'holder: none\n    extent: whole\n    action: captured',
      ),
    /\.yaml:\d+: holder: action "captured" says who holds the place: its holder cannot be none/,
  ],
  [
    'a whole claim about a prison: a prison is part of its province',
    CLAIMS,
    (t) =>
      t.replace(
        'place: kunduz-city\n    province: kunduz\n    place_precision: city\n    date: 2015-09-28\n    date_precision: day\n    holder: taliban',
        'place: kunduz-prison\n    province: kunduz\n    place_precision: city\n    date: 2015-09-28\n    date_precision: day\n    holder: taliban',
      ),
    /\.yaml:\d+: "kunduz-prison" is a prison, part of its province: a claim about it has extent part, not whole/,
  ],
  [
    'a whole claim about a district',
    CLAIMS,
    (t) =>
      t.replace(
        'place: kunduz-city\n    province: kunduz\n    place_precision: city\n    date: 2015-09-28\n    date_precision: day\n    holder: taliban',
        'place: chahar-dara-district\n    province: kunduz\n    place_precision: district\n    date: 2015-09-28\n    date_precision: day\n    holder: taliban',
      ),
    /\.yaml:\d+: "chahar-dara-district" is a district, part of its province/,
  ],
  [
    'a claim dated outside its event',
    CLAIMS,
    (t) => t.replace('date: 2015-09-28', 'date: 2015-09-20'),
    /\.yaml:11: date 20 Sep 2015 is outside its event "kunduz-2015-09" \(2015-09-28\.\.2015-10-01\)/,
  ],
  [
    'a claim dated after its report',
    CLAIMS,
    (t) => t.replace('date: 2015-09-28', 'date: 2015-09-30'),
    /\.yaml:11: date 2015-09-30 is after the article was published \(2015-09-29\)/,
  ],
  [
    'unreadable YAML',
    CLAIMS,
    (t) => t.replace('claims:\n', 'claims:\n  - id: [unclosed\n'),
    /\.yaml:\d+: unreadable YAML/,
  ],
  [
    'unknown event',
    CLAIMS,
    (t) => t.replace('event: kunduz-2015-09', 'event: kunduz-2016-04'),
    /\.yaml:4: unknown event "kunduz-2016-04"/,
  ],
  [
    'place in another province',
    CLAIMS,
    (t) => t.replace('province: kunduz', 'province: takhar'),
    /\.yaml:\d+: place "kunduz-city" is in province "kunduz", not "takhar"/,
  ],
  [
    'a misspelt field',
    CLAIMS,
    (t) => t.replace('claimant: The Taliban', 'claimnt: The Taliban'),
    /\.yaml:\d+: (claimant: Invalid input|Unrecognized key)/,
  ],
];

describe('bad records fail the build with file:line and the problem', () => {
  it.each(BAD_RECORDS)('%s', (_name, file, edit, expected) => {
    const problems = problemsOf(fixtureWith(file, edit));
    expect(problems.join('\n')).toMatch(expected);
  });

  it('reports every problem of a run together', () => {
    const dir = fixtureWith(CLAIMS, (t) =>
      t
        .replace('side: residents', 'side: witnesses')
        .replace('killed more than 40 soldiers', 'killed 40 soldiers'),
    );
    const problems = problemsOf(dir);
    expect(problems.some((p) => p.includes('side: Invalid option'))).toBe(true);
    expect(problems.some((p) => p.includes('quote not found'))).toBe(true);
  });

  it('rejects an article text that is not UTF-8', () => {
    const dir = fixtureWith(`${ARTICLE}.yaml`, (t) => t.replace('Fixture Wire', 'Fixture Wire.'));
    writeFileSync(join(dir, `${ARTICLE}.txt`), Buffer.from([0x54, 0x61, 0xff, 0xfe, 0x6c]));
    expect(problemsOf(dir).join('\n')).toMatch(/900_0123456789abcdef\.txt:1: is not valid UTF-8 text/);
  });

  it('refuses an article that is a link out of the tree', () => {
    const dir = fixtureWith(`${ARTICLE}.yaml`, (t) => t.replace('Fixture Wire', 'Fixture Wire.'));
    const outside = join(dir, '..', `outside-${Date.now()}.txt`);
    writeFileSync(outside, readFileSync(join(FIXTURE, `${ARTICLE}.txt`)));
    rmSync(join(dir, `${ARTICLE}.txt`));
    symlinkSync(outside, join(dir, `${ARTICLE}.txt`));
    try {
      expect(problemsOf(dir).join('\n')).toMatch(
        /900_0123456789abcdef\.txt:1: must be a regular file inside data\//,
      );
    } finally {
      rmSync(outside);
    }
  });

  it('reads CRLF line ends and a byte-order mark as the same text', () => {
    const dir = fixtureWith(CLAIMS, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
    writeFileSync(
      join(dir, `${ARTICLE}.txt`),
      `\uFEFF${readFileSync(join(FIXTURE, `${ARTICLE}.txt`), 'utf8').replace(/\n/g, '\r\n')}`,
    );
    expect(problemsOf(dir)).toEqual([]);
  });
});

// Files that are not what they seem: each must be refused with file:line, never read, never crash.
describe('hostile or damaged data files are refused with file:line', () => {
  /** A fresh copy of the fixture, changed by `change(dir)`. */
  function fixtureChanged(change: (dir: string) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'claimed-ground-'));
    dirs.push(dir);
    cpSync(FIXTURE, dir, { recursive: true });
    change(dir);
    return dir;
  }

  /** Replaces `file` in `dir` by a link to a copy of it elsewhere (outside the tree, or beside it). */
  function linked(dir: string, file: string, outside: boolean): void {
    const target = outside ? mkdtempSync(join(tmpdir(), 'claimed-ground-outside-')) : join(dir, 'claims');
    if (outside) dirs.push(target);
    const copy = join(target, `linked-${Date.now()}.txt`);
    writeFileSync(copy, readFileSync(join(dir, file)));
    rmSync(join(dir, file));
    symlinkSync(copy, join(dir, file));
  }

  const utf16 = (text: string) => Buffer.from(text, 'utf16le');
  const claimsText = () => readFileSync(join(FIXTURE, CLAIMS), 'utf8');

  it.each<[name: string, change: (dir: string) => void, expected: RegExp]>([
    [
      'a claims file that is not UTF-8 (Latin-1)',
      (dir) =>
        writeFileSync(join(dir, CLAIMS), Buffer.from(claimsText().replace('Monday', 'Montag é'), 'latin1')),
      /900_0123456789abcdef\.yaml:1: cannot read the file: is not valid UTF-8 text/,
    ],
    [
      'a claims file in UTF-16 without a byte-order mark',
      (dir) => writeFileSync(join(dir, CLAIMS), utf16(claimsText())),
      /900_0123456789abcdef\.yaml:1: cannot read the file: is not valid UTF-8 text/,
    ],
    [
      'the events file not UTF-8',
      (dir) => writeFileSync(join(dir, 'events', 'events.yaml'), Buffer.from([0x2d, 0x20, 0xc3, 0x28])),
      /events\/events\.yaml:1: cannot read the file: is not valid UTF-8 text/,
    ],
    [
      'a claims file that is a link to a file in the tree',
      (dir) => linked(dir, CLAIMS, false),
      /900_0123456789abcdef\.yaml:1: must be a regular file inside data\/, not a link/,
    ],
    [
      'a claims file that is a link out of the tree',
      (dir) => linked(dir, CLAIMS, true),
      /900_0123456789abcdef\.yaml:1: must be a regular file inside data\/, not a link/,
    ],
    [
      'the events file linked from out of the tree',
      (dir) => linked(dir, join('events', 'events.yaml'), true),
      /events\/events\.yaml:1: must be a regular file inside data\/, not a link/,
    ],
    [
      'the gazetteer linked from out of the tree',
      (dir) => linked(dir, join('gazetteer', 'places.yaml'), true),
      /gazetteer\/places\.yaml:1: must be a regular file inside data\/, not a link/,
    ],
    [
      'a folder named like a claims file',
      (dir) => {
        rmSync(join(dir, CLAIMS));
        mkdirSync(join(dir, CLAIMS));
      },
      /900_0123456789abcdef\.yaml:1: must be a regular file inside data\//,
    ],
    [
      'an empty claims file',
      (dir) => writeFileSync(join(dir, CLAIMS), ''),
      /900_0123456789abcdef\.yaml:1: Invalid input: expected object, received null/,
    ],
    [
      'a field given twice',
      (dir) =>
        writeFileSync(
          join(dir, CLAIMS),
          claimsText().replace(
            '    claimant: The Taliban\n',
            '    claimant: The Taliban\n    claimant: Someone\n',
          ),
        ),
      /900_0123456789abcdef\.yaml:6: unreadable YAML: Map keys must be unique/,
    ],
    [
      'a YAML tag that asks for code',
      (dir) =>
        writeFileSync(
          join(dir, CLAIMS),
          claimsText().replace('claimant: The Taliban', 'claimant: !!js/function "function () {}"'),
        ),
      /900_0123456789abcdef\.yaml:5: unreadable YAML: Unresolved tag/,
    ],
    [
      'aliases that expand without bound ("billion laughs")',
      (dir) => {
        const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
        for (const [prev, name] of [...'abcdefg'].map((c, i) => [c, 'bcdefgh'[i]!])) {
          levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
        }
        writeFileSync(join(dir, CLAIMS), `${levels.join('\n')}\narticle: 900_0123456789abcdef\nclaims: *h\n`);
      },
      /900_0123456789abcdef\.yaml:1: unreadable YAML: Excessive alias count/,
    ],
  ])('%s', (_name, change, expected) => {
    expect(problemsOf(fixtureChanged(change)).join('\n')).toMatch(expected);
  });
});
