import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
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
  countriesFill,
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

const MAX_BOUNDS: [number, number, number, number] = [45, 18, 90, 48];
const INTERACTIVE = ['provinces-fill'];

export function ProvinceMap({
  boundaries,
  shades,
  selectedIso,
  onSelect,
  onHover,
  markers,
  onMarker,
}: ProvinceMapProps) {
  const mapRef = useRef<MapRef>(null);
  const [loaded, setLoaded] = useState(false);
  const hovered = useRef<string | null>(null);
  const shadesApplied = useRef(false);
  const readyMarked = useRef(false);

  const handleLoad = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    if (!map.hasImage(CONTESTED_PATTERN)) {
      map.addImage(CONTESTED_PATTERN, contestedPatternImage(), { pixelRatio: 2 });
    }
    // `map-ready`: the first idle frame in which the provinces are drawn with the dataset's statuses.
    map.on('idle', () => {
      if (readyMarked.current || !shadesApplied.current) return;
      readyMarked.current = true;
      performance.mark('map-ready');
      // Instrumentation for tests: how many provinces the map really drew.
      const drawn = new Set(map.querySourceFeatures('provinces').map((f) => f.properties.iso as string));
      map.getContainer().dataset.provincesDrawn = String(drawn.size);
    });
    setLoaded(true);
  }, []);

  // Status changes only touch feature-state on the stable provinces source.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded || !shades) return;
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
  }, [boundaries, shades, loaded]);

  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
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
  }, [boundaries, selectedIso, loaded]);

  const contestedLayer = useMemo(
    () =>
      provincesContested(
        shades ? [...shades].filter(([, shade]) => shade.status === 'contested').map(([iso]) => iso) : [],
      ),
    [shades],
  );

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
      ref={mapRef}
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
      onLoad={handleLoad}
      onMouseMove={handleMove}
      onMouseLeave={() => setHover(null)}
      onClick={handleClick}
      canvasContextAttributes={{ preserveDrawingBuffer: true }}
      style={{ width: '100%', height: '100%' }}
    >
      <Source id="countries" type="geojson" data={boundaries.countries}>
        <Layer {...countriesFill} />
        <Layer {...countriesLine} />
      </Source>
      <Source id="provinces" type="geojson" data={boundaries.provinces} promoteId="iso">
        <Layer {...provincesFill} />
        {/* The hatch image exists only once the map has loaded; its layer waits for it. */}
        {loaded && <Layer {...contestedLayer} beforeId="provinces-line" />}
        <Layer {...provincesLine} />
        <Layer {...provincesHover} />
      </Source>
      <Source id="border" type="geojson" data={boundaries.border}>
        <Layer {...borderLine} />
      </Source>
      <Source id="countries-labels" type="geojson" data={boundaries.countries}>
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
