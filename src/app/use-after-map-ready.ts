import { useEffect, useState } from 'react';

const MARK = 'map-ready';

/**
 * False until the map has first been shaded (the `map-ready` mark), or `fallbackMs` after the
 * first render if that never comes (the boundaries failed). What the first view does not need —
 * the charts below the fold — waits for it, so it does not compete with the map for the network
 * and the main thread (docs/performance.md).
 */
export function useAfterMapReady(fallbackMs = 5000): boolean {
  const [ready, setReady] = useState(() => performance.getEntriesByName(MARK).length > 0);
  useEffect(() => {
    if (ready) return;
    const done = () => setReady(true);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(MARK).length > 0) done();
    });
    observer.observe({ type: 'mark', buffered: true });
    const timer = window.setTimeout(done, fallbackMs);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [ready, fallbackMs]);
  return ready;
}
