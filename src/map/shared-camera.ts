// Side by side, the two maps share one camera: a pan or zoom in either moves the other with it,
// frame by frame, so the same province sits at the same spot in both. Plain logic over the few
// methods of a MapLibre map it needs, so it is tested without WebGL.

export interface Camera {
  center: { lng: number; lat: number };
  zoom: number;
  bearing: number;
  pitch: number;
}

/** The part of a MapLibre map the shared camera uses. */
export interface CameraMap {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
  jumpTo(camera: Camera): unknown;
  on(type: 'move', listener: () => void): unknown;
  off(type: 'move', listener: () => void): unknown;
}

export function cameraOf(map: CameraMap): Camera {
  return { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

/**
 * Makes the maps follow one another; the first is the leader, whose camera the others take at
 * once. Returns the function that ends the sharing. Fewer than two maps share nothing.
 */
export function shareCamera(maps: readonly CameraMap[]): () => void {
  const distinct = [...new Set(maps)];
  if (distinct.length < 2) return () => {};
  // A move made by the sharing itself (a jumpTo) is not passed on again: no echo, no loop.
  let following = false;
  const follow = (leader: CameraMap) => {
    if (following) return;
    following = true;
    try {
      const camera = cameraOf(leader);
      for (const map of distinct) if (map !== leader) map.jumpTo(camera);
    } finally {
      following = false;
    }
  };
  const listeners = distinct.map((map) => {
    const listener = () => follow(map);
    map.on('move', listener);
    return [map, listener] as const;
  });
  follow(distinct[0] as CameraMap);
  return () => {
    for (const [map, listener] of listeners) map.off('move', listener);
  };
}
