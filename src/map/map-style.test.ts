import { describe, expect, it } from 'vitest';
import { PATTERNS, SHADE_STYLES, SHADES } from '../encoding/reading-encoding';
import { MARKER_FOOTPRINT_PX, mapStyle, markerFootprints, type MapData } from './map-style';

const URLS: MapData = {
  provinces: '/data/provinces.geojson',
  countries: '/data/countries.geojson',
  countryLabels: '/data/countries.geojson',
  border: '/data/afghanistan-border.geojson',
  labels: '/data/province-labels.geojson',
};

const layerIds = () => mapStyle(URLS).layers.map((layer) => layer.id);

describe('mapStyle', () => {
  it('gives every shade its fill and every pattern its layer, from the one encoding', () => {
    const style = mapStyle(URLS);
    const fill = style.layers.find((l) => l.id === 'provinces-fill');
    const match = JSON.stringify(fill && 'paint' in fill ? fill.paint?.['fill-color' as never] : null);
    for (const shade of SHADES) expect(match).toContain(`"${shade}","${SHADE_STYLES[shade].fill}"`);
    for (const pattern of PATTERNS) {
      const layer = style.layers.find((l) => l.id === `provinces-${pattern.id}`);
      expect(layer && 'paint' in layer ? layer.paint?.['fill-pattern' as never] : null).toBe(pattern.id);
    }
  });

  it('draws the neighbours under the provinces, and the border and names over them', () => {
    expect(Object.keys(mapStyle(URLS).sources).sort()).toEqual(
      ['border', 'countries', 'countries-labels', 'event-markers', 'province-labels', 'provinces'].sort(),
    );
    expect(layerIds()).toEqual([
      'background',
      'countries-line',
      'provinces-fill',
      ...PATTERNS.map((pattern) => `provinces-${pattern.id}`),
      'provinces-line',
      'provinces-hover',
      'afghanistan-border',
      'countries-label',
      'province-labels',
      // Over the names, so MapLibre places the markers' footprints first and the names around them.
      'event-marker-footprints',
    ]);
  });

  it('gives each marker a footprint of its size, offset as the marker is (in px of the scaled icon)', () => {
    const footprints = markerFootprints([
      { coordinates: [68.9, 36.7], size: 24, offsetX: -12.2 },
      { coordinates: [68.9, 36.7], size: 12, offsetX: 6 },
    ]);
    expect(footprints.features.map((f) => [f.geometry.coordinates, f.properties])).toEqual([
      [[68.9, 36.7], { size: 24, iconOffset: [(-12.2 * MARKER_FOOTPRINT_PX) / 24, 0] }],
      [[68.9, 36.7], { size: 12, iconOffset: [(6 * MARKER_FOOTPRINT_PX) / 12, 0] }],
    ]);
    expect(markerFootprints([]).features).toEqual([]);
    // Scaled by size / MARKER_FOOTPRINT_PX, the offset comes out in screen px again.
    const [first] = footprints.features;
    const scale = (first?.properties?.size as number) / MARKER_FOOTPRINT_PX;
    expect(((first?.properties?.iconOffset as number[])[0] ?? NaN) * scale).toBeCloseTo(-12.2);
  });

  it('every layer reads a source of the style', () => {
    const style = mapStyle(URLS);
    for (const layer of style.layers) {
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
    }
  });

  it('hands each source its own data, and the provinces their ISO code as feature id', () => {
    const provinces = { type: 'FeatureCollection' as const, features: [] };
    const style = mapStyle({ ...URLS, provinces });
    expect(style.sources.provinces).toEqual({ type: 'geojson', data: provinces, promoteId: 'iso' });
    expect(style.sources.border).toEqual({ type: 'geojson', data: URLS.border });
    expect(style.sources['province-labels']).toEqual({ type: 'geojson', data: URLS.labels });
    expect(style.sources['countries-labels']).toEqual({ type: 'geojson', data: URLS.countryLabels });
  });
});
