// Builds the app twice for the request form's end-to-end tests, with the
// build-time settings they need (see e2e/support/leadSetup.ts):
// E2E_LEAD_OUT_DIR/ posts to E2E_LEAD_ENDPOINT and offers E2E_LEAD_EMAIL
// when sending fails; E2E_LEAD_OUT_DIR/mail/ has no endpoint and offers
// the e-mail. Both are ordinary production builds, prerender included.
import { build } from 'vite';

const { E2E_LEAD_ENDPOINT, E2E_LEAD_EMAIL, E2E_LEAD_OUT_DIR } = process.env;
if (!E2E_LEAD_ENDPOINT || !E2E_LEAD_EMAIL || !E2E_LEAD_OUT_DIR) {
  throw new Error(
    'build-e2e-lead: set E2E_LEAD_ENDPOINT, E2E_LEAD_EMAIL and ' +
      'E2E_LEAD_OUT_DIR (playwright.config.ts does)',
  );
}

async function buildWith(settings, outDir, base) {
  // Vite reads VITE_* variables from process.env at each build.
  Object.assign(process.env, settings);
  await build({
    base,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

await buildWith(
  { VITE_LEAD_ENDPOINT: E2E_LEAD_ENDPOINT, VITE_LEAD_EMAIL: E2E_LEAD_EMAIL },
  E2E_LEAD_OUT_DIR,
  '/',
);
await buildWith(
  { VITE_LEAD_ENDPOINT: '', VITE_LEAD_EMAIL: E2E_LEAD_EMAIL },
  `${E2E_LEAD_OUT_DIR}/mail`,
  '/mail/',
);
