import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { codeCacheDir } from '../../src/code-cache.js'
import { run, type RunResult } from './run.js'

const CSV = join(mkdtempSync(join(tmpdir(), 'buyerdesk-cache-csv-')), 'orders.csv')
writeFileSync(CSV, 'id,platform,issue,ordered,delivered\nc1,amazon,late,2026-10-01,2026-10-30\nc2,aliexpress,defective,2026-09-01,\n')

const ORDER = ['--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--shipped', '2026-09-04', '--delivered', '2026-11-10', '--today', '2026-11-22']
const STREAM = ['{"id":"a","platform":"amazon","issue":"late","ordered":"2026-10-01","eta":"2026-10-20"}', 'not json', '{"id":"b","platform":"aliexpress","issue":"defective","ordered":"2026-09-01","delivered":"2026-11-10"}'].join('\n') + '\n'

/** Commands that load different chunks: the JSON writer, the human screen and its renderers, ask's model, help. */
const COMMANDS: { args: string[]; input?: string }[] = [
  { args: ['check', ...ORDER, '--json'] },
  { args: ['check', ...ORDER, '--lang', 'ko'] },
  { args: ['check', '-', '--today', '2026-11-22'], input: STREAM },
  // CSV: csv-parse and node:stream, loaded on demand from a cached chunk.
  { args: ['check', CSV, '--today', '2026-11-22', '--fields', 'id,refund.status'] },
  { args: ['ask', 'amazon return label'] },
  { args: ['--help'] },
  { args: ['check', '--platform', 'nowhere'] },
]

const files = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile())
  } catch {
    return []
  }
}

const runIn = (cacheEnv: NodeJS.ProcessEnv, c: { args: string[]; input?: string }): RunResult => run(c.args, { input: c.input, env: { NODE_DISABLE_COMPILE_CACHE: undefined, ...cacheEnv } })

describe('the compiled-code cache never changes an answer', () => {
  it.each(COMMANDS.map((c) => [c.args.slice(0, 2).join(' '), c] as const))('%s: the same bytes and exit code without, cold, warm, corrupted and unwritable', (_name, c) => {
    const root = mkdtempSync(join(tmpdir(), 'buyerdesk-cache-'))
    const without = runIn({ NODE_DISABLE_COMPILE_CACHE: '1', BUYERDESK_CACHE_DIR: join(root, 'never') }, c)
    expect(files(join(root, 'never'))).toEqual([])

    const dir = join(root, 'cache')
    const cold = runIn({ BUYERDESK_CACHE_DIR: dir }, c)
    // The cold run kept its compiled code: the warm run below really reads a cache.
    expect(files(dir).length).toBeGreaterThan(0)
    const warm = runIn({ BUYERDESK_CACHE_DIR: dir }, c)

    // Every cached file replaced by garbage: V8 rejects it, the chunk is compiled from source.
    for (const f of files(dir)) writeFileSync(join(dir, f), 'not compiled code')
    const corrupted = runIn({ BUYERDESK_CACHE_DIR: dir }, c)

    // A folder that cannot be created (a file is in the way, as in a read-only home): no cache, no message.
    const blocker = join(root, 'a-file')
    writeFileSync(blocker, '')
    const unwritable = runIn({ BUYERDESK_CACHE_DIR: join(blocker, 'cache') }, c)

    for (const r of [cold, warm, corrupted, unwritable]) expect(r).toEqual(without)
  })
})

describe('codeCacheDir', () => {
  afterEach(() => vi.unstubAllEnvs())

  it.each([
    [{ BUYERDESK_CACHE_DIR: '/x/y' }, /^\/x\/y\/v8-/],
    [{ XDG_CACHE_HOME: '/xdg' }, process.platform === 'linux' ? /^\/xdg\/buyerdesk-nodejs\/v8-/ : /buyerdesk-nodejs/],
    [{ BUYERDESK_CACHE_DIR: '', XDG_CACHE_HOME: '/xdg' }, process.platform === 'linux' ? /^\/xdg\/buyerdesk-nodejs\/v8-/ : /buyerdesk-nodejs/],
  ])('%o → %s', (env, dir) => {
    // env-paths reads XDG_CACHE_HOME from the process's environment.
    vi.stubEnv('XDG_CACHE_HOME', (env as NodeJS.ProcessEnv).XDG_CACHE_HOME)
    expect(codeCacheDir(env)).toMatch(dir)
    expect(codeCacheDir(env)).toContain(`v8-${process.versions.v8}-${process.arch}`)
  })

  it('is off under NODE_DISABLE_COMPILE_CACHE, as Node’s own cache is', () => {
    expect(codeCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1', BUYERDESK_CACHE_DIR: '/x' })).toBeUndefined()
  })
})

describe('a cache that cannot be turned on never breaks a run', () => {
  it.each([
    ['the cache module fails to load', "if (/code-cache\\.cjs$/.test(filename)) throw new Error('no cache module')"],
    ['turning it on throws', "if (/code-cache\\.cjs$/.test(filename)) { const r = load.call(this, filename); this.exports.enableCodeCache = () => { throw new Error('no cache') }; return r }"],
  ])('%s: the same bytes and exit code, no message', (_name, body) => {
    const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-cache-fails-'))
    const hook = join(dir, 'hook.cjs')
    writeFileSync(hook, `const M = require('node:module')\nconst load = M.prototype.load\nM.prototype.load = function (filename) {\n  ${body}\n  return load.call(this, filename)\n}\n`)
    for (const c of [COMMANDS[0]!, COMMANDS[2]!]) {
      const without = runIn({ NODE_DISABLE_COMPILE_CACHE: '1', BUYERDESK_CACHE_DIR: join(dir, 'never') }, c)
      const failing = run(c.args, { input: c.input, env: { NODE_DISABLE_COMPILE_CACHE: undefined, BUYERDESK_CACHE_DIR: join(dir, 'cache'), NODE_OPTIONS: `--require ${hook}` } })
      expect(failing).toEqual(without)
    }
  })
})
