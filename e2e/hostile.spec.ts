// Hostile input: a dataset whose words are HTML and script. Every quote, claimant, place and
// source must reach the reader as the literal text, and nothing in it may run or become markup.

import type { Page } from '@playwright/test';
import { expect, openApp, test, WEBGL } from './fixtures';

const PAYLOADS = {
  script: '<script>window.__pwned = "script"</script>',
  img: `<img src=x onerror="window.__pwned = 'img'">`,
  svg: `"><svg onload="window.__pwned = 'svg'"></svg>`,
  href: 'javascript:window.__pwned = "href"',
  iframe: `<iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>`,
  element: '<b id="pwned-element">bold</b>',
  style: '<style>body { display: none }</style>',
  template: '{{constructor.constructor("window.__pwned = 1")()}} ${window.__pwned = 2}',
} as const;

interface ClaimJson {
  claimant: string;
  quote: string;
  place_name: string | null;
  caveat: string | null;
  kind: string;
  casualties?: { count: { words: string } };
}
interface EventsJson {
  articles: Array<{ outlet: string; headline: string }>;
  features: Array<{ id: string; properties: { name: string; place_name: string; claims: ClaimJson[] } }>;
}

/** Serves the real dataset with the Ghazni 2018 event's words replaced by payloads. */
async function serveHostileDataset(page: Page): Promise<void> {
  await page.route('**/data/events.geojson', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as EventsJson;
    const event = json.features.find((f) => f.id === 'ghazni-2018-08')!;
    event.properties.name = `${PAYLOADS.img} Ghazni assault`;
    event.properties.place_name = PAYLOADS.svg;
    event.properties.claims.forEach((claim, i) => {
      claim.claimant = `${PAYLOADS.script} claimant ${i}`;
      claim.quote = `${[PAYLOADS.element, PAYLOADS.href, PAYLOADS.template][i % 3]} quote ${i}`;
      claim.place_name = PAYLOADS.svg;
      if (i === 0) claim.caveat = PAYLOADS.iframe;
      if (claim.casualties) claim.casualties.count.words = PAYLOADS.img;
    });
    for (const article of json.articles) {
      article.outlet = PAYLOADS.style;
      article.headline = PAYLOADS.href;
    }
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) });
  });
}

/** Anything the payloads could have become if they were read as markup or code. */
async function traces(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    element: document.getElementById('pwned-element') !== null,
    images: document.querySelectorAll('img[src="x"]').length,
    frames: document.querySelectorAll('iframe').length,
    styles: [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('display: none'))
      .length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
    javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => /^on/i.test(a.name)),
    ).length,
    bodyShown: getComputedStyle(document.body).display !== 'none',
  }));
}

const CLEAN = {
  pwned: null,
  element: false,
  images: 0,
  frames: 0,
  styles: 0,
  scripts: 0,
  javascriptLinks: 0,
  handlers: 0,
  bodyShown: true,
};

test('HTML and script in the dataset are shown as text and never run', WEBGL, async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content[ -]Security[ -]Policy/i.test(m.text())) violations.push(m.text());
  });
  await serveHostileDataset(page);

  // The overview: the event's name, and its map marker's label.
  await openApp(page, '?month=2018-08');
  await expect(
    page.getByRole('button', { name: `${PAYLOADS.img} Ghazni assault`, exact: true }),
  ).toBeVisible();
  await expect(page.getByText(`${PAYLOADS.svg} · 16 claims`)).toBeVisible();
  const label = `${PAYLOADS.img} Ghazni assault, ${PAYLOADS.svg}, Aug 2018: 16 claims`;
  await expect(page.getByRole('button', { name: label, exact: true })).toHaveAttribute('title', label);

  // The province's claims: claimants, quotes, caveat and sources.
  await page.getByRole('combobox', { name: 'Province' }).fill('Ghazni');
  await page.getByRole('combobox', { name: 'Province' }).press('Enter');
  const panel = page.getByRole('complementary', { name: 'Filters and claims' });
  await expect(panel.getByRole('heading', { name: 'Ghazni', level: 2 })).toBeVisible();
  await expect(panel.getByText(`${PAYLOADS.script} claimant 0`, { exact: true })).toBeVisible();
  await expect(panel.getByText(`${PAYLOADS.element} quote 0`, { exact: true })).toBeVisible();
  await expect(panel.getByText(`${PAYLOADS.href} quote 1`, { exact: true })).toBeVisible();
  await expect(panel.getByText(`${PAYLOADS.template} quote 2`, { exact: true })).toBeVisible();
  await expect(panel.getByText(`The report adds: “${PAYLOADS.iframe}”`)).toBeVisible();
  await expect(panel.getByText(`Source: ${PAYLOADS.style}, “${PAYLOADS.href}”`).first()).toBeVisible();

  // The claim ledger's tooltip repeats claimants, count words and quotes.
  const charts = page.getByRole('region', { name: 'Charts' });
  await charts.locator('.ledger__mark').first().hover();
  await expect(page.locator('.chart-tooltip')).toContainText(`${PAYLOADS.script} claimant`);
  await expect(charts.getByText(PAYLOADS.img, { exact: true }).first()).toBeVisible();

  // The method dialog lists the sources.
  await page.getByRole('button', { name: 'How to read this' }).click();
  const dialog = page.getByRole('dialog', { name: 'How to read this map' });
  await expect(
    dialog
      .getByRole('listitem')
      .filter({ hasText: `${PAYLOADS.style}, “${PAYLOADS.href}”` })
      .first(),
  ).toBeVisible();

  expect(await traces(page)).toEqual(CLEAN);
  expect(violations).toEqual([]);

  // A test of the test: the same words parsed as markup are caught.
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), PAYLOADS.element);
  expect((await traces(page)).element).toBe(true);
});
