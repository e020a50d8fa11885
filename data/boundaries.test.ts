import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildBoundaries } from './lib/boundaries-build';
import { loadGazetteer } from './lib/gazetteer';
import { stringifyGeoJson } from './lib/write-outputs';

const PUBLIC = join(import.meta.dirname, '..', 'public', 'data');
const read = (file: string) => readFileSync(join(PUBLIC, file), 'utf8');
const provinces = JSON.parse(read('provinces.geojson')) as FeatureCollection<
  Polygon | MultiPolygon,
  { iso: string; name: string; slug: string }
>;

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function segmentLength([x1 = 0, y1 = 0]: Position, [x2 = 0, y2 = 0]: Position): number {
  return Math.hypot(x2 - x1, y2 - y1);
}

function contains(geometry: Polygon | MultiPolygon, [x, y]: [number, number]): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((polygon) => {
    let inside = false;
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi = 0, yi = 0] = ring[i] ?? [];
        const [xj = 0, yj = 0] = ring[j] ?? [];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  });
}

describe('province boundaries', () => {
  it('are exactly what the build script makes (no drift from the committed files)', () => {
    for (const [file, value] of buildBoundaries()) expect(stringifyGeoJson(value), file).toBe(read(file));
  }, 60_000);

  it('fit the 150 KB budget', () => {
    expect(Buffer.byteLength(read('provinces.geojson'))).toBeLessThanOrEqual(150_000);
  });

  it('hold the 34 provinces of the gazetteer, with the mislabelled records fixed', () => {
    const { provinces: gazetteer } = loadGazetteer(join(import.meta.dirname), []);
    const got = provinces.features
      .map((f) => `${f.properties.iso} ${f.properties.name} ${f.properties.slug}`)
      .sort();
    expect(got).toEqual(gazetteer.map((p) => `${p.iso} ${p.name} ${p.slug}`).sort());
    expect(got).toContain('AF-DAY Daykundi daykundi');
    expect(got).toContain('AF-PAN Panjshir panjshir');
  });

  it('share borders exactly: no gaps or slivers between neighbours', () => {
    // Every edge inside the country belongs to two provinces; edges used once form the national border.
    const uses = new Map<string, { count: number; length: number }>();
    for (const feature of provinces.features) {
      for (const ring of rings(feature.geometry)) {
        for (let i = 1; i < ring.length; i++) {
          const a = ring[i - 1] as Position;
          const b = ring[i] as Position;
          const key = [a.join(','), b.join(',')].sort().join('|');
          const entry = uses.get(key) ?? { count: 0, length: segmentLength(a, b) };
          entry.count += 1;
          uses.set(key, entry);
        }
      }
    }
    const counts = [...uses.values()];
    expect(counts.filter((u) => u.count > 2)).toEqual([]);
    const outline = counts.filter((u) => u.count === 1).reduce((sum, u) => sum + u.length, 0);
    const border = JSON.parse(read('afghanistan-border.geojson')) as { geometry: MultiLineString };
    const borderLength = border.geometry.coordinates
      .flatMap((line) => line.slice(1).map((p, i) => segmentLength(line[i] as Position, p)))
      .reduce((a, b) => a + b, 0);
    expect(Math.abs(outline - borderLength) / borderLength).toBeLessThan(0.005);
  });

  it('contain every gazetteer place that lies in a province', () => {
    const { places } = loadGazetteer(join(import.meta.dirname), []);
    const bySlug = new Map(provinces.features.map((f) => [f.properties.slug, f]));
    const outside = places
      .filter((p) => p.province && p.coordinates)
      .filter((p) => {
        const province = bySlug.get(p.province as string);
        return !province || !contains(province.geometry, p.coordinates as [number, number]);
      })
      .map((p) => `${p.id} is not inside ${p.province}`);
    expect(outside).toEqual([]);
  });
});
