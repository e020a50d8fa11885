import type { Theme } from '../url/url-state';

/**
 * Puts the URL's theme on <html> (app.css reads `data-theme`). Called by the early script, so the
 * first paint is already in the reader's colours, and by the app when the URL changes.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
}
