// "Download PNG": the map fit to publish, at one of two fixed sizes (article width at 2×, or a
// square for social media), whatever the size of the window. It does not read the WebGL map: it
// draws the same provinces, readings, patterns, paleness, names and markers as the SVG map
// (first-paint/svg-map.ts, from the first-paint file) on a 2D canvas, so it works without WebGL
// and matches "Download SVG". With two maps side by side it shows both, each captioned, and one
// legend for both lenses. Loaded only when a reader asks for an image.

import { PALE_OPACITY, patternPixels, SHADE_STYLES, type Shade } from '../encoding/reading-encoding';
import { UNIT, type FirstPaintData } from '../first-paint/format';
import { FRAME_PADDING, project } from '../first-paint/projection';
import { NAME_ANCHORS, nameSize, placeLabels, type LabelCandidate } from '../first-paint/label-placement';
import { SVG_STYLE } from '../first-paint/svg-map';
import { isCompactMap, markerOffsets, markerSize } from '../map/marker-layout';
import type { SvgExportMap } from './map-svg';
import {
  FONT_FAMILY,
  fitMap,
  font,
  framingBox,
  layoutPng,
  legendItems,
  type LegendItem,
  type PngSize,
} from './png-layout';

export interface PngOptions {
  size: PngSize;
  title: string;
  subtitle: string;
  source: string;
  credit: string;
  /** One map, or two side by side (each with its caption). */
  maps: readonly SvgExportMap[];
}

const MARKER_FILL = 'rgba(17, 24, 39, 0.82)';
const FRAME_LINE = '#d1d5db';
const SWATCH_LINE = '#6b7280';
/** Space kept around a selected province's surroundings, in px (they are margin enough). */
const SELECTION_PADDING = 6;

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * A shade's pattern tile as opaque RGBA pixels, `pixelRatio` to a CSS px: its stripes, and the
 * shade's fill in the gaps between them, so one paint at one opacity draws both, as the SVG map's
 * <pattern> does. Null for a shade without a pattern.
 */
export function patternTile(
  shade: Shade,
  pixelRatio: number,
): { width: number; height: number; data: Uint8ClampedArray<ArrayBuffer> } | null {
  const style = SHADE_STYLES[shade];
  if (!style.pattern) return null;
  const pixels = patternPixels(style.pattern, pixelRatio);
  const data = new Uint8ClampedArray(pixels.data);
  const [r, g, b] = rgb(style.fill);
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] !== 0) continue;
    [data[i], data[i + 1], data[i + 2], data[i + 3]] = [r, g, b, 255];
  }
  return { width: pixels.width, height: pixels.height, data };
}

type Paint = string | CanvasPattern;

/** The fill of each shade: its colour, or its pattern at `pixelRatio` (8 CSS px a tile, as on the map). */
function shadePaints(ctx: CanvasRenderingContext2D, pixelRatio: number): (shade: Shade) => Paint {
  const cache = new Map<Shade, Paint>();
  return (shade) => {
    const known = cache.get(shade);
    if (known) return known;
    let paint: Paint = SHADE_STYLES[shade].fill;
    const tile = patternTile(shade, pixelRatio);
    if (tile) {
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [tile.width, tile.height];
      canvas.getContext('2d')?.putImageData(new ImageData(tile.data, tile.width, tile.height), 0, 0);
      const pattern = ctx.createPattern(canvas, 'repeat');
      if (pattern) {
        pattern.setTransform(new DOMMatrix().scale(1 / pixelRatio));
        paint = pattern;
      }
    }
    cache.set(shade, paint);
    return paint;
  };
}

/**
 * An event marker as the map draws it: a filled disc with its count, or on a compact (narrow) map
 * a hollow ring through which the province's colour shows (first-paint/svg-map.ts).
 */
function drawMarker(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  radius: number,
  count: number,
  compact: boolean,
) {
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  if (compact) {
    for (const [colour, width] of [
      ['#ffffff', 3],
      [SVG_STYLE.ink, 1.5],
    ] as const) {
      ctx.beginPath();
      ctx.arc(x, y, radius - 0.75, 0, Math.PI * 2);
      ctx.strokeStyle = colour;
      ctx.lineWidth = width;
      ctx.stroke();
    }
    ctx.font = font(700, 9);
    ctx.lineJoin = 'round';
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = '#ffffff';
    ctx.strokeText(String(count), x, y + 0.5);
    ctx.fillStyle = SVG_STYLE.ink;
    ctx.fillText(String(count), x, y + 0.5);
    return;
  }
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.fillStyle = MARKER_FILL;
  ctx.fill();
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2;
  ctx.stroke();
  ctx.fillStyle = '#ffffff';
  ctx.font = font(600, 10);
  ctx.fillText(String(count), x, y + 0.5);
}

