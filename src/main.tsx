// The page's entry, kept small: the stylesheets, and the early script that draws the map as SVG
// as soon as its small data file arrives (src/first-paint/). The app's code loads beside it
// (preloaded by the build: vite.config.ts) and starts once the first paint is done, so it does not
// hold it back; it then takes the map over.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import './app/fonts.css';
// MapLibre's stylesheet goes in the page's own CSS, not the map chunk's: a lazy chunk with CSS is
// only run once its stylesheet has loaded, which held the map back by a round trip.
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';
import { firstPaintDone } from './first-paint/main';

void firstPaintDone.then(() => import('./app/boot'));
