import { builtinModules } from 'node:module'
import { fileURLToPath } from 'node:url'
import { defineConfig, type UserConfig } from 'tsdown'

const BUILTINS = new Set(builtinModules)
const BUILTIN_IMPORT = /import\s*([\w$]+)?\s*,?\s*(?:\{([^}]*)\}|\*\s*as\s+([\w$]+))?\s*from\s*"((?:node:)?[\w/]+)"\s*;?/g

/**
 * Node built-ins through `process.getBuiltinModule` (Node 20.16+) instead of ESM `import`: Node builds an
 * ESM facade for every built-in a module imports, and `createRequire` sets up a CommonJS loader. Three
 * built-ins measured +5.4 ms as imports, +2.9 ms through createRequire, ~0 through getBuiltinModule
 * (bench/RESULTS.md). A built-in's ESM default export is its CommonJS exports object and its named exports
 * are that object's properties, so the values are the same. `createRequire` itself (rolldown's runtime uses
 * it for the bundled CommonJS packages' `require("node:…")`) becomes a function that answers built-ins
 * the same way and builds a real `require` only for anything else.
 */
function builtinsWithoutImport() {
  return {
    name: 'buyerdesk:builtins-without-import',
    renderChunk(code: string) {
      let changed = false
      const out = code.replace(BUILTIN_IMPORT, (whole, def: string | undefined, named: string | undefined, ns: string | undefined, spec: string) => {
        const name = spec.replace(/^node:/, '')
        if (!BUILTINS.has(name)) return whole
        changed = true
        // globalThis: a module may name its own binding `process` (atomically: `import process from 'node:process'`).
        const load = `globalThis.process.getBuiltinModule(${JSON.stringify('node:' + name)})`
        let decl = ''
        if (def) decl += `const ${def}=${load};`
        if (ns) decl += `const ${ns}=${load};`
        if (named !== undefined && named.trim() !== '') {
          const fields = named
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean)
            .map((n) => n.split(/\s+as\s+/))
          for (const [field, local = field] of fields) {
            decl +=
              name === 'module' && field === 'createRequire'
                ? `const ${local}=(url)=>(id)=>process.getBuiltinModule(id)??${load}.createRequire(url)(id);`
                : `const ${local}=${load}.${field};`
          }
        }
        return decl
      })
      return changed ? out : null
    },
  }
}

/**
 * commander requires node:child_process when it loads, for executable subcommands (`git-style` files),
 * which buyerdesk does not use; loading it cost ~1 ms of every start. Commander gets a stand-in whose
 * `spawn` (the only function it calls) loads the real module on first use.
 */
function lazyChildProcessForCommander() {
  const id = '\0buyerdesk:lazy-child-process'
  return {
    name: 'buyerdesk:lazy-child-process',
    resolveId(source: string, importer?: string) {
      return source === 'node:child_process' && importer !== undefined && /[\\/]commander[\\/]/.test(importer) ? id : null
    },
    load(loadId: string) {
      return loadId === id ? 'module.exports = { spawn: (...args) => process.getBuiltinModule("node:child_process").spawn(...args) }' : null
    },
  }
}

/** chalk's supports-color gets src/io/isatty.ts for node:tty: the same answer, without loading node:tty for a pipe or file. */
function ttyCheckForChalk() {
  const file = fileURLToPath(new URL('./src/io/isatty.ts', import.meta.url))
  return {
    name: 'buyerdesk:tty-check-for-chalk',
    resolveId(source: string, importer?: string) {
      return source === 'node:tty' && importer !== undefined && /[\\/]supports-color[\\/]/.test(importer) ? file : null
    },
  }
}

