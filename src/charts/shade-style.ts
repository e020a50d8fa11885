// A reading's shade as a CSS background, for the strip's cells: the fill and the same stripes as
// the map's (patternShapes, from the shared encoding), as an SVG tile in a data: URL. Built once
// per shade; set through the CSSOM (React's style prop), which the page's CSP allows.

import type { CSSProperties } from 'react';
import {
  PALE_OPACITY,
  PATTERN_TILE,
  patternShapes,
  SHADE_STYLES,
  SHADES,
  type Pattern,
  type Shade,
} from '../encoding/reading-encoding';

function tile(pattern: Pattern): string {
  const { background, lines } = patternShapes(pattern);
  const t = PATTERN_TILE;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${t}" height="${t}">` +
    (background ? `<rect width="${t}" height="${t}" fill="${background}"/>` : '') +
    lines
      .map(
        (l) =>
          `<line x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}" stroke="${l.color}" stroke-width="${l.width}"/>`,
      )
      .join('') +
    '</svg>';
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

const BACKGROUNDS = Object.fromEntries(
  SHADES.map((shade) => {
    const { fill, pattern } = SHADE_STYLES[shade];
    const style: CSSProperties = pattern
      ? {
          backgroundColor: fill,
          backgroundImage: tile(pattern),
          backgroundSize: `${PATTERN_TILE}px ${PATTERN_TILE}px`,
        }
      : { backgroundColor: fill };
    return [shade, style];
  }),
) as Record<Shade, CSSProperties>;

const PALE = Object.fromEntries(
  SHADES.map((shade) => [shade, { ...BACKGROUNDS[shade], opacity: PALE_OPACITY }]),
) as Record<Shade, CSSProperties>;

/** The cell's style for a shade, paler when the reading's latest claim is months old. */
export function shadeStyle(shade: Shade, pale: boolean): CSSProperties {
  return pale ? PALE[shade] : BACKGROUNDS[shade];
}
