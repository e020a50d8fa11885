import { useCallback, useMemo, useState } from 'react';

export type WebglState = 'loading' | 'drawn' | 'failed';

/**
 * Where the WebGL map stands: still loading (the SVG map shows), drawn (it has taken over), or
 * failed (no WebGL, its context lost: the SVG map stays the map). A failure is final for the page.
 * A browser without WebGL (`available` false) starts failed: its map is never tried.
 */
export function useWebglState(available: boolean) {
  const [state, setState] = useState<WebglState>(available ? 'loading' : 'failed');
  const drawn = useCallback(() => setState((s) => (s === 'failed' ? s : 'drawn')), []);
  const fail = useCallback(() => setState('failed'), []);
  return useMemo(() => ({ state, drawn, fail }), [state, drawn, fail]);
}
