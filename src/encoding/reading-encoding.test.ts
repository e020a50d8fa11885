import { describe, expect, it } from 'vitest';
import { READINGS } from '../domain/vocabulary';
import {
  LEGEND_SHADES,
  legendShades,
  PATTERN_TILE,
  patternPixels,
  PATTERNS,
  patternShapes,
  SHADE_STYLES,
  SHADES,
  shadeOf,
  stripeAt,
} from './reading-encoding';

/** The colour the vector shapes give a point: the last line whose band covers it, else the background. */
function vectorColour(pattern: (typeof PATTERNS)[number], x: number, y: number): string | null {
  const { background, lines } = patternShapes(pattern);
  let colour = background;
  for (const line of lines) {
    const [dx, dy] = [line.x2 - line.x1, line.y2 - line.y1];
    const distance = Math.abs(dy * (x - line.x1) - dx * (y - line.y1)) / Math.hypot(dx, dy);
    if (distance < line.width / 2) colour = line.color;
  }
  return colour;
}

describe('one encoding, every renderer', () => {
  it('gives every reading a shade, and Fighting one per lean', () => {
    expect(shadeOf({ reading: 'fighting', lean: 'taliban' })).toBe('fighting_taliban');
    expect(shadeOf({ reading: 'fighting', lean: null })).toBe('fighting');
    for (const reading of READINGS) expect(SHADES).toContain(shadeOf({ reading, lean: null }));
  });

  it('draws Fighting and Disputed with a pattern, the settled readings without', () => {
    expect(SHADE_STYLES.taliban.pattern).toBeNull();
    expect(SHADE_STYLES.government.pattern).toBeNull();
    expect(SHADE_STYLES.disputed.pattern?.colors).toEqual([
      SHADE_STYLES.taliban.fill,
      SHADE_STYLES.government.fill,
    ]);
    expect(SHADE_STYLES.fighting_taliban.pattern?.colors).toEqual([SHADE_STYLES.taliban.fill]);
    // No recent claim and No claim are drawn alike, and named apart.
    expect(SHADE_STYLES.no_recent_claim).toEqual(SHADE_STYLES.no_claim);
  });

  it.each(PATTERNS.map((p) => [p.id, p] as const))(
    '%s: the SVG shapes and the pixels agree',
    (_id, pattern) => {
      let disagree = 0;
      const step = PATTERN_TILE / 32;
      for (let y = step / 2; y < PATTERN_TILE; y += step) {
        for (let x = step / 2; x < PATTERN_TILE; x += step) {
          const expected = stripeAt(pattern, x, y);
          // Only points clear of a band's edge count: at the edge the two differ by rounding.
          const near = [-0.08, 0.08].some((d) => stripeAt(pattern, x + d, y) !== expected);
          if (!near && vectorColour(pattern, x, y) !== expected) disagree += 1;
        }
      }
      expect(disagree).toBe(0);
    },
  );

  it('draws pixels at the pixel ratio asked for', () => {
    const pixels = patternPixels(PATTERNS[0]!, 2);
    expect(pixels.width).toBe(PATTERN_TILE * 2);
    expect(pixels.data.length).toBe(pixels.width * pixels.height * 4);
  });

  it('lists every shade in the legend, and no Disputed under one side’s lens', () => {
    expect(LEGEND_SHADES.map((e) => e.shade).sort()).toEqual([...SHADES].sort());
    expect(legendShades(['taliban']).some((e) => e.reading === 'disputed')).toBe(false);
    expect(legendShades(['taliban', 'all']).some((e) => e.reading === 'disputed')).toBe(true);
  });
});
