import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError, fetchJson, MAX_FILE_BYTES } from './fetch-json';

afterEach(() => vi.unstubAllGlobals());

function serve(respond: () => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(respond));
}

describe('fetchJson', () => {
  it('returns the parsed body', async () => {
    serve(async () => new Response('{"a":1}'));
    await expect(fetchJson('/x', 'test data')).resolves.toEqual({ a: 1 });
  });

  // Each way a request can fail, and the sentence the reader gets.
  it.each<[string, () => Promise<Response>, RegExp]>([
    ['a 404', async () => new Response('nope', { status: 404 }), /could not be downloaded \(HTTP 404\)/],
    ['a network error', async () => Promise.reject(new TypeError('Failed to fetch')), /\(network error\)/],
    ['an empty body', async () => new Response(' \n'), /file is empty/],
    ['an HTML page', async () => new Response('<!doctype html><p>Not found'), /is a web page, not data/],
    [
      'truncated JSON',
      async () => new Response('{"type":"FeatureCollection","features":['),
      /not valid JSON/,
    ],
    [
      'a declared size over the limit',
      async () => new Response('{}', { headers: { 'content-length': String(20 * 1024 * 1024) } }),
      /too large \(20\.0 MB; at most 10 MB/,
    ],
    [
      'a body over the limit without a declared size',
      async () => new Response(`[${' '.repeat(MAX_FILE_BYTES)}]`),
      /too large \(10\.0 MB/,
    ],
    [
      'a body that breaks off',
      async () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"a":'));
              controller.error(new TypeError('network changed'));
            },
          }),
        ),
      /network error: the connection broke off/,
    ],
  ])('says what is wrong with %s', async (_name, respond, message) => {
    serve(respond);
    const result = fetchJson('/x', 'test data');
    await expect(result).rejects.toThrow(DatasetError);
    await expect(fetchJson('/x', 'test data')).rejects.toThrow(message);
  });

  it('passes an abort through untouched, for react-query to cancel quietly', async () => {
    const controller = new AbortController();
    controller.abort();
    serve(async () => Promise.reject(new DOMException('aborted', 'AbortError')));
    await expect(fetchJson('/x', 'test data', controller.signal)).rejects.toThrow('aborted');
  });
});
