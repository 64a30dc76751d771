import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Builds the bare-Lexical baseline page for `npm run bench` into dist/bench-bare.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: '../../dist/bench-bare', emptyOutDir: true, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 2000 },
});
