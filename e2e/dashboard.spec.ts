import { expect, openApp, shot, statusOf, test, waitForMapDrawn, WEBGL } from './fixtures';

test.describe('the status table', () => {
  test('January 2015: every province has no claim', async ({ page }) => {
    await openApp(page, '?month=2015-01');
    const table = page.getByRole('table', { name: 'Control claims by province' });
    const statuses = await table.locator('tbody tr td:first-of-type').allTextContents();
    expect(statuses).toHaveLength(34);
    expect(new Set(statuses)).toEqual(new Set(['No claim']));
  });

  // The readings a reader checks first, each at its deep link (the rules: docs/codebook.md).
  const CASES: Array<[query: string, province: string, status: RegExp]> = [
    ['?month=2018-08', 'Ghazni', /^Disputed · /],
    ['?month=2018-08&lens=taliban', 'Ghazni', /^Fighting · Taliban gains claimed/],
    ['?month=2018-08&lens=afghan_government', 'Ghazni', /^Fighting · government holds part/],
    [
      '?month=2018-08&lens=us_forces',
      'Ghazni',
      /^Fighting · government holds part · one side only \(US forces\)$/,
    ],
    ['?month=2018-12', 'Ghazni', /^Disputed/],
    ['?month=2019-09', 'Ghazni', /^No recent claim$/],
    ['?month=2021-07', 'Badghis', /^(Disputed|Fighting)/],
    ['?month=2021-08', 'Ghazni', /^Taliban · conceded by the Afghan government/],
    ['?month=2021-08&lens=afghan_government', 'Ghazni', /^Taliban · conceded/],
    ['?month=2021-08', 'Kandahar', /^Fighting/],
    ['?month=2021-08&lens=taliban', 'Kandahar', /^Fighting · Taliban gains claimed/],
    ['?month=2021-08', 'Farah', /^No recent claim$/],
  ];
  for (const [query, province, status] of CASES) {
    test(`${province} at ${query}: ${status.source}`, async ({ page }) => {
      await page.goto(`/${query}`);
      await expect(statusOf(page, province)).toHaveText(status);
    });
  }

  test('side by side, Ghazni in August 2018 has two different readings', async ({ page }) => {
    await page.goto('/?month=2018-08&lens=taliban');
    const taliban = await statusOf(page, 'Ghazni').textContent();
    await page.goto('/?month=2018-08&lens=afghan_government');
    await expect(statusOf(page, 'Ghazni')).not.toHaveText(taliban ?? '');
  });

  test('the table sorts by each column', async ({ page }) => {
    await page.goto('/?month=2021-08&view=table');
    const table = page.getByRole('table', { name: 'Control claims by province' });
    await expect(statusOf(page, 'Ghazni')).toHaveText(/^Taliban/);
    const firstRow = () => table.locator('tbody tr').first().locator('th');
    await expect(firstRow()).toHaveText('Badakhshan');
    await table.getByRole('button', { name: 'Status' }).click();
    await expect(table.getByRole('columnheader', { name: 'Status' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(firstRow()).toHaveText('Ghazni');
    await table.getByRole('button', { name: 'Latest claim' }).click();
    // Newest first: Ghazni's and the others' claims of 12 Aug 2021.
    await expect(table.locator('tbody tr').first().locator('td').last()).toContainText('12 Aug 2021');
    await table.getByRole('button', { name: 'Province' }).click();
    await table.getByRole('button', { name: 'Province' }).click();
    await expect(table.getByRole('columnheader', { name: 'Province' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(firstRow()).toHaveText('Zabul');
  });

  test('a screen reader hears which readings changed when the month changes', async ({ page }) => {
    await openApp(page, '?month=2021-07');
    const announcer = page.getByTestId('reading-announcer');
    await expect(announcer).toHaveText('');
    const slider = page.getByRole('slider', { name: /month/i });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue(/./);
    await expect(announcer).toHaveAttribute('aria-live', 'polite');
    await expect(announcer).toHaveText(/^August 2021: .*Ghazni now Taliban, was No recent claim/);
    await page.getByRole('radio', { name: 'Taliban' }).check();
    await expect(announcer).toHaveText(/^Taliban, August 2021: .*Badghis now No claim, was Disputed/);
  });

  test('the Table toggle takes the reader, and the focus, to the table', async ({ page }) => {
    await openApp(page, '?month=2018-08');
    const table = page.getByRole('table', { name: 'Control claims by province' });
    await expect(table).not.toBeInViewport();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(page).toHaveURL(/view=table/);
    await expect(table).toBeInViewport();
    await expect(table).toBeFocused();
    // A date is written no more precisely than its claim: Jowzjan's latest is only week-precise.
    await expect(table.getByRole('row', { name: /^Jowzjan\b/ })).toContainText('week of 11 Apr 2016');
    await shot(page, 'desktop-table');
  });
});

test('drill-down on Ghazni shows the Taliban’s casualty claim with its words and claimant', async ({
  page,
}) => {
  await openApp(page, '?month=2018-08');
  await page.getByRole('combobox', { name: 'Province' }).fill('Ghazni');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/province=ghazni/);
  const panel = page.getByRole('complementary', { name: 'Filters and claims' });
  await expect(panel.getByRole('heading', { name: 'Ghazni', level: 2 })).toBeVisible();
  const taliban = panel.getByRole('group', { name: 'Taliban say' });
  const claim = taliban.getByRole('article').filter({ hasText: 'more than 140 Afghan soldiers were killed' });
  await expect(claim).toContainText('Zabiullah Mujahid');
  // The count as said first; the normalised range after it.
  await expect(claim).toContainText('Afghan forces killed: “more than 140” (141 or more)');
  // Never a generated verdict such as "is contested".
  await expect(panel).not.toContainText('contested');
  await expect(claim).toContainText('Source:');
  await shot(page, 'desktop-ghazni-2018');
});

test('the province list finds a province by another spelling, and an empty year says so', async ({
  page,
}) => {
  await openApp(page, '?year=2016');
  await page.getByRole('combobox', { name: 'Province' }).fill('Ghazny');
  await page.getByRole('combobox', { name: 'Province' }).press('Enter');
  await expect(page).toHaveURL(/province=ghazni/);
  await expect(page.getByText('No claims in the reports for Ghazni in 2016.')).toBeVisible();
});

test('clicking a province on the map opens its claims', WEBGL, async ({ page }) => {
  await openApp(page, '?month=2021-08');
  const box = await page.locator('.maplibregl-canvas').first().boundingBox();
  // The province under the map's centre is picked from the rendered features, not hard-coded.
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(page).toHaveURL(/province=[a-z-]+/);
  await expect(page.getByRole('button', { name: /^Close / })).toBeVisible();
  // Beside the map on a desktop, the claims need no pointer to them.
  await expect(page.getByRole('button', { name: /^Read the claims about/ })).toBeHidden();
});

test('on a phone, a tap on the map points to the claims below it', WEBGL, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openApp(page, '?month=2021-08');
  const box = await page.locator('.maplibregl-canvas').first().boundingBox();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(page).toHaveURL(/province=[a-z-]+/);
  const slug = new URL(page.url()).searchParams.get('province')!;
  const heading = page.getByRole('heading', { level: 2, name: new RegExp(slug.split('-')[0]!, 'i') });
  await expect(heading).not.toBeInViewport();
  await page.getByRole('button', { name: /^Read the claims about/ }).click();
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
});

test.describe('the time slider', () => {
  test('is keyboard operable and names the month', async ({ page }) => {
    await openApp(page, '?month=2018-08');
    const slider = page.getByRole('slider', { name: 'Month' });
    await expect(slider).toHaveAttribute('aria-valuetext', 'August 2018');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', 'September 2018');
    await page.keyboard.press('PageUp');
    await expect(slider).toHaveAttribute('aria-valuetext', 'September 2019');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(slider).toHaveAttribute('aria-valuetext', 'September 2017');
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', 'January 2015');
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', 'December 2021');
    await expect(page).toHaveURL(/month=2021-12/);
  });

  test('plays through the months and pauses', async ({ page }) => {
    await openApp(page, '?month=2016-01');
    await page.getByLabel('Speed').selectOption({ label: 'Fast' });
    await page.getByRole('button', { name: 'Play through the months' }).click();
    const slider = page.getByRole('slider', { name: 'Month' });
    // Polled, not matched to one month: a busy machine may render two steps between looks.
    await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThanOrEqual(14);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await slider.getAttribute('aria-valuetext');
    await page.waitForTimeout(1000);
    await expect(slider).toHaveAttribute('aria-valuetext', paused!);
    expect(paused).not.toBe('January 2016');
  });

  test('stops at the end', async ({ page }) => {
    await openApp(page, '?month=2021-10');
    await page.getByLabel('Speed').selectOption({ label: 'Fast' });
    await page.getByRole('button', { name: 'Play through the months' }).click();
    await expect(page.getByRole('slider', { name: 'Month' })).toHaveAttribute(
      'aria-valuetext',
      'December 2021',
    );
    await expect(page.getByRole('button', { name: 'Play through the months' })).toBeVisible();
  });

  test('each status change is measured', async ({ page }) => {
    await openApp(page, '?month=2018-08');
    const before = await page.evaluate(() => performance.getEntriesByName('status-update').length);
    await page.getByRole('slider', { name: 'Month' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('status-update').length))
      .toBeGreaterThan(before);
  });
});

test('the URL restores a view, Back and Forward step through changes, Reset clears', async ({ page }) => {
  await openApp(page, '?month=2018-08&province=ghazni&lens=taliban&year=2018');
  await expect(page.getByRole('radio', { name: 'Taliban' })).toBeChecked();
  await expect(page.getByLabel('Year')).toHaveValue('2018');
  await expect(page.getByRole('heading', { name: 'Ghazni', level: 2 })).toBeVisible();

  await page.getByRole('radio', { name: 'Afghan government' }).check();
  await expect(page).toHaveURL(/lens=afghan_government/);
  await page.getByRole('slider', { name: 'Month' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/month=2018-09/);

  await page.goBack();
  await expect(page).toHaveURL(/month=2018-08/);
  await expect(page.getByRole('slider', { name: 'Month' })).toHaveAttribute('aria-valuetext', 'August 2018');
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Taliban' })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole('radio', { name: 'Afghan government' })).toBeChecked();

  await page.reload();
  await waitForMapDrawn(page);
  await expect(page.getByRole('radio', { name: 'Afghan government' })).toBeChecked();

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('radio', { name: 'All claimants' })).toBeChecked();
});

test('a garbage URL falls back to defaults', async ({ page }) => {
  await openApp(page, '?month=9999-99&lens=%3Cb%3E&province=nowhere&year=abc&view=globe');
  await expect(page.getByRole('slider', { name: 'Month' })).toHaveAttribute('aria-valuetext', 'August 2021');
  await expect(page.getByRole('radio', { name: 'All claimants' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Events in the reports' })).toBeVisible();
});

test('the charts show a year’s casualty claims and change with the lens', async ({ page }) => {
  await openApp(page, '?year=2016');
  const charts = page.getByRole('region', { name: 'Charts' });
  await charts.getByRole('button', { name: 'Show the numbers as a table' }).first().click();
  const table = charts.getByRole('table', { name: /Reported casualties by claimant/ });
  await expect(table).toContainText('Afghan government');
  await expect(table).toContainText('Taliban');
  await expect(table.getByRole('row').filter({ hasText: 'Captured' })).toContainText('55');
  await page.getByRole('radio', { name: 'Afghan government' }).check();
  await expect(table).not.toContainText('Captured');
  await expect(table.getByRole('row').filter({ hasText: 'Killed' }).first()).toContainText('38');
});

test('side-by-side comparison of two lenses', WEBGL, async ({ page }) => {
  await openApp(page, '?month=2018-08&lens=taliban&compare=afghan_government');
  await expect(page.getByText('Taliban say', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Afghan government says', { exact: true }).first()).toBeVisible();
  await expect(page.locator('.maplibregl-map')).toHaveCount(2);
  // The line under the maps speaks for both, not for the first map's side alone.
  await expect(page.locator('.map-info')).toHaveText('August 2018');
  await shot(page, 'desktop-compare');
  await openApp(page, '?month=2018-08&lens=taliban&compare=afghan_government&province=ghazni');
  await expect(page.locator('.map-info')).toHaveText(
    'Ghazni, August 2018: Taliban say: Fighting, Taliban gains claimed · Afghan government says: Fighting, government holds part',
  );
});

test('event markers are keyboard reachable and open their province', WEBGL, async ({ page }) => {
  await openApp(page, '?month=2018-08');
  const marker = page.getByRole('button', { name: /Taliban assault on Ghazni city/ }).first();
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/province=ghazni/);
});

test(
  'no event marker hides another (Kunduz and Ghazni each have two events at one place), nor a name',
  WEBGL,
  async ({ page }) => {
    await openApp(page);
    const boxes = await page.locator('.event-marker').evaluateAll((markers) =>
      markers.map((m) => {
        const r = m.getBoundingClientRect();
        return { name: m.getAttribute('aria-label') ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(12);
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
          overlaps.push(`${a.name} / ${b.name}`);
      }),
    );
    expect(overlaps).toEqual([]);
    // Each marker has its footprint on the map, which keeps the province names from under it.
    await expect(page.locator('.maplibregl-map').first()).toHaveAttribute(
      'data-marker-footprints',
      String(boxes.length),
    );
    await page.locator('.maplibregl-map').first().screenshot({ path: 'test-results/screens/markers.png' });
  },
);

test('the method panel explains the rule and the sources', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'How to read this' }).click();
  const dialog = page.getByRole('dialog', { name: 'How to read this map' });
  await expect(dialog).toContainText('30 days');
  for (const reading of [
    'Disputed',
    'Fighting',
    'No recent claim',
    'conceded',
    'corroborated',
    'one side only',
  ])
    await expect(dialog).toContainText(reading);
  await expect(dialog).not.toContainText('Contested');
  await expect(dialog).toContainText('could not be independently verified');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Al Jazeera' })).toHaveCount(1);
  // Sources link to their originals where known, and say which are second-hand.
  await expect(
    dialog.getByRole('link', { name: /Heavy fighting rages in Afghanistan’s Kunduz/ }),
  ).toHaveAttribute('href', /^https:\/\/www\.aljazeera\.com\//);
  await expect(dialog.getByRole('listitem').filter({ hasText: 'second-hand' })).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('phone layout: everything reachable, nothing overflows', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openApp(page, '?month=2021-07&province=badghis');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.getByRole('heading', { name: 'Reported casualties by claimant' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: 'Reported casualties by claimant' })).toBeInViewport();
  await page.screenshot({ path: 'test-results/screens/phone-badghis-full.png', fullPage: true });
});

test.describe('controls that agree', () => {
  test('a year in the URL puts the slider in that year', async ({ page }) => {
    await page.goto('/?year=2018');
    await expect(page.getByRole('slider', { name: 'Month' })).toHaveAttribute(
      'aria-valuetext',
      'December 2018',
    );
  });

  test('choosing a year moves the slider to its last month with a claim', async ({ page }) => {
    await openApp(page, '?month=2021-08');
    await page.getByLabel('Year').selectOption('2018');
    await expect(page).toHaveURL(/year=2018/);
    await expect(page.getByRole('slider', { name: 'Month' })).toHaveAttribute(
      'aria-valuetext',
      'August 2018',
    );
    // A month already in the year stays.
    await page.getByRole('slider', { name: 'Month' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.getByLabel('Year').selectOption('');
    await page.getByLabel('Year').selectOption('2018');
    await expect(page.getByRole('slider', { name: 'Month' })).toHaveAttribute('aria-valuetext', 'July 2018');
  });

  test('choosing an event shows its month and its province', async ({ page }) => {
    await openApp(page, '?month=2021-08');
    await page
      .getByRole('complementary', { name: 'Filters and claims' })
      .getByRole('button', { name: 'Taliban assault on Kunduz city' })
      .click();
    await expect(page).toHaveURL(/month=2015-09/);
    await expect(page).toHaveURL(/province=kunduz/);
    await expect(page.getByRole('heading', { name: 'Kunduz', level: 2 })).toBeVisible();
  });

  test('Play at the last month starts again from the first', async ({ page }) => {
    await openApp(page, '?month=2021-12');
    await page.getByRole('button', { name: 'Play through the months' }).click();
    await expect(page.getByRole('slider', { name: 'Month' })).toHaveAttribute('aria-valuetext', /2015$/);
  });

  test('a run of slider steps is one entry in the history', async ({ page }) => {
    await openApp(page, '?month=2018-08');
    const slider = page.getByRole('slider', { name: 'Month' });
    await slider.focus();
    // A reader presses three times, 150 ms apart. Playwright's own presses each wait for the page to
    // take the last, which on a loaded machine can be longer than a pause; these carry the reader's
    // times, as a real keyboard's events do, however late the page handles them.
    const cdp = await page.context().newCDPSession(page);
    const start = Date.now() / 1000;
    for (let i = 0; i < 3; i += 1) {
      const key = { key: 'ArrowRight', code: 'ArrowRight', windowsVirtualKeyCode: 39 };
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, timestamp: start + i * 0.15 });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key, timestamp: start + i * 0.15 + 0.05 });
    }
    await expect(page).toHaveURL(/month=2018-11/);
    await page.goBack();
    await expect(page).toHaveURL(/month=2018-08/);
  });

  test('steps with a pause between them are entries of their own', async ({ page }) => {
    await openApp(page, '?month=2018-08');
    const slider = page.getByRole('slider', { name: 'Month' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/month=2018-09/);
    await page.waitForTimeout(1500);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/month=2018-10/);
    await page.goBack();
    await expect(page).toHaveURL(/month=2018-09/);
  });

  test('after Show, the focus stays where the reader was, not on the page', async ({ page }) => {
    await openApp(page, '?month=2018-08');
    // Another spelling: chosen only when Show is pressed.
    await page.getByRole('combobox', { name: 'Province' }).fill('Ghazny');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(page).toHaveURL(/province=ghazni/);
    await expect(page.getByRole('heading', { name: 'Ghazni', level: 2 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show', exact: true })).toBeFocused();
    // The full name chosen while typing: the focus stays in the field.
    await page.getByRole('combobox', { name: 'Province' }).fill('Kunduz');
    await expect(page).toHaveURL(/province=kunduz/);
    await expect(page.getByRole('combobox', { name: 'Province' })).toBeFocused();
    await expect(page.getByRole('combobox', { name: 'Province' })).toHaveValue('Kunduz');
  });

  test('after Copy link, the focus is on the menu’s button', async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '?month=2018-08');
    await page.getByText('Share & download').click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('summary', { hasText: 'Share & download' })).toBeFocused();
  });
});
