// Synthetic claims datasets for the benchmark, in the exact format of public/data/events.geojson,
// so the app reads them through the same zod parser as the real dataset.
//
// The shape, for `claims` = N and a seed:
// - events: one per province and year (34 × 7 = 238 whatever N is), "Fighting in <province>,
//   <year>", at the province's label point. A fixed event count keeps the event markers and the
//   event list the same size at every N, so the growth the benchmark reports is the claims'.
// - claims: N, each in a province and a month drawn uniformly (34 provinces × 84 months,
//   2015-01 … 2021-12) and a uniform day of that month. 60 % are control claims (the Taliban
//   captured the whole 25 % or a part 15 %, the government held the whole 25 % or repelled an
//   attack on a part 15 %, fighting 20 %), 40 % casualty claims with an exact, about,
//   at-least, more-than or unquantified count. Sides: Taliban 35 %, Afghan government 35 %,
//   US forces 10 %, residents 10 %, media 7 %, other 3 %.
// - articles: 12 synthetic reports, claims assigned round robin.
// A 32-bit PRNG (mulberry32) drives every choice: the same N and seed give the same bytes, and
// a smaller dataset's claims are the first claims of a larger one with the same seed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MEASURES,
  VICTIM_SIDES,
  type Action,
  type ClaimantSide,
  type Extent,
  type Holder,
} from '../../src/domain/vocabulary';

export interface ProvincePoint {
  slug: string;
  name: string;
  coordinates: [number, number];
}

export interface SyntheticOptions {
  claims: number;
  seed: number;
  provinces: readonly ProvincePoint[];
}

const FIRST_YEAR = 2015;
const YEARS = 7;
const ARTICLES = 12;

