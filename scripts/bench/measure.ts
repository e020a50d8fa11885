// What the benchmark does in the browser: open a page in a fresh context (empty cache), wait
// for `map-ready`, read the JS heap, and step the month slider through all 84 months.
//
// Functions passed to page.evaluate run in the page, so they may only use browser globals.

import type { Browser, BrowserContext, Page } from '@playwright/test';

export const VIEWPORT = { width: 1280, height: 800 };
const READY_TIMEOUT_MS = 90_000;

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

export async function openPage(browser: Browser): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  // tsx wraps named functions in a `__name(fn, name)` helper; page.evaluate sends those
  // functions' source to the page, so the page gets a helper that does nothing.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors, close: () => context.close() };
}

export interface Ready {
  /** ms from navigation start to the `map-ready` mark. */
  readyMs: number;
  /** Wall-clock time of the mark, ms since the epoch (to compare with the server's log). */
  readyAtEpoch: number;
}

/** The page set no `map-ready` mark in time (a run the benchmark may try once more). */
export class NotReadyError extends Error {}

/** Navigates and resolves when the page sets its `map-ready` mark. */
export async function loadUntilReady(page: Page, url: string, errors: readonly string[]): Promise<Ready> {
  await page.goto(url, { waitUntil: 'commit' });
  const readyMs = await markTime(page, 'map-ready', errors);
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  return { readyMs, readyAtEpoch: timeOrigin + readyMs };
}

/** ms from navigation to the page's `name` mark, once it is set (e.g. `map-complete`, after `map-ready`). */
export async function markTime(page: Page, name: string, errors: readonly string[]): Promise<number> {
  const mark = await page
    .waitForFunction((markName) => performance.getEntriesByName(markName)[0]?.startTime ?? null, name, {
      timeout: READY_TIMEOUT_MS,
      polling: 100,
    })
    .catch((error: unknown) => {
      throw new NotReadyError(
        `${page.url()}: no ${name} mark${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}: ${String(error)}`,
      );
    });
  return (await mark.jsonValue()) as number;
}

/** Waits until the page has been idle for a while: lazy chunks loaded, charts drawn (also used by e2e/). */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(500);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let quiet = 0;
        const started = performance.now();
        const tick = (deadline: IdleDeadline) => {
          quiet = deadline.timeRemaining() >= 40 ? quiet + 1 : 0;
          if (quiet >= 5 || performance.now() - started > 15_000) resolve();
          else requestIdleCallback(tick, { timeout: 1000 });
        };
        requestIdleCallback(tick, { timeout: 1000 });
      }),
  );
}

/** Used JS heap of the page's main thread after a full garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

export interface StepSamples {
  /** Duration of each step's `status-update` measure, ms. */
  statusUpdate: number[];
  /** From setting the slider to the end of the next rendered frame, ms (empty for a quick pass). */
  frame: number[];
  /** The month the slider showed after each step (a check that all 84 were visited). */
  months: string[];
}

/**
 * Moves the month slider to each of its positions in turn (0, 1, … 83, starting from the last
 * month), as a reader's input would: set the range's value and fire `input`. For each step it
 * records the `status-update` measure and the time until the next frame has been rendered: a
 * requestAnimationFrame callback, then a message, which runs after that frame's rendering work
 * (React's commit, the map's repaint) is done. Between steps the page gets `gapMs` to settle, and
 * each step starts from a timer, as input does, not in the middle of producing a frame.
 *
 * A quick pass (`gapMs` null) waits for no frame: each step only lets React commit before the
 * next, as fast dragging does. It records `status-update` alone.
 */
export async function stepThroughMonths(page: Page, gapMs: number | null): Promise<StepSamples> {
  return page.evaluate(async (gap) => {
    const input = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="Month"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    if (!input || !setValue) throw new Error('no Month slider on the page');
    const afterNextFrame = () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }),
      );
    const samples = { statusUpdate: [] as number[], frame: [] as number[], months: [] as string[] };
    const steps = Number(input.max) - Number(input.min) + 1;
    for (let i = 0; i < steps; i += 1) {
      const before = performance.getEntriesByName('status-update').length;
      const start = performance.now();
      setValue.call(input, String(Number(input.min) + i));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      if (gap === null) {
        await new Promise((resolve) => setTimeout(resolve, 0));
      } else {
        await afterNextFrame();
        samples.frame.push(performance.now() - start);
      }
      const measures = performance.getEntriesByName('status-update');
      if (measures.length !== before + 1) {
        throw new Error(`step ${i}: expected one status-update measure, got ${measures.length - before}`);
      }
      samples.statusUpdate.push((measures[measures.length - 1] as PerformanceEntry).duration);
      samples.months.push(input.getAttribute('aria-valuetext') ?? input.value);
      if (gap !== null) await new Promise((resolve) => setTimeout(resolve, gap));
    }
    return samples;
  }, gapMs);
}

/** The size of the app's map (inside its frame's border), so the reference map can be drawn at the same size. */
export async function mapSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const frame = document.querySelector('.map-frame');
    if (!frame) throw new Error('no map frame');
    return { width: frame.clientWidth, height: frame.clientHeight };
  });
}
