// The dataset module the desk's Vite plugin makes from data/ at build time (scripts/desk-endpoint.ts).
declare module 'virtual:claimed-ground-desk-dataset' {
  const dataset: unknown;
  export default dataset;
}
