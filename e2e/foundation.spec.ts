import { expect, openApp, shot, test, WEBGL } from './fixtures';

test(
  'the map of Afghanistan becomes ready with all 34 provinces drawn and named',
  WEBGL,
  async ({ page }) => {
    await openApp(page);
    const map = page.locator('.maplibregl-map').first();
    await expect(map).toHaveAttribute('data-provinces-drawn', '34');
    await expect(
      page.getByRole('table', { name: 'Control claims by province' }).getByRole('row'),
    ).toHaveCount(35);
    await expect(page.getByText('Boundaries: Natural Earth (public domain)').first()).toBeVisible();
    // Drawn in two steps: the shaded provinces first, then the neighbours, the border and the names.
    const { readyAt, completeAt } = await page.evaluate(() => {
      const at = (mark: string) => performance.getEntriesByName(mark)[0]?.startTime ?? -1;
      return { readyAt: at('map-ready'), completeAt: at('map-complete') };
    });
    expect(readyAt).toBeGreaterThan(0);
    expect(completeAt).toBeGreaterThanOrEqual(readyAt);
    await shot(page, 'desktop-default');
  },
);

test('the page works at phone width, and never scrolls sideways while it loads', WEBGL, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  // Checked at every frame, not once: parts that mount late (the charts) could be wider than the
  // screen for a frame or two before they fit, and a reader sees the page jump sideways.
  await page.addInitScript(() => {
    const record = window as unknown as { widestOverflow: number };
    record.widestOverflow = 0;
    const check = () => {
      const overflow = document.documentElement.scrollWidth - window.innerWidth;
      record.widestOverflow = Math.max(record.widestOverflow, overflow);
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await openApp(page, '?month=2018-08&province=ghazni');
  await expect(page.locator('.charts .ledger')).toHaveCount(1);
  await expect(page.locator('.charts .strip')).toHaveCount(1);
  await shot(page, 'phone-ghazni-2018');
  const widestOverflow = await page.evaluate(
    () => (window as unknown as { widestOverflow: number }).widestOverflow,
  );
  expect(widestOverflow, 'px wider than the screen, at the widest frame').toBeLessThanOrEqual(0);
});

test('a failed provinces request shows an alert with a Retry that works', WEBGL, async ({ page }) => {
  let fail = true;
  await page.route('**/data/provinces.geojson', (route) =>
    fail ? route.fulfill({ status: 500, body: 'boom' }) : route.continue(),
  );
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'The map could not be drawn' });
  await expect(alert).toContainText('HTTP 500');
  await shot(page, 'provinces-failed');
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('.maplibregl-map').first()).toHaveAttribute('data-provinces-drawn', '34');
});

test('a malformed provinces file shows a clear message, not a blank page', WEBGL, async ({ page }) => {
  await page.route('**/data/provinces.geojson', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"type":"FeatureCollection","features":[',
    }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(page.getByRole('heading', { name: 'Claimed Ground' })).toBeVisible();
});

test(
  'a missing claims dataset shows an alert with Retry while the map still draws',
  WEBGL,
  async ({ page }) => {
    let fail = true;
    await page.route('**/data/events.geojson', (route) =>
      fail ? route.fulfill({ status: 404, body: '' }) : route.continue(),
    );
    await page.goto('/');
    const alert = page.getByRole('alert').filter({ hasText: 'The claims could not be loaded' });
    await expect(alert).toContainText('HTTP 404');
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { name: 'Events in the reports' })).toBeVisible();
  },
);

test('the first view downloads each of its data files and the label face once', WEBGL, async ({ page }) => {
  // They are preloaded beside the code (vite.config.ts); a preload the page does not reuse is a
  // second download of the same file.
  const requests = new Map<string, number>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/data\/|\.woff2$/.test(path)) requests.set(path, (requests.get(path) ?? 0) + 1);
  });
  await openApp(page);
  await expect(page.locator('.maplibregl-map').first()).toHaveAttribute('data-provinces-drawn', '34');
  const data = [...requests].filter(([path]) => path.startsWith('/data/'));
  expect(data.map(([path]) => path).sort()).toEqual(
    [
      '/data/afghanistan-border.geojson',
      '/data/countries.geojson',
      '/data/events.geojson',
      '/data/province-labels.geojson',
      '/data/provinces.geojson',
    ].sort(),
  );
  expect(data.filter(([, n]) => n !== 1)).toEqual([]);
  const labelFace = [...requests].filter(([path]) => path.includes('noto-sans-latin-600-normal'));
  expect(labelFace.map(([, n]) => n)).toEqual([1]);
});

test(
  "when the map's code cannot be downloaded, the SVG map stays, a note says so, and Retry brings the zoomable map",
  WEBGL,
  async ({ page }) => {
    let fail = true;
    await page.route(/\/assets\/ProvinceMap-[\w-]+\.js$/, (route) =>
      fail ? route.abort() : route.continue(),
    );
    await page.goto('/');
    const note = page.getByRole('note');
    await expect(note).toContainText('The zoomable map could not be downloaded');
    // The map is still there, as SVG, and the rest of the page works.
    await expect(page.locator('[data-province]')).toHaveCount(34);
    await expect(
      page.getByRole('table', { name: 'Control claims by province' }).getByRole('row'),
    ).toHaveCount(35);
    fail = false;
    await note.getByRole('button', { name: 'Retry the zoomable map' }).click();
    await expect(page.locator('.maplibregl-map').first()).toHaveAttribute('data-provinces-drawn', '34');
    await expect(note).toHaveCount(0);
  },
);
