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
  const body = await response.text();
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
