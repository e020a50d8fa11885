import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import MapGL, {
  AttributionControl,
  Layer,
  Marker,
  NavigationControl,
  Source,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import type { Boundaries } from '../data/use-provinces';
import type { ControlStatus } from '../domain/vocabulary';
import { contestedPatternImage } from './contested-pattern';
import { geometryBounds, prefersReducedMotion } from './geometry';
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
} from './map-style';

export interface ProvinceShade {
  status: ControlStatus;
  /** Whole months between the province's latest claim and the selected month. */
  ageMonths: number | null;
}

export interface EventMarker {
  id: string;
  coordinates: [number, number];
  label: string;
  claimCount: number;
  province: string | null;
}

export interface ProvinceMapProps {
  /** The map's id for react-map-gl's useMap (e.g. the PNG export reads the "main" map). */
  id: string;
  markers: readonly EventMarker[];
  onMarker: (marker: EventMarker) => void;
  boundaries: Boundaries;
  /** Status per ISO code; null while the claims are not loaded yet. */
  shades: ReadonlyMap<string, ProvinceShade> | null;
  selectedIso: string | null;
  onSelect: (iso: string | null) => void;
  onHover?: (iso: string | null) => void;
}

const AFGHANISTAN_BOUNDS: [number, number, number, number] = [60.4, 29.3, 75.0, 38.5];
// MapLibre finds its worker beside its own module, which bundling moves; point it at ours.
maplibregl.setWorkerUrl(workerUrl);
// Start MapLibre's workers while React renders the page, not once the map is created.
maplibregl.prewarm();

const MAX_BOUNDS: [number, number, number, number] = [45, 18, 90, 48];
const INTERACTIVE = ['provinces-fill'];

