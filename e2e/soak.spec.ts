// A long session: the slider plays through all 84 months 30 times while the lens, the province
// and the comparison change. Afterwards the JS heap (after garbage collection) has grown by less
// than 10 %, and nothing MapLibre or the page keeps has piled up: maps, layers, sources, images,
// map event listeners, DOM listeners, markers, canvases and WebGL contexts.

import type { CDPSession, Page } from '@playwright/test';
import { expect, openApp, test as base, WEBGL } from './fixtures';

// V8's optimising compilers keep adding optimised code for many minutes of play: tiering up,
// not anything the page keeps, yet by itself over 10 % of this heap (about 2 MB in 30 laps). With
// them off the heap holds what the session retains, so its growth means what it says.
const JS_FLAGS = '--no-opt --no-maglev';
const test = base.extend({
  launchOptions: [
    async ({ launchOptions }, use) =>
      use({ ...launchOptions, args: [...(launchOptions.args ?? []), `--js-flags=${JS_FLAGS}`] }),
    { scope: 'worker' },
  ],
});

const LAPS = 30;
const MONTHS = Array.from(
  { length: 84 },
  (_, i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);
const LENSES = ['all', 'taliban', 'afghan_government', 'us_forces', 'residents', 'media'];
const PROVINCES = ['ghazni', 'kunduz', 'badghis', 'kandahar', 'helmand', 'farah', 'balkh', 'herat'];
const BASE = '?month=2018-08';
const FRAME_EVERY = 4;

/**
 * The prototype of MapLibre's Map, reached from the map's container element through React's own
 * bookkeeping (react-map-gl keeps the instance in a hook): the page exposes nothing for tests.
 */
const FIND_MAP_PROTOTYPE = `(() => {
  const el = document.querySelector('.maplibregl-map');
  const key = el && Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
  const asMap = (v) => {
    try {
      if (v && typeof v.getLayersOrder === 'function') return v;
      if (v && typeof v.getMap === 'function') return v.getMap();
      if (v && v.map && typeof v.map.getLayersOrder === 'function') return v.map;
    } catch {}
    return null;
  };
  for (let fiber = key && el[key], depth = 0; fiber && depth < 20; fiber = fiber.return, depth += 1) {
    for (let hook = fiber.memoizedState; hook && typeof hook === 'object' && 'next' in hook; hook = hook.next) {
      const map = asMap(hook.memoizedState) ?? asMap(hook.memoizedState && hook.memoizedState.current);
      if (map) return Object.getPrototypeOf(map);
    }
  }
  return null;
})()`;

interface Census {
  heapUsed: number;
  /** Per live MapLibre map (garbage collected first): its layers, sources, images and event listeners. */
  maps: Array<{ layers: number; sources: number; images: number; listeners: number }>;
  dom: { maps: number; canvases: number; markers: number; elements: number };
  domListeners: { window: number; document: number };
  /** The renderer's own counts: documents, DOM nodes (attached or not) and JS event listeners. */
  counters: { documents: number; nodes: number; jsEventListeners: number };
  heapObjects: { canvases: number; webgl: number };
}

async function countInstances(cdp: CDPSession, prototype: string, group: string): Promise<string> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: prototype, objectGroup: group });
  if (!result.objectId) throw new Error(`no prototype from ${prototype.slice(0, 60)}`);
  const { objects } = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: result.objectId,
    objectGroup: group,
  });
  return objects.objectId!;
}

async function census(page: Page, cdp: CDPSession): Promise<Census> {
  // Back to the same view, settled, and collected, so the two counts compare like with like.
  await page.evaluate((query) => {
    history.replaceState(null, '', query);
    dispatchEvent(new PopStateEvent('popstate'));
  }, BASE);
  await page.waitForTimeout(1500);
  const group = 'soak-census';
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');

  const maps = await countInstances(cdp, FIND_MAP_PROTOTYPE, group);
  const { result: mapCounts } = await cdp.send('Runtime.callFunctionOn', {
    objectId: maps,
    returnByValue: true,
    functionDeclaration: `function () {
      const total = (lists) => Object.values(lists ?? {}).reduce((n, list) => n + list.length, 0);
      return this.map((map) => ({
        layers: map.getLayersOrder().length,
        sources: Object.keys(map.getStyle ? map.style.tileManagers ?? map.style.sourceCaches ?? {} : {}).length,
        images: map.listImages().length,
        listeners: total(map._listeners) + total(map._oneTimeListeners),
      }));
    }`,
  });
  const length = async (objectId: string) =>
    (
      await cdp.send('Runtime.callFunctionOn', {
        objectId,
        returnByValue: true,
        functionDeclaration: 'function () { return this.length; }',
      })
    ).result.value as number;
  const heapObjects = {
    canvases: await length(await countInstances(cdp, 'HTMLCanvasElement.prototype', group)),
    webgl: await length(await countInstances(cdp, 'WebGL2RenderingContext.prototype', group)),
  };

  const listenersOn = async (expression: string, depth?: number) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: group });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId!,
      ...(depth ? { depth, pierce: true } : {}),
    });
    // Playwright's own probes come and go; they are not the page's.
    return listeners.filter((l) => !l.type.startsWith('__playwright')).length;
  };
  const domListeners = { window: await listenersOn('window'), document: await listenersOn('document', -1) };
  const dom = await page.evaluate(() => ({
    maps: document.querySelectorAll('.maplibregl-map').length,
    canvases: document.querySelectorAll('canvas').length,
    markers: document.querySelectorAll('.maplibregl-marker').length,
    elements: document.getElementsByTagName('*').length,
  }));
  const counters = await cdp.send('Memory.getDOMCounters');
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group });
  return {
    heapUsed: usedSize,
    maps: mapCounts.value as Census['maps'],
    dom,
    domListeners,
    heapObjects,
    counters: {
      documents: counters.documents,
      nodes: counters.nodes,
      jsEventListeners: counters.jsEventListeners,
    },
  };
}

