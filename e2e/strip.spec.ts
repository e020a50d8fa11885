// The province × month strip: each claimed province's reading, month by month, as on the map.

import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, openApp, statusOf, test } from './fixtures';

interface EventsJson {
  features: Array<{ properties: { claims: Array<{ province: string | null; side: string }> } }>;
}

/** How many provinces the claims name (under one side, or all): the strip's rows, from the data. */
async function claimedProvinces(page: Page, side?: string): Promise<number> {
  const json = (await (await page.request.get('/data/events.geojson')).json()) as EventsJson;
  const claims = json.features.flatMap((f) => f.properties.claims);
  return new Set(claims.filter((c) => c.province && (!side || c.side === side)).map((c) => c.province)).size;
}

const strip = (page: Page) =>
  page
    .getByRole('region', { name: 'Charts' })
    .getByRole('figure', { name: 'What the claims say about each province, month by month' });

test('one row per claimed province; each cell says its reading as the map does', async ({ page }) => {
  await openApp(page, '?month=2018-08');
  const grid = strip(page).getByRole('grid');
  await expect(grid.getByRole('row')).toHaveCount(await claimedProvinces(page));
  // The cell of the month shown reads what the status table says about that month.
  const status = (await statusOf(page, 'Ghazni').textContent())?.trim() ?? '';
  const cell = grid.getByRole('gridcell', { name: /^Ghazni, August 2018: / });
  await expect(cell).toHaveAccessibleName(`Ghazni, August 2018: ${status}`);
  await expect(cell).toHaveAccessibleName(/^Ghazni, August 2018: Disputed/);
  // Under one side's lens, its own provinces only.
  await openApp(page, '?month=2018-08&lens=taliban');
  await expect(strip(page).getByRole('grid').getByRole('row')).toHaveCount(
    await claimedProvinces(page, 'taliban'),
  );
  await expect(strip(page).getByRole('gridcell', { name: /^Ghazni, August 2018: / })).toHaveAccessibleName(
    /^Ghazni, August 2018: Fighting · Taliban gains claimed/,
  );
});

test('the grid is keyboard operable: arrows, Home/End, Enter sets the month and province', async ({
  page,
}) => {
  await openApp(page, '?month=2018-08');
  const grid = strip(page).getByRole('grid');
  // One cell takes the Tab key: the month shown, in the first row.
  const tabbable = grid.locator('[role="gridcell"][tabindex="0"]');
  await expect(tabbable).toHaveCount(1);
  await expect(tabbable).toHaveAccessibleName(/, August 2018: /);
  await tabbable.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(/, September 2018: /);
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('End');
  await expect(focused).toHaveAccessibleName(/, December 2021: /);
  await page.keyboard.press('Home');
  await expect(focused).toHaveAccessibleName(/, January 2015: /);
  await page.keyboard.press('PageDown');
  await expect(focused).toHaveAccessibleName(/, January 2016: /);
  // Down to Ghazni, to August 2018, and Enter.
  for (let i = 0; i < 40; i += 1) {
    if (/^Ghazni,/.test((await focused.getAttribute('aria-label')) ?? '')) break;
    await page.keyboard.press('ArrowDown');
  }
  for (let i = 0; i < 19; i += 1) await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveAccessibleName(/^Ghazni, August 2017: /);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/month=2017-08/);
  await expect(page).toHaveURL(/province=ghazni/);
  await expect(page.getByRole('heading', { name: 'Ghazni', level: 2 })).toBeVisible();
  // The focus stays in the grid, on the cell chosen.
  await expect(focused).toHaveAccessibleName(/^Ghazni, August 2017: /);
  await page.screenshot({ path: 'test-results/screens/ledger-e2e-strip-keyboard.png' });
});

test('a click on a cell sets the month and the province', async ({ page }) => {
  await openApp(page, '?month=2021-08');
  await strip(page)
    .getByRole('gridcell', { name: /^Kunduz, September 2015: / })
    .click();
  await expect(page).toHaveURL(/month=2015-09/);
  await expect(page).toHaveURL(/province=kunduz/);
  await expect(page.getByRole('slider', { name: 'Month' })).toHaveAttribute(
    'aria-valuetext',
    'September 2015',
  );
});

