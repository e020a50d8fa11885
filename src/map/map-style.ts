// The map's style is data: typed layer specs here, put together by mapStyle().
// Province readings and selection live in feature-state (the provinces source uses promoteId: 'iso'),
// so a new month or lens never rebuilds the GeoJSON. How each reading looks comes from
// encoding/reading-encoding.ts; this module only translates it into MapLibre expressions.

import type {
  BackgroundLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { PALE_OPACITY, SHADE_STYLES, SHADES, type Shade } from '../encoding/reading-encoding';

/** Text uses one self-hosted face; MapLibre renders its glyphs locally (no glyph server). */
export const LABEL_FONT = ['Noto Sans SemiBold'];

/** The land around Afghanistan: the map's background (it has no sea to show). */
export const LAND_COLOR = '#F7F5F0';

export const background: BackgroundLayerSpecification = {
  id: 'background',
  type: 'background',
  paint: { 'background-color': LAND_COLOR },
};

const shade = ['coalesce', ['feature-state', 'shade'], 'no_claim'] as ExpressionSpecification;

/** A pale reading (its latest claim months old) is drawn weaker, its pattern too. */
const strength = [
  'case',
  ['boolean', ['feature-state', 'pale'], false],
  PALE_OPACITY,
  1,
] as ExpressionSpecification;

export const countriesLine: LineLayerSpecification = {
  id: 'countries-line',
  type: 'line',
  source: 'countries',
  paint: { 'line-color': '#A3A8AF', 'line-width': 0.8 },
};

export const countriesLabel: SymbolLayerSpecification = {
  id: 'countries-label',
  type: 'symbol',
  source: 'countries-labels',
  layout: {
    'text-field': ['upcase', ['get', 'name']],
    'text-font': LABEL_FONT,
    'text-size': 12,
    'text-letter-spacing': 0.2,
  },
  paint: { 'text-color': '#5B6270', 'text-halo-color': LAND_COLOR, 'text-halo-width': 1.5 },
};

export const provincesFill: FillLayerSpecification = {
  id: 'provinces-fill',
  type: 'fill',
  source: 'provinces',
  paint: {
    // Fills are not antialiased: outlines are drawn over every edge (provinces-line, the border),
    // and each antialiased fill costs MapLibre one more shader program to compile before the
    // first frame, a large share of the first draw under a software GPU (docs/performance.md).
    'fill-antialias': false,
    'fill-color': [
      'match',
      shade,
      ...SHADES.flatMap((s) => [s, SHADE_STYLES[s].fill]),
      SHADE_STYLES.no_claim.fill,
    ] as ExpressionSpecification,
    'fill-opacity': strength,
  },
};

/**
 * A layer per pattern (hatching for Fighting, bands for Disputed). `fill-pattern` cannot read
 * feature-state but a layer's opacity can: each pattern shows where its shade is, so a new month
 * or lens only changes feature-state (a filter would make MapLibre lay the provinces out again).
 */
export const provincesPatterns: FillLayerSpecification[] = SHADES.flatMap((s: Shade) => {
  const pattern = SHADE_STYLES[s].pattern;
  if (!pattern) return [];
  const layer: FillLayerSpecification = {
    id: `provinces-${pattern.id}`,
    type: 'fill',
    source: 'provinces',
    paint: {
      'fill-antialias': false,
      'fill-pattern': pattern.id,
      'fill-opacity': ['case', ['==', shade, s], strength, 0] as ExpressionSpecification,
    },
  };
  return [layer];
});

export const provincesLine: LineLayerSpecification = {
  id: 'provinces-line',
  type: 'line',
  source: 'provinces',
  paint: { 'line-color': '#FFFFFF', 'line-width': 1 },
};

export const provincesHover: LineLayerSpecification = {
  id: 'provinces-hover',
  type: 'line',
  source: 'provinces',
  paint: {
    'line-color': '#111827',
    'line-width': [
      'case',
      ['boolean', ['feature-state', 'selected'], false],
      3,
      ['boolean', ['feature-state', 'hover'], false],
      1.5,
      0,
    ],
  },
};

export const borderLine: LineLayerSpecification = {
  id: 'afghanistan-border',
  type: 'line',
  source: 'border',
  paint: { 'line-color': '#374151', 'line-width': 1.6 },
};

export const provinceLabels: SymbolLayerSpecification = {
  id: 'province-labels',
  type: 'symbol',
  source: 'province-labels',
  layout: {
    'text-field': ['get', 'name'],
    'text-font': LABEL_FONT,
    'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 7, 14],
    'text-max-width': 8,
    'text-padding': 1,
    // A name sits on its point unless an event marker (or another name) is there: then just
    // below, above, beside or diagonally off it (offsets in ems), whichever is free first.
    'text-variable-anchor-offset': [
      'center',
      [0, 0],
      'top',
      [0, 1],
      'bottom',
      [0, -1],
      'left',
      [1.4, 0],
      'right',
      [-1.4, 0],
      'top-left',
      [0.8, 0.8],
      'top-right',
      [-0.8, 0.8],
      'bottom-left',
      [0.8, -0.8],
      'bottom-right',
      [-0.8, -0.8],
    ],
  },
  paint: { 'text-color': '#111827', 'text-halo-color': '#FFFFFF', 'text-halo-width': 1.6 },
};

/** The (transparent) image whose size the event markers' footprints are scaled from. */
export const MARKER_FOOTPRINT = 'event-marker-footprint';
export const MARKER_FOOTPRINT_PX = 24;

/**
 * The event markers are HTML buttons over the map, which MapLibre's label placement cannot see.
 * Each gets an invisible footprint of its size and place here, above the names: placed first,
 * it keeps the names from being drawn under the markers. Data: {@link markerFootprints}.
 */
export const eventMarkerFootprints: SymbolLayerSpecification = {
  id: 'event-marker-footprints',
  type: 'symbol',
  source: 'event-markers',
  layout: {
    'icon-image': MARKER_FOOTPRINT,
    'icon-size': ['/', ['get', 'size'], MARKER_FOOTPRINT_PX],
    // In px of the scaled icon: a marker moved aside in a row (marker-layout.ts) moves its footprint.
    'icon-offset': ['array', 'number', 2, ['get', 'iconOffset']],
    'icon-allow-overlap': true,
    'icon-padding': 1,
  },
};

/** The footprints' source data: a point per marker with its size and its offset in px. */
export function markerFootprints(
  markers: ReadonlyArray<{ coordinates: [number, number]; size: number; offsetX: number }>,
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: markers.map(({ coordinates, size, offsetX }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates },
      properties: { size, iconOffset: [(offsetX * MARKER_FOOTPRINT_PX) / size, 0] },
    })),
  };
}

