import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs'
import Module from 'node:module'
import { basename, dirname, join } from 'node:path'
import vm from 'node:vm'
import envPaths from 'env-paths'

/**
 * Compiled code kept between runs (issue 16): most of a one-off command's start-up is V8 parsing and compiling
 * the chunks it loads. Node 22.1+ does this itself (`module.enableCompileCache`); on Node 20 the CLI's
 * CommonJS chunks are compiled here through `vm.Script` with the cached data of the previous run.
 *
 * The cache can never change an answer: V8 checks the data against the source and its own version and flags
 * and rejects what does not match (the chunk is then compiled from source, and its data rewritten); any error
 * reading or writing the cache means no cache, silently.
 */

/**
 * Where compiled code is kept: `BUYERDESK_CACHE_DIR`, else conf's cache path for buyerdesk (env-paths:
 * `$XDG_CACHE_HOME/buyerdesk-nodejs`, `~/.cache/buyerdesk-nodejs` on Linux), in a folder per V8 version and
 * architecture. Undefined when `NODE_DISABLE_COMPILE_CACHE` (Node's own switch) is set.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined
  const own = env.BUYERDESK_CACHE_DIR
  const root = own !== undefined && own !== '' ? own : envPaths('buyerdesk').cache
  return join(root, `v8-${process.versions.v8}-${process.arch}`)
}

/** Creates the folder; false when it cannot be (a read-only home, a file in the way). */
function ensureDir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true })
    return true
  } catch {
    return false
  }
}

type ModuleInternals = typeof Module & {
  _extensions: Record<string, (module: Module, filename: string) => void>
  wrap(source: string): string
}

interface Compiled {
  script: vm.Script
  cacheFile: string
  /** The cache was missing or rejected: written at exit, once the code that ran is compiled too. */
  write: boolean
}

/**
 * Turns the cache on for the chunks under `codeDir` (the built dist/), before the first is required.
 * Node 22.1+: the module compile cache in the same folder. Node 20: `.cjs` files under `codeDir` are compiled
 * with cached data. Returns the folder used, or undefined for none.
 */
export function enableCodeCache(codeDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = codeCacheDir(env)
  if (dir === undefined) return undefined
  const builtIn = (Module as { enableCompileCache?: (dir: string) => { status: number } }).enableCompileCache
  if (typeof builtIn === 'function') {
    try {
      // Node creates the folder, and reports (never throws) when it cannot.
      const { status } = builtIn(dir)
      const { FAILED, DISABLED } = (Module as unknown as { constants: { compileCacheStatus: Record<string, number> } }).constants.compileCacheStatus
      return status === FAILED || status === DISABLED ? undefined : dir
    } catch {
      return undefined
    }
  }
  if (!ensureDir(dir)) return undefined
  installCompileHook(codeDir, dir)
  return dir
}

function installCompileHook(codeDir: string, cacheDir: string): void {
  const M = Module as ModuleInternals
  const original = M._extensions['.cjs']!
  const compiled: Compiled[] = []
  M._extensions['.cjs'] = (module, filename) => {
    if (dirname(filename) !== codeDir) return original(module, filename)
    let source: string
    let cacheFile: string
    try {
      source = readFileSync(filename, 'utf8')
      const st = statSync(filename)
      // Chunk names carry a content hash, the entries do not: size and time tell a rebuilt file apart.
      cacheFile = join(cacheDir, `${basename(filename)}-${st.size}-${Math.trunc(st.mtimeMs)}.bin`)
    } catch {
      return original(module, filename)
    }
    let cachedData: Buffer | undefined
    try {
      cachedData = readFileSync(cacheFile)
    } catch {
      cachedData = undefined
    }
    // No `import()` is left in the chunks (tsdown.config.ts): a script compiled here has no loader for one.
    const script = new vm.Script(M.wrap(source), { filename, cachedData })
    compiled.push({ script, cacheFile, write: cachedData === undefined || script.cachedDataRejected === true })
    const fn = script.runInThisContext() as (...args: unknown[]) => void
    const require = (id: string) => module.require(id)
    Object.assign(require, { resolve: (id: string) => (M as unknown as { _resolveFilename(id: string, m: Module): string })._resolveFilename(id, module), cache: (M as unknown as { _cache: object })._cache, main: process.mainModule })
    fn.call(module.exports, module.exports, require, module, filename, dirname(filename))
  }
  process.once('exit', () => {
    for (const c of compiled) if (c.write) writeCache(c)
  })
}

/** Written whole under another name and renamed: a reader never sees half a file; any failure is ignored. */
function writeCache(c: Compiled): void {
  const tmp = `${c.cacheFile}.${process.pid}.tmp`
  try {
    const data = c.script.createCachedData()
    const fd = openSync(tmp, 'w')
    try {
      writeSync(fd, data)
    } finally {
      closeSync(fd)
    }
    renameSync(tmp, c.cacheFile)
  } catch {
    // No cache this time.
  }
}
