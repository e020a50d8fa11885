// The first-paint file (public/data/first-paint.json, written by `npm run data`): the provinces as
// simplified projected paths, the readings of every province for every month and lens, and the
// events, so the map can be drawn before React, MapLibre or the claims dataset have loaded.

import { monthIndex, MONTH_COUNT } from '../domain/dates';
import type { Lens } from '../domain/vocabulary';
import { SHADES, type Shade } from '../encoding/reading-encoding';

/** Coordinates are world px at zoom 0 times this, rounded: about a third of a px at zoom 7. */
export const UNIT = 128;

export interface FirstPaintProvince {
  slug: string;
  iso: string;
  name: string;
  /** SVG path data, in world px × UNIT. */
  d: string;
  /** Where the name goes, in world px × UNIT. */
  label: [number, number];
  /** [minX, minY, maxX, maxY] in world px × UNIT, for framing a selected province. */
  box: [number, number, number, number];
}

export interface FirstPaintEvent {
  id: string;
  name: string;
  placeName: string;
  province: string;
  start: string;
  coordinates: [number, number];
  /** Claims per lens, for all years ('all') and each year. */
  counts: Partial<Record<Lens, Record<string, number>>>;
}

export interface FirstPaintData {
  /** The claims dataset's version these readings come from. */
  version: string;
  /** The years the claims cover, in words ("2015–2021"), for the page's header. */
  span: string;
  /** One code per month and lens and province: see {@link encodeShade}. */
  readings: Partial<Record<Lens, Record<string, string>>>;
  provinces: FirstPaintProvince[];
  /** Neighbouring countries and Afghanistan's border, drawn under and over the provinces. */
  countries: Array<{ name: string; d: string; label: [number, number] | null }>;
  border: string;
  events: FirstPaintEvent[];
}

const CODES = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A shade and its paleness as one character: the shade's index, doubled, plus 1 when pale. */
export function encodeShade(shade: Shade, pale: boolean): string {
  return CODES[SHADES.indexOf(shade) * 2 + (pale ? 1 : 0)] as string;
}

export function decodeShade(code: string | undefined): { shade: Shade; pale: boolean } {
  const n = code === undefined ? -1 : CODES.indexOf(code);
  const shade = SHADES[n >> 1];
  return n < 0 || !shade ? { shade: 'no_claim', pale: false } : { shade, pale: (n & 1) === 1 };
}

/** The shade of a province in a month under a lens; No claim where the file has none. */
export function shadeAt(data: FirstPaintData, lens: Lens, slug: string, month: string) {
  const m = monthIndex(month);
  if (!(m >= 0 && m < MONTH_COUNT)) return decodeShade(undefined);
  return decodeShade(data.readings[lens]?.[slug]?.[m]);
}
