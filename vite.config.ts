import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';

import { readLeadSettings } from './src/features/lead/leadSettings.ts';
import { prerender } from './scripts/prerender.ts';

export default defineConfig(({ mode }) => {
  // A wrong VITE_LEAD_* value stops the build here, naming the variable,
  // instead of shipping a page whose request form cannot work.
  readLeadSettings(loadEnv(mode, process.cwd(), 'VITE_'));

  return {
    plugins: [react(), prerender()],
    test: {
      include: ['src/**/*.test.{ts,tsx}'],
      environment: 'node',
    },
  };
});
