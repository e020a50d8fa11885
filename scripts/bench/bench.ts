// `npm run bench`: builds the app and the reference pages into their own folder, serves them on
// their own port, drives headless Chromium and writes docs/performance.md, docs/performance.json
// and docs/performance-growth.png. Exits 1 when a budget is missed (budgets.ts).
//
// Usage: tsx scripts/bench/bench.ts [--port 5190] [--load-rounds 7] [--step-runs 3]
// The port can also be set with CG_BENCH_PORT; Chromium's path with CHROMIUM_PATH.

import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { parseEventsDataset } from '../../src/data/events-dataset';
import { CHROMIUM_ARGS, NO_WEBGL_ARGS, chromiumPath } from '../chromium';
import { generateClaimsFile } from '../generate-claims';
import { checkBudgets } from './budgets';
import { buildApp, buildReference, REFERENCE_BASE, ROOT } from './build';
import { chartHtml, renderChartPng } from './chart';
import {
  heapAfterGc,
  loadUntilReady,
  mapSize,
  markTime,
  NotReadyError,
  openPage,
  settle,
  stepThroughMonths,
  type Ready,
} from './measure';
import { writeReport } from './report';
import type { DatasetResult, FileBytes, PageBytes, Results, StepRun } from './results';
import { startServer, type Served, type StaticServer } from './server';
import { median, percentile } from './stats';

const GENERATED = [1_000, 10_000, 100_000];
const SEED = 1;
const STEP_GAP_MS = 30;

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.CG_BENCH_PORT ?? '5190' },
    'load-rounds': { type: 'string', default: '7' },
    'step-runs': { type: 'string', default: '3' },
  },
});
const port = Number(args.port);
const loadRounds = Number(args['load-rounds']);
const stepRuns = Number(args['step-runs']);
for (const [name, value] of [
  ['port', port],
  ['load-rounds', loadRounds],
  ['step-runs', stepRuns],
] as const) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
}

const startedAt = performance.now();
const log = (message: string) =>
  console.error(`bench [${((performance.now() - startedAt) / 1000).toFixed(0)} s]: ${message}`);

// Under heavy load a page now and then misses the ready timeout; each measurement may be tried
// once more (and the retries are reported). A second miss fails the benchmark.
let retries = 0;
async function withRetry<T>(what: string, attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof NotReadyError)) throw error;
    retries += 1;
    log(`${what}: ${error.message.split('\n')[0]}; trying once more`);
    return attempt();
  }
}
// Its own folder per port: never dist/, never the e2e tests' build.
const outDir = join(ROOT, 'node_modules', '.bench-dist', String(port));
const docs = join(ROOT, 'docs');

const gzipCache = new Map<string, FileBytes>();
function fileBytes(file: string, path = relative(outDir, file)): FileBytes {
  const cached = gzipCache.get(file);
  if (cached) return { ...cached, path };
  const content = readFileSync(file);
  const bytes = { path, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  gzipCache.set(file, bytes);
  return bytes;
}

/** The JS and CSS files the server sent before `map-ready`, gzipped. */
function bytesBeforeReady(served: readonly Served[], ready: Ready): PageBytes {
  const seen = new Set<string>();
  const files: FileBytes[] = [];
  for (const entry of served) {
    const ext = extname(entry.file);
    if (entry.at > ready.readyAtEpoch || seen.has(entry.file) || !['.js', '.mjs', '.css'].includes(ext))
      continue;
    seen.add(entry.file);
    files.push(fileBytes(entry.file, entry.path));
  }
  const sum = (css: boolean) =>
    files.filter((f) => f.path.endsWith('.css') === css).reduce((total, f) => total + f.gzip, 0);
  return { files, jsGzip: sum(false), cssGzip: sum(true) };
}

function timedLoad(
  browser: Browser,
  server: StaticServer,
  url: string,
): Promise<{
  ready: Ready;
  /** The app only: ms to `map-complete`, the whole map drawn (the references draw it in one step). */
  completeMs?: number;
  bytes: PageBytes;
  size?: { width: number; height: number };
}> {
  return withRetry(url, async () => {
    const tab = await openPage(browser);
    try {
      server.log.length = 0;
      const ready = await loadUntilReady(tab.page, url, tab.errors);
      const bytes = bytesBeforeReady(server.log, ready);
      if (url.includes(REFERENCE_BASE)) return { ready, bytes };
      const completeMs = await markTime(tab.page, 'map-complete', tab.errors);
      return { ready, completeMs, bytes, size: await mapSize(tab.page) };
    } finally {
      await tab.close();
    }
  });
}

/**
 * What the first paint needs, read from the build: index.html, its stylesheets, the entry script
 * (which carries the first-paint data) and every module it imports statically (not the app, which
 * it imports dynamically). Deterministic, unlike what happens to have arrived by the mark.
 */
function firstPaintBytes(): { files: FileBytes[]; gzip: number } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  // The first-paint file is inside index.html (vite.config.ts, inlineFirstPaint).
  const paths = new Set<string>(['index.html']);
  for (const [, href] of html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g))
    paths.add(href as string);
  const visit = (path: string) => {
    if (paths.has(path)) return;
    paths.add(path);
    const code = readFileSync(join(outDir, path), 'utf8');
    // Static imports only: `import"./x.js"` and `from"./x.js"`, not `import("./x.js")`.
    for (const [, file] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g))
      visit(join(path, '..', file as string));
  };
  for (const [, src] of html.matchAll(/<script type="module"[^>]*src="\/([^"]+)"/g)) visit(src as string);
  const files = [...paths].map((path) => fileBytes(join(outDir, path), path));
  return { files, gzip: files.reduce((total, f) => total + f.gzip, 0) };
}

