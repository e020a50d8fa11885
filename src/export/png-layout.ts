// The arithmetic of "Download PNG", apart from any canvas: the two fixed sizes, the framing of the
// country or of a selected province's surroundings, the fit of that framing in a map's box, the
// legend's entries and rows, text wrapping, where the province names go, and the layout of the
// whole image. Pure functions (text is measured by a function passed in), so each is unit-tested.

import type { Lens } from '../domain/vocabulary';
import {
  legendLabel,
  legendShades,
  MARKER_LEGEND,
  PALE_LEGEND,
  type Shade,
} from '../encoding/reading-encoding';
import { AFGHANISTAN_BOUNDS, fitFrame, projectBounds, type Frame } from '../first-paint/projection';

/** The two images offered: article width (at 2×) and a square for social media. */
export const PNG_SIZES = {
  /** 1200 CSS px wide, drawn at 2×: 2400 px wide. The height depends only on one map or two. */
  article: { width: 1200, scale: 2, height: { single: 1000, compare: 800 }, type: 1 },
  /** 1080 × 1080 px: 720 CSS px drawn at 1.5×. */
  square: { width: 720, scale: 1.5, height: { single: 720, compare: 720 }, type: 0.86 },
} as const;
export type PngSize = keyof typeof PNG_SIZES;
export const PNG_SIZE_NAMES: readonly PngSize[] = ['article', 'square'];

/** The image's size in CSS px and in pixels, for one map or two side by side. */
export function pngDimensions(size: PngSize, mapCount: number) {
  const spec = PNG_SIZES[size] ?? PNG_SIZES.article;
  const height = mapCount > 1 ? spec.height.compare : spec.height.single;
  return {
    width: spec.width,
    height,
    scale: spec.scale,
    pixelWidth: Math.round(spec.width * spec.scale),
    pixelHeight: Math.round(height * spec.scale),
  };
}

export type WorldBox = [number, number, number, number];

/** Around a selected province, this much of its own size is shown on each side. */
export const SURROUNDINGS = 0.5;
/** The framing of a province is never narrower than this, in world px at zoom 0 (about 2.8°). */
export const MIN_SPAN = 4;

/**
 * What the map shows, in world px at zoom 0: Afghanistan whole, or, with a province selected, its
 * bounding box with its surroundings (at least {@link MIN_SPAN} across). A province not in the
 * list (or none) gives the whole country; a box of no size is framed around its point.
 * `unit`: the boxes' coordinates are world px times this (first-paint/format.ts, UNIT).
 */
export function framingBox(
  provinces: ReadonlyArray<{ iso: string; box: readonly number[] }>,
  selectedIso: string | null,
  unit: number,
): WorldBox {
  const country = projectBounds(AFGHANISTAN_BOUNDS);
  const box = selectedIso ? provinces.find((p) => p.iso === selectedIso)?.box : undefined;
  if (!box || box.length !== 4 || !(unit > 0)) return country;
  const [x0, y0, x1, y1] = box.map((v) => v / unit) as WorldBox;
  if (![x0, y0, x1, y1].every(Number.isFinite)) return country;
  const [minX, maxX] = [Math.min(x0, x1), Math.max(x0, x1)];
  const [minY, maxY] = [Math.min(y0, y1), Math.max(y0, y1)];
  const side = Math.max(maxX - minX, maxY - minY);
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  const halfW = Math.max((maxX - minX) / 2 + side * SURROUNDINGS, MIN_SPAN / 2);
  const halfH = Math.max((maxY - minY) / 2 + side * SURROUNDINGS, MIN_SPAN / 2);
  return [cx - halfW, cy - halfH, cx + halfW, cy + halfH];
}

/**
 * The frame (screen = world × scale + t) that fits `box` in a width × height map with `padding` px
 * around it, centred, the same scale both ways (the aspect is kept). A box of no size or a map
 * too small for its padding still gives a finite frame.
 */
export function fitMap(box: readonly number[], width: number, height: number, padding: number): Frame {
  const [w, h] = [Math.max(0, width), Math.max(0, height)];
  const pad = Math.max(0, Math.min(padding, w / 4, h / 4));
  let [minX = 0, minY = 0, maxX = 0, maxY = 0] = box;
  if (maxX - minX <= 0 || !Number.isFinite(maxX - minX))
    [minX, maxX] = [minX - MIN_SPAN / 2, minX + MIN_SPAN / 2];
  if (maxY - minY <= 0 || !Number.isFinite(maxY - minY))
    [minY, maxY] = [minY - MIN_SPAN / 2, minY + MIN_SPAN / 2];
  return fitFrame([minX, minY, maxX, maxY], Math.max(w, 1), Math.max(h, 1), pad);
}

