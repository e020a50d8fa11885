import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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
 * The map is the first view, but its code (MapLibre) is a lazy chunk: the built page names it in
 * `<link rel="modulepreload">`, so the browser fetches and compiles it beside the page's own code
 * instead of after it has run (docs/performance.md).
 */
function preloadMapCode(): Plugin {
  let base = '/';
  return {
    name: 'claimed-ground:preload-map-code',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const map = chunks.find((c) => c.facadeModuleId?.endsWith('/src/map/ProvinceMap.tsx'));
        const entries = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]));
        if (!map) return [];
        return [map.fileName, ...map.imports]
          .filter((file) => !entries.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadMapCode()],
  server: { port: PORT, strictPort: true, host: '127.0.0.1' },
  preview: {
    port: PORT,
    strictPort: true,
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  build: { target: 'es2022', sourcemap: true },
});
