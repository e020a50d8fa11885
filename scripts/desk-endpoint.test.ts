// The desk's save endpoint on a real HTTP server on 127.0.0.1 (an ephemeral port), over a temporary
// copy of the basic data fixture: what it writes, and each thing it refuses.

import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MAX_SAVE_BYTES, SAVE_PATH, SESSION_PATH, type SaveRequest } from '../src/desk/save-request';
import {
  createDeskMiddleware,
  dataPath,
  deskPlugins,
  isLoopback,
  loadDeskDataset,
  Refusal,
} from './desk-endpoint';

const FIXTURE = join(import.meta.dirname, '..', 'data', 'fixtures', 'basic');
const TOKEN = 'a'.repeat(64);
const TEXT = 'Invented test report.\nThe Taliban said they had captured Kunduz city on Monday.\n';
const ID = `901_${createHash('sha256').update(TEXT).digest('hex').slice(0, 16)}`;

let dir: string;
let dataDir: string;
let outFile: string;
let server: Server;
let origin: string;

function validRequest(): SaveRequest {
  return {
    text: TEXT,
    meta: {
      outlet: 'Test Wire',
      headline: 'An invented report',
      published: '2015-09-29',
      dateline: null,
      date_note: '"on Monday" = 28 Sep 2015.',
      url: 'https://example.org/report',
    },
    claims: [
      {
        id: 'test-taliban-captured-kunduz',
        event: 'new-kunduz-2015-09',
        claimant: 'The Taliban',
        side: 'taliban',
        kind: 'control',
        place: 'new-kunduz-district',
        province: 'kunduz',
        place_precision: 'district',
        date: '2015-09-28',
        date_precision: 'day',
        holder: 'taliban',
        extent: 'part',
        action: 'captured',
        quote: 'The Taliban said they had captured Kunduz city on Monday',
        caveat: null,
      },
    ],
    notes: [{ origin: 'extractor', confidence: 0.8, rule: 'test', edited: false }],
    places: [
      {
        id: 'new-kunduz-district',
        name: 'New Kunduz',
        kind: 'district',
        province: 'kunduz',
        coordinates: [68.9, 36.7],
        aliases: [],
      },
    ],
    events: [
      {
        id: 'new-kunduz-2015-09',
        name: 'Test event',
        place: 'new-kunduz-district',
        start: '2015-09-28',
        end: '2015-09-30',
      },
    ],
  };
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { ok?: boolean; id?: string | null; problems?: string[]; token?: string; [key: string]: unknown };
}

function call(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | Buffer | ((write: (chunk: Buffer) => boolean) => void),
): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        done({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : {} });
      });
    });
    // A server that closes a refused upload may reset the connection while the client still sends.
    req.on('error', (error) => fail(error));
    if (typeof body === 'function') body((chunk) => req.write(chunk));
    else if (body !== undefined) req.write(body);
    req.end();
  });
}

const host = () => origin.replace('http://', '');
const goodHeaders = (extra: Record<string, string> = {}) => ({
  host: host(),
  origin,
  'content-type': 'application/json',
  'x-desk-token': TOKEN,
  ...extra,
});
const save = (body: unknown = validRequest(), headers: Record<string, string> = goodHeaders()) =>
  call('POST', SAVE_PATH, headers, typeof body === 'string' ? body : JSON.stringify(body));

/** Every file under the data folder, with its bytes: to show nothing changed. */
function snapshot(root = dataDir): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else out[p.slice(root.length)] = entry.isSymbolicLink() ? '(link)' : readFileSync(p, 'utf8');
    }
  };
  walk(root);
  return out;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'desk-endpoint-'));
  dataDir = join(dir, 'data');
  cpSync(FIXTURE, dataDir, { recursive: true });
  rmSync(join(dataDir, 'expected'), { recursive: true });
  outFile = join(dir, 'out', 'events.geojson');
  const middleware = createDeskMiddleware({ dataDir, outFile, token: TOKEN, origins: () => [origin] });
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end('{}');
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

