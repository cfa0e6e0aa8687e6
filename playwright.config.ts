import { existsSync } from 'node:fs';

import { defineConfig, devices } from '@playwright/test';

import { QUIET_CHROMIUM_FLAGS } from './scripts/chromiumFlags.mjs';
import {
  LEAD_APP_ORIGIN,
  LEAD_APP_PORT,
  LEAD_EMAIL,
  LEAD_ENDPOINT,
  LEAD_OUT_DIR,
  MAIL_BUILD_PATH,
} from './e2e/support/leadSetup';

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
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The request form's own builds (e2e/support/leadSetup.ts). A second
      // preview of the project needs --bypass-lock.
      command:
        'node scripts/build-e2e-lead.mjs && npx vite preview ' +
        `--outDir ${LEAD_OUT_DIR} --host 127.0.0.1 --port ${LEAD_APP_PORT} ` +
        '--strictPort --bypass-lock',
      env: {
        E2E_LEAD_ENDPOINT: LEAD_ENDPOINT,
        E2E_LEAD_EMAIL: LEAD_EMAIL,
        E2E_LEAD_OUT_DIR: LEAD_OUT_DIR,
      },
      url: `${LEAD_APP_ORIGIN}${MAIL_BUILD_PATH}`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
