import { formatMonth } from '../domain/dates';
import { lensLabel } from '../domain/labels';
import { serializeUrlState, type UrlState } from '../url/url-state';

/** The app's own address without query or hash, e.g. "https://example.org/claims/". */
export function appBaseUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}

/** A link to the full dashboard showing `state` (never the embed layout). */
export function shareUrl(base: string, state: UrlState): string {
  return `${base}${serializeUrlState({ ...state, embed: false })}`;
}

export function embedUrl(base: string, state: UrlState): string {
  return `${base}${serializeUrlState({ ...state, embed: true })}`;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedTitle(state: UrlState): string {
  return `Claimed Ground: control claims in Afghanistan, ${formatMonth(state.month)} (${lensLabel(state.lens)})`;
}

/** A height that fits the compact layout at common article widths before the first resize. */
export const INITIAL_EMBED_HEIGHT = 680;

/** The HTML a newsroom pastes: an iframe for the current state, and the resizing script. */
export function embedSnippet(base: string, state: UrlState): string {
  const src = embedUrl(base, state);
  const script = new URL('embed.js', base).href;
  return [
    `<iframe src="${attribute(src)}" title="${attribute(embedTitle(state))}" loading="lazy" width="100%" height="${INITIAL_EMBED_HEIGHT}" style="border:0;width:100%;max-width:1200px" scrolling="no"></iframe>`,
    `<script src="${attribute(script)}" async></script>`,
  ].join('\n');
}