/** The app with WebGL turned off (`--disable-3d-apis --disable-webgl`): the SVG map alone. */
async function measureNoWebgl(executablePath: string, server: StaticServer, rounds: number) {
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, ...NO_WEBGL_ARGS],
  });
  const readyMs: number[] = [];
  const completeMs: number[] = [];
  try {
    for (let i = 0; i < rounds; i += 1) {
      const run = await timedLoad(browser, server, `${server.origin}/`);
      readyMs.push(run.ready.readyMs);
      completeMs.push(run.completeMs as number);
      log(
        `no-WebGL load ${i + 1}/${rounds}: ${readyMs.at(-1)?.toFixed(0)} ms, whole ${completeMs.at(-1)?.toFixed(0)} ms`,
      );
    }
  } finally {
    await browser.close();
  }
  return { readyMs, completeMs, readyMedianMs: median(readyMs), completeMedianMs: median(completeMs) };
}

const PAGES = ['app', 'bare', 'styled'] as const;
type LoadPage = (typeof PAGES)[number];

async function measureLoads(browser: Browser, server: StaticServer) {
  log('warm-up loads');
  const warm = await timedLoad(browser, server, `${server.origin}/`);
  const size = warm.size ?? { width: 840, height: 370 };
  const reference = (page: string) =>
    `${server.origin}${REFERENCE_BASE}${page}/?w=${size.width}&h=${size.height}`;
  const urls: Record<LoadPage, string> = {
    app: `${server.origin}/`,
    bare: reference('bare'),
    styled: reference('styled'),
  };
  await timedLoad(browser, server, urls.bare);
  await timedLoad(browser, server, urls.styled);

  const ms: Record<LoadPage, number[]> = { app: [], bare: [], styled: [] };
  const appCompleteMs: number[] = [];
  const appBytes: PageBytes[] = [];
  let bareBytes: PageBytes | null = null;
  for (let i = 0; i < loadRounds; i += 1) {
    // Rotate the order every round, so no page always runs first, on a warmer or a busier machine.
    const order = PAGES.map((_, k) => PAGES[(i + k) % PAGES.length] as LoadPage);
    for (const page of order) {
      const run = await timedLoad(browser, server, urls[page]);
      ms[page].push(run.ready.readyMs);
      if (page === 'app') {
        appBytes.push(run.bytes);
        appCompleteMs.push(run.completeMs as number);
      }
      if (page === 'bare') bareBytes = run.bytes;
    }
    log(
      `load round ${i + 1}/${loadRounds}: ` +
        PAGES.map((page) => `${page} ${ms[page].at(-1)?.toFixed(0)} ms`).join(', ') +
        ` (app whole map ${appCompleteMs.at(-1)?.toFixed(0)} ms)`,
    );
  }
  const floor = await timedLoad(browser, server, reference('floor'));
  const ratios = (a: LoadPage, b: LoadPage) => ms[a].map((n, i) => n / (ms[b][i] as number));
  // The app's files can differ between runs only if a lazy chunk races the mark: report the median run.
  const byTotal = [...appBytes].sort((a, b) => a.jsGzip + a.cssGzip - (b.jsGzip + b.cssGzip));
  const app = byTotal[Math.floor(byTotal.length / 2)] as PageBytes;
  return {
    load: {
      appMs: ms.app,
      bareMs: ms.bare,
      styledMs: ms.styled,
      pairRatios: ratios('app', 'bare'),
      appMedianMs: median(ms.app),
      bareMedianMs: median(ms.bare),
      styledMedianMs: median(ms.styled),
      ratio: median(ratios('app', 'bare')),
      styledOverBare: median(ratios('styled', 'bare')),
      appCompleteMs,
      appCompleteMedianMs: median(appCompleteMs),
      completeOverStyled: median(appCompleteMs.map((n, i) => n / (ms.styled[i] as number))),
      mapSize: size,
    },
    bytes: {
      app,
      bare: bareBytes as PageBytes,
      floor: floor.bytes,
      jsRatio: app.jsGzip / floor.bytes.jsGzip,
      jsCssRatio: (app.jsGzip + app.cssGzip) / (floor.bytes.jsGzip + floor.bytes.cssGzip),
    },
  };
}

