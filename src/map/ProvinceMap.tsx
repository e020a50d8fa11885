import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import MapGL, {
  AttributionControl,
  Marker,
  NavigationControl,
  type ErrorEvent,
  type MapEvent,
  type MapInstance,
  type MapLayerMouseEvent,
  type MapSourceDataEvent,
  type MapStyleDataEvent,
} from 'react-map-gl/maplibre';
import type { FeatureCollection } from 'geojson';
import type { Boundaries } from '../data/use-provinces';
import { PATTERNS, patternPixels, type Shade } from '../encoding/reading-encoding';
import { geometryBounds, prefersReducedMotion } from './geometry';
import {
  AFGHANISTAN_BOUNDS,
  FRAME_PADDING,
  SELECTION_MAX_ZOOM,
  SELECTION_PADDING,
} from '../first-paint/projection';
import { MARKER_FOOTPRINT, MARKER_FOOTPRINT_PX, mapStyle, markerFootprints, type MapData } from './map-style';
import { isCompactMap, markerOffsets, markerSize } from './marker-layout';
import { markOnce } from '../first-paint/early';

export interface ProvinceShade {
  shade: Shade;
  /** The latest claim is months old: drawn paler. */
  pale: boolean;
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
  /** Undefined while they are read: the map is created meanwhile, with no provinces yet. */
  boundaries: Boundaries | undefined;
  /** How each province is drawn, by ISO code; null while the claims are not loaded yet. */
  shades: ReadonlyMap<string, ProvinceShade> | null;
  selectedIso: string | null;
  onSelect: (iso: string | null) => void;
  onHover?: (iso: string | null) => void;
  /** The credit line drawn on the map. */
  attribution: string;
  /** Called when the map is drawn whole (`map-complete`): it takes over from the SVG map. */
  onDrawn?: () => void;
  /** Called when the map cannot draw (no WebGL context, or its context lost): the SVG map stays. */
  onUnavailable?: () => void;
}

// MapLibre finds its worker beside its own module, which bundling moves; point it at ours.
maplibregl.setWorkerUrl(workerUrl);

