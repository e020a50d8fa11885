import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPACT_MAP_PX, isCompactMap, markerOffsets, markerSize, NEAR_DEGREES } from './marker-layout';

const at = (lon: number, lat: number, claimCount = 1) => ({
  coordinates: [lon, lat] as [number, number],
  claimCount,
});

describe('markerSize', () => {
  it.each([
    [0, 14],
    [1, 14.6],
    [10, 20],
    [20, 24],
    [500, 24],
    [-3, 14],
  ])('%d claims → %d px', (count, size) => {
    expect(markerSize(count)).toBeCloseTo(size);
  });

  it('on a compact map, one small size whatever the count', () => {
    expect(new Set([0, 1, 20, 500].map((n) => markerSize(n, true))).size).toBe(1);
    expect(markerSize(20, true)).toBeLessThanOrEqual(markerSize(0));
  });
});

describe('isCompactMap', () => {
  it.each([
    [375, true],
    [COMPACT_MAP_PX - 1, true],
    [COMPACT_MAP_PX, false],
    [1280, false],
    // A map not laid out yet (or a bad width) keeps the full markers.
    [0, false],
    [-10, false],
    [Number.NaN, false],
  ])('%d px wide → compact %s', (width, compact) => {
    expect(isCompactMap(width)).toBe(compact);
  });
});

describe('markerOffsets', () => {
  it.each([
    ['no markers', [], []],
    ['one marker stays on its place', [at(68.9, 36.7)], [0]],
    ['places far apart stay put', [at(68.9, 36.7), at(68.4, 33.5)], [0, 0]],
    ['near in longitude, far in latitude', [at(65.7, 31.6), at(65.7, 34.3)], [0, 0]],
    // Two 14.6 px markers and a 2 px gap: 31.2 px wide, each 8.3 px from the middle.
    ['the same place: side by side, in the given order', [at(68.9, 36.7), at(68.9, 36.7)], [-8.3, 8.3]],
    ['places a few km apart share a row', [at(65.71, 31.61), at(65.66, 31.59)], [-8.3, 8.3]],
    ['a chain of near places is one row', [at(65, 31), at(65.2, 31), at(65.4, 31)], [-16.6, 0, 16.6]],
  ])('%s', (_name, points, expected) => {
    const offsets = markerOffsets(points);
    expect(offsets).toHaveLength(expected.length);
    offsets.forEach((offset, i) => expect(offset).toBeCloseTo(expected[i] ?? NaN));
  });

  it('on a compact map, rows are of the compact size', () => {
    const size = markerSize(1, true);
    const [a, b] = markerOffsets([at(68.9, 36.7, 20), at(68.9, 36.7, 1)], { compact: true });
    expect((b ?? NaN) - (a ?? NaN)).toBeCloseTo(size + 2);
  });

  it('sizes the row by each marker’s size', () => {
    const [big, small] = markerOffsets([at(68.9, 36.7, 20), at(68.9, 36.7, 1)]);
    // 24 px and 14.6 px with a 2 px gap: 40.6 px wide.
    expect(big).toBeCloseTo(-20.3 + 12);
    expect(small).toBeCloseTo(20.3 - 7.3);
  });

  it('never leaves two markers at one place overlapping, and centres them on it', () => {
    const place = fc.constantFrom(at(68.9, 36.7), at(68.4, 33.5), at(62.2, 34.3), at(65.7, 31.6));
    const point = fc
      .tuple(place, fc.integer({ min: 0, max: 40 }))
      .map(([p, count]) => ({ ...p, claimCount: count }));
    fc.assert(
      fc.property(fc.array(point, { maxLength: 20 }), (points) => {
        const offsets = markerOffsets(points);
        for (let i = 0; i < points.length; i++) {
          for (let j = i + 1; j < points.length; j++) {
            const [a, b] = [points[i], points[j]];
            if (!a || !b || String(a.coordinates) !== String(b.coordinates)) continue;
            const apart = Math.abs((offsets[i] ?? NaN) - (offsets[j] ?? NaN));
            expect(apart).toBeGreaterThanOrEqual((markerSize(a.claimCount) + markerSize(b.claimCount)) / 2);
          }
        }
        // Each place's row is centred on it: its left edge is as far left as its right edge is right.
        const edges = new Map<string, [number, number]>();
        points.forEach((p, i) => {
          const [left, right] = edges.get(String(p.coordinates)) ?? [Infinity, -Infinity];
          const half = markerSize(p.claimCount) / 2;
          const offset = offsets[i] ?? NaN;
          edges.set(String(p.coordinates), [Math.min(left, offset - half), Math.max(right, offset + half)]);
        });
        for (const [left, right] of edges.values()) expect(left + right).toBeCloseTo(0);
      }),
    );
    // The places above are further apart than this, so each row holds one place's markers.
    expect(NEAR_DEGREES).toBeLessThan(0.5);
  });
});
