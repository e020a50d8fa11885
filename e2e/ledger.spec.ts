// The claim ledger: each claimant's casualty figure, as said, event by event. Nothing adds up.

import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, openApp, test } from './fixtures';

interface ClaimJson {
  id: string;
  province: string | null;
  side: string;
  kind: string;
  claimant: string;
  article: string;
  quote: string;
  casualties?: { count: { words: string; low: number | null; high: number | null } };
}
interface EventsJson {
  articles: Array<{ id: string; outlet: string }>;
  features: Array<{ id: string; properties: { claims: ClaimJson[] } }>;
}

/** The dataset as the page reads it, so every expected figure comes from the data. */
async function dataset(page: Page): Promise<EventsJson> {
  const response = await page.request.get('/data/events.geojson');
  return (await response.json()) as EventsJson;
}
const casualtyClaims = (json: EventsJson) =>
  json.features.flatMap((f) => f.properties.claims).filter((c) => c.kind === 'casualties' && c.casualties);

const ledger = (page: Page) =>
  page
    .getByRole('region', { name: 'Charts' })
    .getByRole('figure', { name: 'Reported casualties by claimant, event by event' });

test('Ghazni in August 2018: “more than 140” as said, and no sum anywhere', async ({ page }) => {
  await openApp(page, '?month=2018-08&province=ghazni');
  const chart = ledger(page);
  await expect(chart.getByText('more than 140', { exact: true })).toBeVisible();
  await expect(chart.getByRole('heading', { name: 'Killed and injured' })).toBeVisible();
  // Never a sum of figures: not across claimants, not across events.
  await expect(page.locator('body')).not.toContainText('63 or more');
  // One mark per casualty claim about Ghazni, each with its own words.
  const ghazni = casualtyClaims(await dataset(page)).filter((c) => c.province === 'ghazni');
  await expect(chart.locator('.ledger__mark')).toHaveCount(ghazni.length);
  for (const claim of ghazni) {
    await expect(
      chart.locator('.ledger__words', { hasText: claim.casualties!.count.words }).first(),
    ).toBeVisible();
  }
  // The table states the same rows: its columns exactly these.
  await chart.getByRole('button', { name: 'Show the numbers as a table' }).click();
  const table = chart.getByRole('table', { name: /casualt/ });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Event',
    'Outcome',
    'Claimant',
    'Words',
    'Low',
    'High',
  ]);
  await expect(table.locator('tbody tr')).toHaveCount(ghazni.length);
  const row = table.getByRole('row').filter({ hasText: 'more than 140' });
  await expect(row.getByRole('cell')).toHaveText([
    'Ghazni, Aug 2018',
    'Afghan forces killed',
    /Zabiullah Mujahid.*\(Taliban\)/,
    '“more than 140”',
    '141',
    'open',
  ]);
  await page.screenshot({ path: 'test-results/screens/ledger-e2e-ghazni-1280.png', fullPage: true });
});

