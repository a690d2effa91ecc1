import { defineConfig } from 'tsdown'

// The library's declarations (dist/index.d.ts and the chunks it imports), for `import … from 'buyerdesk'`.
// A build of its own: the app build's hand-made chunk groups would mix declaration and code chunks.
// The JavaScript of src/index.ts comes from the app build (tsdown.config.ts).
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  outDir: 'dist',
  clean: false,
  dts: { emitDtsOnly: true },
})
