// A second reference, for reading the load ratio: MapLibre alone (no React, no data parsing)
// drawing the app's own map style — every layer of src/map/map-style.ts, the patterns, the labels —
// from the same files. The gap between it and the bare page is the cost of the map's design; the
// gap between the app and it is the cost of the app around the map.

import { PATTERNS, patternPixels } from '../../../../src/encoding/reading-encoding';
import { countriesLabel, mapStyle } from '../../../../src/map/map-style';
import { drawMap } from '../flat-map';

const container = document.getElementById('map');
if (!container) throw new Error('no #map element');
// The whole style at once (the app adds the context a step after the provinces), from the files
// the app reads.
const style = mapStyle({
  provinces: '/data/provinces.geojson',
  countries: '/data/countries.geojson',
  countryLabels: '/data/countries.geojson',
  border: '/data/afghanistan-border.geojson',
  labels: '/data/province-labels.geojson',
});
// The app hands the neighbours' names the file's Point features only; here a filter picks them out.
style.layers = style.layers.map((layer) =>
  layer.id === countriesLabel.id ? { ...layer, filter: ['==', ['geometry-type'], 'Point'] } : layer,
);
const map = drawMap(container, style);
for (const pattern of PATTERNS) map.addImage(pattern.id, patternPixels(pattern, 2), { pixelRatio: 2 });
