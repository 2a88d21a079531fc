import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const here = import.meta.dirname;

/**
 * The portal: a single-page app that the API serves at `/` (apps/api/src/portal). `npm run dev:portal`
 * proxies the API from PORTAL_API_URL (default: a server on port 3205).
 */
export default defineConfig({
  root: here,
  plugins: [react()],
  resolve: {
    // Exact money arithmetic, the Shanghai calendar and the API's enums and labels are shared with
    // the API (pure TypeScript).
    alias: {
      '@gqt/kernel': resolve(here, '../../libs/kernel/src/index.ts'),
      '@gqt/contracts': resolve(here, '../../libs/contracts/src/index.ts'),
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: {
    port: 5173,
    proxy: { '/api': process.env.PORTAL_API_URL ?? 'http://127.0.0.1:3205' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.tsx'],
    css: false,
    // antd forms in jsdom are slow on two shared cores.
    testTimeout: 30_000,
    // Test files share nothing: use every core (the default leaves one idle).
    maxWorkers: '100%',
  },
});
