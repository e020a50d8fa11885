// Bad data in the page: each fault is served in place of the real dataset or provinces file
// (most are the real response, fetched and damaged), and the page must stay usable, say what is
// wrong in words, show whatever could be read, throw nothing, and recover with Retry once the
// fault is gone.

import type { Page, Route } from '@playwright/test';
import { expect, test, WEBGL } from './fixtures';

interface ClaimJson {
  id: string;
  event: string;
  kind: string;
  province: string | null;
  date: string;
  casualties?: { count: { qualifier: string; low: unknown; high: unknown } };
  [field: string]: unknown;
}

interface EventJson {
  type: string;
  id: string;
  geometry: { type: string; coordinates: unknown } | null;
  properties: { province: string | null; start: string; claims: ClaimJson[]; [field: string]: unknown };
}

interface ProvinceJson {
  type: string;
  properties: { iso: string; name: string; slug: string; [field: string]: unknown };
  geometry: { type: string; coordinates: unknown[] } | null;
}

interface FileJson<F> {
  type: string;
  features: F[];
  [field: string]: unknown;
}

type File = 'events' | 'provinces';

/** What the page should say and show while the fault lasts. */
type Outcome =
  /** The file is refused whole: an alert with a Retry. */
  | { kind: 'error'; says: RegExp }
  /** Some records are bad: the rest are shown, and an alert counts what was left out. */
  | { kind: 'partial'; says: RegExp; lost: number }
  /** Nothing is wrong but the wait: a loading state, then the data. */
  | { kind: 'slow' };

interface Fault {
  name: string;
  file: File;
  serve: (route: Route) => Promise<void>;
  /** A function when it depends on the real file's numbers (read when the test starts). */
  outcome: Outcome | (() => Outcome);
}

const URLS: Record<File, string> = {
  events: '**/data/events.geojson',
  provinces: '**/data/provinces.geojson',
};
const TOTAL_PROVINCES = 34;
/** As long as waitForMapDrawn allows: a busy machine compiles the map's shaders in software. */
const MAP_DRAWN = { timeout: 60_000 };

// --- ways to serve a fault ------------------------------------------------------------------------

const status = (code: number) => (route: Route) =>
  route.fulfill({ status: code, contentType: 'text/plain', body: `Error ${code}` });

const body =
  (text: string, contentType = 'application/json') =>
  (route: Route) =>
    route.fulfill({ status: 200, contentType, body: text });

const slow = async (route: Route) => {
  const response = await route.fetch();
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  await route.fulfill({ response });
};

/** The real file, fetched and changed by `edit` (which returns the text to serve). */
function real<F>(edit: (json: FileJson<F>, text: string) => string) {
  return async (route: Route) => {
    const response = await route.fetch();
    const text = await response.text();
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: edit(JSON.parse(text) as FileJson<F>, text),
    });
  };
}

/** The real file with its records changed in place by `edit`. */
const mutated = <F>(edit: (json: FileJson<F>) => void) =>
  real<F>((json) => {
    edit(json);
    return JSON.stringify(json);
  });

const TWENTY_MB = 20 * 1024 * 1024;

/** Events with a place on the map, in file order: the ones whose loss a reader would notice. */
const mapped = (json: FileJson<EventJson>) =>
  json.features.filter((f) => f.geometry && f.properties.province);
const claimsOf = (json: FileJson<EventJson>) => json.features.flatMap((f) => f.properties.claims);
const counted = (json: FileJson<EventJson>) =>
  claimsOf(json).filter((c) => typeof c.casualties?.count.low === 'number');
const garbage = (value: unknown) => value as EventJson & ProvinceJson;

// Claims lost with each damaged event (read from the real file when the test starts).
let claimsPerEvent: number[] = [];
const lostWith =
  (...indexes: number[]) =>
  () =>
    indexes.reduce((n, i) => n + (claimsPerEvent[i] ?? 0), 0);

// --- the corpus -----------------------------------------------------------------------------------

