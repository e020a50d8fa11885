// The app: loaded beside the early script (src/main.tsx), which has drawn the map meanwhile.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MapProvider } from 'react-map-gl/maplibre';
import { flushSync } from 'react-dom';
import { App, provinceMapCode, WEBGL_AVAILABLE } from './App';
import { createQueryClient } from './query-client';
import { eventsQuery } from '../data/use-events';
import { boundariesQuery } from '../data/use-provinces';

/** How long the first render waits for the map's code at most. */
const MAX_WAIT_FOR_MAP_CODE_MS = 400;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
// The first view's data are read now, while the map's code loads, not once the page has mounted.
void queryClient.prefetchQuery(boundariesQuery);
void queryClient.prefetchQuery(eventsQuery);

// The first render waits a moment for the map's code (preloaded beside this file's), so that it
// creates the map, and commits at once with its effects, where the map gets its WebGL context:
// that is far quicker before the browser has drawn the page than while it draws it
// (docs/performance.md). A slow or failed download does not hold the page back for long.
// Without WebGL there is no map to wait for.
if (WEBGL_AVAILABLE)
  await Promise.race([
    provinceMapCode.load().catch(() => undefined),
    new Promise((resolve) => window.setTimeout(resolve, MAX_WAIT_FOR_MAP_CODE_MS)),
  ]);
flushSync(() =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <MapProvider>
          <App />
        </MapProvider>
      </QueryClientProvider>
    </StrictMode>,
  ),
);
