import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Every WCAG 2.1 A and AA rule axe knows; none is disabled. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's WCAG 2.1 AA violations in the page, or only within `include` (a selector): one readable line
 * per failing element, so a failure says what to fix and where.
 *
 * axe runs in the page itself, frames included (same-origin ones, as the embed dialog's preview
 * is), not through a second page that gathers each frame's partial results; and only the
 * violations come back in full, not every passing element. On the dashboard's few thousand
 * elements a scan takes a few seconds instead of about half a minute, with the same rules.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // options() replaces every option set before it, withTags' rule selection included: it goes first.
  const builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_21_AA)
    .setLegacyMode(true);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
  );
}
