import { describe, expect, it } from 'vitest';
import { SHADE_STYLES, SHADES, stripeAt } from '../encoding/reading-encoding';
import { patternTile } from './map-png';

const hex = (data: Uint8ClampedArray, i: number) =>
  `#${[data[i], data[i + 1], data[i + 2]].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`.toUpperCase();

describe('patternTile: a shade’s pattern as the PNG paints it', () => {
  it.each(SHADES.filter((shade) => !SHADE_STYLES[shade].pattern))('%s has no pattern', (shade) => {
    expect(patternTile(shade, 2)).toBeNull();
  });

  it.each(
    SHADES.filter((shade) => SHADE_STYLES[shade].pattern).flatMap((shade) =>
      [1, 1.5, 2].map((ratio) => [shade, ratio] as const),
    ),
  )('%s at %d×: the encoding’s stripes, the fill between them, every pixel opaque', (shade, ratio) => {
    const tile = patternTile(shade, ratio)!;
    const style = SHADE_STYLES[shade];
    expect(tile.width).toBe(8 * ratio);
    expect(tile.data).toHaveLength(tile.width * tile.height * 4);
    for (let y = 0; y < tile.height; y += 1) {
      for (let x = 0; x < tile.width; x += 1) {
        const i = (y * tile.width + x) * 4;
        const stripe = stripeAt(style.pattern!, (x + 0.5) / ratio, (y + 0.5) / ratio);
        expect(hex(tile.data, i)).toBe((stripe ?? style.fill).toUpperCase());
        expect(tile.data[i + 3]).toBe(255);
      }
    }
  });
});
