// How a reading is drawn, for every renderer: the WebGL map's style (map/map-style.ts), the
// legend, the PNG export and the contrast tests all read this one module, so they cannot drift
// apart. Colour says who the claims say holds a province; a pattern says it is not settled
// (thin hatching for Fighting, in the colour of the side it leans to; broad bands of both
// sides' colours for Disputed); paleness says the latest claim is months old.

import { readingLabel } from '../domain/labels';
import { PALE_AFTER_MONTHS, RECENT_MONTHS, type HeldBy, type ProvinceReading } from '../domain/reading';
import { assertNever, type Lens, type Reading } from '../domain/vocabulary';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const HOLDER_COLORS: Record<HeldBy, string> = {
  taliban: '#D55E00',
  government: '#0072B2',
};
/** Provinces with no reading: No claim and No recent claim are drawn alike, and named apart. */
export const NO_READING_COLOR = '#ECEEF1';
/** The hatching of Fighting when no side is named as holding any of it. */
const NEUTRAL_STRIPE = '#4B5563';
const NEUTRAL_TINT = '#D9DCE1';
/** A pale reading (its latest claim {@link PALE_AFTER_MONTHS} months old or more) is drawn at this strength. */
export const PALE_OPACITY = 0.4;

/** Each way a province can be drawn. */
export const SHADES = [
  'taliban',
  'government',
  'disputed',
  'fighting_taliban',
  'fighting_government',
  'fighting',
  'no_recent_claim',
  'no_claim',
] as const;
export type Shade = (typeof SHADES)[number];

export type PatternKind = 'hatch' | 'bands';

/** Stripes across a square tile, repeated: `/` for hatching, `\` for bands. */
export interface Pattern {
  /** The name the renderers register the pattern under (a MapLibre image, an SVG <pattern> id). */
  id: string;
  kind: PatternKind;
  /** The stripes' colours, in turn; the gaps between them (hatching only) show the fill. */
  colors: readonly string[];
}

export interface ShadeStyle {
  fill: string;
  pattern: Pattern | null;
}

const hatch = (id: string, color: string): Pattern => ({ id, kind: 'hatch', colors: [color] });

export const SHADE_STYLES: Record<Shade, ShadeStyle> = {
  taliban: { fill: HOLDER_COLORS.taliban, pattern: null },
  government: { fill: HOLDER_COLORS.government, pattern: null },
  disputed: {
    fill: HOLDER_COLORS.taliban,
    pattern: {
      id: 'pattern-disputed',
      kind: 'bands',
      colors: [HOLDER_COLORS.taliban, HOLDER_COLORS.government],
    },
  },
  fighting_taliban: { fill: '#F2C4A5', pattern: hatch('pattern-fighting-taliban', HOLDER_COLORS.taliban) },
  fighting_government: {
    fill: '#A9CBE3',
    pattern: hatch('pattern-fighting-government', HOLDER_COLORS.government),
  },
  fighting: { fill: NEUTRAL_TINT, pattern: hatch('pattern-fighting', NEUTRAL_STRIPE) },
  no_recent_claim: { fill: NO_READING_COLOR, pattern: null },
  no_claim: { fill: NO_READING_COLOR, pattern: null },
};

/** Every pattern a province can carry, once each. */
export const PATTERNS: readonly Pattern[] = SHADES.flatMap((shade) => {
  const pattern = SHADE_STYLES[shade].pattern;
  return pattern ? [pattern] : [];
});

/** The shade of a reading: Fighting is split by the side it leans to. */
export function shadeOf(reading: Pick<ProvinceReading, 'reading' | 'lean'>): Shade {
  const r: Reading = reading.reading;
  switch (r) {
    case 'fighting':
      return reading.lean ? `fighting_${reading.lean}` : 'fighting';
    case 'taliban':
    case 'government':
    case 'disputed':
    case 'no_recent_claim':
    case 'no_claim':
      return r;
    default:
      return assertNever(r);
  }
}

/** A pattern tile's side in CSS px, and its stripes' geometry (in the same px). */
export const PATTERN_TILE = 8;
const HATCH_WIDTH = 2.5;

/**
 * Whether a point of a pattern tile lies on a stripe, and which colour: the one geometry every
 * renderer follows (pixels for MapLibre and the PNG, <pattern> shapes for SVG).
 */
