import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

import { prerender } from './scripts/prerender.ts';

export default defineConfig({
  plugins: [react(), prerender()],
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
});
