// The claims desk's side of the dev server (`npm start`): a Vite plugin that saves a desk's work into
// the data folder and runs the data build, and one that hands the static desk the dataset it checks
// against. Saving exists only in the dev server (`apply: 'serve'`), which binds 127.0.0.1.
//
// The save endpoint refuses, each with its own status:
// - a Host or Origin that is not this server's own (403): another site's page, or a DNS-rebinding one;
// - a request without this server's session token (403); the token is made when the server starts and
//   given only to a same-origin page (`Sec-Fetch-Site: same-origin`), never with a CORS header;
// - a body that is not JSON (415), too large (413) or not the records the schemas describe (400);
// - any file but the five it may write (a new article's text, metadata and claims; places.yaml and
//   events.yaml, appended), a path out of the data folder, a link on the way (403);
// - an article that exists already, or the same text under another id (409): it never overwrites.
// After writing it runs the data build (as `npm run data` does); when the build finds a problem it
// takes back what it wrote, so the data folder is as it was, and answers with the problems.
//
// CG_DATA_DIR sets the data folder (default data/), CG_EVENTS_OUT the built dataset (default
// public/data/events.geojson, which the dev server also serves at /data/events.geojson).

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  closeSync,
  constants,
  createReadStream,
  existsSync,
  fstatSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import type * as EventsBuild from '../data/lib/events-build.ts';
import type * as GazetteerLoader from '../data/lib/gazetteer.ts';
import type * as WriteOutputs from '../data/lib/write-outputs.ts';
import type { DeskDataset } from '../src/desk/dataset.ts';
import {
  EVENTS_FILE,
  MAX_SAVE_BYTES,
  PLACES_FILE,
  SAVE_PATH,
  SESSION_PATH,
  TOKEN_HEADER,
} from '../src/desk/endpoint-paths.ts';
import type * as Files from '../src/desk/files.ts';
import type * as SaveRequests from '../src/desk/save-request.ts';
import type { SaveRequest, SaveResponse } from '../src/desk/save-request.ts';
import type * as ArticleIds from '../src/extract/article-id.ts';

/**
 * The data build and the desk's own modules, loaded when first needed rather than imported: this
 * file is part of vite.config.ts, and whatever the config imports, the dev server watches and
 * restarts on (and would hand the desk a new session). tsx loads them as `npm run data` does.
 */
type Project = typeof EventsBuild &
  typeof GazetteerLoader &
  typeof WriteOutputs &
  typeof Files &
  typeof SaveRequests &
  typeof ArticleIds;

let project: Promise<Project> | undefined;

export function loadProject(): Promise<Project> {
  project ??= (async () => {
    const { tsImport } = await import('tsx/esm/api');
    const load = (path: string) => tsImport(path, import.meta.url) as Promise<Record<string, unknown>>;
    const modules = await Promise.all(
      [
        '../data/lib/events-build.ts',
        '../data/lib/gazetteer.ts',
        '../data/lib/write-outputs.ts',
        '../src/desk/files.ts',
        '../src/desk/save-request.ts',
        '../src/extract/article-id.ts',
      ].map(load),
    );
    return Object.assign({}, ...modules) as Project;
  })();
  return project;
}

const ROOT = resolve(import.meta.dirname, '..');
export const DEFAULT_DATA_DIR = join(ROOT, 'data');
export const DEFAULT_EVENTS_OUT = join(ROOT, 'public', 'data', 'events.geojson');

export const DATASET_MODULE = 'virtual:claimed-ground-desk-dataset';
const RESOLVED_DATASET_MODULE = `\0${DATASET_MODULE}`;

const ARTICLE_ID = /^\d{3}_[0-9a-f]{16}$/u;
/** Where the session token lives for the life of the process. */
const tokenStore = globalThis as typeof globalThis & { __claimedGroundDeskToken?: string };

/** A refusal, with the HTTP status it is answered with. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

// --- the dataset the desk checks against --------------------------------------------------

function readIfExists(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** The ids of the articles in the data folder, from their files' names. */
export function listArticleIds(dataDir: string): string[] {
  const dir = join(dataDir, 'articles');
  if (!existsSync(dir)) return [];
  const ids = new Set(readdirSync(dir).map((f) => f.replace(/\.(txt|yaml)$/u, '')));
  return [...ids].filter((id) => ARTICLE_ID.test(id)).sort();
}

