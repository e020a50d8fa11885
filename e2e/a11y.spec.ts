import type { Page } from '@playwright/test';
import { contrastRatio, over, parseColor } from '../src/app/contrast';
import { axeViolations } from './axe';
import { expect, openApp, test, WEBGL } from './fixtures';

const VIEWS: Array<[name: string, query: string, open?: (page: Page) => Promise<void>]> = [
  ['the full dashboard', ''],
  [
    'a province drill-down',
    '?month=2018-08&province=ghazni',
    async (page) => {
      await expect(page.getByRole('heading', { name: 'Ghazni', level: 2 })).toBeVisible();
    },
  ],
  [
    'the table view',
    '?view=table',
    async (page) => {
      await expect(page.getByRole('table', { name: 'Control claims by province' })).toBeVisible();
    },
  ],
  [
    'the side-by-side comparison',
    '?month=2018-08&lens=taliban&compare=afghan_government',
    async (page) => {
      await expect(page.locator('.maplibregl-map')).toHaveCount(2);
    },
  ],
  [
    'the “How to read this” dialog',
    '?month=2018-08',
    async (page) => {
      await page.getByRole('button', { name: 'How to read this' }).click();
      await expect(page.getByRole('dialog', { name: 'How to read this map' })).toBeVisible();
    },
  ],
  ['the embed layout', '?month=2018-08&province=ghazni&embed=1'],
  ['the embed layout in dark colours', '?month=2018-08&province=ghazni&embed=1&theme=dark'],
  [
    'side by side with a province',
    '?month=2018-08&lens=taliban&compare=afghan_government&province=ghazni',
    async (page) => {
      await expect(page.getByRole('group', { name: 'Taliban say' }).first()).toBeVisible();
    },
  ],
  [
    'the embed dialog',
    '?month=2018-08',
    async (page) => {
      await page.getByText('Share & download').click();
      await page.getByRole('button', { name: 'Embed', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Embed this map' })).toBeVisible();
      await expect(
        page
          .frameLocator('iframe')
          .first()
          .getByRole('heading', { name: 'What the claims say about who holds each Afghan province' }),
      ).toBeVisible();
    },
  ],
  [
    'the charts with their tables shown',
    '?year=2016',
    async (page) => {
      const charts = page.getByRole('region', { name: 'Charts' });
      const show = charts.getByRole('button', { name: 'Show the numbers as a table' });
      // Each click renames its button ("Hide …"), so the next one is always the first left.
      while ((await show.count()) > 0) await show.first().click();
      await expect(charts.getByRole('table')).toHaveCount(2);
    },
  ],
];

// The views whose map is scanned as MapLibre draws it (its canvas and controls); the others with
// the SVG map, as without WebGL.
const WEBGL_VIEWS = new Set(['the full dashboard', 'the side-by-side comparison']);

test.describe('axe finds no WCAG 2.1 AA violation', () => {
  for (const [name, query, open] of VIEWS) {
    test(name, WEBGL_VIEWS.has(name) ? WEBGL : {}, async ({ page }) => {
      await openApp(page, query);
      await expect(page.getByRole('heading').first()).toBeVisible();
      await open?.(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

// axe leaves text inside the charts' SVG "incomplete" (it cannot see what lies behind SVG), so
// the charts' words are measured here: each one's colour against the white page.
test('every word in the charts has 4.5:1 contrast', async ({ page }) => {
  await openApp(page);
  const charts = page.getByRole('region', { name: 'Charts' });
  await expect(
    charts.getByRole('heading', { name: 'What the claims say about each province, month by month' }),
  ).toBeVisible();
  // The words drawn over the charts' marks, bars, gridlines and cells: the ledger's figures and
  // axes, the strip's provinces, years and key.
  const CHART_WORDS = [
    'svg text',
    '.ledger__words',
    '.ledger__tick',
    '.ledger__axis-note',
    '.ledger__key li',
    '.strip__name',
    '.strip__years span',
    '.strip__key li',
  ].join(', ');
  const words = await charts.evaluate(
    (region, selector) =>
      [...region.querySelectorAll<SVGTextElement | HTMLElement>(selector)]
        .filter((el) => el.getBoundingClientRect().width > 0 && el.textContent?.trim())
        .map((el) => {
          const style = getComputedStyle(el);
          const colour = el instanceof SVGElement ? style.fill : style.color;
          return {
            text: el.textContent ?? '',
            colour,
            opacity: Number(style.opacity) * Number(style.fillOpacity),
          };
        }),
    CHART_WORDS,
  );
  expect(words.length).toBeGreaterThan(20);
  const white = parseColor('#ffffff');
  const weak = words
    .map((w) => ({ ...w, ratio: contrastRatio(over(parseColor(w.colour), white, w.opacity), white) }))
    .filter((w) => w.ratio < 4.5)
    .map((w) => `"${w.text}" in ${w.colour}: ${w.ratio.toFixed(2)}:1`);
  expect(weak).toEqual([]);
});

test('the Share & download menu closes with Escape or a click elsewhere, and focus comes back to it', async ({
  page,
}) => {
  await openApp(page, '?month=2018-08');
  const menuButton = page.getByText('Share & download');
  const embed = page.getByRole('button', { name: 'Embed', exact: true });

  await menuButton.click();
  await expect(embed).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(embed).toBeHidden();
  await expect(menuButton).toBeFocused();

  await menuButton.click();
  await expect(embed).toBeVisible();
  await page.getByRole('heading', { name: 'Claimed Ground' }).click();
  await expect(embed).toBeHidden();

  // The Embed item is hidden once the dialog is open: closing the dialog focuses the menu's button.
  await menuButton.click();
  await embed.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(menuButton).toBeFocused();
});
