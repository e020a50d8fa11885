import { useEffect, useState } from 'react';

const MARK = 'map-complete';
/** If the map is neither drawn nor failed by then (no WebGL, say), stop waiting for it. */
const GIVE_UP_MS = 15_000;

/**
 * False until the map is first drawn whole — provinces, neighbours, border and names (the
 * `map-complete` mark) — or until `mapFailed`, or a long while. What the first view does not need
 * (the charts below the fold) waits for it, so it does not compete with the map for the network
 * and the main thread (docs/performance.md).
 */
export function useAfterMapDrawn(mapFailed: boolean): boolean {
  const [ready, setReady] = useState(() => performance.getEntriesByName(MARK).length > 0);
  // Once given, the go-ahead stays: a Retry after a failure does not hide the charts again.
  if (mapFailed && !ready) setReady(true);
  useEffect(() => {
    if (ready) return;
    const done = () => setReady(true);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(MARK).length > 0) done();
    });
    observer.observe({ type: 'mark', buffered: true });
    const timer = window.setTimeout(done, GIVE_UP_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [ready]);
  return ready || mapFailed;
}
