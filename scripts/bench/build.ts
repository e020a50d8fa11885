// The two builds the benchmark serves: the app as readers get it (plus the benchmark's dataset
// switch, VITE_CG_BENCH=1), and the reference pages (scripts/bench/reference/): MapLibre alone
// with a flat colour (bare) or with the app's map style (styled), and MapLibre + React (floor).

import { join } from 'node:path';
import { build } from 'vite';

export const ROOT = join(import.meta.dirname, '..', '..');
const REFERENCE = join(import.meta.dirname, 'reference');

const PAGES = ['bare', 'styled', 'floor'];

/** The reference pages are served under this path, beside the app. */
export const REFERENCE_BASE = '/__reference/';

export async function buildApp(outDir: string): Promise<void> {
  const previous = process.env.VITE_CG_BENCH;
  process.env.VITE_CG_BENCH = '1';
  try {
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      root: ROOT,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.VITE_CG_BENCH;
    else process.env.VITE_CG_BENCH = previous;
  }
}

export async function buildReference(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: REFERENCE,
    base: REFERENCE_BASE,
    mode: 'production',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      // The app's target, so both are minified and transpiled alike.
      target: 'es2022',
      rolldownOptions: {
        input: Object.fromEntries(PAGES.map((page) => [page, join(REFERENCE, page, 'index.html')])),
      },
    },
  });
}
