import { useLayoutEffect, useRef } from 'react';
import { adoptEarlyMap, markOnce } from '../first-paint/early';
import type { FirstPaintData } from '../first-paint/format';
import { createSvgMap, type SvgMapHandle, type SvgMapState, type SvgMarker } from '../first-paint/svg-map';

interface SvgMapViewProps extends SvgMapState {
  /** The map's id ("main", "compare"): the early script's map of the same id is taken over. */
  id: string;
  data: FirstPaintData;
  hidden: boolean;
  onSelect: (iso: string | null) => void;
  onHover: (iso: string | null) => void;
  onMarker: (marker: SvgMarker) => void;
}

/**
 * The SVG map in React: the element the early script drew (moved here in React's first commit,
 * so it is never drawn twice nor blinks), or a new one, kept up to date imperatively.
 */
export function SvgMapView({ id, data, hidden, onSelect, onHover, onMarker, ...state }: SvgMapViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<SvgMapHandle | null>(null);
  useLayoutEffect(() => {
    const container = host.current;
    if (!container) return;
    const map = adoptEarlyMap(id) ?? createSvgMap(data, `svgmap-${id}`);
    container.append(map.element);
    handle.current = map;
    return () => {
      map.destroy();
      handle.current = null;
    };
  }, [id, data]);
  const { shades, descriptions, selectedIso, markers } = state;
  useLayoutEffect(() => {
    handle.current?.update({ shades, descriptions, selectedIso, markers });
    // When the early script did not draw it (its file came too late), this is the first paint.
    requestAnimationFrame(() => markOnce('map-ready'));
  }, [data, shades, descriptions, selectedIso, markers]);
  useLayoutEffect(() => {
    handle.current?.setCallbacks({
      onSelect,
      onHover,
      onMarker: (markerId) => {
        const marker = markers.find((m) => m.id === markerId);
        if (marker) onMarker(marker);
      },
    });
  }, [data, onSelect, onHover, onMarker, markers]);
  return <div ref={host} className="svg-map-host" hidden={hidden} />;
}
