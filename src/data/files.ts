// The data files the first view reads, under `public/data/`. One list for the fetchers and for
// the build, which names each in a `<link rel="preload">` so the browser fetches them beside the
// code instead of after it has run (vite.config.ts).

export const DATA_FILES = {
  provinces: 'provinces.geojson',
  provinceLabels: 'province-labels.geojson',
  countries: 'countries.geojson',
  border: 'afghanistan-border.geojson',
  events: 'events.geojson',
  /** Written by `npm run data`: the map's first paint, before the rest loads (src/first-paint/). */
  firstPaint: 'first-paint.json',
} as const;

/** The id of the page's data block that holds the first-paint file (vite.config.ts, inlineFirstPaint). */
export const FIRST_PAINT_ELEMENT_ID = 'first-paint-data';
