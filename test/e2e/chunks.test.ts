import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from './run.js'

/**
 * What each command loads (issue 16): the built chunks a run reads, watched at Module#load (the CLI's chunks are
 * CommonJS), by name without the content hash. No command loads a renderer, a text table or a library it does
 * not print with.
 */
function loaded(args: string[], env: NodeJS.ProcessEnv = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-chunks-'))
  const log = join(dir, 'loads.log')
  const hook = join(dir, 'hook.cjs')
  writeFileSync(log, '')
  writeFileSync(
    hook,
    `const M = require('node:module')
const { appendFileSync } = require('node:fs')
const load = M.prototype.load
M.prototype.load = function (filename) {
  appendFileSync(${JSON.stringify(log)}, filename + '\\n')
  return load.call(this, filename)
}
`,
  )
  const r = run(args, { env: { NODE_OPTIONS: `--require ${hook}`, ...env } })
  expect(r.stderr).toBe('')
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((f) => /[\\/]dist[\\/]/.test(f))
    .map((f) => basename(f).replace(/-[\w-]{8}\.cjs$/, '').replace(/\.cjs$/, ''))
    .sort()
}

const ORDER = ['--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--shipped', '2026-09-04', '--delivered', '2026-11-10', '--today', '2026-11-22']
/**
 * Every run loads these: the entry, the cache, the command definitions (with commander), the bundler's runtime.
 * `base` holds the three catalogues (src/i18n/catalog/{en,ko,ro}.ts) too: call sites read them synchronously and
 * many at module scope (byLang), so one language per run would mean lazy lookups everywhere; measured, the two
 * unused ones cost about 3 ms of a run with the code cache (bench/RESULTS.md), left for now.
 */
const START = ['base', 'cli', 'code-cache', 'env-paths', 'rolldown-runtime']
const HUMAN = ['render', 'result', 'timeline', 'colour']
const OTHERS = ['faq', 'ask', 'prompts', 'wizard', 'store', 'track', 'check-pool', 'csv', 'read']

describe('each command loads only what it prints with', () => {
  it.each([['--version'], ['--help']])('%s: the start and nothing else', (flag) => {
    expect(loaded([flag])).toEqual(START)
  })

  it('check --json: the rules and the JSON writer, no renderer, colour or text table', () => {
    const chunks = loaded(['check', ...ORDER, '--json'])
    expect(chunks).toContain('core')
    for (const c of [...HUMAN, ...OTHERS]) expect(chunks).not.toContain(c)
  })

  it('check --fields status over a stream: the same, no worker pool for a short stream', () => {
    const chunks = loaded(['check', '-', '--today', '2026-11-22', '--fields', 'status'])
    expect(chunks).toContain('core')
    for (const c of [...HUMAN, ...OTHERS]) expect(chunks).not.toContain(c)
  })

  it('check (human output): the renderers on top, nothing of ask, the wizard or the store', () => {
    const chunks = loaded(['check', ...ORDER])
    for (const c of [...HUMAN, 'core']) expect(chunks).toContain(c)
    for (const c of OTHERS) expect(chunks).not.toContain(c)
  })

  it('ask: the knowledge base and its model, not the rules, the renderers of check, or the prompts', () => {
    const chunks = loaded(['ask', 'amazon return label'])
    expect(chunks).toContain('faq')
    for (const c of ['core', 'render', 'result', 'timeline', 'prompts', 'wizard', 'store']) expect(chunks).not.toContain(c)
  })
})
