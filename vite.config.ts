import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { deskPlugins } from './scripts/desk-endpoint.ts';
import { DATA_FILES, FIRST_PAINT_ELEMENT_ID } from './src/data/files.ts';

/** The face of the map's labels (src/app/fonts.css, LABEL_FONT in src/map/map-style.ts). */
const LABEL_FONT_FILE = 'noto-sans-latin-600-normal.woff2';

// One port for dev, preview and Playwright, so links and tests agree. CG_PORT moves all
// three together, so two checkouts (or two test runs) can work side by side.
export const PORT = Number(process.env.CG_PORT ?? 5180);

/**
 * The Content Security Policy the built app works under (README, "Deployment"), as narrow as it
 * can be: everything from the app's own origin, no inline script or style, no eval; MapLibre's
 * controls draw their icons from data: URLs; its worker is a file of ours (setWorkerUrl), so it
 * needs no blob: URL; any site may embed the map. `vite preview` sends it, so the e2e tests run
 * under it (e2e/csp.spec.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  'frame-ancestors *',
].join('; ');

/**
 * What the first view needs, named in `<link>` tags so the browser fetches it all at once, beside
 * the page's own code, instead of each file only once the code that asks for it has run
 * (docs/performance.md):
 * - the app (src/app/boot.tsx) and the map's code (MapLibre): lazy chunks, fetched with `preload`
 *   (as script), not `modulepreload`: a module preload is also compiled as it arrives, on the page's
 *   one thread, and compiling the app's megabyte and a half held the early script back by about
 *   100 ms; a plain preload only fetches, and the app's `import()` compiles it after the first paint
 *   (docs/performance.md);
 * - the data files (src/data/files.ts): `preload` as fetch, which `fetch()` then reuses;
 * - the face the map's labels are drawn in, which MapLibre only asks for once it lays them out.
 */
function preloadFirstView(): Plugin {
  let base = '/';
  return {
    name: 'claimed-ground:preload-first-view',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk, path }) {
        // The dashboard's page only: the claims desk (desk.html) loads none of this.
        if (path !== '/index.html') return [];
        const files = Object.values(bundle ?? {});
        const chunks = files.flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const lazy = (path: string) => {
          const found = chunks.find((c) => c.facadeModuleId?.endsWith(path));
          if (!found) throw new Error(`preload-first-view: no chunk for ${path}`);
          return [found.fileName, ...found.imports];
        };
        // Everything the page's entry imports, directly or not, is named by Vite already.
        const entries = new Set<string>();
        const visit = (file: string) => {
          if (entries.has(file)) return;
          entries.add(file);
          for (const next of chunks.find((c) => c.fileName === file)?.imports ?? []) visit(next);
        };
        if (chunk) visit(chunk.fileName);
        const labelFont = files.find(
          (f) => f.type === 'asset' && f.originalFileNames.some((n) => n.endsWith(LABEL_FONT_FILE)),
        );
        if (!labelFont) throw new Error(`preload-first-view: ${LABEL_FONT_FILE} is not in the build`);
        const link = (attrs: Record<string, string | boolean>) => ({
          tag: 'link',
          attrs: { crossorigin: true, ...attrs },
          injectTo: 'head' as const,
        });
        return [
          // The app (which the entry loads once the early script has run) and the map's code.
          ...[...new Set([...lazy('/src/app/boot.tsx'), ...lazy('/src/map/ProvinceMap.tsx')])]
            .filter((file) => !entries.has(file))
            .map((file) => link({ rel: 'preload', as: 'script', href: `${base}${file}` })),
          // The first paint's data are in the page itself (inlineFirstPaint): not fetched again.
          ...Object.values(DATA_FILES)
            .filter((f) => f !== DATA_FILES.firstPaint)
            .map((file) => link({ rel: 'preload', as: 'fetch', href: `${base}data/${file}` })),
          link({ rel: 'preload', as: 'font', type: 'font/woff2', href: `${base}${labelFont.fileName}` }),
        ];
      },
    },
  };
}

/**
 * The first paint's data (public/data/first-paint.json, written by `npm run data`) inside the page,
 * as a JSON data block: the early script draws the map from it with no request of its own, which
 * queued behind the app's files on a browser's few connections to one host. A data block is not a
 * script: the CSP's `script-src 'self'` neither applies to it nor needs loosening. Where the file is
 * missing the page has no block, and the early script fetches the file instead.
 */
function inlineFirstPaint(): Plugin {
  return {
    name: 'claimed-ground:inline-first-paint',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { path }) {
        if (path !== '/index.html') return [];
        const file = join(import.meta.dirname, 'public', 'data', DATA_FILES.firstPaint);
        if (!existsSync(file)) return [];
        // `<` escaped, so no text in the data can close the element.
        const json = JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))).replace(/</g, '\\u003c');
        return [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: FIRST_PAINT_ELEMENT_ID },
            children: json,
            injectTo: 'body-prepend',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadFirstView(), inlineFirstPaint(), deskPlugins()],
  server: { port: PORT, strictPort: true, host: '127.0.0.1' },
  preview: {
    port: PORT,
    strictPort: true,
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  build: {
    target: 'es2022',
    // Every browser the app supports knows modulepreload: no polyfill chunk on the way to first paint.
    modulePreload: { polyfill: false },
    sourcemap: true,
    // The claims desk (desk.html, src/desk/) is a page of its own: nothing of it loads with the
    // dashboard. (Vite 8 names rollupOptions rolldownOptions.)
    rolldownOptions: {
      output: {
        // The early script (src/first-paint/) and what it imports in one chunk: the page asks for two
        // files before its first paint instead of eleven, on a browser's six connections to the host
        // that the app's files and data are queued on too.
        codeSplitting: {
          groups: [{ name: 'first-paint', test: /[\\/]src[\\/]first-paint[\\/]|preload-helper/ }],
        },
      },
      input: {
        main: join(import.meta.dirname, 'index.html'),
        desk: join(import.meta.dirname, 'desk.html'),
      },
    },
  },
});
