import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, noWebgl, openApp, statusOf, test } from './fixtures';

interface RawClaim {
  id: string;
  side: string;
  date: string;
  province: string | null;
}

/** The claims a filter should export, computed here from the dataset itself. */
async function expectedIds(
  page: Page,
  filter: { province: string; year: number; lens: string },
): Promise<string[]> {
  const data = (await (await page.request.get('/data/events.geojson')).json()) as {
    features: Array<{ properties: { claims: RawClaim[] } }>;
  };
  return data.features
    .flatMap((f) => f.properties.claims)
    .filter(
      (c) =>
        c.province === filter.province &&
        c.date.startsWith(`${filter.year}-`) &&
        (filter.lens === 'all' || c.side === filter.lens),
    )
    .map((c) => c.id)
    .sort();
}

async function download(page: Page, name: string | RegExp): Promise<Download> {
  await page.getByText('Share & download').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return file;
}

/** RFC 4180 fields, for checking our CSV without trusting our own writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  return rows;
}

const FILTER = { province: 'ghazni', year: 2018, lens: 'taliban' };
const QUERY = '?month=2018-08&year=2018&province=ghazni&lens=taliban';

test('Download claims (CSV) holds exactly the claims shown, with version and citation', async ({ page }) => {
  await openApp(page, QUERY);
  const file = await download(page, 'Download claims (CSV)');
  expect(file.suggestedFilename()).toMatch(/^claimed-ground_claims_ghazni_2018_taliban_v[0-9a-f]+\.csv$/);
  const text = readFileSync((await file.path())!, 'utf8');
  const [citation, version, header, ...rows] = parseCsv(text);
  expect(citation![0]).toMatch(/^# Claimed Ground claims dataset, version [0-9a-f]+/);
  expect(citation!.join(',')).toContain('Selection: Ghazni, 2018, by the Taliban');
  expect(version![0]).toMatch(/^# Dataset version [0-9a-f]+; \d+ claims\.$/);
  expect(header).toContain('quote');
  const ids = rows.map((r) => r[header!.indexOf('id')]!).sort();
  expect(ids).toEqual(await expectedIds(page, FILTER));
  const quotes = rows.map((r) => r[header!.indexOf('quote')]);
  expect(quotes.some((q) => q?.includes('more than 140 Afghan soldiers were killed'))).toBe(true);
  expect(rows.every((r) => r.length === header!.length)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    `${ids.length} claims`,
  );
});

test('Download claims (GeoJSON) holds exactly the claims shown', async ({ page }) => {
  await openApp(page, QUERY);
  const file = await download(page, 'Download claims (GeoJSON)');
  expect(file.suggestedFilename()).toMatch(/^claimed-ground_claims_ghazni_2018_taliban_v[0-9a-f]+\.geojson$/);
  const data = JSON.parse(readFileSync((await file.path())!, 'utf8')) as {
    type: string;
    dataset: { version: string; citation: string };
    features: Array<{ properties: { claims: RawClaim[] } }>;
  };
  expect(data.type).toBe('FeatureCollection');
  expect(data.dataset.citation).toContain('Selection: Ghazni, 2018, by the Taliban');
  const ids = data.features.flatMap((f) => f.properties.claims.map((c) => c.id)).sort();
  expect(ids).toEqual(await expectedIds(page, FILTER));
});

/** A PNG's size in pixels, from its header. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const ARTICLE = /^Download PNG \(article/;
const SQUARE = /^Download square PNG/;

/** Colour counts in bands of the image: `bands` are [x0, y0, x1, y1] as shares of its size. */
async function colours(page: Page, png: Buffer, bands: Array<[number, number, number, number]>) {
  return page.evaluate(
    async ([b64, boxes]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const near = (r: number, g: number, b: number, hex: number) =>
        Math.abs(r - (hex >> 16)) < 12 &&
        Math.abs(g - ((hex >> 8) & 255)) < 12 &&
        Math.abs(b - (hex & 255)) < 12;
      return boxes.map(([x0, y0, x1, y1]) => {
        const [x, y] = [Math.round(x0 * bitmap.width), Math.round(y0 * bitmap.height)];
        const [w, h] = [Math.round((x1 - x0) * bitmap.width), Math.round((y1 - y0) * bitmap.height)];
        const data = ctx.getImageData(x, y, w, h).data;
        let [taliban, government, ink] = [0, 0, 0];
        const distinct = new Set<number>();
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          distinct.add((r << 16) | (g << 8) | b);
          if (near(r, g, b, 0xd55e00)) taliban++;
          if (near(r, g, b, 0x0072b2)) government++;
          if (r + g + b < 200) ink++;
        }
        return { taliban, government, ink, distinct: distinct.size };
      });
    },
    [png.toString('base64'), bands] as const,
  );
}

