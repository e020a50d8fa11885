import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataUrl, fetchJson } from './fetch-json';
import { parseEventsDataset } from './events-dataset';
import { DATA_FILES } from './files';

// Only the benchmark's build (VITE_CG_BENCH=1, made by `npm run bench`) reads a generated dataset
// named in the query, e.g. ?bench-dataset=claims-10000 → data/bench/claims-10000.geojson, through
// the same parser. In every other build the condition is false when bundling and the branch is gone.
function eventsFile(): string {
  if (import.meta.env.VITE_CG_BENCH === '1') {
    const name = new URLSearchParams(window.location.search).get('bench-dataset');
    if (name && /^[a-z0-9-]+$/.test(name)) return `bench/${name}.geojson`;
  }
  return DATA_FILES.events;
}

// Read once, when the page loads: later URL writes drop parameters the app does not own.
const EVENTS_FILE = eventsFile();

export const eventsQuery = queryOptions({
  queryKey: ['events', EVENTS_FILE],
  queryFn: async ({ signal }) =>
    parseEventsDataset(await fetchJson(dataUrl(EVENTS_FILE), 'claims dataset', signal)),
  staleTime: Infinity,
});

export function useEvents() {
  return useQuery(eventsQuery);
}
