// Where the names go, as MapLibre places symbols: each name, in order, at the first of its anchors
// where it overlaps nothing placed before it (the event markers come first). One rule for the SVG
// map (svg-map.ts) and the PNG export (export/map-png.ts), so the two place names as the WebGL map
// does. Pure: widths are measured by the caller.

export type Box = [number, number, number, number];

export const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Where a name may sit, in ems off its point, in the order tried (map/map-style.ts, provinceLabels). */
export const NAME_ANCHORS: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [0, 1],
  [0, -1],
  [1.4, 0],
  [-1.4, 0],
  [0.8, 0.8],
  [-0.8, 0.8],
  [0.8, -0.8],
  [-0.8, -0.8],
];

/** MapLibre's province name size for a map scale (map/map-style.ts: 10 px at zoom 4 to 14 px at zoom 7). */
export function nameSize(scale: number): number {
  const zoom = Math.log2(Math.max(scale, 1e-9));
  return Math.min(14, Math.max(10, 10 + ((zoom - 4) * 4) / 3));
}

export interface LabelCandidate {
  text: string;
  /** Its point on the map, in the map's px. */
  x: number;
  y: number;
  size: number;
  /** The text's width in px. */
  width: number;
  anchors: ReadonlyArray<readonly [number, number]>;
}

export interface PlacedLabel {
  text: string;
  /** The centre of the name, in the map's px. */
  x: number;
  y: number;
  size: number;
  /** The candidate's index. */
  index: number;
}

/**
 * The names placed, centred on (x, y). `edge` says what the map's edge does to a name:
 * - 'clip' (a map on screen, as MapLibre): a name may run off the edge, and one wholly off the map
 *   is left out;
 * - 'inside' (a printed map): a name must lie wholly inside, else the next anchor is tried.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  taken: readonly Box[],
  area: { width: number; height: number },
  edge: 'clip' | 'inside' = 'inside',
): PlacedLabel[] {
  const boxes: Box[] = [...taken];
  const placed: PlacedLabel[] = [];
  candidates.forEach((c, index) => {
    const w = c.width + 2;
    const h = c.size * 1.2 + 2;
    for (const [dx, dy] of c.anchors) {
      const cx = c.x + dx * c.size + Math.sign(dx) * (w / 2);
      const cy = c.y + dy * c.size + Math.sign(dy) * (h / 2);
      const box: Box = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
      if (edge === 'clip') {
        if (box[2] < 0 || box[3] < 0 || box[0] > area.width || box[1] > area.height) return;
      } else if (box[0] < 0 || box[1] < 0 || box[2] > area.width || box[3] > area.height) continue;
      if (boxes.some((b) => overlaps(b, box))) continue;
      boxes.push(box);
      placed.push({ text: c.text, x: cx, y: cy, size: c.size, index });
      return;
    }
  });
  return placed;
}
