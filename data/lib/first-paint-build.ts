// The first-paint file: what the map needs to be drawn before anything else has loaded. Read →
// transform from the boundary files and the built claims dataset; the readings come from the one
// reading function (src/domain/reading.ts), for every month and lens, so they cannot drift from
// the app's (data/first-paint.test.ts checks every one).

import { datasetScope, spanWords } from '../../src/domain/scope';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { EventsDataset } from '../../src/data/events-dataset';
import { matchesFilter } from '../../src/domain/aggregation';
import { monthAt, MONTH_COUNT } from '../../src/domain/dates';
import { buildReadingIndex, provinceReading } from '../../src/domain/reading';
import { LENSES } from '../../src/domain/vocabulary';
import { shadeOf } from '../../src/encoding/reading-encoding';
import { encodeShade, UNIT, type FirstPaintData, type FirstPaintEvent } from '../../src/first-paint/format';
import { project } from '../../src/first-paint/projection';
import { FIRST_YEAR, LAST_YEAR } from '../../src/url/url-state';

/** Points nearer than this to the line through their neighbours are dropped (units of UNIT: px at zoom 7). */
const TOLERANCE = 0.6;

type Point = [number, number];

function toUnits([lon = 0, lat = 0]: Position): Point {
  const [x, y] = project(lon, lat);
  return [Math.round(x * UNIT), Math.round(y * UNIT)];
}

/** Douglas–Peucker on a ring or line, keeping its ends. */
function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    const [ax, ay] = points[first] as Point;
    const [bx, by] = points[last] as Point;
    const length = Math.hypot(bx - ax, by - ay);
    let [worst, index] = [0, -1];
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i] as Point;
      const distance =
        length === 0
          ? Math.hypot(px - ax, py - ay)
          : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (distance > worst) [worst, index] = [distance, i];
    }
    if (index >= 0 && worst > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** SVG path data of lines (rings are closed with z), in relative moves after the first point. */
function pathData(lines: Position[][], closed: boolean): string {
  let d = '';
  for (const line of lines) {
    const points = simplify(
      line
        .map(toUnits)
        .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]?.[0] || p[1] !== all[i - 1]?.[1]),
      TOLERANCE,
    );
    if (points.length < (closed ? 4 : 2)) continue;
    const [[x0, y0] = [0, 0], ...rest] = closed ? points.slice(0, -1) : points;
    d += `M${x0} ${y0}l`;
    let [px, py] = [x0, y0];
    d += rest
      .map(([x, y]) => {
        const step = `${x - px} ${y - py}`;
        [px, py] = [x, y];
        return step;
      })
      .join(' ')
      .replace(/ -/g, '-');
    if (closed) d += 'z';
  }
  return d;
}

function rings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

function lines(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return rings(geometry);
}

function box(geometry: Geometry): [number, number, number, number] {
  const all = rings(geometry).flat().map(toUnits);
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export interface FirstPaintInputs {
  dataset: EventsDataset;
  provinces: FeatureCollection;
  labels: FeatureCollection;
  countries: FeatureCollection;
  border: Feature | FeatureCollection;
}

export function buildFirstPaint({
  dataset,
  provinces,
  labels,
  countries,
  border,
}: FirstPaintInputs): FirstPaintData {
  const labelByIso = new Map(
    labels.features.flatMap((f) =>
      f.geometry.type === 'Point' ? [[String(f.properties?.iso), f.geometry.coordinates] as const] : [],
    ),
  );
  // In the labels file's order: the order MapLibre places the names in, which the SVG map follows.
  const labelOrder = [...labelByIso.keys()];
  const rank = (iso: string) => (labelOrder.includes(iso) ? labelOrder.indexOf(iso) : labelOrder.length);
  const provinceList = provinces.features
    .map((f) => ({
      slug: String(f.properties?.slug),
      iso: String(f.properties?.iso),
      name: String(f.properties?.name),
      geometry: f.geometry,
    }))
    .sort((a, b) => rank(a.iso) - rank(b.iso) || a.slug.localeCompare(b.slug));

  const index = buildReadingIndex(dataset.claims);
  const readings: FirstPaintData['readings'] = {};
  for (const lens of LENSES) {
    const byProvince: Record<string, string> = {};
    for (const { slug } of provinceList) {
      let codes = '';
      for (let m = 0; m < MONTH_COUNT; m++)
        codes += encodeShade(...shadeCode(provinceReading(index, slug, monthAt(m), lens)));
      // A province with no claim under a lens is left out: the reader takes a missing one as No claim.
      if (/[^0]/.test(codes)) byProvince[slug] = codes;
    }
    readings[lens] = byProvince;
  }

  const years = [
    'all',
    ...Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i)),
  ];
  const events: FirstPaintEvent[] = dataset.events.flatMap((event) => {
    if (!event.coordinates || !event.province) return [];
    const claims = dataset.claims.filter((c) => c.event === event.id);
    const counts: FirstPaintEvent['counts'] = {};
    for (const lens of LENSES) {
      const perYear: Record<string, number> = {};
      for (const year of years) {
        const filter = { lens, year: year === 'all' ? null : Number(year), province: null };
        const count = claims.filter((c) => matchesFilter(c, filter)).length;
        if (count > 0) perYear[year] = count;
      }
      counts[lens] = perYear;
    }
    return [
      {
        id: event.id,
        name: event.name,
        placeName: event.placeName,
        province: event.province,
        start: event.start,
        coordinates: event.coordinates,
        counts,
      },
    ];
  });

  const borderGeometries =
    border.type === 'FeatureCollection' ? border.features.map((f) => f.geometry) : [border.geometry];
  return {
    version: dataset.info.version,
    span: spanWords(datasetScope(dataset.articles.values(), dataset.claims)),
    readings,
    provinces: provinceList.map(({ slug, iso, name, geometry }) => {
      const point = labelByIso.get(iso);
      return {
        slug,
        iso,
        name,
        d: pathData(rings(geometry), true),
        label: point ? toUnits(point) : (toUnits([0, 0]) as Point),
        box: box(geometry),
      };
    }),
    countries: countries.features
      .filter((f) => f.geometry.type !== 'Point')
      .map((f) => {
        const name = String(f.properties?.name);
        const point = countries.features.find(
          (p) => p.geometry.type === 'Point' && p.properties?.name === name,
        );
        return {
          name,
          d: pathData(rings(f.geometry), true),
          label: point?.geometry.type === 'Point' ? toUnits(point.geometry.coordinates) : null,
        };
      }),
    border: borderGeometries.map((g) => pathData(lines(g), false)).join(''),
    events,
  };
}

function shadeCode(
  reading: Parameters<typeof shadeOf>[0] & { pale: boolean },
): [ReturnType<typeof shadeOf>, boolean] {
  return [shadeOf(reading), reading.pale];
}
