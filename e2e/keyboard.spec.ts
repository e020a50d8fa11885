import type { Locator, Page } from '@playwright/test';
import { settle } from '../scripts/bench/measure';
import { expect, openApp, shot, test, WEBGL } from './fixtures';

/** How the focused element shows it: its own outline or box-shadow, or its label's (the lens chips). */
async function focusIndicator(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'nothing is focused';
    const name = `${focused.tagName.toLowerCase()} "${focused.getAttribute('aria-label') ?? focused.textContent?.trim().slice(0, 40)}"`;
    // An outline drawn outside the element is lost when an ancestor clips it (as the map does).
    const clipped = (el: Element, grow: number, width: number) => {
      const r = el.getBoundingClientRect();
      let [left, top, right, bottom] = [
        r.left - grow - width,
        r.top - grow - width,
        r.right + grow + width,
        r.bottom + grow + width,
      ];
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).overflow === 'visible') continue;
        const c = a.getBoundingClientRect();
        [left, top, right, bottom] = [
          Math.max(left, c.left),
          Math.max(top, c.top),
          Math.min(right, c.right),
          Math.min(bottom, c.bottom),
        ];
      }
      // Visible if what is left of the ring's outer box reaches beyond its inner edge.
      return !(
        left < r.left - grow ||
        top < r.top - grow ||
        right > r.right + grow ||
        bottom > r.bottom + grow
      );
    };
    for (const el of [focused, focused.closest('label')]) {
      if (!el) continue;
      const style = getComputedStyle(el);
      const width = parseFloat(style.outlineWidth);
      if (style.outlineStyle !== 'none' && width > 0) {
        if (clipped(el, parseFloat(style.outlineOffset), width)) return `clipped outline on ${name}`;
        return `outline ${style.outlineWidth}`;
      }
      if (style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
    }
    return `no focus indicator on ${name}`;
  });
}

async function expectVisibleFocus(page: Page): Promise<void> {
  expect(await focusIndicator(page)).toMatch(/^(outline|box-shadow) /);
}

/**
 * Presses `key` until `target` has the focus, checking at every stop on the way that the
 * focused element shows it. Fails after `limit` presses.
 */
