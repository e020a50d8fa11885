import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadFirstPaint } from '../first-paint/early';

/** The first-paint file, shared with the early script (one request for both). */
export const firstPaintQuery = queryOptions({
  queryKey: ['first-paint'],
  queryFn: loadFirstPaint,
  staleTime: Infinity,
});

export function useFirstPaint() {
  return useQuery(firstPaintQuery);
}
