// "Download SVG": the current map as a standalone SVG, for print and for editing in a vector
// editor. The very map the page shows without WebGL (first-paint/svg-map.ts), at a fixed size,
// with its title, legend and source line. Loaded only when a reader asks for it.

import type { Lens } from '../domain/vocabulary';
import {
  legendLabel,
  legendShades,
  MARKER_LEGEND,
  PALE_LEGEND,
  PALE_OPACITY,
  patternShapes,
  SHADE_STYLES,
  type Shade,
} from '../encoding/reading-encoding';
import type { FirstPaintData } from '../first-paint/format';
import { createSvgMap, type SvgMapState } from '../first-paint/svg-map';

export interface SvgExportMap extends Omit<SvgMapState, 'descriptions'> {
  lens: Lens;
  /** The caption over the map ("Taliban say") when two are side by side. */
  caption: string | null;
}

export interface SvgExportOptions {
  title: string;
  subtitle: string;
  source: string;
  credit: string;
  maps: readonly SvgExportMap[];
}

const NS = 'http://www.w3.org/2000/svg';
const FONT = "'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
/** Each map's size in the file, in px (the file scales without loss). */
export const MAP_SIZE = { width: 800, height: 560 };
const MARGIN = 16;

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Drops what only the page's map needs (focus, roles, labels for screen readers) from an exported copy. */
function strip(node: Element): void {
  for (const attr of [...node.attributes]) {
    if (attr.name === 'tabindex' || attr.name === 'role' || attr.name.startsWith('aria-'))
      node.removeAttribute(attr.name);
  }
  for (const child of node.children) strip(child);
}

/** A legend swatch's pattern, in the legend's own (unscaled) space. */
function legendPattern(shade: Shade): string {
  const style = SHADE_STYLES[shade];
  if (!style.pattern) return '';
  const { background, lines } = patternShapes(style.pattern);
  const shapes = lines
    .map(
      (l) =>
        `<line x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}" stroke="${l.color}" stroke-width="${l.width}"/>`,
    )
    .join('');
  return `<pattern id="legend-${shade}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${background ?? style.fill}"/>${shapes}</pattern>`;
}

/** Lines of at most about `width` px of text in a `size` px face (a rough measure: the file is for editing). */
function wrap(text: string, size: number, width: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

export function mapToSvg(data: FirstPaintData, options: SvgExportOptions): string {
  const width = MAP_SIZE.width * options.maps.length + MARGIN * (options.maps.length + 1);
  const textWidth = width - 2 * MARGIN;
  let y = MARGIN;
  const parts: string[] = [];
  const text = (words: string, size: number, weight: number, fill: string) => {
    for (const line of wrap(words, size, textWidth)) {
      y += size * 1.3;
      parts.push(
        `<text x="${MARGIN}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escape(line)}</text>`,
      );
    }
  };
  text(options.title, 22, 700, '#111827');
  text(options.subtitle, 15, 400, '#374151');
  y += 10;

  const mapsTop = y;
  options.maps.forEach((view, i) => {
    const map = createSvgMap(data, `export-${i}`, MAP_SIZE);
    map.update({ shades: view.shades, selectedIso: view.selectedIso, markers: view.markers });
    const svg = map.element.querySelector('svg');
    if (!svg) return;
    strip(svg);
    const x = MARGIN + i * (MAP_SIZE.width + MARGIN);
    const caption = view.caption
      ? `<text x="${MAP_SIZE.width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="700" fill="#111827" stroke="#fff" stroke-width="4" paint-order="stroke">${escape(view.caption)}</text>`
      : '';
    parts.push(
      `<g transform="translate(${x} ${mapsTop})" data-map="${i}"><rect width="${MAP_SIZE.width}" height="${MAP_SIZE.height}" fill="#F7F5F0"/><svg width="${MAP_SIZE.width}" height="${MAP_SIZE.height}" viewBox="0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}" overflow="hidden">${svg.innerHTML}</svg>${caption}<rect width="${MAP_SIZE.width}" height="${MAP_SIZE.height}" fill="none" stroke="#d1d5db"/></g>`,
    );
    map.destroy();
  });
  y = mapsTop + MAP_SIZE.height + 14;

  // The legend: every encoding the maps use, in the legend's words.
  const shades = legendShades(options.maps.map((m) => m.lens));
  const entries: Array<{ swatch: string; label: string }> = [
    ...shades.map((entry) => ({
      swatch: `<rect width="18" height="14" fill="${SHADE_STYLES[entry.shade].pattern ? `url(#legend-${entry.shade})` : SHADE_STYLES[entry.shade].fill}" stroke="#6b7280" stroke-width="0.5"/>`,
      label: legendLabel(entry),
    })),
    {
      swatch: `<rect width="9" height="14" fill="${SHADE_STYLES.taliban.fill}"/><rect x="9" width="9" height="14" fill="${SHADE_STYLES.taliban.fill}" fill-opacity="${PALE_OPACITY}"/>`,
      label: PALE_LEGEND,
    },
    {
      swatch: `<circle cx="9" cy="7" r="8" fill="rgba(17, 24, 39, 0.82)" stroke="#fff" stroke-width="2"/><text x="9" y="7" text-anchor="middle" dominant-baseline="central" font-size="9" font-weight="600" fill="#fff">3</text>`,
      label: MARKER_LEGEND,
    },
  ];
  const legend: string[] = [];
  let [lx, ly] = [MARGIN, y];
  for (const entry of entries) {
    const w = 24 + entry.label.length * 13 * 0.52;
    if (lx > MARGIN && lx + w > width - MARGIN) [lx, ly] = [MARGIN, ly + 22];
    legend.push(
      `<g transform="translate(${lx.toFixed(1)} ${ly})" data-legend="${escape(entry.label.split(':')[0] ?? '')}">${entry.swatch}<text x="24" y="11" font-size="13" fill="#111827">${escape(entry.label)}</text></g>`,
    );
    lx += w + 16;
  }
  parts.push(`<g class="legend">${legend.join('')}</g>`);
  y = ly + 22 + 8;
  text(options.source, 12, 400, '#374151');
  text(options.credit, 12, 400, '#374151');
  const height = Math.ceil(y + MARGIN);

  const defs = shades.map((e) => legendPattern(e.shade)).join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escape(FONT)}">`,
    `<title>${escape(`${options.title} — ${options.subtitle}`)}</title>`,
    `<defs>${defs}</defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
