// What the early script hands the app: the first-paint data (fetched once, for both), and the SVG
// maps it drew, which the app adopts instead of drawing them again.

import { DATA_FILES, FIRST_PAINT_ELEMENT_ID } from '../data/files';
import type { FirstPaintData } from './format';
import type { SvgMapHandle } from './svg-map';

let data: Promise<FirstPaintData> | null = null;

function isFirstPaintData(value: unknown): value is FirstPaintData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<FirstPaintData>;
  return Array.isArray(v.provinces) && Array.isArray(v.events) && typeof v.readings === 'object';
}

/** The first-paint data the page carries in a data block, or null (none, or damaged). */
function inlineData(): FirstPaintData | null {
  const text = document.getElementById(FIRST_PAINT_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const json: unknown = JSON.parse(text);
    return isFirstPaintData(json) ? json : null;
  } catch {
    return null;
  }
}

/** The first-paint data: from the page, else fetched; once for the early script and the app alike. */
export function loadFirstPaint(): Promise<FirstPaintData> {
  const inline = data ? null : inlineData();
  if (inline) data = Promise.resolve(inline);
  data ??= fetch(`${import.meta.env.BASE_URL}data/${DATA_FILES.firstPaint}`)
    .then((response) => {
      if (!response.ok) throw new Error(`The map's outline could not be loaded (HTTP ${response.status}).`);
      return response.json() as Promise<unknown>;
    })
    .then((json) => {
      if (!isFirstPaintData(json)) throw new Error('The map’s outline is not in the expected format.');
      return json;
    });
  // A failure is not kept: the next call (a Retry) fetches again.
  data.catch(() => (data = null));
  return data;
}

const drawn = new Map<string, SvgMapHandle>();

export function registerEarlyMap(id: string, handle: SvgMapHandle): void {
  drawn.set(id, handle);
}

/** The SVG map the early script drew for frame `id`, once: the app takes it over. */
export function adoptEarlyMap(id: string): SvgMapHandle | null {
  const handle = drawn.get(id) ?? null;
  drawn.delete(id);
  return handle;
}

/** Marks a User Timing mark once per page, whichever renderer gets there first. */
export function markOnce(name: 'map-ready' | 'map-complete'): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
