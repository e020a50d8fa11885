// Web Mercator, as MapLibre draws it, and MapLibre's framing of bounds in a box: so the SVG map
// and the WebGL map put every province on the same pixels and the hand-over makes no jump.

/** The world's width in px at zoom 0 (MapLibre's tile size). */
export const WORLD = 512;

/** Afghanistan, with a margin: the first view's framing in both renderers. */
export const AFGHANISTAN_BOUNDS: [number, number, number, number] = [60.4, 29.3, 75.0, 38.5];
/** Space kept around the framed bounds, in px. */
export const FRAME_PADDING = 16;
/** Space kept around a selected province, in px, and the nearest the map comes to it. */
export const SELECTION_PADDING = 60;
export const SELECTION_MAX_ZOOM = 7;

/** [lon, lat] → world px at zoom 0. */
export function project(lon: number, lat: number): [number, number] {
  const x = ((lon + 180) / 360) * WORLD;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD;
  return [x, y];
}

/** Bounds in world px: [minX, minY, maxX, maxY] of a [west, south, east, north] box. */
export function projectBounds([west, south, east, north]: readonly number[]): [
  number,
  number,
  number,
  number,
] {
  const [x0, y1] = project(west ?? 0, south ?? 0);
  const [x1, y0] = project(east ?? 0, north ?? 0);
  return [x0, y0, x1, y1];
}

/** screen = world × scale + (tx, ty) */
export interface Frame {
  scale: number;
  tx: number;
  ty: number;
}

/**
 * The frame that fits world bounds in a width × height box with `padding` px around them, centred,
 * as MapLibre's fitBounds does (zoom = log2(scale)); no nearer than `maxZoom`.
 */
export function fitFrame(
  [minX, minY, maxX, maxY]: readonly number[],
  width: number,
  height: number,
  padding: number,
  maxZoom = Infinity,
): Frame {
  const w = Math.max(1e-9, (maxX ?? 0) - (minX ?? 0));
  const h = Math.max(1e-9, (maxY ?? 0) - (minY ?? 0));
  const scale = Math.max(1e-9, Math.min((width - 2 * padding) / w, (height - 2 * padding) / h, 2 ** maxZoom));
  const cx = ((minX ?? 0) + (maxX ?? 0)) / 2;
  const cy = ((minY ?? 0) + (maxY ?? 0)) / 2;
  return { scale, tx: width / 2 - cx * scale, ty: height / 2 - cy * scale };
}
