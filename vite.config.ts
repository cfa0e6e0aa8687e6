import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';

import { cspMetaTag } from './scripts/csp.ts';
import { prerender } from './scripts/prerender.ts';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');

  return {
    plugins: [react(), prerender(), cspMetaTag(env.VITE_LEAD_ENDPOINT)],
    build: {
      // dist/.vite/manifest.json tells the size budget and the benchmark
      // which hashed chunks the page loads first.
      manifest: true,
      // Every browser of the default build target preloads modules itself.
      modulePreload: { polyfill: false },
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
      environment: 'node',
    },
  };
});
