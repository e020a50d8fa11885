import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openApp, test, WEBGL } from './fixtures';

interface DataClaim {
  id: string;
  side: string;
  province: string | null;
  date: string;
  claimant: string;
  quote: string;
}

/** The built dataset's claims, so expectations come from the data, not from typed counts. */
function claims(): DataClaim[] {
  const file = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'public', 'data', 'events.geojson'), 'utf8'),
  ) as {
    features: Array<{ properties: { claims: DataClaim[] } }>;
  };
  return file.features.flatMap((f) => f.properties.claims);
}

test.describe('side by side', () => {
  test('the two maps share one camera: zooming one zooms the other', WEBGL, async ({ page }) => {
    await openApp(page, '?month=2018-08&lens=taliban&compare=afghan_government');
    const maps = page.locator('.maplibregl-map');
    await expect(maps).toHaveCount(2);
    const cameras = async () => Promise.all([0, 1].map((i) => maps.nth(i).getAttribute('data-camera')));
    await page.getByRole('button', { name: 'Zoom in' }).first().click();
    await expect.poll(async () => (await cameras())[0]).not.toBeNull();
    await expect.poll(async () => new Set(await cameras()).size, { timeout: 10_000 }).toBe(1);
    const before = (await cameras())[0];
    // And the other way round: the second map leads as well.
    await page.getByRole('button', { name: 'Zoom in' }).nth(1).click();
    await expect.poll(async () => (await cameras())[1]).not.toBe(before);
    await expect.poll(async () => new Set(await cameras()).size, { timeout: 10_000 }).toBe(1);
    const zoom = (camera: string | null | undefined) => Number(camera?.split(',')[2]);
    expect(zoom((await cameras())[0])).toBeGreaterThan(zoom(before));
  });

  test('the panel shows each lens’s claims in two columns, event by event', async ({ page }) => {
    await openApp(page, '?month=2018-08&lens=taliban&compare=afghan_government&province=ghazni');
    const panel = page.locator('.province-panel');
    // Each lens's reading is stated.
    await expect(panel.getByText(/^Taliban say: Fighting/)).toBeVisible();
    await expect(panel.getByText(/^Afghan government says: Fighting/)).toBeVisible();
    const ghazni = claims().filter((c) => c.province === 'ghazni');
    const events = panel.locator('.event-group');
    expect(await events.count()).toBeGreaterThan(0);
    // Every event has both columns, in the same order, whatever claims it has.
    for (const event of await events.all()) {
      const columns = event.getByRole('group');
      await expect(columns).toHaveCount(2);
      await expect(columns.nth(0)).toHaveAccessibleName('Taliban say');
      await expect(columns.nth(1)).toHaveAccessibleName('Afghan government says');
    }
    // The claimants fall in their own lens's column.
    const talibanColumn = panel.getByRole('group', { name: 'Taliban say' });
    const governmentColumn = panel.getByRole('group', { name: 'Afghan government says' });
    for (const claim of ghazni.filter((c) => c.side === 'taliban')) {
      await expect(talibanColumn.getByText(claim.quote, { exact: true }).first()).toBeAttached();
      await expect(governmentColumn.getByText(claim.quote, { exact: true })).toHaveCount(0);
    }
    for (const claim of ghazni.filter((c) => c.side === 'afghan_government')) {
      await expect(governmentColumn.getByText(claim.quote, { exact: true }).first()).toBeAttached();
    }
    await page.screenshot({ path: 'test-results/screens/side-by-side-panel.png', fullPage: true });
  });
});

test.describe('markers on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('are hollow rings, so a province’s colour shows through them', WEBGL, async ({ page }) => {
    await openApp(page, '?month=2021-08');
    const markers = page.locator('.event-marker');
    expect(await markers.count()).toBeGreaterThan(0);
    for (const marker of await markers.all()) {
      await expect(marker).toHaveClass(/event-marker--compact/);
      expect(await marker.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    }
    // The SVG map drew the same compact markers before the hand-over.
    await expect(page.locator('.svg-map__marker--compact')).toHaveCount(await markers.count());
    await page.screenshot({ path: 'test-results/screens/phone-markers.png' });
  });
});