describe('saving', () => {
  test('writes the article, its metadata, its claims, the new place and event, and builds the dataset', async () => {
    const placesBefore = readFileSync(join(dataDir, 'gazetteer', 'places.yaml'), 'utf8');
    const answer = await save();
    expect(answer.body).toMatchObject({ ok: true, id: ID, counts: { articles: 2, claims: 7 } });
    expect(answer.status).toBe(200);
    expect(readFileSync(join(dataDir, 'articles', `${ID}.txt`), 'utf8')).toBe(TEXT);
    const meta = readFileSync(join(dataDir, 'articles', `${ID}.yaml`), 'utf8');
    expect(parse(meta)).toEqual({ id: ID, ...validRequest().meta });
    const claims = parse(readFileSync(join(dataDir, 'claims', `${ID}.yaml`), 'utf8')) as unknown;
    expect(claims).toEqual({ article: ID, claims: validRequest().claims });
    const places = readFileSync(join(dataDir, 'gazetteer', 'places.yaml'), 'utf8');
    expect(places.startsWith(placesBefore)).toBe(true);
    expect(places.slice(placesBefore.length)).toContain('coordinates: [68.9000, 36.7000]');
    const output = JSON.parse(readFileSync(outFile, 'utf8')) as { features: Array<{ id: string }> };
    expect(output.features.map((f) => f.id)).toContain('new-kunduz-2015-09');
  });

  test('a problem the data build finds takes everything back and is answered as file:line lines', async () => {
    const before = snapshot();
    const bad = validRequest();
    bad.claims[0]!.date = '2015-10-05'; // after the article was published, outside its event
    const answer = await save(bad);
    expect(answer.status).toBe(422);
    expect(answer.body.ok).toBe(false);
    expect(answer.body.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`claims/${ID}\\.yaml:\\d+: date .* is outside its event`, 'u')),
      ]),
    );
    expect(snapshot()).toEqual(before);
    expect(existsSync(outFile)).toBe(false);
  });

  test('never overwrites: the same text again is refused, and so is an article file already there', async () => {
    expect((await save()).status).toBe(200);
    const again = await save();
    expect(again.status).toBe(409);
    expect(again.body.problems?.[0]).toMatch(/already article 901_/u);
    // A file squatting on the next article's name: refused, and left as it was.
    const other = {
      ...validRequest(),
      text: 'Another invented report.',
      claims: [],
      notes: [],
      places: [],
      events: [],
    };
    const nextId = `902_${createHash('sha256').update(other.text).digest('hex').slice(0, 16)}`;
    writeFileSync(join(dataDir, 'claims', `${nextId}.yaml`), 'keep me\n');
    const squat = await save(other);
    expect(squat.status).toBe(409);
    expect(readFileSync(join(dataDir, 'claims', `${nextId}.yaml`), 'utf8')).toBe('keep me\n');
    expect(existsSync(join(dataDir, 'articles', `${nextId}.txt`))).toBe(false);
  });
});

