// The SVG map: drawn first, from the first-paint file, before React and MapLibre; the map itself
// where WebGL is missing; and the "Download SVG" export.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, noWebgl, openApp, statusOf, test, WEBGL } from './fixtures';

const svgMap = (page: Page) => page.locator('[data-renderer="svg"]').first();

noWebgl.describe('without WebGL', () => {
  noWebgl('the SVG map is the map: readings, selection, charts, and a note', async ({ page }) => {
    await page.goto('/?month=2021-08');
    const shapes = page.locator('[data-province]');
    await expect(shapes).toHaveCount(34);
    for (const shape of await shapes.all()) await expect(shape).toBeVisible();
    await expect(page.locator('[data-province="ghazni"]')).toHaveAttribute('data-reading', 'taliban');
    // The same reading as the status table's.
    await expect(statusOf(page, 'Ghazni')).toHaveText(/^Taliban/);
    await expect(page.getByRole('note')).toContainText('The zoomable map needs WebGL');
    await page.locator('[data-province="ghazni"]').click();
    await expect(page).toHaveURL(/province=ghazni/);
    await expect(page.getByRole('heading', { name: 'Ghazni', level: 2 })).toBeVisible();
    // The charts come, and nothing blames the connection.
    const charts = page.getByRole('region', { name: 'Charts' });
    await expect(charts.getByRole('heading', { name: 'Reported casualties by claimant' })).toBeVisible();
    await expect(charts.locator('.ledger__mark').first()).toBeVisible();
    await expect(charts.getByRole('grid').first()).toBeVisible();
    await expect(page.getByText(/taking longer than usual/)).toHaveCount(0);
    expect(await page.evaluate(() => performance.getEntriesByName('map-complete').length)).toBe(1);
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screens/no-webgl-desktop.png' });
  });

  noWebgl('the slider and the lenses recolour it; keys choose a province; markers work', async ({ page }) => {
    await page.goto('/?month=2018-08');
    const ghazni = page.locator('[data-province="ghazni"]');
    await expect(ghazni).toHaveAttribute('data-reading', 'disputed');
    await page.getByRole('radio', { name: 'Taliban' }).check();
    await expect(ghazni).toHaveAttribute('data-reading', 'fighting');
    await page.getByRole('slider', { name: 'Month' }).focus();
    await page.keyboard.press('End');
    await expect(ghazni).toHaveAttribute('data-reading', 'taliban');
    await expect(ghazni).toHaveAttribute('data-pale', 'true');
    await page.keyboard.press('Home');
    await expect(ghazni).toHaveAttribute('data-reading', 'no_claim');
    // One province is a tab stop; the arrows move between them, Enter chooses.
    await ghazni.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-province="ghor"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/province=ghor/);
    await page.goto('/?month=2018-08');
    await page
      .getByRole('button', { name: /Taliban assault on Ghazni city/ })
      .first()
      .click();
    await expect(page).toHaveURL(/province=ghazni/);
  });

  noWebgl('axe finds no WCAG 2.1 AA violation', async ({ page }) => {
    await page.goto('/?month=2021-08');
    await expect(page.locator('[data-province]')).toHaveCount(34);
    await expect(page.getByRole('note')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  noWebgl('at phone width it fits, without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/?month=2021-08');
    await expect(page.locator('[data-province]')).toHaveCount(34);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: 'test-results/screens/no-webgl-phone.png' });
  });
});

test('at map-ready the first-painted SVG already has the deep link’s readings', WEBGL, async ({ page }) => {
  // What the SVG map shows at the very moment `map-ready` is marked.
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === 'map-ready') {
        const ghazni = document.querySelector('[data-province="ghazni"]');
        (window as unknown as { atReady: unknown }).atReady = {
          reading: ghazni?.getAttribute('data-reading') ?? null,
          shapes: document.querySelectorAll('[data-province]').length,
          webgl: document.querySelectorAll('.maplibregl-canvas').length,
        };
      }
      return mark(name, options);
    };
  });
  await openApp(page, '?month=2018-08&lens=taliban');
  const atReady = await page.evaluate(() => (window as unknown as { atReady: unknown }).atReady);
  expect(atReady).toEqual({ reading: 'fighting', shapes: 34, webgl: 0 });
});

test('the WebGL map takes over with no visible jump', WEBGL, async ({ page }) => {
  await openApp(page, '?month=2018-08');
  // After `map-complete` the WebGL map shows and the SVG map is put away.
  await expect(page.locator('.maplibregl-canvas').first()).toBeVisible();
  await expect(svgMap(page)).toBeHidden();
  const frame = page.locator('.map-frame').first();
  const after = await frame.screenshot({ path: 'test-results/screens/handover-webgl.png' });
  // The SVG map as it was just before: shown again in place of the WebGL map.
  await page.evaluate(() => {
    document.querySelector('.svg-map-host')?.removeAttribute('hidden');
    document.querySelector('.map-frame')?.classList.add('map-frame--svg');
  });
  const before = await frame.screenshot({ path: 'test-results/screens/handover-svg.png' });
  const diff = await page.evaluate(
    async ([a, b]) => {
      const load = async (b64: string) => {
        const bitmap = await createImageBitmap(
          new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }),
        );
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [x, y] = [await load(a!), await load(b!)];
      let differing = 0;
      for (let i = 0; i < x.length; i += 4) {
        const d = Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!);
        if (d > 60) differing += 1;
      }
      return differing / (x.length / 4);
    },
    [after.toString('base64'), before.toString('base64')],
  );
  // Names and lines are drawn by two engines; shapes, colours and patterns must be where they were.
  expect(diff).toBeLessThan(0.06);
});

test('Download SVG gives a standalone SVG with the 34 provinces, their readings and the legend', async ({
  page,
}) => {
  await openApp(page, '?month=2018-08&lens=taliban&compare=afghan_government');
  await page.getByText('Share & download').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(
    /^claimed-ground_map-2018-08_all-provinces_2015-2021_taliban_v[0-9a-f]+\.svg$/,
  );
  const text = readFileSync((await file.path())!, 'utf8');
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const maps = [...doc.querySelectorAll('[data-map]')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      perMap: maps.map((m) => m.querySelectorAll('path[data-province]').length),
      ghazni: maps.map((m) => m.querySelector('[data-province="ghazni"]')?.getAttribute('data-reading')),
      legend: [...doc.querySelectorAll('[data-legend]')].map((g) => g.getAttribute('data-legend')),
      text: doc.documentElement.textContent ?? '',
      interactive: doc.querySelectorAll('[tabindex], [role]').length,
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.perMap).toEqual([34, 34]);
  expect(parsed.ghazni).toEqual(['fighting', 'fighting']);
  expect(parsed.legend).toEqual(
    expect.arrayContaining([
      'Taliban',
      'Government',
      'Fighting',
      'No recent claim',
      'No claim',
      'Paler',
      'Event',
    ]),
  );
  expect(parsed.text).toContain('What the claims say about who holds each Afghan province');
  expect(parsed.text).toContain('Taliban say');
  expect(parsed.text).toMatch(/Source: claims in \d+ news reports/);
  expect(parsed.interactive).toBe(0);
});
