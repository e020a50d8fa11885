import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, NO_WEBGL_ARGS } from './scripts/chromium';
import { PORT } from './vite.config';

const executablePath = chromiumPath();

const baseURL = `http://127.0.0.1:${PORT}`;

const browserArgs = [
  ...CHROMIUM_ARGS,
  // The embed tests host the app in a page on another loopback origin; Chromium's
  // local-network checks would treat that test page as public and block the frame.
  '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests',
];

// Most of the app does not depend on the map's renderer: those tests run with WebGL off, where the
// SVG map is the map and is final at once, instead of waiting each time for MapLibre drawing in
// software on the same two cores. The tests that need the WebGL map carry the @webgl tag (the
// WEBGL details of e2e/fixtures.ts) and run with it.
const NEEDS_WEBGL = /@webgl/;
// The tested build gets its own folder per port, so it never races `npm run build` or another run.
const outDir = `node_modules/.e2e-dist/${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: `test-results/${PORT}`,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    // Recording a trace snapshots the page at every step, on a dashboard of a few thousand elements:
    // on CI only a retry records one (a failure is retried once), not every test that passes.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    launchOptions: { executablePath, args: browserArgs },
  },
  projects: [
    {
      name: 'desktop',
      grep: NEEDS_WEBGL,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'desktop, no WebGL',
      grepInvert: NEEDS_WEBGL,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath, args: [...browserArgs, ...NO_WEBGL_ARGS] },
      },
    },
  ],
  webServer: {
    // The tests run against the production build, as readers get it.
    command: `npx vite build --logLevel warn --outDir ${outDir} --emptyOutDir && npx vite preview --outDir ${outDir}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