/** Provinces, places, events, the ids taken, and the two list files' text, from a data folder. */
export async function loadDeskDataset(dataDir: string): Promise<DeskDataset> {
  const { loadGazetteer, buildEvents } = await loadProject();
  const { provinces, places } = loadGazetteer(dataDir, []);
  const build = buildEvents(dataDir);
  const output = build.output as {
    articles: Array<{ id: string }>;
    features: Array<{
      id: string;
      properties: { name: string; place: string; start: string; end: string; claims: Array<{ id: string }> };
    }>;
  };
  return {
    provinces,
    places,
    events: output.features.map((f) => ({
      id: f.id,
      name: f.properties.name,
      place: f.properties.place,
      start: f.properties.start,
      end: f.properties.end,
    })),
    articleIds: listArticleIds(dataDir),
    claimIds: output.features.flatMap((f) => f.properties.claims.map((c) => c.id)),
    placesYaml: readIfExists(join(dataDir, PLACES_FILE)),
    eventsYaml: readIfExists(join(dataDir, EVENTS_FILE)),
  };
}

// --- writing, only these files, only inside the data folder -------------------------------------

/** The five files the endpoint may write, relative to the data folder. */
export function allowedFile(path: string): boolean {
  const m = /^(articles|claims)\/([^/]+)\.(txt|yaml)$/u.exec(path);
  if (m) {
    const [, dir, id = '', ext] = m;
    return ARTICLE_ID.test(id) && (dir === 'articles' || ext === 'yaml');
  }
  return path === PLACES_FILE || path === EVENTS_FILE;
}

/**
 * The absolute path of `path` (relative to the data folder) after checking it is one of the allowed
 * files, that it stays inside the folder, and that no folder on the way is a link.
 */
export function dataPath(dataDir: string, path: string): string {
  if (isAbsolute(path) || path.split(/[\\/]/u).includes('..') || !allowedFile(path)) {
    throw new Refusal(403, `refused: "${path}" is not a file the desk may write`);
  }
  const root = realpathSync(dataDir);
  const target = resolve(root, path);
  const rel = relative(root, target);
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new Refusal(403, `refused: "${path}" is outside the data folder`);
  let dir = root;
  for (const part of rel.split(sep).slice(0, -1)) {
    dir = join(dir, part);
    const stat = lstatSync(dir, { throwIfNoEntry: false });
    if (!stat) throw new Refusal(500, `the data folder has no ${relative(root, dir)}/`);
    if (stat.isSymbolicLink() || !stat.isDirectory()) {
      throw new Refusal(403, `refused: ${relative(root, dir)}/ is a link or not a folder`);
    }
  }
  if (realpathSync(dirname(target)) !== dirname(target))
    throw new Refusal(403, `refused: a link on the way to "${path}"`);
  return target;
}

interface Undo {
  created: string[];
  appended: Array<{ file: string; size: number }>;
}