/** Width of `text` in CSS px in the given canvas font. */
export type Measure = (text: string, font: string) => number;

export const FONT_FAMILY = "'Noto Sans', sans-serif";
export const font = (weight: number, size: number) => `${weight} ${size}px ${FONT_FAMILY}`;

/** A word wider than `width`, cut into pieces that fit (after a hyphen where it has one). */
function breakWord(word: string, width: number, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest && !fits(rest)) {
    let end = 1;
    while (end < rest.length && fits(rest.slice(0, end + 1))) end += 1;
    const hyphen = rest.slice(0, end).lastIndexOf('-');
    if (hyphen > 0 && hyphen < end - 1) end = hyphen + 1;
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end);
    if (width <= 0) break;
  }
  return rest ? [...pieces, rest] : pieces;
}

/** `text` in lines no wider than `width`; a word wider than a line is cut, so nothing overflows. */
export function wrap(measure: (text: string) => number, text: string, width: number): string[] {
  const fits = (t: string) => measure(t) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (fits(longer)) {
      line = longer;
      continue;
    }
    if (line) lines.push(line);
    const pieces = breakWord(word, width, fits);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  return line ? [...lines, line] : lines;
}

/** A legend entry: a reading's swatch, paleness, an event marker, or the selected province's outline. */
export type LegendItem = { label: string } & (
  | { kind: 'shade'; shade: Shade }
  | { kind: 'pale'; shade: Shade }
  | { kind: 'marker'; count: number }
  | { kind: 'selected' }
);

/** Every encoding the maps use: the readings the lenses can show, paleness, markers, and the outline. */
export function legendItems(lenses: readonly Lens[], selectedName: string | null): LegendItem[] {
  return [
    ...legendShades(lenses).map((entry) => ({
      kind: 'shade' as const,
      shade: entry.shade,
      label: legendLabel(entry),
    })),
    { kind: 'pale', shade: 'taliban', label: PALE_LEGEND },
    { kind: 'marker', count: 3, label: MARKER_LEGEND },
    ...(selectedName
      ? [{ kind: 'selected' as const, label: `Outlined: ${selectedName}, the province chosen` }]
      : []),
  ];
}

export interface PlacedLegendItem {
  item: LegendItem;
  /** The swatch's top left corner. */
  x: number;
  y: number;
  /** The label's lines, each starting at x + swatch + gap, the first at y. */
  lines: string[];
}

/**
 * Legend entries flowed in rows across `width` px from (x, y): a swatch and its label, side by
 * side while they fit; a label too long for a row of its own is wrapped beside its swatch.
 */
export function layoutLegend(
  items: readonly LegendItem[],
  measure: (text: string) => number,
  box: { x: number; y: number; width: number },
  metrics: { swatch: number; gap: number; spacing: number; line: number },
): { placed: PlacedLegendItem[]; height: number } {
  const placed: PlacedLegendItem[] = [];
  const labelRoom = Math.max(1, box.width - metrics.swatch - metrics.gap);
  let [x, y, rowLines] = [box.x, box.y, 0];
  for (const item of items) {
    const lines = wrap(measure, item.label, labelRoom);
    const labelWidth = Math.max(0, ...lines.map(measure));
    const width = metrics.swatch + metrics.gap + labelWidth;
    if (x > box.x && x + width > box.x + box.width) {
      [x, y] = [box.x, y + rowLines * metrics.line];
      rowLines = 0;
    }
    placed.push({ item, x, y, lines });
    rowLines = Math.max(rowLines, lines.length);
    x += width + metrics.spacing;
  }
  return { placed, height: placed.length ? y - box.y + rowLines * metrics.line : 0 };
}

export interface TextLine {
  text: string;
  /** Left edge (align left) or centre (align center); top of the line box. */
  x: number;
  y: number;
  font: string;
  color: string;
  align: 'left' | 'center';
}

export interface PngLayoutInput {
  size: PngSize;
  title: string;
  subtitle: string;
  /** One per map, side by side; a caption is drawn over its map ("Taliban say"). */
  captions: ReadonlyArray<string | null>;
  legend: readonly LegendItem[];
  /** The source line, the credit: under the legend. */
  notes: readonly string[];
}

