import { defineConfig } from 'tsdown'

// One bundle per entry; commands are `import()`ed lazily, so each lands in its own chunk
// and `buyerdesk ask` never loads what only `wizard` needs.
// `check-worker` judges blocks of a long `check -` stream in worker threads.
// `build-index` runs once at the end of `npm run build` and writes dist/kb-index.json.
export default defineConfig({
  entry: ['src/cli.ts', 'src/build-index.ts', 'src/check-worker.ts'],
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  outDir: 'dist',
  clean: true,
  dts: false,
  sourcemap: false,
  // Dependencies are bundled too: resolving a few dozen files across node_modules on every start
  // cost more than all of `check`'s own work (bench/RESULTS.md, start-up figures).
  noExternal: [/.*/],
})
