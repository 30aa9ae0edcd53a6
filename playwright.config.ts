/**
 * Browser tests run against the built site (dist/), served by `astro preview`, in Chromium.
 * `npm run test:e2e` makes sure a Chromium exists first (scripts/ensure-browser.ts).
 */
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4322);
export const BASE_URL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list', { printSteps: false }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium()?.path, args: chromiumArgs() },
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: false,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
