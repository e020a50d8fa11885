// Where event markers sit. Each marker is anchored at its event's place, but events at the same
// place (Kunduz city in 2015 and 2016) or at places a few kilometres apart (Kandahar city and its
// prison) would be drawn on top of one another: one count hidden, and a keyboard focus ring
// around a marker nobody can see. Such markers are set side by side in a row instead.

/**
 * Maps narrower than this (px), as on a phone, draw compact markers: a small hollow ring with its
 * count, through which the province's colour shows. A filled disc there would cover most of a
 * small province (Kunduz, Badghis) and hide its reading.
 */
export const COMPACT_MAP_PX = 560;
const COMPACT_MARKER_PX = 14;

/** Whether a map this many px wide draws compact markers (a map not laid out yet does not). */
export function isCompactMap(width: number): boolean {
  return width > 0 && width < COMPACT_MAP_PX;
}

/**
 * A marker's diameter in px: larger for events with more claims, within 14–24 px; on a compact
 * map, one small size for all (the count says the number).
 */
export function markerSize(claimCount: number, compact = false): number {
  if (compact) return COMPACT_MARKER_PX;
  return Math.min(24, 14 + Math.max(0, claimCount) * 0.6);
}

interface MarkerPoint {
  coordinates: [number, number];
  claimCount: number;
}

/** Places closer than this (degrees of longitude and of latitude) share a row: about 30 km. */
export const NEAR_DEGREES = 0.3;
const GAP_PX = 2;

/**
 * The horizontal offset in px of each marker (same order as `points`) from its own place. A marker
 * alone keeps 0; markers whose places are near one another (directly or through a neighbour) form
 * one row, centred on their places, in the order given.
 */
export function markerOffsets(
  points: readonly MarkerPoint[],
  { near = NEAR_DEGREES, compact = false }: { near?: number; compact?: boolean } = {},
): number[] {
  interface Node {
    point: MarkerPoint;
    index: number;
    up: Node | null;
  }
  const nodes: Node[] = points.map((point, index) => ({ point, index, up: null }));
  const root = (node: Node): Node => {
    let top = node;
    while (top.up) top = top.up;
    if (node !== top) node.up = top;
    return top;
  };
  // Sorted by longitude, each place is compared only with those less than `near` east of it.
  const byLongitude = [...nodes].sort((a, b) => a.point.coordinates[0] - b.point.coordinates[0]);
  byLongitude.forEach((a, k) => {
    const [lonA, latA] = a.point.coordinates;
    for (let j = k + 1; j < byLongitude.length; j++) {
      const b = byLongitude[j];
      if (!b || b.point.coordinates[0] - lonA >= near) break;
      if (Math.abs(b.point.coordinates[1] - latA) >= near) continue;
      const [rootA, rootB] = [root(a), root(b)];
      if (rootA !== rootB) rootA.up = rootB;
    }
  });
  const rows = new Map<Node, Node[]>();
  for (const node of nodes) {
    const top = root(node);
    rows.set(top, [...(rows.get(top) ?? []), node]);
  }
  const offsets = points.map(() => 0);
  for (const row of rows.values()) {
    if (row.length < 2) continue;
    const sizes = row.map((node) => markerSize(node.point.claimCount, compact));
    let left = -(sizes.reduce((sum, size) => sum + size, 0) + GAP_PX * (row.length - 1)) / 2;
    row.forEach((node, k) => {
      const size = sizes[k] ?? 0;
      offsets[node.index] = left + size / 2;
      left += size + GAP_PX;
    });
  }
  return offsets;
}
