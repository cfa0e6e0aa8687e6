import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

import { prerender } from './scripts/prerender.ts';

export default defineConfig({
  plugins: [react(), prerender()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
