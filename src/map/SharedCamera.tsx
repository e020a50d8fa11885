import { useEffect } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { shareCamera } from './shared-camera';

/** Side by side: the WebGL maps with these ids (the first leads) pan and zoom as one. */
export function SharedCamera({ ids }: { ids: readonly string[] }) {
  const maps = useMap();
  const instances = ids.map((id) => maps[id]?.getMap());
  const [first, second] = instances;
  useEffect(() => {
    if (!first || !second) return;
    return shareCamera([first, second]);
  }, [first, second]);
  return null;
}
