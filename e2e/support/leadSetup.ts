/*
 * Where the request form's end-to-end tests find things. The app is built
 * twice more for them (scripts/build-e2e-lead.mjs, started from
 * playwright.config.ts) and served on a port of its own, next to the
 * default build:
 * - at / with VITE_LEAD_ENDPOINT pointing at the test receiver, which
 *   the tests start on a fixed port because the build bakes it in;
 * - at /mail/ with no endpoint and VITE_LEAD_EMAIL set.
 */

const appPort = Number(process.env.E2E_PORT ?? 4173);

/** The port of the request form's builds: the default app's port + 10. */
export const LEAD_APP_PORT = appPort + 10;
export const LEAD_APP_ORIGIN = `http://127.0.0.1:${LEAD_APP_PORT}`;

export const RECEIVER_PORT = Number(process.env.E2E_LEAD_RECEIVER_PORT ?? 4390);
export const LEAD_ENDPOINT = `http://127.0.0.1:${RECEIVER_PORT}/leads`;
export const LEAD_EMAIL = 'masterclass@cltv.example';

export const LEAD_OUT_DIR = 'dist-e2e-lead';
/** The path of the build without an endpoint. */
export const MAIL_BUILD_PATH = '/mail/';