export interface PngLayout {
  width: number;
  height: number;
  scale: number;
  margin: number;
  texts: TextLine[];
  maps: Array<{ x: number; y: number; width: number; height: number }>;
  legend: PlacedLegendItem[];
  legendFont: string;
  /** The legend's swatch size, the gap from swatch to label, and a label's line height. */
  legendMetrics: { swatch: number; gap: number; line: number };
  /** Under 1 when the text had to be set smaller to leave the maps their room. */
  textScale: number;
}

const INK = '#111827';
const MUTED = '#374151';
/** The maps keep at least this share of the image's height; the text is set smaller otherwise. */
export const MIN_MAP_SHARE = 0.4;

/**
 * The whole image: title and month at the top, the maps (captioned when two) in the middle, the
 * legend, source line and credit at the bottom. The size is fixed by `size` and the number of maps;
 * text that would leave the maps too little room is set smaller until it fits.
 */
export function layoutPng(input: PngLayoutInput, measure: Measure): PngLayout {
  const dims = pngDimensions(input.size, input.captions.length);
  const spec = PNG_SIZES[input.size] ?? PNG_SIZES.article;
  const mapCount = Math.max(1, input.captions.length);
  let layout: PngLayout | null = null;
  for (let textScale = 1; textScale >= 0.5; textScale *= 0.9) {
    const k = spec.type * textScale;
    const margin = Math.round(24 * spec.type);
    const inner = dims.width - 2 * margin;
    const texts: TextLine[] = [];
    const block = (text: string, weight: number, size: number, color: string, top: number, width = inner) => {
      const f = font(weight, size);
      const lines = wrap((t) => measure(t, f), text, width);
      lines.forEach((line, i) =>
        texts.push({ text: line, x: margin, y: top + i * size * 1.3, font: f, color, align: 'left' }),
      );
      return lines.length * size * 1.3;
    };
    let y = margin;
    y += block(input.title, 700, 28 * k, INK, y);
    y += 4 * k;
    y += block(input.subtitle, 400, 18 * k, MUTED, y);
    y += 14 * k;
    const headerEnd = y;

    // The bottom, laid out from a provisional top and moved down into place.
    const legendSize = 15 * k;
    const legendFont = font(400, legendSize);
    const metrics = { swatch: 18 * k, gap: 8 * k, spacing: 20 * k, line: legendSize * 1.55 };
    const legend = layoutLegend(
      input.legend,
      (t) => measure(t, legendFont),
      { x: margin, y: 0, width: inner },
      metrics,
    );
    const noteSize = 13 * k;
    const noteFont = font(400, noteSize);
    const noteLines = input.notes.flatMap((note) => wrap((t) => measure(t, noteFont), note, inner));
    const footerHeight = 14 * k + legend.height + 10 * k + noteLines.length * noteSize * 1.35 + margin;
    const footerTop = dims.height - footerHeight;

    const gap = Math.round(16 * spec.type);
    const mapWidth = (inner - gap * (mapCount - 1)) / mapCount;
    const captionSize = 18 * k;
    const captionFont = font(700, captionSize);
    const captionLines = input.captions.map((c) =>
      c ? wrap((t) => measure(t, captionFont), c, mapWidth) : [],
    );
    const captionHeight = Math.max(0, ...captionLines.map((lines) => lines.length)) * captionSize * 1.3;
    const mapTop = headerEnd + (captionHeight ? captionHeight + 6 * k : 0);
    const mapHeight = footerTop - mapTop;

    const maps = Array.from({ length: mapCount }, (_, i) => ({
      x: margin + i * (mapWidth + gap),
      y: mapTop,
      width: mapWidth,
      height: mapHeight,
    }));
    captionLines.forEach((lines, i) =>
      lines.forEach((line, j) =>
        texts.push({
          text: line,
          x: margin + i * (mapWidth + gap) + mapWidth / 2,
          y: headerEnd + j * captionSize * 1.3,
          font: captionFont,
          color: INK,
          align: 'center',
        }),
      ),
    );
    const legendTop = footerTop + 14 * k;
    noteLines.forEach((line, i) =>
      texts.push({
        text: line,
        x: margin,
        y: legendTop + legend.height + 10 * k + i * noteSize * 1.35,
        font: noteFont,
        color: MUTED,
        align: 'left',
      }),
    );
    layout = {
      width: dims.width,
      height: dims.height,
      scale: dims.scale,
      margin,
      texts,
      maps,
      legend: legend.placed.map((p) => ({ ...p, y: p.y + legendTop })),
      legendFont,
      legendMetrics: { swatch: metrics.swatch, gap: metrics.gap, line: metrics.line },
      textScale,
    };
    if (mapHeight >= dims.height * MIN_MAP_SHARE) break;
  }
  return layout as PngLayout;
}
