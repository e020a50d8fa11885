import { QueryClient } from '@tanstack/react-query';
import { DatasetError } from '../data/fetch-json';

// The datasets are static files of one build: fetch once, keep for the session.
// Broken data does not mend itself, so only network failures are retried automatically.
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof DatasetError && !/network/.test(error.message)),
      },
    },
  });
}
