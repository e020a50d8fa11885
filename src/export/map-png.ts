// "Download PNG": the current map at 2× with its title, month, legend, source line and
// credit, composed on a canvas. Loaded only when a reader asks for an image.

import type { Map as MaplibreMap } from 'maplibre-gl';
import { PALE_OPACITY, patternPixels, SHADE_STYLES, type Shade } from '../encoding/reading-encoding';
import { markerOffsets, markerSize } from '../map/marker-layout';

/** A legend entry: a reading's swatch (paler, for the fade), or an event marker. */
export type PngLegendEntry = { label: string } & (
  { kind: 'shade'; shade: Shade; pale: boolean } | { kind: 'marker'; count: number }
);

export interface PngOptions {
  title: string;
  subtitle: string;
  legend: readonly PngLegendEntry[];
  source: string;
  credit: string;
  markers: ReadonlyArray<{ coordinates: [number, number]; claimCount: number }>;
  scale?: number;
}

const MARGIN = 12;
const FONT = "'Noto Sans', sans-serif";
const TITLE = { font: `700 20px ${FONT}`, line: 26 };
const SUBTITLE = { font: `400 14px ${FONT}`, line: 20 };
const LEGEND = { font: `400 13px ${FONT}`, line: 22, swatch: 14 };
const SMALL = { font: `400 12px ${FONT}`, line: 18 };

/** `text` in lines no wider than `width` (a word longer than that gets a line of its own). */
export function wrap(
  ctx: Pick<CanvasRenderingContext2D, 'measureText'>,
  text: string,
  width: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(longer).width > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  return line ? [...lines, line] : lines;
}

function waitForIdle(map: MaplibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/** A reading's swatch, drawn as the map draws the province: fill, pattern, strength. */
function drawSwatch(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  size: number,
  shade: Shade,
  pale: boolean,
) {
  const style = SHADE_STYLES[shade];
  ctx.save();
  ctx.globalAlpha = pale ? PALE_OPACITY : 1;
  ctx.fillStyle = style.fill;
  ctx.fillRect(x, y, size, size);
  if (style.pattern) {
    const pixels = patternPixels(style.pattern, 2);
    const tile = document.createElement('canvas');
    [tile.width, tile.height] = [pixels.width, pixels.height];
    tile
      .getContext('2d')
      ?.putImageData(new ImageData(new Uint8ClampedArray(pixels.data), pixels.width), 0, 0);
    const fill = ctx.createPattern(tile, 'repeat');
    if (fill) {
      // The tile is drawn at 2 px to a CSS px, as on the map.
      fill.setTransform(new DOMMatrix().translate(x, y).scale(0.5));
      ctx.fillStyle = fill;
      ctx.fillRect(x, y, size, size);
    }
  }
  ctx.restore();
}

function drawMarker(ctx: CanvasRenderingContext2D, x: number, y: number, count: number, radius: number) {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.fillStyle = 'rgba(17, 24, 39, 0.85)';
  ctx.fill();
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2;
  ctx.stroke();
  ctx.fillStyle = '#ffffff';
  ctx.font = `600 10px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText(String(count), x, y + 3.5);
  ctx.textAlign = 'left';
}

export async function mapToPng(map: MaplibreMap, options: PngOptions): Promise<Blob> {
  const scale = options.scale ?? 2;
  const previous = map.getPixelRatio();
  map.setPixelRatio(scale);
  try {
    await waitForIdle(map);
    const source = map.getCanvas();
    const width = source.clientWidth;
    const height = source.clientHeight;
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw images.');

    // Laid out first, at the map's width (a phone's is narrow), then drawn.
    const textWidth = width - 2 * MARGIN;
    const linesIn = (style: { font: string }, text: string) => {
      ctx.font = style.font;
      return wrap(ctx, text, textWidth);
    };
    const title = linesIn(TITLE, options.title);
    const subtitle = linesIn(SUBTITLE, options.subtitle);
    ctx.font = LEGEND.font;
    let [legendX, legendRows] = [MARGIN, 1];
    const legend = options.legend.map((entry) => {
      const entryWidth = LEGEND.swatch + 6 + ctx.measureText(entry.label).width;
      if (legendX > MARGIN && legendX + entryWidth > width - MARGIN)
        [legendX, legendRows] = [MARGIN, legendRows + 1];
      const placed = { ...entry, x: legendX, row: legendRows - 1 };
      legendX += entryWidth + 14;
      return placed;
    });
    const notes = [...linesIn(SMALL, options.source), ...linesIn(SMALL, options.credit)];
    const header = MARGIN + title.length * TITLE.line + subtitle.length * SUBTITLE.line;
    const footer = 10 + legendRows * LEGEND.line + 6 + notes.length * SMALL.line + MARGIN;

    canvas.width = Math.round(width * scale);
    canvas.height = Math.round((header + height + footer) * scale);
    ctx.scale(scale, scale);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, header + height + footer);

    let y = MARGIN;
    ctx.fillStyle = '#111827';
    ctx.font = TITLE.font;
    for (const line of title) ctx.fillText(line, MARGIN, (y += TITLE.line) - 8);
    ctx.font = SUBTITLE.font;
    ctx.fillStyle = '#374151';
    for (const line of subtitle) ctx.fillText(line, MARGIN, (y += SUBTITLE.line) - 6);

    ctx.drawImage(source, 0, header, width, height);
    // As on the map: markers at one place side by side, sized by their claims.
    const offsets = markerOffsets(options.markers);
    options.markers.forEach((marker, i) => {
      const point = map.project(marker.coordinates);
      point.x += offsets[i] ?? 0;
      if (point.x < 0 || point.y < 0 || point.x > width || point.y > height) return;
      drawMarker(ctx, point.x, header + point.y, marker.claimCount, markerSize(marker.claimCount) / 2);
    });

    const legendTop = header + height + 10;
    ctx.font = LEGEND.font;
    for (const entry of legend) {
      const top = legendTop + entry.row * LEGEND.line;
      if (entry.kind === 'marker') {
        drawMarker(
          ctx,
          entry.x + LEGEND.swatch / 2,
          top + LEGEND.swatch / 2,
          entry.count,
          LEGEND.swatch / 2 + 1,
        );
      } else {
        drawSwatch(ctx, entry.x, top, LEGEND.swatch, entry.shade, entry.pale);
        ctx.strokeStyle = '#6b7280';
        ctx.lineWidth = 1;
        ctx.strokeRect(entry.x, top, LEGEND.swatch, LEGEND.swatch);
      }
      ctx.font = LEGEND.font;
      ctx.fillStyle = '#111827';
      ctx.fillText(entry.label, entry.x + LEGEND.swatch + 6, top + 12);
    }
    ctx.font = SMALL.font;
    ctx.fillStyle = '#374151';
    y = legendTop + legendRows * LEGEND.line + 6;
    for (const line of notes) ctx.fillText(line, MARGIN, (y += SMALL.line) - 5);

    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    map.setPixelRatio(previous);
  }
}