/** What each of the map's sources draws: GeoJSON, or the URL of a GeoJSON file. */
export interface MapData {
  provinces: GeoJSONSourceSpecification['data'];
  /** The neighbouring countries' outlines. */
  countries: GeoJSONSourceSpecification['data'];
  /** Points where the neighbours' names go. */
  countryLabels: GeoJSONSourceSpecification['data'];
  border: GeoJSONSourceSpecification['data'];
  /** Points where the provinces' names go. */
  labels: GeoJSONSourceSpecification['data'];
}

/**
 * The map's style: the neighbours' outlines under the provinces (shading, patterns, outlines,
 * selection), Afghanistan's border and the names over them, and the markers' footprints on top.
 * Drawn at once: the SVG map shows the provinces until this map is drawn whole (src/first-paint/).
 */
export function mapStyle(data: MapData): StyleSpecification {
  const geojson = (source: GeoJSONSourceSpecification['data']): GeoJSONSourceSpecification => ({
    type: 'geojson',
    data: source,
  });
  const layers: LayerSpecification[] = [
    background,
    countriesLine,
    provincesFill,
    ...provincesPatterns,
    provincesLine,
    provincesHover,
    borderLine,
    countriesLabel,
    provinceLabels,
    eventMarkerFootprints,
  ];
  return {
    version: 8,
    name: 'Claimed Ground',
    sources: {
      provinces: { ...geojson(data.provinces), promoteId: 'iso' },
      countries: geojson(data.countries),
      border: geojson(data.border),
      'countries-labels': geojson(data.countryLabels),
      'province-labels': geojson(data.labels),
      // Empty here: the map sets it from its markers (markerFootprints).
      'event-markers': geojson({ type: 'FeatureCollection', features: [] }),
    },
    layers,
  };
}
