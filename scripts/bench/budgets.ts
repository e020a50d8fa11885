// The performance budgets. `npm run bench` exits 1 when any is missed; the unit and end-to-end
// tests never assert timings. Since the map's first paint is SVG (src/first-paint/), `map-ready`
// is held to half the bare MapLibre page's time, and the WebGL map's hand-over (`map-complete`) to
// the styled reference page's.

import type { Budget, Results } from './results';

export const LIMITS = {
  loadRatio: 0.5,
  /** What to aim for (a static page with the provinces as inline SVG paints at about 0.14). */
  loadRatioAim: 0.3,
  completeOverStyled: 1.3,
  firstPaintGzipBytes: 60 * 1024,
  jsOverFloor: 1.2,
  statusUpdateP95At100kMs: 4,
  statusUpdateP95RealMs: 1,
  provincesRawBytes: 150 * 1024,
  eventsGzipBytes: 50 * 1024,
};

const ratio = (n: number) => n.toFixed(2);
const ms = (n: number) => `${n.toFixed(2)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function checkBudgets(results: Omit<Results, 'budgets' | 'durationSeconds'>): Budget[] {
  const dataset = (name: string) => {
    const found = results.datasets.find((d) => d.name === name);
    if (!found) throw new Error(`no results for the ${name} dataset`);
    return found;
  };
  const { load, bytes, data, firstPaint } = results;
  const budget = (b: Omit<Budget, 'met'>): Budget => ({ ...b, met: b.value <= b.limit });
  return [
    budget({
      name: 'Load: time to `map-ready`, app / bare MapLibre page',
      limit: LIMITS.loadRatio,
      value: load.ratio,
      format: ratio,
      detail: `app ${load.appMedianMs.toFixed(0)} ms, bare ${load.bareMedianMs.toFixed(0)} ms (medians); aim ${ratio(LIMITS.loadRatioAim)}`,
    }),
    budget({
      name: 'Hand-over: `map-complete`, app / styled MapLibre page',
      limit: LIMITS.completeOverStyled,
      value: load.completeOverStyled,
      format: ratio,
      detail: `app ${load.appCompleteMedianMs.toFixed(0)} ms, styled ${load.styledMedianMs.toFixed(0)} ms (medians)`,
    }),
    budget({
      name: 'Bytes before first paint, gzipped (HTML, CSS, the early script and the first-paint file)',
      limit: LIMITS.firstPaintGzipBytes,
      value: firstPaint.gzip,
      format: kb,
      detail: `${firstPaint.files.length} files`,
    }),
    budget({
      name: 'JS before `map-ready`, gzipped, / floor (maplibre-gl + react + react-dom)',
      limit: LIMITS.jsOverFloor,
      value: bytes.jsRatio,
      format: ratio,
      detail: `${kb(bytes.app.jsGzip)} / ${kb(bytes.floor.jsGzip)}`,
    }),
    budget({
      name: '`status-update` p95 at 100,000 claims',
      limit: LIMITS.statusUpdateP95At100kMs,
      value: dataset('100k').statusUpdate.p95,
      format: ms,
      detail: `median ${ms(dataset('100k').statusUpdate.p50)}`,
    }),
    budget({
      name: '`status-update` p95, real dataset',
      limit: LIMITS.statusUpdateP95RealMs,
      value: dataset('real').statusUpdate.p95,
      format: ms,
      detail: `${dataset('real').claims} claims; median ${ms(dataset('real').statusUpdate.p50)}`,
    }),
    budget({
      name: 'Provinces file, raw',
      limit: LIMITS.provincesRawBytes,
      value: data.provinces.raw,
      format: kb,
      detail: `${kb(data.provinces.gzip)} gzipped`,
    }),
    budget({
      name: 'Events file (real dataset), gzipped',
      limit: LIMITS.eventsGzipBytes,
      value: data.events.gzip,
      format: kb,
      detail: `${kb(data.events.raw)} raw`,
    }),
  ];
}
