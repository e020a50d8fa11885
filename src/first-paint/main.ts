// The early script: draws the map as SVG from the small first-paint file, before React, MapLibre
// or the claims dataset have loaded, and marks `map-ready`. It keeps the strict CSP (a module of
// its own, no inline script) and nothing here waits for the app's code.

import { parseUrlState } from '../url/url-state';
import { applyTheme } from '../ui/apply-theme';
import { loadFirstPaint, markOnce, registerEarlyMap } from './early';
import { drawSkeleton } from './skeleton';
import { createSvgMap } from './svg-map';
import { firstPaintMarkers, firstPaintShades } from './view';

async function firstPaint(): Promise<void> {
  applyTheme(parseUrlState(window.location.search).theme);
  const root = document.getElementById('root');
  // The app got there first (a cached page, say): nothing to do.
  if (!root || root.childElementCount > 0) return;
  const state = parseUrlState(window.location.search);
  const data = await loadFirstPaint();
  if (root.childElementCount > 0) return;
  const province = data.provinces.find((p) => p.slug === state.province);
  const frames = drawSkeleton(root, state, data.span);
  for (const [id, frame] of frames) {
    const lens = id === 'main' ? state.lens : (state.compare ?? state.lens);
    const view = { month: state.month, lens, year: state.year };
    const map = createSvgMap(data, `svgmap-${id}`);
    frame.append(map.element);
    map.update({
      shades: firstPaintShades(data, view),
      selectedIso: province?.iso ?? null,
      markers: firstPaintMarkers(data, view),
    });
    registerEarlyMap(id, map);
  }
  // Marked in the frame that paints it.
  requestAnimationFrame(() => markOnce('map-ready'));
}

firstPaint().catch(() => {
  // No first paint (the data are missing or damaged): the app draws the map as it loads.
});
