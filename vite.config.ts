import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';

import { cspMetaTag } from './scripts/csp.ts';
import { prerender } from './scripts/prerender.ts';
import { readLeadSettings } from './src/features/lead/leadSettings.ts';

export default defineConfig(({ mode }) => {
  // A wrong VITE_LEAD_* value stops the build here, naming the variable,
  // instead of shipping a page whose request form cannot work.
  const lead = readLeadSettings(loadEnv(mode, process.cwd(), 'VITE_'));

  return {
    plugins: [react(), prerender(), cspMetaTag(lead.endpoint ?? undefined)],
    build: {
      // dist/.vite/manifest.json tells the size budget and the benchmark
      // which hashed chunks the page loads first.
      manifest: true,
      // Every browser of the default build target preloads modules itself.
      modulePreload: { polyfill: false },
      // One style sheet for the whole page: the prerendered markup of the
      // lazily loaded sections must be styled before their code arrives.
      cssCodeSplit: false,
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
      environment: 'node',
    },
  };
});