/** A name with a halo, centred on (x, y). */
function drawName(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  style: { font: string; fill: string; halo: string; haloWidth: number; spacing: number },
) {
  ctx.font = style.font;
  ctx.letterSpacing = `${style.spacing}px`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = style.haloWidth;
  ctx.strokeStyle = style.halo;
  // Letter spacing is added after each letter, the last too: half of it is moved back.
  ctx.strokeText(text, x + style.spacing / 2, y);
  ctx.fillStyle = style.fill;
  ctx.fillText(text, x + style.spacing / 2, y);
  ctx.letterSpacing = '0px';
}

function drawMap(
  ctx: CanvasRenderingContext2D,
  data: FirstPaintData,
  view: SvgExportMap,
  box: { x: number; y: number; width: number; height: number },
  paintOf: (shade: Shade) => Paint,
  measure: (text: string, font: string) => number,
) {
  if (box.width <= 0 || box.height <= 0) return;
  ctx.save();
  ctx.translate(box.x, box.y);
  ctx.beginPath();
  ctx.rect(0, 0, box.width, box.height);
  ctx.clip();
  ctx.fillStyle = SVG_STYLE.land;
  ctx.fillRect(0, 0, box.width, box.height);

  const selected = view.selectedIso ? data.provinces.find((p) => p.iso === view.selectedIso) : undefined;
  const frame = fitMap(
    framingBox(data.provinces, selected?.iso ?? null, UNIT),
    box.width,
    box.height,
    selected ? SELECTION_PADDING : FRAME_PADDING,
  );
  const k = frame.scale / UNIT;
  const matrix = new DOMMatrix([k, 0, 0, k, frame.tx, frame.ty]);
  // Paths in the map's px, so lines keep their width whatever the zoom (as non-scaling strokes).
  const path = (d: string) => {
    const p = new Path2D();
    p.addPath(new Path2D(d), matrix);
    return p;
  };
  const at = (x: number, y: number) => [x * k + frame.tx, y * k + frame.ty] as const;

  ctx.lineJoin = 'round';
  ctx.strokeStyle = SVG_STYLE.countryLine;
  ctx.lineWidth = 0.8;
  for (const country of data.countries) ctx.stroke(path(country.d));

  const provinces = data.provinces.map((p) => ({ province: p, shape: path(p.d) }));
  for (const { province, shape } of provinces) {
    const shade = view.shades.get(province.iso) ?? { shade: 'no_claim' as const, pale: false };
    ctx.globalAlpha = shade.pale ? PALE_OPACITY : 1;
    ctx.fillStyle = paintOf(shade.shade);
    ctx.fill(shape);
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = SVG_STYLE.provinceLine;
  ctx.lineWidth = 1;
  for (const { shape } of provinces) ctx.stroke(shape);
  ctx.strokeStyle = SVG_STYLE.border;
  ctx.lineWidth = 1.6;
  ctx.stroke(path(data.border));
  if (selected) {
    ctx.strokeStyle = SVG_STYLE.ink;
    ctx.lineWidth = 3;
    ctx.stroke(path(selected.d));
  }

  // As the SVG map places them: the markers first, then the province names where they find room,
  // then the neighbours' names.
  const compact = isCompactMap(box.width);
  const offsets = markerOffsets(view.markers, { compact });
  const markers = view.markers.map((marker, i) => {
    const [wx, wy] = project(marker.coordinates[0], marker.coordinates[1]);
    const [x, y] = at(wx * UNIT, wy * UNIT);
    return {
      x: x + (offsets[i] ?? 0),
      y,
      r: markerSize(marker.claimCount, compact) / 2,
      count: marker.claimCount,
    };
  });
  const taken = markers.map(
    (m) => [m.x - m.r - 1, m.y - m.r - 1, m.x + m.r + 1, m.y + m.r + 1] as [number, number, number, number],
  );
  const provinceFont = (size: number) => `600 ${size}px ${FONT_FAMILY}`;
  const countryFont = font(400, 12);
  const countrySpacing = 12 * 0.2;
  const size = nameSize(frame.scale);
  const candidates: LabelCandidate[] = [
    ...data.provinces.map((p) => {
      const [x, y] = at(p.label[0], p.label[1]);
      return { text: p.name, x, y, size, width: measure(p.name, provinceFont(size)), anchors: NAME_ANCHORS };
    }),
    ...data.countries.flatMap((c) => {
      if (!c.label) return [];
      const [x, y] = at(c.label[0], c.label[1]);
      const text = c.name.toUpperCase();
      const width = measure(text, countryFont) + text.length * countrySpacing;
      return [{ text, x, y, size: 12, width, anchors: [[0, 0]] as const }];
    }),
  ];
  for (const label of placeLabels(candidates, taken, box)) {
    const province = label.index < data.provinces.length;
    drawName(ctx, label.text, label.x, label.y, {
      font: province ? provinceFont(label.size) : countryFont,
      fill: province ? SVG_STYLE.ink : SVG_STYLE.countryLabel,
      halo: province ? SVG_STYLE.halo : SVG_STYLE.land,
      haloWidth: province ? 3.2 : 3,
      spacing: province ? 0 : countrySpacing,
    });
  }
  for (const m of markers) {
    if (m.x + m.r < 0 || m.y + m.r < 0 || m.x - m.r > box.width || m.y - m.r > box.height) continue;
    drawMarker(ctx, m.x, m.y, m.r, m.count, compact);
  }
  ctx.restore();
  ctx.strokeStyle = FRAME_LINE;
  ctx.lineWidth = 1;
  ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
}

function drawSwatch(
  ctx: CanvasRenderingContext2D,
  item: LegendItem,
  x: number,
  y: number,
  size: number,
  paintOf: (shade: Shade) => Paint,
  compactMarker: boolean,
) {
  ctx.save();
  ctx.translate(x, y);
  if (item.kind === 'marker') {
    drawMarker(ctx, size / 2, size / 2, size / 2 + 0.5, item.count, compactMarker);
  } else if (item.kind === 'selected') {
    ctx.fillStyle = SHADE_STYLES.no_claim.fill;
    ctx.fillRect(0, 0, size, size);
    ctx.strokeStyle = SVG_STYLE.ink;
    ctx.lineWidth = 3;
    ctx.strokeRect(1.5, 1.5, size - 3, size - 3);
  } else {
    const half = item.kind === 'pale';
    ctx.fillStyle = paintOf(item.shade);
    ctx.fillRect(0, 0, half ? size / 2 : size, size);
    if (half) {
      ctx.globalAlpha = PALE_OPACITY;
      ctx.fillRect(size / 2, 0, size / 2, size);
      ctx.globalAlpha = 1;
    }
    ctx.strokeStyle = SWATCH_LINE;
    ctx.lineWidth = 0.5;
    ctx.strokeRect(0, 0, size, size);
  }
  ctx.restore();
}

/** Waits (briefly) for the page's typeface, so the canvas measures and draws text in it. */
async function fontsReady(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const loads = [400, 600, 700].map((weight) => document.fonts.load(`${weight} 16px 'Noto Sans'`));
  const timeout = new Promise((resolve) => setTimeout(resolve, 3000));
  await Promise.race([Promise.allSettled(loads), timeout]);
}

export async function mapToPng(data: FirstPaintData, options: PngOptions): Promise<Blob> {
  await fontsReady();
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images.');
  const measure = (text: string, f: string) => {
    ctx.font = f;
    return ctx.measureText(text).width;
  };
  const maps = options.maps.length ? options.maps : [];
  const selectedIso = maps[0]?.selectedIso ?? null;
  const selectedName = data.provinces.find((p) => p.iso === selectedIso)?.name ?? null;
  const layout = layoutPng(
    {
      size: options.size,
      title: options.title,
      subtitle: options.subtitle,
      captions: maps.length > 1 ? maps.map((m) => m.caption) : [null],
      legend: legendItems(
        maps.map((m) => m.lens),
        selectedName,
      ),
      notes: [options.source, options.credit],
    },
    measure,
  );
  canvas.width = Math.round(layout.width * layout.scale);
  canvas.height = Math.round(layout.height * layout.scale);
  ctx.setTransform(layout.scale, 0, 0, layout.scale, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  const paintOf = shadePaints(ctx, layout.scale);

  maps.forEach((view, i) => {
    const box = layout.maps[i];
    if (box) drawMap(ctx, data, view, box, paintOf, measure);
  });

  ctx.textBaseline = 'top';
  for (const line of layout.texts) {
    ctx.font = line.font;
    ctx.fillStyle = line.color;
    ctx.textAlign = line.align;
    ctx.fillText(line.text, line.x, line.y);
  }
  const { swatch, gap, line: lineHeight } = layout.legendMetrics;
  // The legend's marker is drawn as the maps draw theirs.
  const compact = isCompactMap(layout.maps[0]?.width ?? 0);
  for (const entry of layout.legend) {
    drawSwatch(ctx, entry.item, entry.x, entry.y, swatch, paintOf, compact);
    ctx.font = layout.legendFont;
    ctx.fillStyle = SVG_STYLE.ink;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    entry.lines.forEach((line, i) =>
      ctx.fillText(line, entry.x + swatch + gap, entry.y + swatch / 2 + i * lineHeight),
    );
  }

  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    ),
  );
}
