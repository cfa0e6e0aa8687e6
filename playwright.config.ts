import { existsSync } from 'node:fs';

import { defineConfig, devices } from '@playwright/test';

import { QUIET_CHROMIUM_FLAGS } from './scripts/chromiumFlags.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);

/*
 * The Chromium that scripts/ensure-browser.mjs found or installed:
 * CHROMIUM_PATH, else Debian's, else Playwright's own build.
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath =
  process.env.CHROMIUM_PATH ||
  (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    launchOptions: {
      executablePath,
      args: QUIET_CHROMIUM_FLAGS,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