// One bundle per entry; commands are `import()`ed lazily, so each lands in its own chunk
// and `buyerdesk ask` never loads what only `wizard` needs.
// `check-worker` judges blocks of a long `check -` stream in worker threads.
// `build-index` runs once at the end of `npm run build` and writes dist/kb-model.bin; `build-man` writes
// dist/buyerdesk.1 from the command definitions.
const app = {
  // `index` is the library (`import … from 'buyerdesk'`): the only entry with declarations.
  entry: ['src/cli.ts', 'src/build-index.ts', 'src/build-man.ts', 'src/check-worker.ts', 'src/index.ts'],
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  outDir: 'dist',
  clean: true,
  dts: false,
  sourcemap: false,
  // Less source to parse and compile at every start (A/B: about 3% of a check run).
  minify: true,
  plugins: [builtinsWithoutImport(), lazyChildProcessForCommander(), ttyCheckForChalk()],
  // Dependencies are bundled too: resolving a few dozen files across node_modules on every start
  // cost more than all of `check`'s own work (bench/RESULTS.md, start-up figures).
  noExternal: [/.*/],
  // Fewer, larger chunks along the commands' paths: every module costs a resolve and a compile at
  // start-up, and `check` used to load 21 of them (bench/RESULTS.md, start-up figures).
  outputOptions: {
    advancedChunks: {
      groups: [
        // What every command needs: errors, language, output, settings, dates.
        // The command definitions too (src/program.ts, the argv rules, the help examples): shared with the
        // man-page build step, they would otherwise be chunks of their own, two more files on every start.
        // The catalogues, the width of a line and the terminal check are read by check, ask and the help alike.
        { name: 'base', test: /src[\\/](errors|argv|program|i18n[\\/](lang|resolve|core-messages|help-examples|localize-help|fill|particles|catalog[\\/]\w+)|io[\\/](output|settings|screen|isatty)|render[\\/](wrap|width)|core[\\/](dates|types|lang))\.ts|[\\/]commander[\\/]|get-east-asian-width/ },
        // Colour (chalk, and node:tty through it): only for what a person reads.
        { name: 'colour', test: /src[\\/]io[\\/]colour\.ts|chalk/ },
        // What `check` needs on top: the rules and the stream. The policy validator stays out: a built-in
        // pack that reads as the build validated it needs none (src/data/load.ts).
        { name: 'core', test: /src[\\/](core[\\/](assess|order)|data[\\/]load|generated[\\/]policy-stamps|io[\\/](byte-writer|records)|render[\\/]check-json|commands[\\/]check(-block)?)\./ },
        // What `ask` needs: the knowledge base, its saved index, the model (training code only refits a stale one).
        { name: 'faq', test: /src[\\/](core[\\/]faq[\\/](detect|features|model|hours|messages|search|topics|types)|data[\\/]kb|commands[\\/]ask)\./ },
        { name: 'render', test: /src[\\/](render[\\/](result|timeline|dates|evidence|message)|i18n[\\/]result-messages)|date-fns/ },
      ],
    },
  },
} satisfies UserConfig

const DYNAMIC_BUILTIN_IMPORT = /(?<![\w$.])import\(\s*[`'"]((?:node:)?[\w/]+)[`'"]\s*\)/g

/**
 * The CommonJS build: the worker's file is `check-worker.cjs`, and no chunk keeps an `import()`. A chunk compiled
 * with cached data (src/code-cache.ts) has no loader for `import()` on Node 20 (and the one vm offers warns that
 * it is experimental): a built-in's `import()` becomes the module itself (its named exports are its properties,
 * as for the static imports above), and anything else fails the build.
 */
function commonJsChunks() {
  return {
    name: 'buyerdesk:commonjs-chunks',
    renderChunk(code: string) {
      let out = code.replaceAll('./check-worker.js', './check-worker.cjs')
      out = out.replace(DYNAMIC_BUILTIN_IMPORT, (whole, spec: string) =>
        BUILTINS.has(spec.replace(/^node:/, '')) ? `Promise.resolve(globalThis.process.getBuiltinModule(${JSON.stringify(spec.startsWith('node:') ? spec : 'node:' + spec)}))` : whole,
      )
      return out === code ? null : out
    },
    // On the written code: before minifying, comments name `import()` types.
    generateBundle(_options: unknown, bundle: Record<string, { type: string; code?: string }>) {
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type === 'chunk' && /(?<![\w$.])import\(/.test(chunk.code ?? '')) throw new Error(`${file}: an import() is left in a CommonJS chunk; import it statically or through require`)
      }
    },
  }
}

export default defineConfig([
  // The library and the build steps: ES modules (`import … from 'buyerdesk'`).
  { ...app, entry: ['src/build-index.ts', 'src/build-man.ts', 'src/index.ts'] },
  // The command line: CommonJS chunks (`.cjs`), the form whose compiled code Node 20 can keep between runs
  // (src/code-cache.ts: `vm.Script` cached data; there is no such API for ES modules before Node 22), and
  // without the ES module loader's own start-up. bin/buyerdesk.js turns the cache on, then requires dist/cli.cjs.
  {
    ...app,
    entry: ['src/cli.ts', 'src/check-worker.ts', 'src/code-cache.ts'],
    format: 'cjs',
    clean: false,
    fixedExtension: true,
    plugins: [...app.plugins, commonJsChunks()],
  },
])