test('Download PNG: two fixed sizes, the same from a desktop and a phone window', async ({ page }) => {
  test.setTimeout(180_000);
  const sizes: Record<string, Array<{ width: number; height: number }>> = { article: [], square: [] };
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, '?month=2018-08&province=ghazni');
    const article = await download(page, ARTICLE);
    expect(article.suggestedFilename()).toMatch(
      /^claimed-ground_map-2018-08_ghazni_2015-2021_all-claimants_v[0-9a-f]+\.png$/,
    );
    // The menu's button has the focus back.
    await expect(page.locator('summary', { hasText: 'Share & download' })).toBeFocused();
    const square = await download(page, SQUARE);
    expect(square.suggestedFilename()).toMatch(/^claimed-ground_map-square-2018-08_ghazni_/);
    sizes.article!.push(pngSize(readFileSync((await article.path())!)));
    sizes.square!.push(pngSize(readFileSync((await square.path())!)));
  }
  expect(sizes.article![0]!.width).toBe(2400);
  expect(sizes.article![1]).toEqual(sizes.article![0]);
  expect(sizes.square).toEqual([
    { width: 1080, height: 1080 },
    { width: 1080, height: 1080 },
  ]);
});

test('Download PNG shows the map: Ghazni Disputed, in bands of both sides’ colours', async ({ page }) => {
  await openApp(page, '?month=2018-08&province=ghazni');
  const png = readFileSync((await (await download(page, ARTICLE)).path())!);
  const [map] = await colours(page, png, [[0.1, 0.25, 0.9, 0.65]]);
  expect(map!.taliban).toBeGreaterThan(500);
  expect(map!.government).toBeGreaterThan(500);
  expect(map!.distinct).toBeGreaterThan(200);
});

test('Download PNG side by side shows both maps, each in its lens', async ({ page }) => {
  await openApp(page, '?month=2018-08');
  const single = pngSize(readFileSync((await (await download(page, ARTICLE)).path())!));
  await openApp(page, '?compare=taliban&month=2018-08');
  const png = readFileSync((await (await download(page, ARTICLE)).path())!);
  const size = pngSize(png);
  expect(size.width).toBe(single.width);
  expect(size.height).not.toBe(single.height);
  // Each half holds a whole map: names and lines in ink, Ghazni in Taliban colour. All claimants
  // read Ghazni Disputed (bands with the government's blue); the Taliban's own claims never do.
  const [left, right] = await colours(page, png, [
    [0.02, 0.2, 0.49, 0.75],
    [0.51, 0.2, 0.98, 0.75],
  ]);
  for (const half of [left!, right!]) {
    expect(half.ink).toBeGreaterThan(2000);
    expect(half.taliban).toBeGreaterThan(200);
  }
  expect(left!.government).toBeGreaterThan(200);
  expect(right!.government).toBeLessThan(left!.government / 10);
});

