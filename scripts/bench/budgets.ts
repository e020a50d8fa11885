// The performance budgets (issue 7). `npm run bench` exits 1 when any is missed; the unit and
// end-to-end tests never assert timings.

import type { Budget, Results } from './results';

export const LIMITS = {
  loadRatio: 1.25,
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
  const { load, bytes, data } = results;
  const budget = (b: Omit<Budget, 'met'>): Budget => ({ ...b, met: b.value <= b.limit });
  return [
    budget({
      name: 'Load: time to `map-ready`, app / bare MapLibre page',
      limit: LIMITS.loadRatio,
      value: load.ratio,
      format: ratio,
      detail: `app ${load.appMedianMs.toFixed(0)} ms, bare ${load.bareMedianMs.toFixed(0)} ms (medians)`,
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
