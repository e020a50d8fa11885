// `npm run snapshots`: one PNG per year (the map at the end of December) and one per event at
// a provincial capital (the map at the end of the month the event ended, its province selected), for
// print and social use. Each image comes from the app's own "Download PNG", in headless Chromium.
//
// Usage: tsx scripts/snapshots.ts [--out DIR] [--base-url URL] [--only id,id,...]
// Without --base-url it builds the app and serves it on its own port.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const ROOT = join(import.meta.dirname, '..');

interface Snapshot {
  id: string;
  query: string;
}

export function snapshotList(): Snapshot[] {
  const years = Array.from({ length: 7 }, (_, i) => 2015 + i).map((year) => ({
    id: `year-${year}`,
    query: `?month=${year}-12`,
  }));
  const places = new Map(
    (
      parse(readFileSync(join(ROOT, 'data/gazetteer/places.yaml'), 'utf8')) as Array<{
        id: string;
        kind: string;
      }>
    ).map((p) => [p.id, p.kind]),
  );
  const capitals = new Set(
    (
      parse(readFileSync(join(ROOT, 'data/gazetteer/provinces.yaml'), 'utf8')) as Array<{ capital: string }>
    ).map((p) => p.capital),
  );
  const events = JSON.parse(readFileSync(join(ROOT, 'public/data/events.geojson'), 'utf8')) as {
    features: Array<{
      id: string;
      properties: { place: string; place_name: string; province: string | null; end: string };
    }>;
  };
  const atCapitals = events.features
    .filter(
      (e) =>
        e.properties.province &&
        places.get(e.properties.place) === 'city' &&
        capitals.has(e.properties.place_name),
    )
    .map((e) => ({
      id: `event-${e.id}`,
      query: `?month=${e.properties.end.slice(0, 7)}&province=${e.properties.province}`,
    }));
  return [...years, ...atCapitals];
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error('the preview server stopped');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no server at ${url} after 60 s`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: join(ROOT, 'snapshots') },
      'base-url': { type: 'string' },
      only: { type: 'string' },
      port: { type: 'string', default: '5196' },
    },
  });
  let list = snapshotList();
  if (values.only) {
    const wanted = new Set(values.only.split(','));
    list = list.filter((s) => wanted.has(s.id));
  }
  mkdirSync(values.out, { recursive: true });

  let server: ChildProcess | undefined;
  let base = values['base-url'];
  if (!base) {
    const outDir = 'node_modules/.snapshots-dist';
    const env = { ...process.env, CG_PORT: values.port };
    console.error('snapshots: building the app…');
    await new Promise<void>((resolve, reject) => {
      const build = spawn(
        'npx',
        ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
        { cwd: ROOT, env, stdio: 'inherit' },
      );
      build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited ${code}`))));
    });
    server = spawn('npx', ['vite', 'preview', '--outDir', outDir], { cwd: ROOT, env, stdio: 'ignore' });
    base = `http://127.0.0.1:${values.port}`;
    await waitForServer(base, server);
  }

  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    for (const snapshot of list) {
      await page.goto(`${base}/${snapshot.query}`);
      await page.waitForFunction(() => performance.getEntriesByName('map-complete').length > 0, null, {
        timeout: 60_000,
      });
      await page.getByText('Share & download').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      const file = join(values.out, `${snapshot.id}.png`);
      await download.saveAs(file);
      console.log(file);
    }
  } finally {
    await browser.close();
    server?.kill();
  }
  console.error(`snapshots: ${list.length} images in ${values.out}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(`snapshots: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