async function pressUntilFocused(page: Page, key: string, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    await expectVisibleFocus(page);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${key} ×${limit} never reached ${target.toString()}`);
}

test(
  'the main flows work from the keyboard alone, with the focus always visible',
  WEBGL,
  async ({ page }) => {
    await openApp(page, '?month=2018-08');
    const slider = page.getByRole('slider', { name: 'Month' });

    // From the top of the page, through the header, the map and its markers, to the slider.
    await pressUntilFocused(page, 'Tab', slider);
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', 'September 2018');
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', 'January 2015');
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', 'December 2021');
    await expect(page).toHaveURL(/month=2021-12/);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(slider).toHaveAttribute('aria-valuetext', 'December 2018');
    await expectVisibleFocus(page);
    await shot(page, 'keyboard-slider-focus');

    // Play and pause.
    await pressUntilFocused(page, 'Shift+Tab', page.getByRole('button', { name: 'Play through the months' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
    await expect(slider).not.toHaveAttribute('aria-valuetext', 'December 2018');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play through the months' })).toBeFocused();
    const paused = await slider.getAttribute('aria-valuetext');
    await page.waitForTimeout(1500);
    await expect(slider).toHaveAttribute('aria-valuetext', paused!);
    await expectVisibleFocus(page);

    // A lens: Tab into the radio group lands on the chosen one; arrows choose.
    await pressUntilFocused(page, 'Tab', page.getByRole('radio', { name: 'All claimants' }));
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Taliban' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Taliban' })).toBeFocused();
    await expect(page).toHaveURL(/lens=taliban/);
    await expectVisibleFocus(page);
    await shot(page, 'keyboard-lens-focus');

    // Back to all claimants, then a province from the list, by name.
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: 'All claimants' })).toBeChecked();
    const province = page.getByRole('combobox', { name: 'Province' });
    await pressUntilFocused(page, 'Tab', province);
    await page.keyboard.type('Ghazni');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/province=ghazni/);

    // Its claims: the panel names the province and lists what each side said.
    const panel = page.getByRole('complementary', { name: 'Filters and claims' });
    await expect(panel.getByRole('heading', { name: 'Ghazni', level: 2 })).toBeVisible();
    await expect(panel.getByRole('article').first()).toBeVisible();
    await pressUntilFocused(page, 'Tab', panel.getByRole('button', { name: 'Close Ghazni' }));
    await shot(page, 'keyboard-close-focus');

    // A chart's text alternative.
    const charts = page.getByRole('region', { name: 'Charts' });
    const show = charts.getByRole('button', { name: 'Show the numbers as a table' }).first();
    await pressUntilFocused(page, 'Tab', show);
    await page.keyboard.press('Enter');
    const table = charts.getByRole('table', { name: /Reported casualties by claimant/ });
    await expect(table).toBeVisible();
    await expect(table).toContainText('Taliban');
    await expect(charts.getByRole('button', { name: 'Hide the numbers as a table' })).toBeFocused();
    await expectVisibleFocus(page);
    await shot(page, 'keyboard-chart-table-focus');
  },
);

test('the “How to read this” dialog opens and closes from the keyboard and gives the focus back', async ({
  page,
}) => {
  await openApp(page);
  const open = page.getByRole('button', { name: 'How to read this' });
  await pressUntilFocused(page, 'Tab', open);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'How to read this map' });
  await expect(dialog).toBeVisible();
  // The modal dialog takes the focus to its first control.
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await expectVisibleFocus(page);
});

test('the table view’s provinces open their claims from the keyboard', async ({ page }) => {
  await openApp(page, '?month=2021-07&view=table');
  const table = page.getByRole('table', { name: 'Control claims by province' });
  const badghis = table.getByRole('button', { name: 'Badghis' });
  await badghis.focus();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/province=badghis/);
  await expect(page.getByRole('heading', { name: 'Badghis', level: 2 })).toBeVisible();
});

test.describe('prefers-reduced-motion', () => {
  /**
   * Opens the app and waits until the page has settled: the charts, which start rendering once the
   * map is ready, have been drawn and the main thread has been idle for a while. Otherwise their
   * first render would fall in the camera's move.
   */
  async function openSettled(page: Page, query: string): Promise<void> {
    await openApp(page, query);
    await expect(page.getByRole('heading', { name: 'Reported casualties by claimant' })).toBeVisible();
    await settle(page);
  }

  /**
   * How long the camera's move after `act` took, in ms, as the map records it at `moveend`. An ease
   * lasts its duration however few frames a busy machine draws in it; a jump takes none.
   */
  async function cameraMoveMs(page: Page, act: () => Promise<void>): Promise<number> {
    const map = page.locator('.maplibregl-map').first();
    // Whatever an earlier move recorded (a resize at the hand-over, say) is cleared first, so the
    // figure read is the move `act` starts (a resize during an ease records nothing: MapLibre).
    await map.evaluate((el: HTMLElement) => delete el.dataset.cameraMoveMs);
    await act();
    await expect(map).toHaveAttribute('data-camera-move-ms', /^\d+$/);
    return Number(await map.getAttribute('data-camera-move-ms'));
  }

  async function selectGhazni(page: Page): Promise<void> {
    await page.getByRole('combobox', { name: 'Province' }).fill('Ghazni');
    await page.getByRole('combobox', { name: 'Province' }).press('Enter');
  }

  test(
    'selecting a province jumps the camera instead of easing, and nothing animates',
    WEBGL,
    async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openSettled(page, '?month=2018-08');
      // A jump starts and ends in one go; the ease lasts 800 ms.
      expect(await cameraMoveMs(page, () => selectGhazni(page))).toBeLessThan(200);
      expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    },
  );

  test('without the preference the camera eases (the test above can fail)', WEBGL, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openSettled(page, '?month=2018-08');
    expect(await cameraMoveMs(page, () => selectGhazni(page))).toBeGreaterThanOrEqual(750);
  });
});
