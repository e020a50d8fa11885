import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { openApp, WEBGL } from './fixtures';

// A newsroom page on another origin. Its own requests (the page, pym.js) are served here;
// everything inside the iframe must come from the app's origin. The host is another loopback
// address, so the browser's private-network rules treat both as local.
const HOST = 'http://127.0.0.2:8099';
const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');

async function snippetFromDialog(page: Page, query: string): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, query);
  await page.getByText('Share & download').click();
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Snippet copied.');
  const snippet = await dialog.getByLabel('Embed code').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await page.screenshot({ path: 'test-results/screens/embed-dialog.png' });
  return snippet;
}

async function serveHost(page: Page, body: string, appOrigin: string) {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(HOST) && !url.startsWith(appOrigin) && !/^(data|blob):/.test(url)) foreign.push(url);
  });
  await page.route(`${HOST}/**`, (route) => {
    const url = route.request().url();
    if (url.endsWith('/pym.v1.min.js')) return route.fulfill({ body: PYM, contentType: 'text/javascript' });
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><meta name="viewport" content="width=device-width"><title>Newsroom article</title>
        <style>body{margin:0;font-family:serif}p{margin:1rem}</style></head>
        <body><p>An article about the war. The map below is embedded.</p>${body}<p>More article text.</p></body></html>`,
    });
  });
  return foreign;
}

/** Waits for the iframe to settle at its content's height; returns both and the inner scroll sizes. */
async function settledSizes(page: Page) {
  const frameElement = page.locator('iframe').first();
  const frame = page.frameLocator('iframe').first();
  await expect(
    frame.getByRole('heading', { name: 'What the claims say about who holds each Afghan province' }),
  ).toBeVisible({
    timeout: 60_000,
  });
  await frame.locator('.maplibregl-canvas').waitFor();
  let previous = -1;
  await expect
    .poll(
      async () => {
        const height = (await frameElement.boundingBox())?.height ?? 0;
        const stable = height === previous;
        previous = height;
        return stable;
      },
      { timeout: 30_000, intervals: [500] },
    )
    .toBe(true);
  const outer = (await frameElement.boundingBox())!;
  const inner = await frame.locator('html').evaluate((html) => ({
    content: Math.ceil(html.getBoundingClientRect().height),
    scrollHeight: html.scrollHeight,
    clientHeight: html.clientHeight,
    scrollWidth: html.scrollWidth,
    clientWidth: html.clientWidth,
  }));
  return { outer, inner };
}

for (const width of [320, 768, 1200]) {
  test(
    `the embed snippet sizes the iframe to its content at ${width} px`,
    WEBGL,
    async ({ page, baseURL }) => {
      const snippet = await snippetFromDialog(page, '?month=2018-08&province=ghazni');
      expect(snippet).toContain('embed=1');
      expect(snippet).toContain('month=2018-08');
      expect(snippet).toContain('loading="lazy"');
      expect(snippet).toMatch(/title="Claimed Ground: [^"]+"/);
      expect(snippet).toContain('/embed.js');

      await page.setViewportSize({ width, height: 900 });
      const foreign = await serveHost(page, snippet, new URL(baseURL!).origin);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${HOST}/article.html`);
      const { outer, inner } = await settledSizes(page);
      expect(Math.abs(outer.height - inner.content)).toBeLessThanOrEqual(3);
      expect(inner.scrollHeight).toBeLessThanOrEqual(inner.clientHeight + 1);
      expect(inner.scrollWidth).toBeLessThanOrEqual(inner.clientWidth);
      expect(outer.width).toBeLessThanOrEqual(width);
      const frame = page.frameLocator('iframe').first();
      await expect(frame.getByRole('link', { name: /Open the full map/ })).toHaveAttribute(
        'href',
        /province=ghazni/,
      );
      await expect(frame.getByRole('link', { name: /Open the full map/ })).not.toHaveAttribute(
        'href',
        /embed=1/,
      );
      await page.screenshot({ path: `test-results/screens/embed-${width}.png`, fullPage: true });
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
}