export function ProvinceMap({
  id,
  boundaries,
  shades,
  selectedIso,
  onSelect,
  onHover,
  markers,
  onMarker,
}: ProvinceMapProps) {
  const mapRef = useRef<MapRef>(null);
  // True once the provinces source is in the style: feature-state can be set from then on, so
  // the first frame that draws the provinces already shades them (not a frame after 'load').
  const [sourceReady, setSourceReady] = useState(false);
  const hovered = useRef<string | null>(null);
  const shadesApplied = useRef(false);
  const readyMarked = useRef(false);
  const drawnStale = useRef(true);

  // Everything the map needs from us is set up here, the first time React hands us the map, and
  // not in onLoad: with no source of its own, the style can fire 'load' before React has handed
  // the map over, and a listener that waited for it then never ran (the map-ready time-outs once
  // seen on first loads). The hatch is added before any layer asks for it: a layer added after
  // the map has loaded makes MapLibre lay the provinces out again before the first frame.
  const setMap = useCallback((ref: MapRef | null) => {
    mapRef.current = ref;
    const map = ref?.getMap();
    if (!map || map.hasImage(CONTESTED_PATTERN)) return;
    map.addImage(CONTESTED_PATTERN, contestedPatternImage(), { pixelRatio: 2 });
    map.on('sourcedata', (event) => {
      if (event.sourceId === 'provinces') setSourceReady(true);
    });
    if (map.getSource('provinces')) setSourceReady(true);
    // `map-ready`: the first idle frame in which the provinces are drawn with the dataset's statuses.
    map.on('idle', () => {
      if (!shadesApplied.current) return;
      if (drawnStale.current) {
        drawnStale.current = false;
        // Instrumentation for tests: how many provinces the map really drew (again after a reload).
        const drawn = new Set(map.querySourceFeatures('provinces').map((f) => f.properties.iso as string));
        map.getContainer().dataset.provincesDrawn = String(drawn.size);
      }
      if (readyMarked.current) return;
      readyMarked.current = true;
      performance.mark('map-ready');
    });
  }, []);

  useEffect(() => {
    drawnStale.current = true;
  }, [boundaries]);

  // Status changes only touch feature-state on the stable provinces source.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !sourceReady || !shades) return;
    for (const feature of boundaries.provinces.features) {
      const iso = feature.properties.iso;
      const shade = shades.get(iso);
      map.setFeatureState(
        { source: 'provinces', id: iso },
        { status: shade?.status ?? 'no_claim', ageMonths: shade?.ageMonths ?? 0 },
      );
    }
    shadesApplied.current = true;
    map.triggerRepaint();
  }, [boundaries, shades, sourceReady]);

  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !sourceReady) return;
    let selected: (typeof boundaries.provinces.features)[number] | undefined;
    for (const feature of boundaries.provinces.features) {
      const isSelected = feature.properties.iso === selectedIso;
      if (isSelected) selected = feature;
      map.setFeatureState({ source: 'provinces', id: feature.properties.iso }, { selected: isSelected });
    }
    if (selected) {
      const [west, south, east, north] = geometryBounds(selected.geometry);
      map.fitBounds(
        [
          [west, south],
          [east, north],
        ],
        { padding: 60, maxZoom: 7, duration: prefersReducedMotion() ? 0 : 800 },
      );
    }
  }, [boundaries, selectedIso, sourceReady]);

  const setHover = useCallback(
    (iso: string | null) => {
      const map = mapRef.current?.getMap();
      if (!map || hovered.current === iso) return;
      if (hovered.current)
        map.setFeatureState({ source: 'provinces', id: hovered.current }, { hover: false });
      if (iso) map.setFeatureState({ source: 'provinces', id: iso }, { hover: true });
      hovered.current = iso;
      map.getCanvas().style.cursor = iso ? 'pointer' : '';
      onHover?.(iso);
    },
    [onHover],
  );

  const handleMove = useCallback(
    (event: MapLayerMouseEvent) =>
      setHover((event.features?.[0]?.properties?.iso as string | undefined) ?? null),
    [setHover],
  );
  const handleClick = useCallback(
    (event: MapLayerMouseEvent) =>
      onSelect((event.features?.[0]?.properties?.iso as string | undefined) ?? null),
    [onSelect],
  );

  return (
    <MapGL
      ref={setMap}
      id={id}
      mapLib={maplibregl}
      mapStyle={BASE_STYLE}
      initialViewState={{ bounds: AFGHANISTAN_BOUNDS, fitBoundsOptions: { padding: 16 } }}
      minZoom={3}
      maxZoom={9}
      maxBounds={MAX_BOUNDS}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      attributionControl={false}
      interactiveLayerIds={INTERACTIVE}
      onMouseMove={handleMove}
      onMouseLeave={() => setHover(null)}
      onClick={handleClick}
      canvasContextAttributes={{ preserveDrawingBuffer: true }}
      style={{ width: '100%', height: '100%' }}
    >
      <Source id="countries" type="geojson" data={boundaries.countries}>
        <Layer {...countriesLine} />
      </Source>
      <Source id="provinces" type="geojson" data={boundaries.provinces} promoteId="iso">
        <Layer {...provincesFill} />
        <Layer {...provincesContested} />
        <Layer {...provincesLine} />
        <Layer {...provincesHover} />
      </Source>
      <Source id="border" type="geojson" data={boundaries.border}>
        <Layer {...borderLine} />
      </Source>
      <Source id="countries-labels" type="geojson" data={boundaries.countryLabels}>
        <Layer {...countriesLabel} />
      </Source>
      <Source id="province-labels" type="geojson" data={boundaries.labels}>
        <Layer {...provinceLabels} />
      </Source>
      {markers.map((marker) => (
        <Marker
          key={marker.id}
          longitude={marker.coordinates[0]}
          latitude={marker.coordinates[1]}
          anchor="center"
        >
          <button
            type="button"
            className="event-marker"
            style={{ '--size': `${Math.min(24, 14 + marker.claimCount * 0.6)}px` } as CSSProperties}
            aria-label={marker.label}
            title={marker.label}
            onClick={(e) => {
              e.stopPropagation();
              onMarker(marker);
            }}
          >
            <span aria-hidden="true">{marker.claimCount}</span>
          </button>
        </Marker>
      ))}
      <NavigationControl showCompass={false} position="top-right" />
      <AttributionControl
        compact={false}
        position="bottom-right"
        customAttribution="Boundaries: Natural Earth (public domain) · Claims: five news reports, see sources"
      />
    </MapGL>
  );
}
