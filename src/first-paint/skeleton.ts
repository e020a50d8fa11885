// The page's frame around the map, for the moments before React has drawn the page: the same
// elements and classes as the app's (app/App.tsx), so the map sits where it will stay. React
// replaces all of it in one commit, and moves the SVG maps into its own frames.

import { formatMonth } from '../domain/dates';
import { appTagline, APP_TITLE, lensClaims, lensSays, MAP_TITLE } from '../domain/labels';
import type { UrlState } from '../url/url-state';

function h(tag: string, className: string, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** The skeleton in `root`; returns the frames the maps go in, by map id. */
export function drawSkeleton(root: HTMLElement, state: UrlState, span: string): Map<string, HTMLElement> {
  const frames = new Map<string, HTMLElement>();
  const frame = (id: string, caption: string | null) => {
    const node = h('div', 'map-frame', ...(caption ? [h('p', 'map-frame__caption', caption)] : []));
    frames.set(id, node);
    return node;
  };
  const lenses = state.compare ? [state.lens, state.compare] : [state.lens];
  const maps = h(
    'div',
    `maps${state.compare ? ' maps--compare' : ''}`,
    ...lenses.map((lens, i) => frame(i === 0 ? 'main' : 'compare', state.compare ? lensSays(lens) : null)),
  );
  const mapArea = h('section', 'map-area', maps);
  const monthLine = `End of ${formatMonth(state.month)} · ${lensClaims(state.lens)}`;
  const page = state.embed
    ? h(
        'div',
        'app app--embed',
        h('header', 'embed-header', h('h1', '', MAP_TITLE), h('p', '', monthLine)),
        h('main', 'embed-main', mapArea),
      )
    : h(
        'div',
        'app',
        h(
          'header',
          'app-header',
          h('div', '', h('h1', '', APP_TITLE), h('p', 'app-header__tagline', appTagline(span))),
          // The buttons' places, so the header is as tall as the app's; they work once the page has loaded.
          h(
            'div',
            'app-header__actions',
            ...['How to read this', 'Table', 'Share & download ▾', 'Reset'].map((words) =>
              h('span', words === 'Reset' ? 'button button--quiet' : 'button', words),
            ),
          ),
        ),
        h('main', 'layout', mapArea, h('div', 'sidebar')),
      );
  page.inert = true;
  root.replaceChildren(page);
  return frames;
}
