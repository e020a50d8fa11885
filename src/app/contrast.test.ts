// Text over the map must stay readable (WCAG 2.1, 1.4.3: 4.5:1) whatever a province's reading and
// however old its claim. The colours come from the real style modules and stylesheet, so a change
// of palette that breaks legibility fails here.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALE_OPACITY, SHADE_STYLES, SHADES } from '../encoding/reading-encoding';
import { background, countriesLabel, provinceLabels } from '../map/map-style';
import { contrastRatio, over, parseColor, type Rgba } from './contrast';

const AA = 4.5;
/** The narrowest halo that still separates a glyph's edge from the fill beneath it. */
const MIN_HALO_PX = 1;

function paint(layer: object, key: string): unknown {
  const values = 'paint' in layer ? layer.paint : undefined;
  return typeof values === 'object' && values !== null ? (values as Record<string, unknown>)[key] : undefined;
}

function colour(value: unknown): Rgba {
  if (typeof value !== 'string') throw new Error(`expected a plain colour, got ${JSON.stringify(value)}`);
  return parseColor(value);
}

// The land around Afghanistan is the map's background: what lies beneath a pale province.
const land = colour(paint(background, 'background-color'));

/** Every colour a province can show: each shade, full or pale, over the land, on its fill and on each stripe colour. */
const FILLS: Array<[name: string, fill: Rgba]> = SHADES.flatMap((shade) =>
  [1, PALE_OPACITY].flatMap((opacity) => {
    const { fill, pattern } = SHADE_STYLES[shade];
    const name = `${shade} at ${Math.round(opacity * 100)} %`;
    const fills: Array<[string, Rgba]> = [[name, over(parseColor(fill), land, opacity)]];
    for (const stripe of pattern?.colors ?? [])
      fills.push([`${name}, on a ${stripe} stripe`, over(parseColor(stripe), land, opacity)]);
    return fills;
  }),
);

/** A declaration from app.css (the last one in the first block for `selector`). */
function cssValue(selector: string, property: string): string {
  const css = `\n${readFileSync(join(import.meta.dirname, 'app.css'), 'utf8')}`;
  const start = css.indexOf(`\n${selector} {`);
  if (start < 0) throw new Error(`app.css has no rule for ${selector}`);
  const block = css.slice(start, css.indexOf('}', start));
  const values = [...block.matchAll(new RegExp(`\\n\\s*${property}:\\s*([^;]+);`, 'g'))];
  const value = values.at(-1)?.[1];
  if (!value) throw new Error(`${selector} sets no ${property}`);
  return value.trim();
}

describe('map labels over every province fill', () => {
  it('the fills cover every shade, full and pale, and every stripe', () => {
    expect(FILLS.length).toBeGreaterThan(SHADES.length * 2);
    expect(FILLS.some(([name]) => name.includes('stripe'))).toBe(true);
  });

  describe.each([
    ['province names', provinceLabels],
    ['country names', countriesLabel],
  ])('%s', (_name, layer) => {
    const text = colour(paint(layer, 'text-color'));
    const halo = colour(paint(layer, 'text-halo-color'));
    const haloWidth = paint(layer, 'text-halo-width');

    it(`have a halo of at least ${MIN_HALO_PX} px with ${AA}:1 against the text`, () => {
      expect(typeof haloWidth === 'number' ? haloWidth : 0).toBeGreaterThanOrEqual(MIN_HALO_PX);
      expect(contrastRatio(text, halo)).toBeGreaterThanOrEqual(AA);
    });

    it.each(FILLS)('read on %s (through the halo where the fill alone is too weak)', (_fill, fill) => {
      const direct = contrastRatio(text, fill);
      // The halo is what the glyph's edge meets; it counts only when it is there and opaque.
      const throughHalo = halo.a === 1 && Number(haloWidth) >= MIN_HALO_PX ? contrastRatio(text, halo) : 0;
      expect(Math.max(direct, throughHalo)).toBeGreaterThanOrEqual(AA);
    });
  });

  it('country names read on the neighbours’ land even without their halo', () => {
    expect(contrastRatio(colour(paint(countriesLabel, 'text-color')), land)).toBeGreaterThanOrEqual(AA);
  });
});

describe('HTML text that sits on the map', () => {
  const marker = parseColor(cssValue('.event-marker', 'background'));
  const markerText = parseColor(cssValue('.event-marker', 'color'));
  const ink = parseColor(cssValue(':root', '--ink'));

  it.each(FILLS)('an event marker’s count reads on %s', (_name, fill) => {
    expect(contrastRatio(markerText, over(marker, fill))).toBeGreaterThanOrEqual(AA);
  });

  it('a compact marker’s count reads through its white halo, whatever the fill', () => {
    const compactText = parseColor(cssValue('.event-marker--compact', 'color'));
    expect(cssValue('.event-marker--compact', 'text-shadow')).toMatch(/#fff/);
    expect(contrastRatio(compactText, parseColor('#fff'))).toBeGreaterThanOrEqual(AA);
  });

  it.each([['.map-info'], ['.map-frame__caption']])('%s reads over the darkest fill', (selector) => {
    const box = parseColor(cssValue(selector, 'background'));
    for (const [, fill] of FILLS) expect(contrastRatio(ink, over(box, fill))).toBeGreaterThanOrEqual(AA);
  });
});

describe('the stylesheet’s colour variables', () => {
  const css = readFileSync(join(import.meta.dirname, 'app.css'), 'utf8');
  const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
  const defined = new Map([...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2] ?? '']));

  it('are all defined on :root, each with a value of its own (not var(), which could loop)', () => {
    // Those a colour takes; sizes, counts and a side's colour (--side) come from the elements' own
    // style attributes.
    const used = new Set(
      [
        ...css.matchAll(
          /(?:color|background|border[\w-]*|fill|stroke|outline|box-shadow):[^;{}]*?var\((--[\w-]+)\)/g,
        ),
      ].map((m) => m[1]),
    );
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((name) => !defined.has(name) && name !== '--side')).toEqual([]);
    expect([...defined].filter(([, value]) => value.includes('var('))).toEqual([]);
  });

  it('the dark theme sets every colour the light one does', () => {
    const dark = css.slice(css.indexOf(":root[data-scheme='dark'] {"));
    const darkBlock = dark.slice(0, dark.indexOf('}'));
    const colours = [...defined].filter(([, value]) => value.startsWith('#')).map(([name]) => name);
    expect(colours.filter((name) => !darkBlock.includes(`${name}:`))).toEqual([]);
  });
});

describe('the contrast arithmetic', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['rgb(17, 24, 39)', '#fff', 17.74],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(parseColor(a), parseColor(b))).toBeCloseTo(ratio, 1);
  });

  it('composites a translucent colour over an opaque one', () => {
    expect(over(parseColor('rgba(0, 0, 0, 0.5)'), parseColor('#ffffff'))).toEqual({
      r: 127.5,
      g: 127.5,
      b: 127.5,
      a: 1,
    });
  });
});
