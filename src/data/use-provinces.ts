import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { dataUrl, DatasetError, fetchJson } from './fetch-json';
import { provincesFileSchema } from './schema';

export interface ProvinceProps {
  iso: string;
  name: string;
  slug: string;
  aliases: string[];
}

export interface Boundaries {
  provinces: FeatureCollection<Polygon | MultiPolygon, ProvinceProps>;
  labels: FeatureCollection<Point, { iso: string; name: string }>;
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  border: Feature<MultiLineString>;
}

const DATASET = 'province boundaries';

export async function fetchBoundaries(signal?: AbortSignal): Promise<Boundaries> {
  const [provinces, labels, countries, border] = await Promise.all([
    fetchJson(dataUrl('provinces.geojson'), DATASET, signal),
    fetchJson(dataUrl('province-labels.geojson'), DATASET, signal),
    fetchJson(dataUrl('countries.geojson'), DATASET, signal),
    fetchJson(dataUrl('afghanistan-border.geojson'), DATASET, signal),
  ]);
  const parsed = provincesFileSchema.safeParse(provinces);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DatasetError(
      DATASET,
      `The province boundaries file is damaged (${issue?.path.join('.') || 'file'}: ${issue?.message}).`,
    );
  }
  // Context layers are decoration: a broken one is dropped rather than blocking the map.
  const isCollection = (v: unknown): v is FeatureCollection =>
    typeof v === 'object' && v !== null && (v as FeatureCollection).type === 'FeatureCollection';
  const empty = { type: 'FeatureCollection', features: [] } as const;
  return {
    provinces: parsed.data as Boundaries['provinces'],
    labels: (isCollection(labels) ? labels : empty) as Boundaries['labels'],
    countries: (isCollection(countries) ? countries : empty) as Boundaries['countries'],
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
