import { useCallback, useMemo, useState } from 'react';

export type WebglState = 'loading' | 'drawn' | 'failed';

/**
 * Where the WebGL map stands: still loading (the SVG map shows), drawn (it has taken over), or
 * failed (no WebGL, its context lost: the SVG map stays the map). A failure is final for the page.
 */
export function useWebglState() {
  const [state, setState] = useState<WebglState>('loading');
  const drawn = useCallback(() => setState((s) => (s === 'failed' ? s : 'drawn')), []);
  const fail = useCallback(() => setState('failed'), []);
  return useMemo(() => ({ state, drawn, fail }), [state, drawn, fail]);
}