describe('refusals', () => {
  test('another origin, no origin, and another host (DNS rebinding)', async () => {
    const before = snapshot();
    expect((await save(validRequest(), goodHeaders({ origin: 'http://evil.example' }))).status).toBe(403);
    const { origin: _dropped, ...noOrigin } = goodHeaders();
    expect((await save(validRequest(), noOrigin)).status).toBe(403);
    const port = origin.split(':')[2];
    const rebound = goodHeaders({ host: `evil.example:${port}`, origin: `http://evil.example:${port}` });
    expect((await save(validRequest(), rebound)).status).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  test('a request from another machine (a server started with --host)', async () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])
      expect(isLoopback(a), a).toBe(true);
    for (const a of ['10.0.0.5', '192.168.1.2', '::ffff:10.0.0.5', 'fe80::1', '', undefined]) {
      expect(isLoopback(a), String(a)).toBe(false);
    }
    // The handler itself, with a request whose socket is not on this machine.
    const middleware = createDeskMiddleware({ dataDir, outFile, token: TOKEN, origins: () => [origin] });
    const answer = await new Promise<{ status: number; body: string }>((done) => {
      const req = Object.assign(Readable.from([Buffer.from(JSON.stringify(validRequest()))]), {
        url: SAVE_PATH,
        method: 'POST',
        headers: goodHeaders(),
        socket: { remoteAddress: '10.0.0.5' },
      });
      let status = 0;
      const res = {
        setHeader: () => undefined,
        writeHead: (s: number) => (status = s),
        end: (body: string) => done({ status, body }),
      };
      middleware(req as never, res as never, () => done({ status: 404, body: '' }));
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatch(/this machine/u);
    expect(existsSync(join(dataDir, 'articles', `${ID}.txt`))).toBe(false);
  });

  test('no token, or a wrong one', async () => {
    const { 'x-desk-token': _dropped, ...noToken } = goodHeaders();
    expect((await save(validRequest(), noToken)).status).toBe(403);
    const wrong = await save(validRequest(), goodHeaders({ 'x-desk-token': 'b'.repeat(64) }));
    expect(wrong.status).toBe(403);
    expect(wrong.body.problems?.[0]).toMatch(/token/u);
    expect(existsSync(join(dataDir, 'articles', `${ID}.txt`))).toBe(false);
  });

  test('the session: same-origin pages only, and never a CORS header', async () => {
    const ok = await call('GET', SESSION_PATH, { host: host(), 'sec-fetch-site': 'same-origin' });
    expect(ok.status).toBe(200);
    expect(ok.body.token).toBe(TOKEN);
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
    const refusedHeaders: Array<Record<string, string>> = [
      { host: host() }, // no fetch metadata: not a page's fetch
      { host: host(), 'sec-fetch-site': 'cross-site' },
      { host: host(), 'sec-fetch-site': 'none' }, // typed into the address bar
      { host: host(), 'sec-fetch-site': 'same-origin', origin: 'http://evil.example' },
      { host: 'evil.example', 'sec-fetch-site': 'same-origin' },
    ];
    for (const headers of refusedHeaders) {
      const refused = await call('GET', SESSION_PATH, headers);
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(refused.body.token).toBeUndefined();
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect((await call('POST', SESSION_PATH, { host: host(), 'sec-fetch-site': 'same-origin' })).status).toBe(
      405,
    );
  });

  test('an oversized body, whether declared or streamed', async () => {
    const big = Buffer.alloc(MAX_SAVE_BYTES + 1, 0x20);
    const declared = await save(big.toString(), goodHeaders({ 'content-length': String(big.length) }));
    expect(declared.status).toBe(413);
    // No Content-Length: chunked, counted as it comes.
    const streamed = await call(
      'POST',
      SAVE_PATH,
      goodHeaders({ 'transfer-encoding': 'chunked' }),
      (write) => {
        for (let i = 0; i < 5; i++) write(Buffer.alloc(MAX_SAVE_BYTES / 4, 0x20));
      },
    ).catch((error: NodeJS.ErrnoException) => ({ status: error.code === 'ECONNRESET' ? 413 : 0 }));
    expect(streamed.status).toBe(413);
    expect(existsSync(join(dataDir, 'articles', `${ID}.txt`))).toBe(false);
  });

  test('a body that is not JSON, or not the records the schemas describe', async () => {
    expect((await save(validRequest(), goodHeaders({ 'content-type': 'text/plain' }))).status).toBe(415);
    expect((await save('{not json')).status).toBe(400);
    const traversal = validRequest();
    traversal.places[0]!.id = '../../outside';
    const answer = await save(traversal);
    expect(answer.status).toBe(400);
    expect(answer.body.problems?.join('\n')).toMatch(/places\.0\.id/u);
    expect(existsSync(join(dir, 'outside'))).toBe(false);
  });

  test('paths other than the five files, and paths out of the data folder', () => {
    for (const path of [
      '../outside.txt',
      'articles/../../outside.txt',
      '/etc/passwd',
      'articles/901_0123456789abcdef.exe',
      'articles/../gazetteer/provinces.yaml',
      'claims/901_0123456789abcdef.txt',
      'gazetteer/provinces.yaml',
      'articles/901_0123456789abcdef/../x.txt',
      'articles/not-an-id.txt',
      'articles\\..\\..\\outside.txt',
    ]) {
      expect(() => dataPath(dataDir, path), path).toThrow(Refusal);
    }
    expect(dataPath(dataDir, 'articles/901_0123456789abcdef.txt')).toBe(
      join(dataDir, 'articles', '901_0123456789abcdef.txt'),
    );
  });

  test('writing through a link: a linked folder, a linked list file, a link in place of the new article', async () => {
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    // claims/ is a link to a folder outside the data folder.
    renameSync(join(dataDir, 'claims'), join(dir, 'claims-real'));
    symlinkSync(elsewhere, join(dataDir, 'claims'));
    const linkedFolder = await save();
    expect(linkedFolder.status).toBe(403);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(existsSync(join(dataDir, 'articles', `${ID}.txt`))).toBe(false);
    rmSync(join(dataDir, 'claims'));
    renameSync(join(dir, 'claims-real'), join(dataDir, 'claims'));

    // places.yaml is a link: nothing is appended through it, and the new article is taken back.
    const places = join(dataDir, 'gazetteer', 'places.yaml');
    renameSync(places, join(elsewhere, 'places.yaml'));
    symlinkSync(join(elsewhere, 'places.yaml'), places);
    const outsideBefore = readFileSync(join(elsewhere, 'places.yaml'), 'utf8');
    const linkedFile = await save();
    expect(linkedFile.status).toBe(403);
    expect(readFileSync(join(elsewhere, 'places.yaml'), 'utf8')).toBe(outsideBefore);
    expect(existsSync(join(dataDir, 'articles', `${ID}.txt`))).toBe(false);
    rmSync(places);
    renameSync(join(elsewhere, 'places.yaml'), places);

    // A dangling link where the article's text would go: it is not followed.
    symlinkSync(join(elsewhere, 'planted.txt'), join(dataDir, 'articles', `${ID}.txt`));
    const planted = await save();
    expect(planted.status).toBeGreaterThanOrEqual(403);
    expect(existsSync(join(elsewhere, 'planted.txt'))).toBe(false);
  });

  test('other methods and paths are not its business', async () => {
    expect((await call('GET', SAVE_PATH, { host: host(), origin })).status).toBe(405);
    expect((await call('GET', '/somewhere-else', { host: host() })).status).toBe(404);
  });
});

describe('the dataset module', () => {
  test('holds the data folder as the desk needs it', async () => {
    const dataset = await loadDeskDataset(dataDir);
    expect(dataset.articleIds).toEqual(['900_0123456789abcdef']);
    expect(dataset.events.map((e) => e.id)).toEqual(['kunduz-2015-09']);
    expect(dataset.claimIds).toContain('fixture-taliban-captured-kunduz');
    expect(dataset.placesYaml).toBe(readFileSync(join(dataDir, 'gazetteer', 'places.yaml'), 'utf8'));
  });

  test('the endpoint plugin is for the dev server only; the dataset module is in the build too', () => {
    const [dataset, endpoint] = deskPlugins({ dataDir, outFile });
    expect(endpoint?.apply).toBe('serve');
    expect(dataset?.apply).toBeUndefined();
  });
});