async function measureDatasets(
  browser: Browser,
  server: StaticServer,
  datasets: Array<Pick<DatasetResult, 'name' | 'query' | 'claims' | 'file'>>,
): Promise<DatasetResult[]> {
  const results = datasets.map((d) => ({
    ...d,
    loadMs: [] as number[],
    heapBytes: [] as number[],
    tableMs: [] as number[],
    coldRuns: [] as StepRun[],
    runs: [] as StepRun[],
  }));
  for (let run = 0; run < stepRuns; run += 1) {
    // Rotate the order every run, so each dataset is measured early and late.
    for (let k = 0; k < results.length; k += 1) {
      const result = results[(k + run) % results.length] as (typeof results)[number];
      const url = `${server.origin}/?month=2021-12${result.query}`;
      const measured = await withRetry(`${result.name} run ${run + 1}`, async () => {
        const tab = await openPage(browser);
        try {
          const ready = await loadUntilReady(tab.page, url, tab.errors);
          await settle(tab.page);
          const heap = await heapAfterGc(tab.page);
          // The lens's table of readings, which the strip fills at once and the slider steps read.
          const tableMs = await tab.page.evaluate(() =>
            performance.getEntriesByName('strip-cells').reduce((sum, m) => sum + m.duration, 0),
          );
          // Two passes. The first, quick, runs cold: V8 compiles the code as it gets hot and those
          // compilations land in a few steps. The second is what a reader scrubbing the slider gets
          // from then on; the budgets are checked on it, with the time to the next frame.
          const passes: StepRun[] = [];
          for (const gap of [null, STEP_GAP_MS]) {
            const steps = await stepThroughMonths(tab.page, gap);
            const visited = new Set(steps.months).size;
            if (visited !== 84)
              throw new Error(`${result.name}: the slider visited ${visited} months, not 84`);
            passes.push({ statusUpdateMs: steps.statusUpdate, frameMs: steps.frame });
          }
          if (tab.errors.length > 0) throw new Error(`${result.name}: page errors: ${tab.errors.join('; ')}`);
          return { ready, heap, tableMs, cold: passes[0] as StepRun, warm: passes[1] as StepRun };
        } finally {
          await tab.close();
        }
      });
      result.loadMs.push(measured.ready.readyMs);
      result.heapBytes.push(measured.heap);
      result.tableMs.push(measured.tableMs);
      result.coldRuns.push(measured.cold);
      result.runs.push(measured.warm);
      log(
        `run ${run + 1}/${stepRuns}, ${result.name}: map-ready ${measured.ready.readyMs.toFixed(0)} ms, ` +
          `status-update p95 ${percentile(measured.warm.statusUpdateMs, 95).toFixed(2)} ms, ` +
          `frame p50 ${median(measured.warm.frameMs).toFixed(1)} ms, heap ${(measured.heap / 2 ** 20).toFixed(1)} MB`,
      );
    }
  }
  // Each run's median and 95th percentile, then the median of those over the runs.
  const overRuns = (runs: StepRun[], pick: (run: StepRun) => number[]) => ({
    p50: median(runs.map((run) => percentile(pick(run), 50))),
    p95: median(runs.map((run) => percentile(pick(run), 95))),
  });
  return results.map((r) => ({
    ...r,
    statusUpdate: overRuns(r.runs, (x) => x.statusUpdateMs),
    statusUpdateCold: overRuns(r.coldRuns, (x) => x.statusUpdateMs),
    frame: overRuns(r.runs, (x) => x.frameMs),
    loadMedianMs: median(r.loadMs),
    heapMedianBytes: median(r.heapBytes),
    tableMedianMs: median(r.tableMs),
  }));
}

