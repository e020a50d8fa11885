// One fetcher for every dataset: it turns each way a request can fail into a sentence a
// reader can act on, and never lets a raw exception reach the page.

export class DatasetError extends Error {
  constructor(
    readonly dataset: string,
    message: string,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

/**
 * The largest data file the page will read. The real files are tens of kilobytes; one hundreds of
 * times that is the wrong file, and parsing it could freeze a phone.
 */
export const MAX_FILE_BYTES =
  // Only the benchmark's build (`npm run bench`) reads generated datasets of 100,000 claims (~40 MB).
  (import.meta.env?.VITE_CG_BENCH === '1' ? 64 : 10) * 1024 * 1024;

function tooLarge(dataset: string, bytes: number): DatasetError {
  const size = (bytes / 1024 / 1024).toFixed(1);
  return new DatasetError(
    dataset,
    `The ${dataset} file is too large (${size} MB; at most ${MAX_FILE_BYTES / 1024 / 1024} MB is expected).`,
  );
}

export async function fetchJson(url: string, dataset: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError(dataset, `The ${dataset} could not be downloaded (network error).`);
  }
  if (!response.ok) {
    throw new DatasetError(dataset, `The ${dataset} could not be downloaded (HTTP ${response.status}).`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_FILE_BYTES) {
    void response.body?.cancel();
    throw tooLarge(dataset, declared);
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError(
      dataset,
      `The ${dataset} could not be downloaded (network error: the connection broke off).`,
    );
  }
  if (body.length > MAX_FILE_BYTES) throw tooLarge(dataset, body.length);
  if (body.trim() === '') throw new DatasetError(dataset, `The ${dataset} file is empty.`);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    const looksHtml = /^\s*</.test(body);
    throw new DatasetError(
      dataset,
      looksHtml
        ? `The ${dataset} file is a web page, not data (is the file missing on the server?).`
        : `The ${dataset} file is not valid JSON (it may be cut off or damaged).`,
    );
  }
}

export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}
