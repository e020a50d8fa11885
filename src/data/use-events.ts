import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataUrl, fetchJson } from './fetch-json';
import { parseEventsDataset } from './events-dataset';

export const eventsQuery = queryOptions({
  queryKey: ['events'],
  queryFn: async ({ signal }) =>
    parseEventsDataset(await fetchJson(dataUrl('events.geojson'), 'claims dataset', signal)),
  staleTime: Infinity,
});

export function useEvents() {
  return useQuery(eventsQuery);
}
