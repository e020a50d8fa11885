import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * A code chunk the page starts loading at once (`import()` at module level) and renders as soon as
 * it is there. Unlike React.lazy, this never suspends: a suspended first render makes React hold
 * the boundary's content back for a throttle of about 300 ms after the fallback is shown, which
 * delayed the map's creation by that much (docs/performance.md).
 */
export interface ModuleLoader<T> {
  /** The module once loaded, else null. */
  current(): T | null;
  /** The load under way, or a new one after a failure. */
  load(): Promise<T>;
}

/** `start`: begin loading now (else at the first `load()`). */
export function moduleLoader<T>(importer: () => Promise<T>, start = true): ModuleLoader<T> {
  let loaded: T | null = null;
  let pending: Promise<T> | null = null;
  const load = () =>
    (pending ??= importer().then(
      (module) => (loaded = module),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  if (start)
    void load().catch(() => {
      // Reported by the component that needs the module (useModule), with a retry.
    });
  return { current: () => loaded, load };
}

export type ModuleState<T> =
  | { module: T; error: null; retry?: undefined }
  | { module: null; error: null; retry?: undefined }
  | { module: null; error: unknown; retry: () => void };

/**
 * The loader's module, or null while it loads, or the error it failed with and a retry. Not
 * `wanted`: never loaded, null.
 */
export function useModule<T>(loader: ModuleLoader<T>, wanted = true): ModuleState<T> {
  const [module, setModule] = useState(loader.current);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (module || !wanted) return;
    let live = true;
    loader.load().then(
      // Committed at once, effects included, before the browser paints: the map creates its WebGL
      // context in an effect, and that waits on the GPU process, which is slow while it paints.
      (loaded) => live && flushSync(() => setModule(() => loaded)),
      (failure: unknown) => live && setError(() => failure ?? new Error('The code did not load.')),
    );
    return () => {
      live = false;
    };
  }, [loader, module, attempt, wanted]);
  if (module) return { module, error: null };
  if (error !== null)
    return {
      module: null,
      error,
      retry: () => {
        setError(null);
        setAttempt((n) => n + 1);
      },
    };
  return { module: null, error: null };
}
