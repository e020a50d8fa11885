// The offline gazetteer of Afghanistan the desk offers new places from: GeoNames' provincial capitals,
// district centres and towns (CC BY 4.0), cut by scripts/build-gazetteer.ts into
// public/data/gazetteer-af.json. Pure but for the fetch.

import { z } from 'zod';
import type { PlaceRecord } from '../data/schema';

/** One GeoNames place, as the desk offers it. */
export interface GazetteerEntry {
  /** The GeoNames id: where the point comes from. */
  geonameid: number;
  /** The name as GeoNames writes it, with its diacritics ("Lashkar Gāh"). */
  name: string;
  /** The same in plain letters ("Lashkar Gah"): what the desk proposes as the place's name. */
  ascii: string;
  /** capital: a provincial capital (or Kabul); district: a district centre; town: any other. */
  role: 'capital' | 'district' | 'town';
  province: string;
  /** [longitude, latitude], 4 decimals, as places.yaml writes them. */
  coordinates: [number, number];
}

export interface GazetteerFile {
  source: string;
  license: string;
  places: GazetteerEntry[];
}

export const GAZETTEER_URL = `${import.meta.env.BASE_URL}data/gazetteer-af.json`;

const gazetteerSchema = z.strictObject({
  source: z.string(),
  license: z.string(),
  places: z.array(
    z.strictObject({
      geonameid: z.number(),
      name: z.string(),
      ascii: z.string(),
      role: z.enum(['capital', 'district', 'town']),
      province: z.string(),
      coordinates: z.tuple([z.number(), z.number()]),
    }),
  ),
});

export async function fetchGazetteer(): Promise<GazetteerEntry[]> {
  const response = await fetch(GAZETTEER_URL);
  if (!response.ok) throw new Error(`the gazetteer did not load (${response.status})`);
  return gazetteerSchema.parse(await response.json()).places;
}

/** Lower-case plain letters only: "Lashkar Gāh" and "Lashkargah" meet at "lashkargah". */
export function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');
}

/** Whether the dataset has this place already, under its name or an alias, in the same province. */
export function isKnown(entry: GazetteerEntry, places: readonly PlaceRecord[]): boolean {
  const name = fold(entry.ascii);
  return places.some(
    (p) => p.province === entry.province && [p.name, ...p.aliases].some((n) => fold(n) === name),
  );
}

/** Places whose name starts with, then contains, the words typed; capitals and districts first. */
export function searchGazetteer(
  entries: readonly GazetteerEntry[],
  query: string,
  limit = 8,
): GazetteerEntry[] {
  const q = fold(query);
  if (q.length < 2) return [];
  const rank = (e: GazetteerEntry) => {
    const name = fold(e.ascii);
    const where = name.startsWith(q) ? 0 : name.includes(q) ? 1 : 2;
    return where * 3 + (e.role === 'capital' ? 0 : e.role === 'district' ? 1 : 2);
  };
  return entries
    .map((e) => ({ e, r: rank(e) }))
    .filter(({ r }) => r < 6)
    .sort((a, b) => a.r - b.r || a.e.ascii.localeCompare(b.e.ascii))
    .slice(0, limit)
    .map(({ e }) => e);
}

/** GeoNames places the report names (as a whole word) that the dataset does not have yet. */
export function placesNamedIn(
  text: string,
  entries: readonly GazetteerEntry[],
  places: readonly PlaceRecord[],
): GazetteerEntry[] {
  return entries.filter((entry) => {
    if (entry.ascii.length < 4 || isKnown(entry, places)) return false;
    const words = [entry.ascii, entry.name].map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    return new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'u').test(text);
  });
}
