import { useCallback, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

// Every write goes through `update`: the URL changes, and all readers re-render from it.
// Back/Forward fire popstate, which the store listens to.

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const getSearch = () => window.location.search;

export type UpdateUrlState = (patch: Partial<UrlState>, options?: { replace?: boolean }) => void;

export function useUrlState(knownProvinces?: ReadonlySet<string>): [UrlState, UpdateUrlState] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const state = parseUrlState(search, knownProvinces);
  const update = useCallback<UpdateUrlState>(
    (patch, options) => {
      const next = { ...parseUrlState(window.location.search, knownProvinces), ...patch };
      const query = serializeUrlState(next);
      if (query === window.location.search) return;
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (options?.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    [knownProvinces],
  );
  return [state, update];
}
