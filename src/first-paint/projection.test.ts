import { describe, expect, it } from 'vitest';
import { encodeShade, decodeShade } from './format';
import { fitFrame, project, projectBounds, WORLD } from './projection';
import { SHADES } from '../encoding/reading-encoding';

describe('project: Web Mercator in world px at zoom 0', () => {
  it.each([
    [0, 0, WORLD / 2, WORLD / 2],
    [-180, 0, 0, WORLD / 2],
    [180, 0, WORLD, WORLD / 2],
  ])('(%d, %d) → (%d, %d)', (lon, lat, x, y) => {
    const [px, py] = project(lon, lat);
    expect(px).toBeCloseTo(x, 9);
    expect(py).toBeCloseTo(y, 9);
  });

  it('puts the north above the south', () => {
    expect(project(68, 38)[1]).toBeLessThan(project(68, 29)[1]);
  });
});

describe('fitFrame: bounds in a box, as MapLibre fits them', () => {
  it('fits the wider side with the padding and centres the other', () => {
    const frame = fitFrame([0, 0, 100, 50], 220, 220, 10);
    expect(frame.scale).toBe(2);
    expect(frame.tx).toBe(10);
    expect(frame.ty).toBe(60);
  });

  it('comes no nearer than the maximum zoom', () => {
    expect(fitFrame([0, 0, 1, 1], 1000, 1000, 0, 3).scale).toBe(8);
  });

  it.each([
    [0, 0],
    [-5, 10],
  ])('survives an empty or tiny box (%d × %d) without dividing by zero', (width, height) => {
    const frame = fitFrame(projectBounds([60, 30, 75, 38]), width, height, 16);
    expect(Number.isFinite(frame.scale) && Number.isFinite(frame.tx) && Number.isFinite(frame.ty)).toBe(true);
  });
});

describe('shade codes', () => {
  it('round-trip every shade, full and pale, in one character', () => {
    for (const shade of SHADES) {
      for (const pale of [false, true]) {
        const code = encodeShade(shade, pale);
        expect(code).toHaveLength(1);
        expect(decodeShade(code)).toEqual({ shade, pale });
      }
    }
  });
});
