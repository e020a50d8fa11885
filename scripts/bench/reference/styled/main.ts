// A second reference, for reading the load ratio: MapLibre alone (no React, no data parsing)
// drawing the app's own map style — every layer of src/map/map-style.ts, the hatch, the labels —
// from the same files. The gap between it and the bare page is the cost of the map's design; the
// gap between the app and it is the cost of the app around the map.

import type { LayerSpecification } from 'maplibre-gl';
import { contestedPatternImage } from '../../../../src/map/contested-pattern';
import {
  BASE_STYLE,
  borderLine,
  CONTESTED_PATTERN,
  countriesLabel,
  countriesLine,
  provinceLabels,
  provincesContested,
  provincesFill,
  provincesHover,
  provincesLine,
} from '../../../../src/map/map-style';
import { drawMap } from '../flat-map';

const container = document.getElementById('map');
if (!container) throw new Error('no #map element');
// react-map-gl's layer props are MapLibre layer specifications with the source filled in.
const layers = [
  countriesLine,
  provincesFill,
  provincesContested,
  provincesLine,
  provincesHover,
  borderLine,
  // The app hands this layer the file's Point features only; here a filter picks them out.
  { ...countriesLabel, filter: ['==', ['geometry-type'], 'Point'] },
  provinceLabels,
] as LayerSpecification[];
const map = drawMap(container, {
  ...BASE_STYLE,
  sources: {
    countries: { type: 'geojson', data: '/data/countries.geojson' },
    provinces: { type: 'geojson', data: '/data/provinces.geojson', promoteId: 'iso' },
    border: { type: 'geojson', data: '/data/afghanistan-border.geojson' },
    'countries-labels': { type: 'geojson', data: '/data/countries.geojson' },
    'province-labels': { type: 'geojson', data: '/data/province-labels.geojson' },
  },
  layers: [...BASE_STYLE.layers, ...layers],
});
map.addImage(CONTESTED_PATTERN, contestedPatternImage(), { pixelRatio: 2 });
