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
  // Less source to parse and compile at every start (A/B: about 3% of a check run).
  minify: true,
  // Dependencies are bundled too: resolving a few dozen files across node_modules on every start
  // cost more than all of `check`'s own work (bench/RESULTS.md, start-up figures).
  noExternal: [/.*/],
  // Fewer, larger chunks along the commands' paths: every module costs a resolve and a compile at
  // start-up, and `check` used to load 21 of them (bench/RESULTS.md, start-up figures).
  outputOptions: {
    advancedChunks: {
      groups: [
        // What every command needs: errors, language, output, settings, dates.
        { name: 'base', test: /src[\\/](errors|i18n[\\/](lang|resolve|core-messages)|io[\\/](output|settings)|core[\\/](dates|types))\.ts|chalk/ },
        // What `check` needs on top: the rules, their validator, the stream.
        { name: 'core', test: /src[\\/](core[\\/](assess|order)|data[\\/]load|generated[\\/](validate-policy|policy-stamps)|io[\\/](byte-writer|records)|render[\\/]check-json|commands[\\/]check(-block)?)\.|ajv[\\/]dist[\\/]runtime[\\/](equal|ucs2length)|fast-deep-equal/ },
        // What `ask` needs: the knowledge base, its saved index, the search (MiniSearch only rebuilds a stale index).
        { name: 'faq', test: /src[\\/](core[\\/]faq[\\/](detect|frozen|hours|messages|search|text|topics|types)|data[\\/]kb|commands[\\/]ask)\./ },
        { name: 'render', test: /src[\\/](render[\\/](result|timeline|dates|width|evidence|message)|i18n[\\/]result-messages)|date-fns|get-east-asian-width/ },
      ],
    },
  },
})
