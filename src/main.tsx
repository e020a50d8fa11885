import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import './app/fonts.css';
// MapLibre's stylesheet goes in the page's own CSS, not the map chunk's: a lazy chunk with CSS is
// only run once its stylesheet has loaded, which held the map back by a round trip.
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MapProvider } from 'react-map-gl/maplibre';
import { flushSync } from 'react-dom';
import { App, provinceMapCode } from './app/App';
import { createQueryClient } from './app/query-client';
import { eventsQuery } from './data/use-events';
import { boundariesQuery } from './data/use-provinces';

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