/**
 * One play through all 84 months, in the page, written to the URL as the slider's own writes are;
 * the lens changes halfway, a province is chosen for a while, and every tenth lap compares.
 */
async function playLap(page: Page, lap: number): Promise<void> {
  const lens = LENSES[lap % LENSES.length]!;
  const nextLens = LENSES[(lap + 1) % LENSES.length]!;
  const province = PROVINCES[lap % PROVINCES.length]!;
  // Every tenth lap shows a second map side by side, then takes it away again.
  const compare = lap % 10 === 9 ? (lens === 'taliban' ? 'afghan_government' : 'taliban') : null;
  await page.evaluate(
    async ({ months, lens, nextLens, province, compare, FRAME_EVERY }) => {
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      // React renders a popstate's URL in a microtask and sets the map's feature-state as it commits.
      const rendered = () => new Promise<void>((resolve) => queueMicrotask(resolve));
      for (const [i, month] of months.entries()) {
        const params = new URLSearchParams({ month, lens: i < 42 ? lens : nextLens });
        if (i >= 20 && i < 60) params.set('province', province);
        if (compare && i < 70) params.set('compare', compare);
        history.replaceState(null, '', `?${params}`);
        dispatchEvent(new PopStateEvent('popstate'));
        // Every month is rendered and set on the map; every few months the map also draws a frame
        // (drawing every one would make the soak take several minutes).
        await (i % FRAME_EVERY === 0 ? frame() : rendered());
      }
    },
    { months: MONTHS, lens, nextLens, province, compare, FRAME_EVERY },
  );
}

test('a long session leaks neither memory nor map layers and listeners', WEBGL, async ({ page }) => {
  // Its laps now also draw the strip and the ledger, and side by side a second strip and the panel's
  // two columns: it measures leaks, not speed, so a busy machine gets room.
  test.setTimeout(360_000);
  // A smaller window draws fewer pixels per frame: the same work for the page, in less time.
  await page.setViewportSize({ width: 1024, height: 640 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, BASE);
  const cdp = await page.context().newCDPSession(page);
  const slider = page.getByRole('slider', { name: 'Month' });

  // Warm up every path once (the real slider from the keyboard, a lens, a province, a second
  // map), so caches and compiled code are in place before the first count.
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 12; i += 1) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', 'January 2016');
  await page.keyboard.press('End');
  for (const lap of [0, 9]) await playLap(page, lap);
  const before = await census(page, cdp);
  expect(before.maps).toHaveLength(1);
  expect(before.dom.maps).toBe(1);

  const started = Date.now();
  const updatesBefore = await page.evaluate(() => performance.getEntriesByName('status-update').length);
  for (let lap = 0; lap < LAPS; lap += 1) await playLap(page, lap);
  const updates =
    (await page.evaluate(() => performance.getEntriesByName('status-update').length)) - updatesBefore;
  const seconds = (Date.now() - started) / 1000;
  await expect(slider).toHaveAttribute('aria-valuetext', 'December 2021');
  // Every month of every lap recomputed the statuses (two maps' worth on comparison laps).
  expect(updates).toBeGreaterThanOrEqual(LAPS * MONTHS.length);

  const after = await census(page, cdp);
  const growth = (after.heapUsed - before.heapUsed) / before.heapUsed;
  console.log(
    `soak: ${LAPS} laps × ${MONTHS.length} months in ${seconds.toFixed(1)} s, ${updates} status updates; ` +
      `heap ${(before.heapUsed / 1e6).toFixed(2)} → ${(after.heapUsed / 1e6).toFixed(2)} MB ` +
      `(${(growth * 100).toFixed(1)} %)\nbefore ${JSON.stringify({ ...before, heapUsed: undefined })}\n` +
      `after  ${JSON.stringify({ ...after, heapUsed: undefined })}`,
  );
  expect(growth).toBeLessThan(0.1);
  expect(after.maps).toEqual(before.maps);
  expect(after.dom).toEqual(before.dom);
  expect(after.domListeners).toEqual(before.domListeners);
  expect(after.heapObjects).toEqual(before.heapObjects);
  expect(after.counters).toEqual(before.counters);
});