test(
  'a newsroom page that already loads pym.js resizes the map without our script',
  WEBGL,
  async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 600, height: 900 });
    const foreign = await serveHost(
      page,
      `<div id="claimed-ground"></div><script src="${HOST}/pym.v1.min.js"></script>
     <script>new pym.Parent('claimed-ground', '${baseURL}/?embed=1&month=2021-08', {});</script>`,
      new URL(baseURL!).origin,
    );
    await page.goto(`${HOST}/pym.html`);
    const { outer, inner } = await settledSizes(page);
    expect(Math.abs(outer.height - inner.content)).toBeLessThanOrEqual(3);
    expect(inner.scrollHeight).toBeLessThanOrEqual(inner.clientHeight + 1);
    expect(foreign).toEqual([]);
  },
);

test(
  'the host script ignores messages from other frames and malformed messages',
  WEBGL,
  async ({ page, baseURL }) => {
    const snippet = await snippetFromDialog(page, '?month=2021-08');
    await page.setViewportSize({ width: 800, height: 900 });
    await serveHost(
      page,
      `${snippet}<iframe id="other" srcdoc="<script>parent.postMessage({type:'claimed-ground:resize',version:1,height:42},'*')</script>"></iframe>`,
      new URL(baseURL!).origin,
    );
    await page.goto(`${HOST}/article.html`);
    const { outer } = await settledSizes(page);
    // From the host window itself, and malformed ones: none may change the frame.
    await page.evaluate(() => {
      for (const data of [
        { type: 'claimed-ground:resize', version: 1, height: 7 },
        { type: 'claimed-ground:resize', version: 2, height: 300 },
        { type: 'claimed-ground:resize', version: 1, height: -5 },
        { type: 'claimed-ground:resize', version: 1, height: '300' },
        'pymxPYMxidxPYMxheightxPYMx12',
        null,
      ]) {
        window.postMessage(data, '*');
      }
    });
    await page.waitForTimeout(500);
    expect((await page.locator('iframe').first().boundingBox())!.height).toBe(outer.height);
    const other = await page.locator('#other').boundingBox();
    expect(other!.height).not.toBe(42);
  },
);

test.describe('an embed with a province chosen', () => {
  test('quotes the words of the claims its reading rests on, with a link to all', async ({ page }) => {
    await openApp(page, '?embed=1&province=ghazni&month=2018-08');
    const province = page.getByRole('region', { name: 'Ghazni' });
    await expect(province).toBeVisible();
    await expect(province.getByText(/^End of August 2018: Disputed/)).toBeVisible();
    // The Taliban's spokesman is heard in his own words.
    const quotes = province.locator('blockquote');
    expect(await quotes.count()).toBeGreaterThan(1);
    await expect(province.getByText(/Mujahid, Taliban spokesman/)).toBeVisible();
    const link = province.getByRole('link', { name: /^All \d+ claims about Ghazni/ });
    await expect(link).toHaveAttribute('href', /province=ghazni/);
    await expect(link).not.toHaveAttribute('href', /embed=1/);
  });
});

test.describe('embed colours', () => {
  // The page's background, as the browser computed it (a minified stylesheet may write #fff).
  const paper = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const DARK = 'rgb(17, 24, 39)';
  const WHITE = 'rgb(255, 255, 255)';

  test('theme=dark turns the page dark from the first paint, the map keeps its light plate', async ({
    page,
  }) => {
    await page.goto('/?embed=1&month=2021-08&theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('[data-province]').first()).toBeAttached();
    expect(await paper(page)).toBe(DARK);
    await page.waitForFunction(() => performance.getEntriesByName('map-complete').length > 0);
    // On the map's plate the ink stays dark, as on paper.
    expect(await page.locator('.maps').evaluate((el) => getComputedStyle(el).color)).toBe(DARK);
    expect(await page.locator('.embed-header').evaluate((el) => getComputedStyle(el).color)).not.toBe(DARK);
  });

  test('theme=auto follows the reader’s system; dark=auto (as Datawrapper writes it) too', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page, '?embed=1&theme=auto');
    expect(await paper(page)).toBe(DARK);
    await page.goto('/?embed=1&dark=auto');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
    expect(await paper(page)).toBe(DARK);
    // The system's change reaches the page as a media query event, by its next frame.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => paper(page)).toBe(WHITE);
  });

  test('the embed dialog writes the chosen colours into the code', async ({ page }) => {
    await openApp(page, '?month=2018-08');
    await page.getByText('Share & download').click();
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    await expect(dialog.getByLabel('Embed code')).toHaveValue(/theme=dark/);
    await dialog.getByRole('radio', { name: 'Light' }).check();
    await expect(dialog.getByLabel('Embed code')).not.toHaveValue(/theme=/);
  });
});