export function stripeAt(pattern: Pattern, x: number, y: number): string | null {
  const t = PATTERN_TILE;
  if (pattern.kind === 'hatch') {
    // `/`: x + y constant along a stripe.
    const along = (((x + y) % t) + t) % t;
    return along < HATCH_WIDTH ? (pattern.colors[0] ?? null) : null;
  }
  // `\`, in bands as broad as the tile's half: x − y constant along a band.
  const along = (((x - y) % t) + t) % t;
  return pattern.colors[along < t / 2 ? 0 : 1] ?? null;
}

export interface StripeLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
}

/**
 * The same stripes as vector shapes, for SVG: a background (bands only) and lines across a
 * tile of {@link PATTERN_TILE} px. A band {c ≤ x ± y < c + w} is a line along its middle, w/√2 wide.
 */
export function patternShapes(pattern: Pattern): { background: string | null; lines: StripeLine[] } {
  const t = PATTERN_TILE;
  if (pattern.kind === 'hatch') {
    const color = pattern.colors[0] ?? '#000000';
    const lines = [-t, 0, t].map((c) => {
      const k = c + HATCH_WIDTH / 2;
      return { x1: k + 1, y1: -1, x2: -1, y2: k + 1, color, width: HATCH_WIDTH / Math.SQRT2 };
    });
    return { background: null, lines };
  }
  const [first = '#000000', second = '#000000'] = pattern.colors;
  const lines = [-t, 0, t].map((c) => {
    const k = c + t / 4;
    return { x1: k - 1, y1: -1, x2: k + t + 1, y2: t + 1, color: first, width: t / 2 / Math.SQRT2 };
  });
  return { background: second, lines };
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The pattern as RGBA pixels, `pixelRatio` pixels to a CSS px; its gaps are transparent. */
export function patternPixels(
  pattern: Pattern,
  pixelRatio = 2,
): { width: number; height: number; data: Uint8Array } {
  const size = PATTERN_TILE * pixelRatio;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const color = stripeAt(pattern, (x + 0.5) / pixelRatio, (y + 0.5) / pixelRatio);
      if (!color) continue;
      const i = (y * size + x) * 4;
      [data[i], data[i + 1], data[i + 2]] = rgb(color);
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

/** What the legend shows, in order: every shade a reader can meet, then paleness. */
export const LEGEND_SHADES: ReadonlyArray<{ shade: Shade; reading: Reading; detail: string | null }> = [
  { shade: 'taliban', reading: 'taliban', detail: null },
  { shade: 'government', reading: 'government', detail: null },
  { shade: 'disputed', reading: 'disputed', detail: 'bands of both colours' },
  {
    shade: 'fighting_taliban',
    reading: 'fighting',
    detail: 'Taliban gains claimed: hatched in their colour',
  },
  {
    shade: 'fighting_government',
    reading: 'fighting',
    detail: 'government holds part: hatched in its colour',
  },
  { shade: 'fighting', reading: 'fighting', detail: 'no holder named: grey hatching' },
  { shade: 'no_recent_claim', reading: 'no_recent_claim', detail: null },
  { shade: 'no_claim', reading: 'no_claim', detail: null },
];

export type LegendShade = (typeof LEGEND_SHADES)[number];

/** The shades a legend lists for the lenses on show: under one side's lens alone, none is Disputed. */
export function legendShades(lenses: readonly Lens[]): LegendShade[] {
  const oneSideOnly = lenses.every((lens) => lens !== 'all');
  return LEGEND_SHADES.filter((entry) => !(oneSideOnly && entry.reading === 'disputed'));
}

/** "Fighting: Taliban gains claimed: hatched in their colour". */
export function legendLabel(entry: LegendShade): string {
  return entry.detail ? `${readingLabel(entry.reading)}: ${entry.detail}` : readingLabel(entry.reading);
}

/** What paleness means, in the legend's words. */
export const PALE_LEGEND = `Paler: latest claim ${PALE_AFTER_MONTHS}–${RECENT_MONTHS - 1} months old`;
/** What an event marker is, in the legend's words. */
export const MARKER_LEGEND = 'Event: its number of claims';
