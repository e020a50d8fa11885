import type { Theme } from '../url/url-state';

const PREFERS_DARK = '(prefers-color-scheme: dark)';

/** The colours a theme shows in: `auto` follows the reader's system. */
export function colourScheme(theme: Theme, prefersDark: boolean): 'light' | 'dark' {
  return theme === 'dark' || (theme === 'auto' && prefersDark) ? 'dark' : 'light';
}

let followed: MediaQueryList | null = null;

/**
 * Puts the URL's theme on <html> (`data-theme`), and the colours it resolves to (`data-scheme`,
 * which app.css reads: one dark set, whether chosen or followed). Called by the early script, so
 * the first paint is already in the reader's colours, and by the app when the URL changes. With
 * `auto`, a change of the system's preference recolours the page as it happens.
 */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(PREFERS_DARK) : null;
  const resolve = () => {
    const scheme = colourScheme(root.dataset.theme as Theme, query?.matches ?? false);
    if (root.dataset.scheme !== scheme) root.dataset.scheme = scheme;
  };
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
  resolve();
  if (query && !followed) {
    followed = query;
    query.addEventListener('change', resolve);
  }
}
