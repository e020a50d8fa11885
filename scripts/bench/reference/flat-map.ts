// The references the app's load time is compared with: MapLibre alone, in a container of the app
// map's size (?w=&h=), setting the same `map-ready` mark (the first idle frame with the provinces
// drawn). The bare page draws the app's provinces file in one flat colour.

import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// As in the app: the bundle moves MapLibre's worker, so point MapLibre at it.
setWorkerUrl(workerUrl);

export function drawMap(container: HTMLElement, style: StyleSpecification): MapLibreMap {
  const params = new URLSearchParams(window.location.search);
  container.style.width = `${Number(params.get('w')) || 840}px`;
  container.style.height = `${Number(params.get('h')) || 370}px`;
  const map = new MapLibreMap({
    container,
    style,
    bounds: [60.4, 29.3, 75.0, 38.5],
    fitBoundsOptions: { padding: 16 },
    attributionControl: false,
  });
  const onIdle = () => {
    if (!map.isSourceLoaded('provinces')) return;
    map.off('idle', onIdle);
    performance.mark('map-ready');
  };
  map.on('idle', onIdle);
  return map;
}

export function drawFlatMap(container: HTMLElement): MapLibreMap {
  return drawMap(container, {
    version: 8,
    sources: { provinces: { type: 'geojson', data: '/data/provinces.geojson' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#DCE6EE' } },
      { id: 'provinces', type: 'fill', source: 'provinces', paint: { 'fill-color': '#ECEEF1' } },
    ],
  });
}
