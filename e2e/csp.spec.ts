import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../vite.config';
import { expect, openApp, test, WEBGL } from './fixtures';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(
  page: Page,
): Promise<{ events: () => Promise<Violation[]>; console: string[] }> {
  await page.addInitScript(() => {
    const seen: Array<{ directive: string; blocked: string; source: string }> = [];
    (window as unknown as { __cspViolations: typeof seen }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
      }),
    );
  });
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) console.push(message.text());
  });
  return {
    events: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations),
    console,
  };
}

test(
  'the preview server sends the strict policy, and the whole dashboard works under it',
  WEBGL,
  async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto('/?month=2018-08');
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    await openApp(page, '?month=2018-08');
    await expect(page.locator('.maplibregl-map').first()).toHaveAttribute('data-provinces-drawn', '34');

    // The flows that run the most code: a province, two maps side by side, the charts and their
    // tables, the slider playing, the method dialog, the map under the pointer.
    await page.getByRole('combobox', { name: 'Province' }).fill('Ghazni');
    await page.getByRole('combobox', { name: 'Province' }).press('Enter');
    await expect(page.getByRole('heading', { name: 'Ghazni', level: 2 })).toBeVisible();
    await page.getByLabel('Compare side by side with').selectOption({ label: 'Taliban' });
    await expect(page.locator('.maplibregl-map')).toHaveCount(2);
    await expect(page.locator('.maplibregl-map').nth(1)).toHaveAttribute('data-provinces-drawn', '34');
    const charts = page.getByRole('region', { name: 'Charts' });
    await charts.getByRole('button', { name: 'Show the numbers as a table' }).first().click();
    await expect(charts.getByRole('table').first()).toBeVisible();
    const mark = charts.locator('.ledger__mark').first();
    await mark.hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await charts.getByRole('gridcell').first().click();
    await page.getByRole('button', { name: 'Play through the months' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'How to read this' }).click();
    await expect(page.getByRole('dialog', { name: 'How to read this map' })).toBeVisible();
    await page.keyboard.press('Escape');
    const box = await page.locator('.maplibregl-canvas').first().boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(500);

    // The embeddable layout too: it is what other sites frame.
    await openApp(page, '?embed=1&month=2021-08');
    await expect(page.locator('.maplibregl-map').first()).toHaveAttribute('data-provinces-drawn', '34');

    expect(await violations.events()).toEqual([]);
    expect(violations.console).toEqual([]);
  },
);

test('the policy is enforced: an inline script is refused and reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await openApp(page);
  // A test of the test: an injected inline script must not run, and must be seen as a violation.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
  });
  await expect.poll(() => violations.events()).toHaveLength(1);
  expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
  expect((await violations.events())[0]?.directive).toBe('script-src-elem');
});

test('the README gives deployers exactly the policy the tests run under', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  expect(readme).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
});
