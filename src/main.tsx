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
import { App } from './app/App';
import { createQueryClient } from './app/query-client';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <MapProvider>
        <App />
      </MapProvider>
    </QueryClientProvider>
  </StrictMode>,
);
