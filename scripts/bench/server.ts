// A static file server for the benchmark: no compression and no caching, so every page load
// fetches every file, and a log of what was requested when (the page's own worker included),
// which is how the benchmark knows which files a page needed before `map-ready`.

import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface Served {
  /** URL path, without the query. */
  path: string;
  /** The file it was answered with. */
  file: string;
  /** Wall-clock time the request arrived, in ms since the epoch (comparable with the page's). */
  at: number;
}

export interface StaticServer {
  origin: string;
  /** Every request answered with a file, oldest first; empty it between page loads. */
  log: Served[];
  close(): Promise<void>;
}

function fileFor(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    const stat = statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory()) return fileFor(root, join(path, 'index.html'));
  } catch {
    return null;
  }
  return null;
}

export function startServer(root: string, port: number): Promise<StaticServer> {
  const log: Served[] = [];
  const server = createServer((request, response) => {
    const at = performance.timeOrigin + performance.now();
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = fileFor(normalize(root), path);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    log.push({ path, file, at });
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-cache',
      // Cross-origin isolation gives the page 5 µs timers instead of 100 µs (everything is same-origin).
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} is in use; choose another with CG_BENCH_PORT`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        log,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
