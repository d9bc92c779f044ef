// Vite builds the explorer (`vite build client`: the root is client/) into client/dist; in
// development it proxies /api to the server so the browser sees one origin, as in production.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  resolve: {
    // The contracts with zod configured first (src/contracts.ts); `.../constants` is not matched.
    alias: [
      {
        find: /^@kg\/server\/contracts$/,
        replacement: fileURLToPath(new URL('./src/contracts.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape and the Cypher editor are large; the editor is split into its own lazy chunk.
    chunkSizeWarningLimit: 1500,
    // Source maps beside the bundles: a stack trace or a profile of the shipped explorer reads
    // as our TypeScript (browsers fetch them only when DevTools is open).
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // zod and src/zod-config.ts in one chunk that the contracts' chunk imports, so zod is
            // configured (jitless: no eval probe under our CSP) before any schema is built;
            // left to the default split, the config ran after the shared contracts chunk.
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]zod-config\.ts$/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