test('a mark shows its claim’s exact words and source on hover and on keyboard focus', async ({ page }) => {
  await openApp(page, '?month=2018-08&province=ghazni');
  const json = await dataset(page);
  const claim = casualtyClaims(json).find((c) => c.casualties!.count.words === 'more than 140')!;
  const outlet = json.articles.find((a) => a.id === claim.article)!.outlet;
  const chart = ledger(page);
  const mark = chart.getByRole('button', { name: new RegExp(`“more than 140”`) });
  await expect(mark).toHaveAccessibleName(/\(Taliban\).*141 or more.*Ghazni, Aug 2018, Afghan forces killed/);

  await mark.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText(`“${claim.quote}”`);
  await expect(tip).toContainText(claim.claimant);
  await expect(tip).toContainText(`Source: ${outlet}`);
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();

  // From the keyboard: Tab goes from a row's event to its marks; focus shows the same, and
  // describes the mark.
  await chart.getByRole('button', { name: 'Ghazni, Aug 2018' }).first().focus();
  await page.keyboard.press('Tab');
  const first = chart.locator('.ledger__mark').first();
  await expect(first).toBeFocused();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await expect(first).toHaveAttribute('aria-describedby', /.+/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toBeHidden();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/ledger-e2e-tooltip.png' });
  expect(await axeViolations(page, '.charts')).toEqual([]);
});

test('choosing a row’s event shows its month and province', async ({ page }) => {
  await openApp(page, '?month=2021-08');
  const chart = ledger(page);
  await chart.getByRole('button', { name: 'Ghazni, Aug 2018' }).first().click();
  await expect(page).toHaveURL(/month=2018-08/);
  await expect(page).toHaveURL(/province=ghazni/);
  // From the keyboard too.
  await openApp(page, '?month=2021-08');
  await ledger(page).getByRole('button', { name: 'Kunduz, Apr 2016' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/month=2016-04/);
  await expect(page).toHaveURL(/province=kunduz/);
});

test('killed and injured, and the other outcomes, each have a panel and a scale of their own', async ({
  page,
}) => {
  await openApp(page);
  const chart = ledger(page);
  const harm = chart.getByRole('region', { name: 'Killed and injured' });
  const status = chart.getByRole('region', { name: /^Captured, surrendered/ });
  await expect(harm.locator('.ledger__mark').first()).toBeVisible();
  const fled = casualtyClaims(await dataset(page)).find((c) => c.casualties!.count.words.includes('1,000'));
  if (fled) {
    await expect(status.getByText(fled.casualties!.count.words, { exact: true })).toBeVisible();
    await expect(harm.getByText(fled.casualties!.count.words, { exact: true })).toHaveCount(0);
  }
  // Each panel's axis ends where its own figures do.
  const lastTick = async (panel: typeof harm) =>
    (await panel.locator('.ledger__tick').last().textContent()) ?? '';
  expect(await lastTick(harm)).not.toBe(await lastTick(status));
  // Every number in every row sits inside its lane: nothing is off the scale.
  const outside = await chart.locator('.ledger__lanes').evaluateAll((lanes) =>
    lanes.flatMap((lane) => {
      const box = lane.getBoundingClientRect();
      return [...lane.querySelectorAll('.ledger__mark')]
        .map((m) => m.getBoundingClientRect())
        .filter((r) => r.left + r.width / 2 < box.left - 20 || r.left + r.width / 2 > box.right + 1)
        .map((r) => `${r.left}`);
    }),
  );
  expect(outside).toEqual([]);
});

test('side by side, the ledger shows both lenses’ claimants', async ({ page }) => {
  await openApp(page, '?month=2018-08&lens=taliban&compare=afghan_government&province=ghazni');
  const chart = ledger(page);
  const ghazni = casualtyClaims(await dataset(page)).filter(
    (c) => c.province === 'ghazni' && (c.side === 'taliban' || c.side === 'afghan_government'),
  );
  await expect(chart.locator('.ledger__mark')).toHaveCount(ghazni.length);
  await expect(chart.getByRole('button', { name: /\(Taliban\)/ }).first()).toBeVisible();
  await expect(chart.getByRole('button', { name: /\(Afghan government\)/ }).first()).toBeVisible();
  await expect(chart).toContainText('by the Taliban and by the Afghan government');
  await page.screenshot({ path: 'test-results/screens/ledger-e2e-compare-1280.png', fullPage: true });
});

for (const width of [320, 375]) {
  test(`at ${width} px the ledger fits: the page never scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const query of ['?month=2018-08&province=ghazni', '', '?compare=taliban']) {
      await openApp(page, query);
      const chart = ledger(page);
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('.ledger__mark').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Nothing in the ledger reaches past the screen's edge.
      const widest = await chart.evaluate((el) =>
        Math.max(...[...el.querySelectorAll('.ledger *')].map((e) => e.getBoundingClientRect().right)),
      );
      expect(widest).toBeLessThanOrEqual(width);
    }
    await page.screenshot({ path: `test-results/screens/ledger-e2e-compare-${width}.png`, fullPage: true });
  });
}

test('the embed shows the ledger, fitting 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openApp(page, '?embed=1&month=2018-08&province=ghazni');
  await page.getByText('Reported casualties by claimant', { exact: true }).click();
  // The embed has no Charts region: the ledger is in its own disclosure.
  const chart = page.getByRole('figure', { name: 'Reported casualties by claimant, event by event' });
  await expect(chart.getByText('more than 140', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await chart.screenshot({ path: 'test-results/screens/ledger-e2e-embed-320.png' });
  expect(await axeViolations(page, '.embed-chart')).toEqual([]);
});

test('axe finds nothing in the ledger with its table shown', async ({ page }) => {
  await openApp(page, '?year=2021');
  const chart = ledger(page);
  await chart.getByRole('button', { name: 'Show the numbers as a table' }).click();
  await expect(chart.getByRole('table')).toBeVisible();
  expect(await axeViolations(page, '.charts')).toEqual([]);
});
