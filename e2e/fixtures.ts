import { NO_WEBGL_ARGS } from '../scripts/chromium';
import { test as base, expect, type Page } from '@playwright/test';

/** The app's origin: every request must stay on it (no tile, font or analytics hosts). */
function isOwnOrigin(url: string, baseURL: string): boolean {
  return url.startsWith(baseURL) || url.startsWith('data:') || url.startsWith('blob:');
}

interface Watch {
  foreignRequests: string[];
  pageErrors: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const watch: Watch = { foreignRequests: [], pageErrors: [] };
      page.on('request', (request) => {
        if (!isOwnOrigin(request.url(), baseURL ?? '')) watch.foreignRequests.push(request.url());
      });
      page.on('pageerror', (error) => watch.pageErrors.push(error.message));
      await use(watch);
      expect(watch.foreignRequests, 'requests that left the page origin').toEqual([]);
      expect(watch.pageErrors, 'uncaught exceptions in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The tag of a test that needs the WebGL map: MapLibre's canvas, markers, camera or hand-over. Such
 * tests run in the "desktop" project; every other test runs in "desktop, no WebGL", where the SVG
 * map is the map and final at once, instead of waiting each time for MapLibre drawing in software
 * (playwright.config.ts).
 */
export const WEBGL = { tag: '@webgl' };

/** The same tests in a browser with WebGL turned off (scripts/chromium.ts, NO_WEBGL_ARGS). */
export const noWebgl = test.extend({
  launchOptions: [
    async ({ launchOptions }, use) =>
      use({ ...launchOptions, args: [...(launchOptions.args ?? []), ...NO_WEBGL_ARGS] }),
    { scope: 'worker' },
  ],
});

/** Opens the app at `query` and waits until the map is drawn whole (the `map-complete` mark). */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await waitForMapDrawn(page);
}

/**
 * Waits for `map-complete`: the provinces shaded (`map-ready`), then the neighbours, the border and
 * the names drawn too.
 */
export async function waitForMapDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map-complete').length > 0, null, {
    // Generous: the first page in a fresh browser compiles its WebGL shaders in software.
    timeout: 60_000,
  });
}

/** The Status cell of a province's row in the "Control claims by province" table. */
export function statusOf(page: Page, province: string) {
  return page
    .getByRole('table', { name: 'Control claims by province' })
    .getByRole('row', { name: new RegExp(`^${province}\\b`) })
    .getByRole('cell')
    .first();
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}