/** mulberry32: a small, fast, well-mixed 32-bit generator; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(random: () => number, choices: ReadonlyArray<readonly [T, number]>): T {
  let r = random();
  for (const [value, weight] of choices) {
    if (r < weight) return value;
    r -= weight;
  }
  return (choices[choices.length - 1] as readonly [T, number])[0];
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

const SIDES: ReadonlyArray<readonly [ClaimantSide, number]> = [
  ['taliban', 0.35],
  ['afghan_government', 0.35],
  ['us_forces', 0.1],
  ['residents', 0.1],
  ['media', 0.07],
  ['other', 0.03],
];

interface Control {
  holder: Holder;
  extent: Extent;
  action: Action;
  quote: string;
}
const CONTROL_CHOICES: ReadonlyArray<readonly [Control, number]> = [
  [
    {
      holder: 'taliban',
      extent: 'whole',
      action: 'captured',
      quote: 'the insurgents took control of the city',
    },
    0.25,
  ],
  [
    {
      holder: 'taliban',
      extent: 'part',
      action: 'captured',
      quote: 'the insurgents took the police headquarters',
    },
    0.15,
  ],
  [{ holder: 'government', extent: 'whole', action: 'held', quote: 'security forces hold the city' }, 0.25],
  [
    {
      holder: 'government',
      extent: 'part',
      action: 'repelled',
      quote: 'an attack on a checkpoint was repelled',
    },
    0.15,
  ],
  [{ holder: 'none', extent: 'whole', action: 'fighting', quote: 'fighting for the city continues' }, 0.2],
];

const CLAIMANT: Record<ClaimantSide, string> = {
  taliban: 'Taliban spokesman',
  afghan_government: 'Provincial governor’s office',
  us_forces: 'US Forces Afghanistan',
  residents: 'A resident',
  media: 'The outlet (narration)',
  other: 'A rights group',
};

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

function countRange(random: () => number) {
  const n = 1 + Math.floor(random() * 60);
  switch (
    weighted(random, [
      ['exact', 0.35],
      ['about', 0.2],
      ['at_least', 0.2],
      ['more_than', 0.1],
      ['unquantified', 0.15],
    ] as const)
  ) {
    case 'exact':
      return { words: String(n), qualifier: 'exact', low: n, high: n } as const;
    case 'about':
      return { words: `about ${n}`, qualifier: 'about', low: n, high: n } as const;
    case 'at_least':
      return { words: `at least ${n}`, qualifier: 'at_least', low: n, high: null } as const;
    case 'more_than':
      return { words: `more than ${n}`, qualifier: 'more_than', low: n + 1, high: null } as const;
    case 'unquantified':
      return { words: 'heavy casualties', qualifier: 'unquantified', low: null, high: null } as const;
  }
}

/** The dataset as a plain object, ready to be written as JSON. */
export function syntheticDataset({ claims: total, seed, provinces }: SyntheticOptions) {
  if (!Number.isInteger(total) || total < 0) throw new Error(`claims must be a whole number, got ${total}`);
  if (provinces.length === 0) throw new Error('no provinces to spread the claims over');
  const random = mulberry32(seed);
  const hex = () => pad(Math.floor(random() * 0x10000).toString(16), 4);
  const articles = Array.from({ length: ARTICLES }, (_, i) => ({
    id: `9${pad(i)}_${hex()}${hex()}${hex()}${hex()}`,
    outlet: 'Synthetic benchmark outlet',
    headline: `Synthetic report ${i + 1}`,
    published: `${FIRST_YEAR + (i % YEARS)}-06-15`,
    dateline: null,
    date_note: 'Generated for the benchmark; not a real report.',
  }));

  type Claim = Record<string, unknown> & { date: string; id: string };
  const byEvent = new Map<string, Claim[]>();
  for (let i = 0; i < total; i += 1) {
    const province = pick(random, provinces);
    const monthIndex = Math.floor(random() * YEARS * 12);
    const year = FIRST_YEAR + Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const date = `${year}-${pad(month)}-${pad(1 + Math.floor(random() * daysIn(year, month)))}`;
    const side = weighted(random, SIDES);
    const event = `bench-${province.slug}-${year}`;
    const base = {
      id: `bench-claim-${pad(i, 6)}`,
      event,
      article: (articles[i % ARTICLES] as { id: string }).id,
      said: date,
      claimant: CLAIMANT[side],
      side,
      place: province.slug,
      place_name: province.name,
      place_kind: null,
      province: province.slug,
      place_precision: 'province',
      date,
      date_precision: 'day',
    };
    let claim: Claim;
    if (random() < 0.6) {
      const { quote, ...control } = weighted(random, CONTROL_CHOICES);
      claim = { ...base, kind: 'control', ...control, quote, caveat: null };
    } else {
      const measure = pick(random, MEASURES);
      const count = countRange(random);
      claim = {
        ...base,
        kind: 'casualties',
        casualties: { measure, victim_side: pick(random, VICTIM_SIDES), count },
        quote: `${count.words} people were ${measure}`,
        caveat: null,
      };
    }
    const list = byEvent.get(event) ?? [];
    byEvent.set(event, list);
    list.push(claim);
  }

  const features = provinces.flatMap((province) =>
    Array.from({ length: YEARS }, (_, y) => {
      const year = FIRST_YEAR + y;
      const id = `bench-${province.slug}-${year}`;
      const claims = (byEvent.get(id) ?? []).sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
      );
      return {
        type: 'Feature',
        id,
        geometry: { type: 'Point', coordinates: province.coordinates },
        properties: {
          name: `Fighting in ${province.name}, ${year}`,
          place: province.slug,
          place_name: province.name,
          province: province.slug,
          start: `${year}-01-01`,
          end: `${year}-12-31`,
          claims,
        },
      };
    }),
  );

  return {
    type: 'FeatureCollection',
    dataset: {
      name: 'Claimed Ground synthetic benchmark dataset',
      version: `bench-${total}-seed-${seed}`,
      citation: `Synthetic claims (${total}, seed ${seed}) generated for the benchmark; not real reports.`,
    },
    articles,
    features,
  };
}

/** The provinces (slug, name, label point) from the committed boundary files in `dataDir`. */
export function readProvincePoints(dataDir: string): ProvincePoint[] {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
  type Collection<P, G> = { features: Array<{ properties: P; geometry: G }> };
  const provinces =
    read<Collection<{ iso: string; name: string; slug: string }, unknown>>('provinces.geojson');
  const labels =
    read<Collection<{ iso: string }, { coordinates: [number, number] }>>('province-labels.geojson');
  const points = new Map(labels.features.map((f) => [f.properties.iso, f.geometry.coordinates]));
  return provinces.features
    .map(({ properties: { iso, name, slug } }) => {
      const coordinates = points.get(iso);
      if (!coordinates) throw new Error(`province-labels.geojson has no point for ${iso}`);
      return { slug, name, coordinates };
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));
}