test('Download readings (CSV) has a row per province with its reading and support', async ({ page }) => {
  await openApp(page, '?month=2021-08');
  const file = await download(page, 'Download readings (CSV)');
  expect(file.suggestedFilename()).toMatch(
    /^claimed-ground_readings-2021-08_all-provinces_2015-2021_all-claimants_v[0-9a-f]+\.csv$/,
  );
  const lines = readFileSync((await file.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(lines[0]).toMatch(/^"?# /);
  const header = lines[2]!.split(',');
  expect(header).toEqual(
    expect.arrayContaining(['province', 'reading', 'lean', 'support', 'status', 'claim_ids']),
  );
  const rows = lines.slice(3);
  const table = page.getByRole('table', { name: 'Control claims by province' });
  expect(rows).toHaveLength(await table.locator('tbody tr').count());
  const ghazni = rows.find((row) => row.startsWith('Ghazni,'))!;
  expect(ghazni).toContain(
    ',Taliban,,conceded,afghan_government,Taliban · conceded by the Afghan government',
  );
});

test('Download map data (GeoJSON): a polygon per province of the boundaries, each with its reading', async ({
  page,
}) => {
  await openApp(page, '?month=2021-08');
  const file = await download(page, 'Download map data (GeoJSON)');
  expect(file.suggestedFilename()).toMatch(
    /^claimed-ground_map-data-2021-08_all-provinces_2015-2021_all-claimants_v[0-9a-f]+\.geojson$/,
  );
  await expect(page.locator('summary', { hasText: 'Share & download' })).toBeFocused();
  const data = JSON.parse(readFileSync((await file.path())!, 'utf8')) as {
    type: string;
    dataset: { version: string; citation: string };
    features: Array<{
      geometry: { type: string; coordinates: unknown[] };
      properties: { name: string; slug: string; iso: string; reading: string; claim_ids: string[] };
    }>;
  };
  const boundaries = (await (await page.request.get('/data/provinces.geojson')).json()) as {
    features: Array<{ properties: { slug: string } }>;
  };
  expect(data.type).toBe('FeatureCollection');
  expect(data.dataset.citation).toMatch(/^Claimed Ground claims dataset, version [0-9a-f]+/);
  expect(data.features).toHaveLength(boundaries.features.length);
  expect(data.features.map((f) => f.properties.slug).sort()).toEqual(
    boundaries.features.map((f) => f.properties.slug).sort(),
  );
  for (const feature of data.features) {
    expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
    expect(feature.properties.reading).toMatch(
      /^(taliban|government|disputed|fighting|no_recent_claim|no_claim)$/,
    );
  }
  const ghazni = data.features.find((f) => f.properties.slug === 'ghazni')!;
  expect(ghazni.properties.reading).toBe('taliban');
  expect(ghazni.properties.claim_ids.length).toBeGreaterThan(0);
  // Lon/lat, in Afghanistan.
  const [lon, lat] = JSON.stringify(ghazni.geometry.coordinates)
    .match(/-?\d+\.?\d*/g)!
    .map(Number);
  expect(lon).toBeGreaterThan(60);
  expect(lon).toBeLessThan(75);
  expect(lat).toBeGreaterThan(29);
  expect(lat).toBeLessThan(39);
  // The same readings as the table's.
  await expect(statusOf(page, 'Ghazni')).toHaveText(/^Taliban/);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    `${boundaries.features.length} provinces`,
  );
});

noWebgl('without WebGL, both PNGs are made, at their sizes, showing the map', async ({ page }) => {
  await openApp(page, '?month=2021-08');
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  const article = readFileSync((await (await download(page, ARTICLE)).path())!);
  const square = readFileSync((await (await download(page, SQUARE)).path())!);
  expect(pngSize(article).width).toBe(2400);
  expect(pngSize(square)).toEqual({ width: 1080, height: 1080 });
  // August 2021: Ghazni reads Taliban, Kandahar and Badakhshan Fighting in Taliban colours.
  for (const png of [article, square]) {
    const [map] = await colours(page, png, [[0.1, 0.25, 0.9, 0.6]]);
    expect(map!.taliban).toBeGreaterThan(5000);
    expect(map!.ink).toBeGreaterThan(1000);
  }
});

test('Copy link copies the current view', async ({ page, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, QUERY);
  await page.getByText('Share & download').click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${baseURL}/${QUERY}`);
});
