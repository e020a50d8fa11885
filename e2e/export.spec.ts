import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

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

async function download(page: Page, name: string): Promise<Download> {
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

test('Download CSV holds exactly the claims shown, with version and citation', async ({ page }) => {
  await openApp(page, QUERY);
  const file = await download(page, 'Download CSV');
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

test('Download GeoJSON holds exactly the claims shown', async ({ page }) => {
  await openApp(page, QUERY);
  const file = await download(page, 'Download GeoJSON');
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

test('Download PNG is a 2× image of the map with its legend', async ({ page }) => {
  await openApp(page, '?month=2018-08&province=ghazni');
  const mapBox = (await page.locator('.maplibregl-canvas').first().boundingBox())!;
  const file = await download(page, 'Download PNG');
  expect(file.suggestedFilename()).toMatch(
    /^claimed-ground_map-2018-08_ghazni_2015-2021_all-claimants_v[0-9a-f]+\.png$/,
  );
  const png = readFileSync((await file.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBe(Math.round(mapBox.width * 2));
  expect(height).toBeGreaterThan(mapBox.height * 2);
  // The image really shows the map: Ghazni is Disputed, in bands of both sides' colours, and the
  // map area (between the title and the legend) holds both.
  const pixels = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const top = Math.round(bitmap.height * 0.25);
    const data = ctx.getImageData(0, top, bitmap.width, Math.round(bitmap.height * 0.4)).data;
    const near = (r: number, g: number, b: number, hex: number) =>
      Math.abs(r - (hex >> 16)) < 12 &&
      Math.abs(g - ((hex >> 8) & 255)) < 12 &&
      Math.abs(b - (hex & 255)) < 12;
    let [taliban, government] = [0, 0];
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 16) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      colours.add((r << 16) | (g << 8) | b);
      if (near(r, g, b, 0xd55e00)) taliban++;
      if (near(r, g, b, 0x0072b2)) government++;
    }
    return { taliban, government, colours: colours.size };
  }, png.toString('base64'));
  expect(pixels.taliban).toBeGreaterThan(500);
  expect(pixels.government).toBeGreaterThan(500);
  expect(pixels.colours).toBeGreaterThan(200);
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

test('Copy link copies the current view', async ({ page, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, QUERY);
  await page.getByText('Share & download').click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${baseURL}/${QUERY}`);
});