async function main(): Promise<number> {
  const started = performance.now();
  const loadAverageAtStart = loadavg().map((n) => Number(n.toFixed(2)));
  const executablePath = chromiumPath();

  log(`building the app into ${relative(ROOT, outDir)}`);
  await buildApp(outDir);
  log('building the reference pages');
  await buildReference(join(outDir, REFERENCE_BASE));

  const realFile = join(outDir, 'data', 'events.geojson');
  const real = parseEventsDataset(JSON.parse(readFileSync(realFile, 'utf8')));
  const datasets: Array<Pick<DatasetResult, 'name' | 'query' | 'claims' | 'file'>> = [
    { name: 'real', query: '', claims: real.claims.length, file: fileBytes(realFile) },
  ];
  for (const claims of GENERATED) {
    const name = `claims-${claims}`;
    const file = join(outDir, 'data', 'bench', `${name}.geojson`);
    log(`generating ${claims} claims (seed ${SEED})`);
    generateClaimsFile(claims, SEED, file);
    datasets.push({
      name: `${claims / 1000}k`,
      query: `&bench-dataset=${name}`,
      claims,
      file: fileBytes(file),
    });
  }

  const server = await startServer(outDir, port);
  log(`serving ${relative(ROOT, outDir)} at ${server.origin}`);
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    const { load, bytes } = await measureLoads(browser, server);
    const measured = await measureDatasets(browser, server, datasets);
    const noWebgl = await measureNoWebgl(executablePath, server, Math.max(3, Math.ceil(loadRounds / 2)));
    const cpuList = cpus();
    const results: Omit<Results, 'budgets' | 'durationSeconds'> = {
      date: new Date().toISOString(),
      machine: {
        cpu: cpuList[0]?.model.trim() ?? 'unknown',
        cores: cpuList.length,
        memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
        os: `${type()} ${release()}`,
        node: process.version,
        chromium: browser.version(),
        loadAverageAtStart,
      },
      settings: { loadRounds, stepRuns, stepGapMs: STEP_GAP_MS, seed: SEED, port },
      retries,
      load,
      bytes,
      data: {
        provinces: fileBytes(join(outDir, 'data', 'provinces.geojson')),
        events: fileBytes(realFile),
      },
      firstPaint: firstPaintBytes(),
      noWebgl,
      datasets: measured,
    };
    const budgets = checkBudgets(results);

    const growth = measured.filter((d) => d.name !== 'real');
    const xs = growth.map((d) => d.claims);
    const html = chartHtml(
      'Cost of a slider step and JS heap against the number of claims (medians of runs)',
      [
        {
          title: 'status-update per step',
          unit: 'ms',
          series: [
            { label: 'median', color: '#0072B2', points: growth.map((d) => [d.claims, d.statusUpdate.p50]) },
            {
              label: '95th percentile',
              color: '#0072B2',
              dashed: true,
              points: growth.map((d) => [d.claims, d.statusUpdate.p95]),
            },
          ],
        },
        {
          title: 'step to next rendered frame',
          unit: 'ms',
          series: [
            { label: 'median', color: '#D55E00', points: growth.map((d) => [d.claims, d.frame.p50]) },
            {
              label: '95th percentile',
              color: '#D55E00',
              dashed: true,
              points: growth.map((d) => [d.claims, d.frame.p95]),
            },
          ],
        },
        {
          title: 'JS heap after load',
          unit: 'MB',
          series: [
            {
              label: 'used heap after GC',
              color: '#009E73',
              points: growth.map((d) => [d.claims, d.heapMedianBytes / 2 ** 20]),
            },
          ],
        },
      ],
      xs,
    );
    await renderChartPng(browser, html, join(docs, 'performance-growth.png'));

    const durationSeconds = Math.round((performance.now() - started) / 1000);
    const full: Results = {
      ...results,
      durationSeconds,
      budgets: budgets.map(({ format, ...b }) => ({
        ...b,
        shown: format(b.value),
        limitShown: format(b.limit),
      })),
    };
    // Timings to the microsecond are plenty; the raw samples stay readable.
    const rounded = (_key: string, value: unknown) =>
      typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value;
    // Arrays of numbers (the raw samples) on one line each.
    const json = JSON.stringify(full, rounded, 2).replace(/\[[\d\s.,e+-]+\]/g, (list) =>
      list.replace(/\s+/g, ' ').replace('[ ', '[').replace(' ]', ']'),
    );
    writeFileSync(join(docs, 'performance.json'), `${json}\n`);
    await writeReport(full, join(docs, 'performance.md'));
    log(
      `wrote docs/performance.md, docs/performance.json, docs/performance-growth.png in ${durationSeconds} s`,
    );
    const missed = budgets.filter((b) => !b.met);
    for (const b of budgets)
      log(`${b.met ? 'met   ' : 'MISSED'} ${b.name}: ${b.format(b.value)} (limit ${b.format(b.limit)})`);
    return missed.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
