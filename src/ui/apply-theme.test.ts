import { describe, expect, it } from 'vitest';
import { colourScheme } from './apply-theme';
import type { Theme } from '../url/url-state';

describe('colourScheme', () => {
  it.each<[Theme, boolean, 'light' | 'dark']>([
    ['light', false, 'light'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
    ['dark', true, 'dark'],
    ['auto', false, 'light'],
    ['auto', true, 'dark'],
  ])('theme=%s with a system that prefers dark: %s → %s', (theme, prefersDark, scheme) => {
    expect(colourScheme(theme, prefersDark)).toBe(scheme);
  });

  it('anything else (a value the URL parser would never give) is light', () => {
    expect(colourScheme('purple' as Theme, true)).toBe('light');
  });
});