test('a slider step moves only the month’s outline: the cells are not recomputed', async ({ page }) => {
  await openApp(page, '?month=2018-08');
  const chart = strip(page);
  await expect(chart.getByRole('grid')).toBeVisible();
  const marker = chart.locator('.strip__marker');
  const computed = () => page.evaluate(() => performance.getEntriesByName('strip-cells').length);
  const before = await computed();
  expect(before).toBeGreaterThan(0);
  const x = async () => (await marker.boundingBox())!.x;
  const start = await x();
  const slider = page.getByRole('slider', { name: 'Month' });
  await slider.focus();
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', 'February 2019');
  expect(await x()).toBeGreaterThan(start);
  expect(await computed()).toBe(before);
  // A lens is another computation, once.
  await page.getByRole('radio', { name: 'Taliban' }).check();
  await expect(chart.getByRole('grid')).toHaveAttribute('aria-label', /by the Taliban/);
  expect(await computed()).toBe(before + 1);
});

test('side by side: one grid per lens, each named as its map is', async ({ page }) => {
  await openApp(page, '?month=2018-08&lens=taliban&compare=afghan_government');
  const chart = strip(page);
  await expect(chart.getByRole('grid')).toHaveCount(2);
  await expect(chart.getByRole('heading', { name: 'Taliban say' })).toBeVisible();
  await expect(chart.getByRole('heading', { name: 'Afghan government says' })).toBeVisible();
  const taliban = chart.getByRole('grid', { name: /Taliban say/ });
  const government = chart.getByRole('grid', { name: /Afghan government says/ });
  await expect(taliban.getByRole('gridcell', { name: /^Ghazni, August 2018: / })).toHaveAccessibleName(
    /Fighting · Taliban gains claimed/,
  );
  await expect(government.getByRole('gridcell', { name: /^Ghazni, August 2018: / })).toHaveAccessibleName(
    /Fighting · government holds part/,
  );
  // The table alternative states both.
  await chart.getByRole('button', { name: 'Show the numbers as a table' }).click();
  await expect(chart.getByRole('table')).toHaveCount(2);
  await expect(chart.getByRole('table', { name: /^Taliban say/ })).toContainText('Ghazni');
  await page.screenshot({ path: 'test-results/screens/ledger-e2e-strip-compare.png', fullPage: true });
  expect(await axeViolations(page, '.charts')).toEqual([]);
});

test('the table alternative lists each province’s readings, run by run', async ({ page }) => {
  await openApp(page, '?year=2018&month=2018-08');
  const chart = strip(page);
  await chart.getByRole('button', { name: 'Show the numbers as a table' }).click();
  const table = chart.getByRole('table', { name: /Readings by province, month by month in 2018/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Province', 'From', 'To', 'Reading']);
  await expect(
    table.getByRole('row').filter({ hasText: 'Ghazni' }).filter({ hasText: 'Aug 2018' }),
  ).toContainText('Disputed');
  expect(await axeViolations(page, '.charts')).toEqual([]);
});

for (const width of [320, 375]) {
  test(`at ${width} px the page does not scroll sideways; only the strip does, showing the month`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, '?month=2018-08&province=ghazni');
    const chart = strip(page);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.getByRole('grid')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // The month shown is in sight within the strip's own scroll box.
    const marker = await chart.locator('.strip__marker').boundingBox();
    expect(marker!.x).toBeGreaterThan(0);
    expect(marker!.x + marker!.width).toBeLessThanOrEqual(width);
    await chart.screenshot({ path: `test-results/screens/ledger-e2e-strip-${width}.png` });
    // Axe on the narrowest width (it reads every cell: the same cells at 375 px add nothing).
    if (width === 320) expect(await axeViolations(page, '.charts')).toEqual([]);
  });
}
