// "Download PNG": the current map at 2× with its title, month, legend, source line and
// credit, composed on a canvas. Loaded only when a reader asks for an image.

import type { Map as MaplibreMap } from 'maplibre-gl';

export interface PngLegendEntry {
  label: string;
  color: string;
  hatched: boolean;
}

export interface PngOptions {
  title: string;
  subtitle: string;
  legend: readonly PngLegendEntry[];
  source: string;
  credit: string;
  markers: ReadonlyArray<{ coordinates: [number, number]; count: number }>;
  scale?: number;
}

const HEADER = 62;
const FOOTER = 78;
const FONT = "'Noto Sans', sans-serif";

function waitForIdle(map: MaplibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

function hatch(ctx: CanvasRenderingContext2D, x: number, y: number, size: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, size, size);
  ctx.clip();
  ctx.strokeStyle = 'rgba(60, 40, 10, 0.8)';
  ctx.lineWidth = 1.5;
  for (let d = -size; d < size * 2; d += 4) {
    ctx.beginPath();
    ctx.moveTo(x + d, y + size);
    ctx.lineTo(x + d + size, y);
    ctx.stroke();
  }
  ctx.restore();
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
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round((height + HEADER + FOOTER) * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw images.');
    ctx.scale(scale, scale);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height + HEADER + FOOTER);

    ctx.fillStyle = '#111827';
    ctx.font = `700 20px ${FONT}`;
    ctx.fillText(options.title, 12, 28);
    ctx.font = `400 14px ${FONT}`;
    ctx.fillStyle = '#374151';
    ctx.fillText(options.subtitle, 12, 50);

    ctx.drawImage(source, 0, HEADER, width, height);
    for (const marker of options.markers) {
      const point = map.project(marker.coordinates);
      if (point.x < 0 || point.y < 0 || point.x > width || point.y > height) continue;
      const radius = Math.min(12, 7 + marker.count * 0.3);
      ctx.beginPath();
      ctx.arc(point.x, HEADER + point.y, radius, 0, Math.PI * 2);
      ctx.fillStyle = 'rgba(17, 24, 39, 0.85)';
      ctx.fill();
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 2;
      ctx.stroke();
      ctx.fillStyle = '#ffffff';
      ctx.font = `600 10px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.fillText(String(marker.count), point.x, HEADER + point.y + 3.5);
      ctx.textAlign = 'left';
    }

    let x = 12;
    const legendY = HEADER + height + 14;
    ctx.font = `400 13px ${FONT}`;
    for (const entry of options.legend) {
      ctx.fillStyle = entry.color;
      ctx.fillRect(x, legendY, 14, 14);
      if (entry.hatched) hatch(ctx, x, legendY, 14);
      ctx.strokeStyle = '#6b7280';
      ctx.lineWidth = 1;
      ctx.strokeRect(x, legendY, 14, 14);
      ctx.fillStyle = '#111827';
      ctx.fillText(entry.label, x + 20, legendY + 12);
      x += 28 + ctx.measureText(entry.label).width;
    }
    ctx.font = `400 12px ${FONT}`;
    ctx.fillStyle = '#374151';
    ctx.fillText(options.source, 12, legendY + 38);
    ctx.fillText(options.credit, 12, legendY + 56);

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