const FAULTS: Fault[] = [
  // The claims dataset, /data/events.geojson
  { name: '404', file: 'events', serve: status(404), outcome: { kind: 'error', says: /HTTP 404/ } },
  { name: '500', file: 'events', serve: status(500), outcome: { kind: 'error', says: /HTTP 500/ } },
  {
    name: 'aborted',
    file: 'events',
    serve: (route) => route.abort('connectionreset'),
    outcome: { kind: 'error', says: /network error/ },
  },
  { name: 'very slow (10 s)', file: 'events', serve: slow, outcome: { kind: 'slow' } },
  { name: 'empty body', file: 'events', serve: body(''), outcome: { kind: 'error', says: /file is empty/ } },
  {
    name: 'HTML instead of JSON',
    file: 'events',
    serve: body('<!doctype html><html><body><h1>Not found</h1></body></html>', 'text/html'),
    outcome: { kind: 'error', says: /is a web page, not data/ },
  },
  {
    name: 'truncated JSON',
    file: 'events',
    serve: real((_json, text) => text.slice(0, Math.floor(text.length / 2))),
    outcome: { kind: 'error', says: /not valid JSON \(it may be cut off or damaged\)/ },
  },
  {
    name: 'wrong GeoJSON type',
    file: 'events',
    serve: mutated<EventJson>((json) => {
      json.type = 'GeometryCollection';
    }),
    outcome: { kind: 'error', says: /not in the expected format \(type: .*FeatureCollection/ },
  },
  {
    name: 'features that are not objects',
    file: 'events',
    serve: mutated<EventJson>((json) => {
      json.features.splice(0, 3, garbage(null), garbage(42), garbage('an event'));
    }),
    outcome: () => ({ kind: 'partial', says: /^3 events could not be read/, lost: lostWith(0, 1, 2)() }),
  },
  {
    name: 'missing geometry',
    file: 'events',
    serve: mutated<EventJson>((json) => {
      for (const event of mapped(json).slice(0, 2)) delete (event as Partial<EventJson>).geometry;
    }),
    outcome: () => ({ kind: 'partial', says: /^2 events could not be read/, lost: lostWith(0, 1)() }),
  },
  {
    name: 'coordinates out of range',
    file: 'events',
    serve: mutated<EventJson>((json) => {
      const [a, b] = mapped(json);
      a!.geometry = { type: 'Point', coordinates: [500, 12] };
      b!.geometry = { type: 'Point', coordinates: [68, -95] };
    }),
    outcome: () => ({ kind: 'partial', says: /^2 events could not be read/, lost: lostWith(0, 1)() }),
  },
  {
    name: 'unknown province codes',
    file: 'events',
    serve: mutated<EventJson>((json) => {
      const event = mapped(json)[0]!;
      event.properties.province = 'atlantis';
      for (const claim of event.properties.claims) claim.province = 'atlantis';
    }),
    outcome: () => ({
      kind: 'partial',
      says: new RegExp(`^${claimsPerEvent[0]} claims are about a province that is not on the map`),
      lost: 0,
    }),
  },
  {
    name: 'claims with missing fields',
    file: 'events',
    serve: mutated<EventJson>((json) => {
      const [a, b, c] = claimsOf(json);
      delete a!.quote;
      delete b!.claimant;
      delete (c as Partial<ClaimJson>).date;
    }),
    outcome: { kind: 'partial', says: /^3 claims could not be read/, lost: 3 },
  },
  {
    name: 'negative counts',
    file: 'events',
    serve: mutated<EventJson>((json) => {
      for (const claim of counted(json).slice(0, 2)) claim.casualties!.count.low = -40;
    }),
    outcome: { kind: 'partial', says: /^2 claims could not be read/, lost: 2 },
  },
  {
    name: 'absurd counts',
    file: 'events',
    serve: mutated<EventJson>((json) => {
      const [a, b, c] = counted(json);
      a!.casualties!.count = { ...a!.casualties!.count, qualifier: 'exact', low: 1e15, high: 1e15 };
      b!.casualties!.count = { ...b!.casualties!.count, qualifier: 'at_least', low: 1e308, high: null };
      c!.casualties!.count.low = 'forty';
    }),
    outcome: { kind: 'partial', says: /^3 claims could not be read/, lost: 3 },
  },
  {
    name: 'dates outside 2015–2021',
    file: 'events',
    serve: mutated<EventJson>((json) => {
      json.features[1]!.properties.claims[0]!.date = '2014-12-31';
      json.features[1]!.properties.claims[1]!.date = '2022-01-01';
      json.features[2]!.properties.start = '1999-01-01';
    }),
    outcome: () => ({
      kind: 'partial',
      says: /^2 claims could not be read; 1 event could not be read/,
      lost: 2 + lostWith(2)(),
    }),
  },
  {
    name: 'duplicate ids',
    file: 'events',
    serve: mutated<EventJson>((json) => {
      const first = json.features[0]!;
      first.properties.claims.push(structuredClone(first.properties.claims[0]!));
      json.features.push(structuredClone(json.features[1]!));
    }),
    outcome: { kind: 'partial', says: /^1 claim could not be read; 1 event could not be read/, lost: 0 },
  },
  {
    name: 'a 20 MB file',
    file: 'events',
    serve: real((_json, text) => text + ' '.repeat(TWENTY_MB - text.length)),
    outcome: { kind: 'error', says: /too large \(20\.0 MB/ },
  },
  {
    name: 'a valid file with some bad features',
    file: 'events',
    serve: mutated<EventJson>((json) => {
      json.features[0] = garbage({ type: 'Feature', id: 'Not A Slug!', geometry: null, properties: {} });
      json.features[1]!.properties.claims[0]!.side = 'aliens';
      delete json.features[4]!.properties.claims.find((c) => c.kind === 'control')!.holder;
    }),
    outcome: () => ({
      kind: 'partial',
      says: /^2 claims could not be read; 1 event could not be read/,
      lost: lostWith(0)() + 2,
    }),
  },
  {
    name: 'no event can be read',
    file: 'events',
    serve: mutated<EventJson>((json) => {
      json.features = json.features.map(() => garbage({}));
    }),
    outcome: { kind: 'error', says: /None of the \d+ events in the claims dataset could be read/ },
  },

  // The province boundaries, /data/provinces.geojson (a 404 and an empty body take the same path
  // as the dataset's above; a web page in its place is what a host's fallback page looks like)
  { name: '500', file: 'provinces', serve: status(500), outcome: { kind: 'error', says: /HTTP 500/ } },
  {
    name: 'aborted',
    file: 'provinces',
    serve: (route) => route.abort('failed'),
    outcome: { kind: 'error', says: /network error/ },
  },
  { name: 'very slow (10 s)', file: 'provinces', serve: slow, outcome: { kind: 'slow' } },
  {
    name: 'HTML instead of JSON',
    file: 'provinces',
    serve: body('<html><head><title>502 Bad Gateway</title></head></html>', 'text/html'),
    outcome: { kind: 'error', says: /is a web page, not data/ },
  },
  {
    name: 'truncated JSON',
    file: 'provinces',
    serve: real((_json, text) => text.slice(0, 5000)),
    outcome: { kind: 'error', says: /not valid JSON/ },
  },
  {
    name: 'wrong GeoJSON type (TopoJSON)',
    file: 'provinces',
    serve: mutated<ProvinceJson>((json) => {
      json.type = 'Topology';
    }),
    outcome: { kind: 'error', says: /province boundaries file is damaged \(type:/ },
  },
  {
    name: 'features that are not objects',
    file: 'provinces',
    serve: mutated<ProvinceJson>((json) => {
      json.features.splice(0, 2, garbage(null), garbage([1, 2, 3]));
    }),
    outcome: { kind: 'partial', says: /^2 provinces in the boundaries file could not be drawn/, lost: 2 },
  },
  {
    name: 'missing or null geometry',
    file: 'provinces',
    serve: mutated<ProvinceJson>((json) => {
      json.features[2]!.geometry = null;
      delete (json.features[3] as Partial<ProvinceJson>).geometry;
    }),
    outcome: { kind: 'partial', says: /^2 provinces in the boundaries file could not be drawn/, lost: 2 },
  },
  {
    name: 'coordinates out of range',
    file: 'provinces',
    serve: mutated<ProvinceJson>((json) => {
      const firstRing = (i: number) => {
        const { type, coordinates } = json.features[i]!.geometry!;
        return (type === 'Polygon' ? coordinates[0] : (coordinates[0] as unknown[])[0]) as unknown[];
      };
      // The first position of an outline off the globe, and of another not a number at all.
      firstRing(4)[0] = [999, 95];
      firstRing(5)[0] = ['x', null];
    }),
    outcome: { kind: 'partial', says: /^2 provinces in the boundaries file could not be drawn/, lost: 2 },
  },
  {
    name: 'unknown or repeated ISO codes',
    file: 'provinces',
    serve: mutated<ProvinceJson>((json) => {
      // Natural Earth's own codes (adm1_code) where ISO 3166-2 belongs, and a second Uruzgan.
      json.features[6]!.properties.iso = 'AFG-1753';
      json.features[7]!.properties.iso = json.features[8]!.properties.iso;
    }),
    outcome: { kind: 'partial', says: /^2 provinces in the boundaries file could not be drawn/, lost: 2 },
  },
  {
    name: 'a 20 MB file',
    file: 'provinces',
    serve: real((_json, text) => text + '\n'.repeat(TWENTY_MB - text.length)),
    outcome: { kind: 'error', says: /too large \(20\.0 MB/ },
  },
  {
    name: 'a valid file with some bad features',
    file: 'provinces',
    serve: mutated<ProvinceJson>((json) => {
      json.features[9]!.geometry = {
        type: 'Polygon',
        coordinates: [
          [
            [60, 30],
            [61, 30],
            [60, 30],
          ],
        ],
      };
      delete (json.features[10]!.properties as Partial<ProvinceJson['properties']>).name;
      json.features[11]!.geometry!.type = 'LineString';
    }),
    outcome: { kind: 'partial', says: /^3 provinces in the boundaries file could not be drawn/, lost: 3 },
  },
  {
    name: 'no province can be read',
    file: 'provinces',
    serve: mutated<ProvinceJson>((json) => {
      json.features = json.features.map(() => garbage({ type: 'Feature' }));
    }),
    outcome: { kind: 'error', says: /None of the provinces in the province boundaries file could be read/ },
  },
];

// --- what every fault must leave behind -----------------------------------------------------------

/** The faults whose page is kept as a picture, to be looked at. */
const SCREENSHOTS = new Set(['500', 'a valid file with some bad features']);

const ERROR_TITLES: Record<File, string> = {
  events: 'The claims could not be loaded',
  provinces: 'The map could not be drawn',
};
const LOADING: Record<File, string> = {
  events: 'Loading the claims…',
  provinces: 'Loading the map of Afghanistan…',
};

async function realTotals(page: Page): Promise<{ claims: number }> {
  const json = (await (await page.request.get('/data/events.geojson')).json()) as FileJson<EventJson>;
  claimsPerEvent = json.features.map((f) => f.properties.claims.length);
  return { claims: claimsPerEvent.reduce((a, b) => a + b, 0) };
}

/** The page still answers: its title, and a slider that moves. */
async function expectUsable(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Claimed Ground', level: 1 })).toBeVisible();
  const slider = page.getByRole('slider', { name: 'Month' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', 'December 2021');
}

/**
 * The map shows `n` provinces. A damaged boundaries file is the WebGL map's to cope with, so those
 * faults run with WebGL and count what MapLibre drew. The claims file's faults run without: the SVG
 * map, which the page's own first-paint data draws, is the map.
 */
async function expectMapShows(page: Page, file: File, n: number): Promise<void> {
  if (file === 'provinces')
    await expect(page.locator('.maplibregl-map').first()).toHaveAttribute(
      'data-provinces-drawn',
      String(n),
      MAP_DRAWN,
    );
  else await expect(page.locator('[data-province]')).toHaveCount(n);
}

const claimsShown = (page: Page, n: number) => page.getByText(new RegExp(`^${n} claims about \\d+ events`));
const provinceRows = (page: Page) =>
  page.getByRole('table', { name: 'Control claims by province' }).locator('tbody tr');

test.describe('a damaged file is reported, the rest still works, and Retry recovers', () => {
  for (const fault of FAULTS) {
    test(`${fault.file}: ${fault.name}`, fault.file === 'provinces' ? WEBGL : {}, async ({ page }) => {
      const totals = await realTotals(page);
      const outcome = typeof fault.outcome === 'function' ? fault.outcome() : fault.outcome;
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        // The browser's own line for a failed request is expected; anything else is not.
        if (message.type() === 'error' && !/Failed to load resource|net::ERR_/.test(message.text()))
          consoleErrors.push(message.text());
      });
      let faulty = true;
      await page.route(URLS[fault.file], (route) => (faulty ? fault.serve(route) : route.continue()));
      await page.goto('/?month=2021-08');

      if (outcome.kind === 'slow') {
        if (fault.file === 'events') {
          const loading = page.getByRole('status').filter({ hasText: LOADING[fault.file] });
          await expect(loading).toBeVisible();
          await expect(loading).toContainText('taking longer than usual');
          // A wait that lasts has a turning spinner.
          await expect(loading.locator('.spinner--on')).toBeVisible();
        } else {
          // The map does not wait for the boundaries file: its SVG first paint is drawn meanwhile.
          await expect(page.locator('[data-province]')).toHaveCount(TOTAL_PROVINCES);
          await expect(page.locator('[data-province="ghazni"]')).toBeVisible();
          await expect(page.getByText(LOADING[fault.file])).toHaveCount(0);
          // The charts, which only wait for the map, have no spinner.
          const charts = page.getByRole('region', { name: 'Charts' });
          await expect(charts.getByRole('status')).toContainText('Loading the charts…');
          // Read once, not waited for: it would come true when the map is drawn and the charts replace it.
          expect(await charts.locator('.spinner--on').count()).toBe(0);
        }
        await expectUsable(page);
        await expect(claimsShown(page, totals.claims)).toBeVisible({ timeout: 20_000 });
        await expectMapShows(page, fault.file, TOTAL_PROVINCES);
        await expect(page.getByRole('alert')).toHaveCount(0);
        expect(consoleErrors).toEqual([]);
        return;
      }

      let alert;
      if (outcome.kind === 'error') {
        alert = page.getByRole('alert').filter({ hasText: ERROR_TITLES[fault.file] });
        await expect(alert).toContainText(outcome.says);
        // The other file is unaffected: the map stays (its SVG first paint, from the data the page
        // carries), or the claims list shows without a map.
        if (fault.file === 'events') {
          await expect(page.locator('[data-province]')).toHaveCount(TOTAL_PROVINCES);
          await expect(page.locator('[data-province="ghazni"]')).toBeVisible();
          await expect(provinceRows(page)).toHaveCount(TOTAL_PROVINCES);
        } else await expect(claimsShown(page, totals.claims)).toBeVisible();
      } else {
        alert = page.getByRole('alert').filter({ hasText: 'The rest are shown' });
        await expect(alert.locator('p').first()).toHaveText(outcome.says);
        if (fault.file === 'events') {
          await expect(claimsShown(page, totals.claims - outcome.lost)).toBeVisible();
          await expectMapShows(page, fault.file, TOTAL_PROVINCES);
        } else {
          const drawn = TOTAL_PROVINCES - outcome.lost;
          await expectMapShows(page, fault.file, drawn);
          await expect(provinceRows(page)).toHaveCount(drawn);
          await expect(alert).toContainText(`the map shows ${drawn} of ${TOTAL_PROVINCES}`);
        }
      }
      await expectUsable(page);
      if (SCREENSHOTS.has(fault.name)) {
        await page.screenshot({
          path: `test-results/screens/fault-${fault.file}-${fault.name.replace(/\W+/g, '-')}.png`,
        });
      }

      faulty = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(claimsShown(page, totals.claims)).toBeVisible();
      await expect(provinceRows(page)).toHaveCount(TOTAL_PROVINCES);
      await expectMapShows(page, fault.file, TOTAL_PROVINCES);
      expect(consoleErrors).toEqual([]);
    });
  }
});
