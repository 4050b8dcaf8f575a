import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web consoles, built into dist/web for the API to serve at `/` (ADR 16). JSX goes through
 * esbuild's automatic runtime, so no React plugin (and no Babel) is needed.
 */
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // react-query marks its hooks "use client" for React server components; this bundle has none.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // `npm run dev:web` next to `npm start`: the consoles with live reload, the API on port 3000.
  server: {
    proxy: Object.fromEntries(
      [
        '/auth',
        '/cases',
        '/me',
        '/desk',
        '/claims',
        '/insurer',
        '/audit',
        '/admin',
        '/health',
        '/docs',
        '/assistant',
        '/verify',
      ].map((path) => [path, { target: process.env.QUICKCLAIM_API ?? 'http://localhost:3000' }]),
    ),
  },
});