function createFile(file: string, content: string, undo: Undo): void {
  let fd: number;
  try {
    // O_EXCL: never over an existing file; O_NOFOLLOW: never through a link.
    fd = openSync(
      file,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o644,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new Refusal(409, `refused: ${file} exists already, and is never overwritten`);
    if (code === 'ELOOP') throw new Refusal(403, `refused: ${file} is a link`);
    throw error;
  }
  undo.created.push(file);
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

function appendFile(file: string, content: string, undo: Undo): void {
  const stat = lstatSync(file, { throwIfNoEntry: false });
  if (!stat) throw new Refusal(500, `${file} does not exist`);
  if (stat.isSymbolicLink() || !stat.isFile())
    throw new Refusal(403, `refused: ${file} is a link or not a file`);
  const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_NOFOLLOW);
  try {
    undo.appended.push({ file, size: fstatSync(fd).size });
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

function takeBack(undo: Undo): void {
  for (const file of undo.created.reverse()) unlinkSync(file);
  for (const { file, size } of undo.appended.reverse()) {
    const fd = openSync(file, constants.O_WRONLY | constants.O_NOFOLLOW);
    try {
      ftruncateSync(fd, size);
    } finally {
      closeSync(fd);
    }
  }
}

/** A path as the person saving reads it: from the repository's root, or whole when outside it. */
function shown(path: string): string {
  const rel = relative(ROOT, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

export interface SaveOptions {
  dataDir: string;
  outFile: string;
}

/** Writes a desk's work into the data folder and builds the dataset; takes it all back on a problem. */
export async function saveWork(
  request: SaveRequest,
  { dataDir, outFile }: SaveOptions,
): Promise<SaveResponse> {
  const { articleId, articleFiles, buildEvents, deskFiles, writeOutputs } = await loadProject();
  const digest = createHash('sha256').update(request.text, 'utf8').digest('hex');
  const taken = listArticleIds(dataDir);
  let id: string;
  try {
    id = articleId(digest, taken);
  } catch (error) {
    throw new Refusal(409, `refused: ${(error as Error).message}`);
  }
  const existing = (path: string) => readIfExists(join(dataDir, path));
  const { files } = deskFiles(
    {
      id,
      text: request.text,
      meta: { id, ...request.meta },
      claims: request.claims,
      notes: request.notes,
      places: request.places,
      events: request.events,
    },
    existing(PLACES_FILE),
    existing(EVENTS_FILE),
  );
  const own = Object.values(articleFiles(id));
  // Every path is checked before anything is written.
  const targets = files.map((f) => ({ ...f, target: dataPath(dataDir, f.path) }));
  const undo: Undo = { created: [], appended: [] };
  try {
    for (const f of targets) {
      if (own.includes(f.path)) createFile(f.target, f.content, undo);
      else appendFile(f.target, f.append ?? '', undo);
    }
  } catch (error) {
    takeBack(undo);
    throw error;
  }
  const result = buildEvents(dataDir);
  if (result.problems.length > 0) {
    takeBack(undo);
    return { ok: false, id, problems: result.problems.map(String) };
  }
  writeOutputs([[outFile, result.output]]);
  return {
    ok: true,
    id,
    written: files.map((f) => shown(join(dataDir, f.path))),
    counts: result.counts,
    output: shown(outFile),
  };
}

// --- the HTTP side ---------------------------------------------------------------------------

export interface DeskMiddlewareOptions extends SaveOptions {
  token: string;
  /** This server's own origins ("http://127.0.0.1:5180"), known once it listens. */
  origins: () => readonly string[];
}

type Next = (error?: unknown) => void;

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': Buffer.byteLength(json),
  });
  res.end(json);
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** An address on this machine: 127.0.0.0/8 or ::1 (also as IPv4-mapped IPv6). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.replace(/^::ffff:/u, '');
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u.test(v4) || address === '::1';
}

/**
 * The request comes from this machine (even if the server was started with --host), its Host is
 * this server's, and its Origin (when `required`, or when sent) too.
 */
function checkOrigin(req: IncomingMessage, origins: readonly string[], required: boolean): void {
  if (!isLoopback(req.socket.remoteAddress)) {
    throw new Refusal(403, 'refused: the desk saves only for a browser on this machine');
  }
  const hosts = origins.map((o) => o.replace(/^https?:\/\//u, ''));
  if (!req.headers.host || !hosts.includes(req.headers.host)) {
    throw new Refusal(403, `refused: host "${req.headers.host ?? ''}" is not this server`);
  }
  const origin = req.headers.origin;
  if (origin === undefined ? required : !origins.includes(origin)) {
    throw new Refusal(403, `refused: origin "${origin ?? '(none)'}" is not this server's`);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_SAVE_BYTES) throw new Refusal(413, `refused: the body is over ${MAX_SAVE_BYTES} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_SAVE_BYTES) throw new Refusal(413, `refused: the body is over ${MAX_SAVE_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A connect middleware for the session and save routes; every other request goes to `next`. */
export function createDeskMiddleware(options: DeskMiddlewareOptions) {
  let queue: Promise<unknown> = Promise.resolve();
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== SESSION_PATH && path !== SAVE_PATH) {
      next();
      return;
    }
    const handle = async () => {
      const { saveRequestSchema } = await loadProject();
      if (path === SESSION_PATH) {
        if (req.method !== 'GET') throw new Refusal(405, 'refused: the session is read with GET');
        checkOrigin(req, options.origins(), false);
        // A page of this origin asks; not a link followed from elsewhere, nor an address typed in.
        if (req.headers['sec-fetch-site'] !== 'same-origin') {
          throw new Refusal(403, 'refused: the session is given to a same-origin page only');
        }
        send(res, 200, { token: options.token, dataset: await loadDeskDataset(options.dataDir) });
        return;
      }
      if (req.method !== 'POST') throw new Refusal(405, 'refused: save with POST');
      checkOrigin(req, options.origins(), true);
      if (!sameToken(req.headers[TOKEN_HEADER], options.token)) {
        throw new Refusal(403, 'refused: no valid session token (reload the desk)');
      }
      if (!/^application\/json(?:;|$)/u.test(req.headers['content-type'] ?? '')) {
        throw new Refusal(415, 'refused: the body must be application/json');
      }
      const raw = await readBody(req);
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        throw new Refusal(400, 'refused: the body is not JSON');
      }
      const parsed = saveRequestSchema.safeParse(body);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`);
        send(res, 400, { ok: false, id: null, problems } satisfies SaveResponse);
        return;
      }
      // One save at a time: the next article number is read, then taken.
      const run = queue.then(() => saveWork(parsed.data, options));
      queue = run.catch(() => undefined);
      const result = await run;
      send(res, result.ok ? 200 : 422, result);
    };
    handle().catch((error: unknown) => {
      if (error instanceof Refusal) {
        // A refused body is not read on: the connection is closed after the answer.
        if (error.status === 413) res.setHeader('Connection', 'close');
        send(res, error.status, { ok: false, id: null, problems: [error.message] } satisfies SaveResponse);
      } else {
        send(res, 500, { ok: false, id: null, problems: [`the save failed: ${String(error)}`] });
      }
    });
  };
}

/** The dev server's own origins, once it listens. */
function serverOrigins(server: { httpServer: { address(): unknown } | null }): string[] {
  const address = server.httpServer?.address();
  if (!address || typeof address !== 'object' || !('port' in address)) return [];
  const port = (address as { port: number }).port;
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export interface DeskPluginOptions {
  dataDir?: string;
  outFile?: string;
}

/**
 * The desk's plugins: the dataset the desk checks against as a module (in the build, so the static
 * desk has it), and in the dev server the session and save endpoints.
 */
export function deskPlugins(options: DeskPluginOptions = {}): Plugin[] {
  const dataDir = resolve(options.dataDir ?? process.env.CG_DATA_DIR ?? DEFAULT_DATA_DIR);
  const outFile = resolve(options.outFile ?? process.env.CG_EVENTS_OUT ?? DEFAULT_EVENTS_OUT);
  const dataset: Plugin = {
    name: 'claimed-ground:desk-dataset',
    resolveId(id) {
      return id === DATASET_MODULE ? RESOLVED_DATASET_MODULE : null;
    },
    async load(id) {
      if (id !== RESOLVED_DATASET_MODULE) return null;
      const dataset = await loadDeskDataset(dataDir);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
    },
  };
  const endpoint: Plugin = {
    name: 'claimed-ground:desk-endpoint',
    apply: 'serve',
    configureServer(server) {
      // One token for the life of the process: a restart of the dev server (a config edit) keeps it.
      const token = (tokenStore.__claimedGroundDeskToken ??= randomBytes(32).toString('hex'));
      server.middlewares.use(
        createDeskMiddleware({ dataDir, outFile, token, origins: () => serverOrigins(server) }),
      );
      // The dashboard this server shows reads the dataset the desk's saves build.
      if (outFile !== DEFAULT_EVENTS_OUT) {
        server.middlewares.use((req, res, next) => {
          if ((req.url ?? '').split('?')[0] !== '/data/events.geojson' || !existsSync(outFile)) return next();
          res.writeHead(200, { 'Content-Type': 'application/geo+json', 'Cache-Control': 'no-store' });
          createReadStream(outFile).pipe(res);
        });
      }
    },
  };
  return [dataset, endpoint];
}
