// The page's entry, kept small: the stylesheets, and the early script that draws the map as SVG
// from the data the page carries (src/first-paint/), before the app's far larger code has arrived.
// That code loads beside it (preloaded by the build: vite.config.ts) and takes the map over.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import './app/fonts.css';
// MapLibre's stylesheet goes in the page's own CSS, not the map chunk's: a lazy chunk with CSS is
// only run once its stylesheet has loaded, which held the map back by a round trip.
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';
import './first-paint/main';

void import('./app/boot');
