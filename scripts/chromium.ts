// The Chromium that the end-to-end tests, `npm run bench` and `npm run snapshots` drive: a system
// one (Playwright's own browser download is not used), with WebGL in software so MapLibre draws
// headless. One place, so the three measure and draw under the same flags.
import { existsSync } from 'node:fs';

/**
 * The executable: /usr/bin/chromium, or CHROMIUM_PATH (e.g. /Applications/Chromium.app/... or a
 * Chrome binary). Throws with what to do when there is none: nothing skips silently.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install one (Debian/Ubuntu: "sudo apt-get install chromium") ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable. The end-to-end tests never skip silently.',
    );
  }
  return path;
}

/** WebGL turned off, as on locked-down office machines, old phones and some virtual desktops. */
export const NO_WEBGL_ARGS = ['--disable-3d-apis', '--disable-webgl'];

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  // On a closed network these would only fail, many times at every start.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
