import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * hunspell-asm (the spelling worker) and its loader import CommonJS functions (nanoid 2, the
 * emscripten runtime, unixify) as `import * as x` and call them: a namespace cannot be called in
 * ES modules. In those two packages such imports are read as default imports, which are the functions.
 */
function commonJsFunctionImports(): Plugin {
  return {
    name: 'redaksi:commonjs-function-imports',
    transform(code, id) {
      if (!/node_modules\/(hunspell-asm|emscripten-wasm-loader)\/dist\/esm\//.test(id)) return null;
      return code.replace(/^import \* as (\w+) from ('[^']+');$/gm, 'import $1 from $2;');
    },
  };
}

// The renderer is served from the app's own origin (a custom protocol in Electron, 127.0.0.1 in browser
// mode), so assets use relative paths and nothing is loaded from elsewhere.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The workers are bundled on their own, with their own plugins.
  worker: { format: 'es', plugins: () => [commonJsFunctionImports()] },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inline module-preload polyfill: the CSP allows no inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: true,
    // A desktop app loads its bundle from disk; one chunk is fine.
    chunkSizeWarningLimit: 2000,
  },
});
