import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { dataUrl, DatasetError, fetchJson } from './fetch-json';
import { DATA_FILES } from './files';
import { provinceFeatureSchema, provincesFileSchema } from './schema';

export interface ProvinceProps {
  iso: string;
  name: string;
  slug: string;
  aliases: string[];
}

export interface Boundaries {
  provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceProps>;
  labels: FeatureCollection<Point, { iso: string; name: string }>;
  /** The neighbouring countries' outlines (context). */
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  /** Where the neighbours' names go: the Point features of the same file. */
  countryLabels: FeatureCollection<Point, { name: string }>;
  border: Feature<MultiLineString>;
  /** Province features that could not be read, with the first few reasons: dropped, the rest drawn. */
  rejected: { provinces: number; reasons: string[] };
}

const DATASET = 'province boundaries';
const MAX_REASONS = 5;

/**
 * Reads the provinces file. A file that is not a feature collection is an error; inside it, each
 * province is checked on its own (ISO code, name, slug, every position of its outline, no
 * duplicate), so a damaged one is dropped and counted instead of taking the map down.
 */
export function parseProvinces(json: unknown): Pick<Boundaries, 'provinces' | 'rejected'> {
  const file = provincesFileSchema.safeParse(json);
  if (!file.success) {
    const issue = file.error.issues[0];
    throw new DatasetError(
      DATASET,
      `The province boundaries file is damaged (${issue?.path.join('.') || 'file'}: ${issue?.message}).`,
    );
  }
  const features: Boundaries['provinces']['features'] = [];
  const rejected = { provinces: 0, reasons: [] as string[] };
  const seen = new Set<string>();
  file.data.features.forEach((raw, i) => {
    const feature = provinceFeatureSchema.safeParse(raw);
    let why: string | null = null;
    if (!feature.success) {
      const issue = feature.error.issues[0];
      why = `${issue?.path.join('.') || 'feature'}: ${issue?.message}`;
    } else {
      const { iso, slug } = feature.data.properties;
      if (seen.has(iso) || seen.has(slug)) why = `a second province ${seen.has(iso) ? iso : slug}`;
      else {
        seen.add(iso).add(slug);
        features.push(feature.data as Boundaries['provinces']['features'][number]);
      }
    }
    if (why !== null) {
      rejected.provinces += 1;
      if (rejected.reasons.length < MAX_REASONS) rejected.reasons.push(`province ${i + 1}: ${why}`);
    }
  });
  if (features.length === 0) {
    throw new DatasetError(DATASET, 'None of the provinces in the province boundaries file could be read.');
  }
  return { provinces: { type: 'FeatureCollection', features }, rejected };
}

/**
 * The context file holds outlines and label points; each goes to its own map source. Anything
 * else in it (a null, a feature with no geometry) is decoration lost, dropped here rather than
 * handed to MapLibre.
 */
export function splitCountries(collection: {
  readonly features: readonly (Feature | null)[];
}): Pick<Boundaries, 'countries' | 'countryLabels'> {
  const features = Array.isArray(collection.features) ? collection.features : [];
  const ofType = (types: string[]) =>
    features.filter((f): f is Feature => types.includes(f?.geometry?.type as string));
  return {
    countries: { type: 'FeatureCollection', features: ofType(['Polygon', 'MultiPolygon']) },
    countryLabels: { type: 'FeatureCollection', features: ofType(['Point']) },
  } as Pick<Boundaries, 'countries' | 'countryLabels'>;
}

export async function fetchBoundaries(signal?: AbortSignal): Promise<Boundaries> {
  const [provinces, labels, countries, border] = await Promise.all([
    fetchJson(dataUrl(DATA_FILES.provinces), DATASET, signal),
    fetchJson(dataUrl(DATA_FILES.provinceLabels), DATASET, signal),
    fetchJson(dataUrl(DATA_FILES.countries), DATASET, signal),
    fetchJson(dataUrl(DATA_FILES.border), DATASET, signal),
  ]);
  const parsed = parseProvinces(provinces);
  const drawn = new Set(parsed.provinces.features.map((f) => f.properties.iso));
  // Context layers are decoration: a broken one is dropped rather than blocking the map.
  const isCollection = (v: unknown): v is FeatureCollection =>
    typeof v === 'object' && v !== null && (v as FeatureCollection).type === 'FeatureCollection';
  const empty = { type: 'FeatureCollection', features: [] } as const;
  const labelsOf = (collection: FeatureCollection) => ({
    ...collection,
    // A province that could not be drawn is not named either.
    features: (Array.isArray(collection.features) ? collection.features : []).filter((f) =>
      drawn.has((f as Partial<Feature> | null)?.properties?.iso as string),
    ),
  });
  return {
    ...parsed,
    labels: (isCollection(labels) ? labelsOf(labels) : empty) as Boundaries['labels'],
    ...splitCountries(isCollection(countries) ? countries : empty),
    border: border as Boundaries['border'],
  };
}

export const boundariesQuery = queryOptions({
  queryKey: ['boundaries'],
  queryFn: ({ signal }) => fetchBoundaries(signal),
  staleTime: Infinity,
});

export function useBoundaries() {
  return useQuery(boundariesQuery);
}