const NO_FEATURES: FeatureCollection = { type: 'FeatureCollection', features: [] };
const NO_BOUNDARIES: MapData = {
  provinces: NO_FEATURES,
  countries: NO_FEATURES,
  countryLabels: NO_FEATURES,
  border: NO_FEATURES,
  labels: NO_FEATURES,
};

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
  attribution,
  onDrawn,
  onUnavailable,
}: ProvinceMapProps) {
  // The map, once its provinces source exists: feature-state can be set from then on, so the
  // first frame that draws the provinces already shades them. Taken from the map's own events,
  // which react-map-gl forwards from the map's creation on, not from a ref React sets later.
  const [map, setMap] = useState<MapInstance | null>(null);
  // The whole style at once: the SVG map shows the provinces meanwhile (src/first-paint/), so
  // drawing them a step ahead of the neighbours and names would only hold the hand-over back.
  const style = useMemo(() => mapStyle(boundaries ?? NO_BOUNDARIES), [boundaries]);
  // On a narrow map (a phone) the markers are compact hollow rings (marker-layout.ts).
  const [compact, setCompact] = useState(false);
  const offsets = useMemo(() => markerOffsets(markers, { compact }), [markers, compact]);
  const hovered = useRef<string | null>(null);
  const shadesApplied = useRef(false);
  const marked = useRef(false);
  const drawnStale = useRef(true);

  // The patterns are in place before any tile is laid out: the style's 'data' event comes as the
  // style's sources are created, before the worker has read them. (An image added after the
  // provinces are laid out would make MapLibre lay them out again.) Again after a style reload.
  const onStyleData = useCallback((event: MapStyleDataEvent) => {
    const target = event.target;
    for (const pattern of PATTERNS) {
      if (!target.hasImage(pattern.id))
        target.addImage(pattern.id, patternPixels(pattern, 2), { pixelRatio: 2 });
    }
    if (!target.hasImage(MARKER_FOOTPRINT)) {
      const side = MARKER_FOOTPRINT_PX;
      target.addImage(MARKER_FOOTPRINT, { width: side, height: side, data: new Uint8Array(side * side * 4) });
    }
  }, []);

  // The markers' footprints' source exists once the names join the map (and anew after a reload).
  const [markerSource, setMarkerSource] = useState<GeoJSONSource | null>(null);
  const onSourceData = useCallback((event: MapSourceDataEvent) => {
    if (event.sourceId === 'provinces') setMap(event.target);
    if (event.sourceId === 'event-markers')
      setMarkerSource(event.target.getSource<GeoJSONSource>('event-markers') ?? null);
  }, []);

  // The first idle frame in which the whole map is drawn with the dataset's readings: `map-complete`,
  // and the map takes over from the SVG map (`map-ready` too, if the SVG map could not be drawn).
  const onIdle = useCallback(
    (event: MapEvent) => {
      const target = event.target;
      if (!shadesApplied.current) return;
      if (drawnStale.current) {
        drawnStale.current = false;
        // Instrumentation for tests: how many provinces the map really drew (again after a reload).
        const drawn = new Set(target.querySourceFeatures('provinces').map((f) => f.properties.iso as string));
        target.getContainer().dataset.provincesDrawn = String(drawn.size);
      }
      if (!marked.current && target.getSource('province-labels')) {
        marked.current = true;
        markOnce('map-ready');
        markOnce('map-complete');
        onDrawn?.();
      }
    },
    [onDrawn],
  );

  useEffect(() => {
    if (!map) return;
    const measure = () => setCompact(isCompactMap(map.getContainer().clientWidth));
    measure();
    map.on('resize', measure);
    return () => {
      map.off('resize', measure);
    };
  }, [map]);

  useEffect(() => {
    if (!map || !onUnavailable) return;
    map.on('webglcontextlost', onUnavailable);
    return () => {
      map.off('webglcontextlost', onUnavailable);
    };
  }, [map, onUnavailable]);

  // react-map-gl reports a map it could not create (no WebGL context) as an error with no map.
  const onError = useCallback(
    (event: ErrorEvent) => {
      if (event.target === null) onUnavailable?.();
      else console.error(event.error);
    },
    [onUnavailable],
  );

  useEffect(() => {
    drawnStale.current = true;
  }, [boundaries]);

  // The markers' footprints keep the names clear of them (map-style.ts), once the names are drawn.
  // A slider step that brings no new event leaves the source alone.
  const footprints = useMemo(
    () =>
      markerFootprints(
        markers.map((marker, i) => ({
          coordinates: marker.coordinates,
          size: markerSize(marker.claimCount, compact),
          offsetX: offsets[i] ?? 0,
        })),
      ),
    [markers, offsets, compact],
  );
  const footprintsShown = useRef<{ source: GeoJSONSource; key: string } | null>(null);
  useEffect(() => {
    if (!markerSource) return;
    const key = JSON.stringify(footprints);
    const shown = footprintsShown.current;
    if (shown?.source === markerSource && shown.key === key) return;
    footprintsShown.current = { source: markerSource, key };
    markerSource.setData(footprints);
    // Instrumentation for tests: how many footprints the names now make way for.
    if (map) map.getContainer().dataset.markerFootprints = String(footprints.features.length);
  }, [map, markerSource, footprints]);

  // Reading changes only touch feature-state on the stable provinces source.
  useEffect(() => {
    if (!map || !boundaries || !shades) return;
    for (const feature of boundaries.provinces.features) {
      const iso = feature.properties.iso;
      const shade = shades.get(iso);
      map.setFeatureState(
        { source: 'provinces', id: iso },
        { shade: shade?.shade ?? 'no_claim', pale: shade?.pale ?? false },
      );
    }
    shadesApplied.current = true;
    map.triggerRepaint();
  }, [boundaries, shades, map]);

  useEffect(() => {
    if (!map || !boundaries) return;
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
        {
          padding: SELECTION_PADDING,
          maxZoom: SELECTION_MAX_ZOOM,
          duration: prefersReducedMotion() ? 0 : 800,
        },
      );
    }
  }, [boundaries, selectedIso, map]);

  // Instrumentation for tests: where the camera came to rest (side by side, both maps agree), and
  // how long its last move took (an ease lasts its duration however few frames a busy machine draws;
  // a jump takes none).
  const moveStartedAt = useRef(0);
  const onMoveStart = useCallback(() => {
    moveStartedAt.current = performance.now();
  }, []);
  const onMoveEnd = useCallback((event: MapEvent) => {
    const target = event.target;
    const { lng, lat } = target.getCenter();
    const container = target.getContainer();
    container.dataset.camera = `${lng.toFixed(3)},${lat.toFixed(3)},${target.getZoom().toFixed(2)}`;
    container.dataset.cameraMoveMs = String(Math.round(performance.now() - moveStartedAt.current));
  }, []);

  const setHover = useCallback(
    (iso: string | null) => {
      if (!map || hovered.current === iso) return;
      if (hovered.current)
        map.setFeatureState({ source: 'provinces', id: hovered.current }, { hover: false });
      if (iso) map.setFeatureState({ source: 'provinces', id: iso }, { hover: true });
      hovered.current = iso;
      map.getCanvas().style.cursor = iso ? 'pointer' : '';
      onHover?.(iso);
    },
    [map, onHover],
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
      id={id}
      mapLib={maplibregl}
      mapStyle={style}
      // Names are shown at once, not faded in over 300 ms: they join the map a step after the
      // provinces, when MapLibre would fade them, and map-complete would wait out the fade
      // (about 0.3 s later on the benchmark, docs/performance.md).
      fadeDuration={0}
      onStyleData={onStyleData}
      onSourceData={onSourceData}
      onIdle={onIdle}
      onMoveStart={onMoveStart}
      onMoveEnd={onMoveEnd}
      onError={onError}
      initialViewState={{ bounds: AFGHANISTAN_BOUNDS, fitBoundsOptions: { padding: FRAME_PADDING } }}
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
      {markers.map((marker, i) => (
        <Marker
          key={marker.id}
          longitude={marker.coordinates[0]}
          latitude={marker.coordinates[1]}
          anchor="center"
          offset={[offsets[i] ?? 0, 0]}
        >
          <button
            type="button"
            className={compact ? 'event-marker event-marker--compact' : 'event-marker'}
            style={{ '--size': `${markerSize(marker.claimCount, compact)}px` } as CSSProperties}
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
      <AttributionControl compact={false} position="bottom-right" customAttribution={attribution} />
    </MapGL>
  );
}
