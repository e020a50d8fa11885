/**
 * Whether this browser gives a page a WebGL2 context, which MapLibre needs. Asked once, before the
 * map's code is loaded: without WebGL (turned off, blocklisted, a locked-down machine) that code is
 * never downloaded and compiled, and the SVG map is the map from the start. The test context is
 * released at once; a browser that says yes here and still fails the map's own context is caught
 * where the map is created.
 */
export function hasWebgl2(doc: Document = document): boolean {
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}
