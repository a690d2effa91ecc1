import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as Kb from '../../src/data/kb.js'
import type * as Output from '../../src/io/output.js'
import type { SelectQuestion } from '../../src/io/prompts.js'

/**
 * `ask` at a terminal (stdin and stdout TTYs), the prompt module mocked: after an answer that points to the
 * user's own case it offers the wizard and, on yes, runs it with the shop and issue the question told; "Did you
 * mean…" lets the user pick among the closest topics. Real KB and the model the build fitted.
 */
const script: unknown[] = []
const asked: string[] = []
vi.mock('../../src/io/prompts.js', () => ({
  askSelect: vi.fn(async (q: SelectQuestion<unknown>) => {
    asked.push(q.message)
    if (script.length === 0) throw new Error(`no scripted answer for "${q.message}"`)
    return script.shift()
  }),
}))
// The model the build fitted (from src/, the default path has none and the model would be fitted again).
const MODEL = new URL('../../dist/kb-model.bin', import.meta.url).pathname
vi.mock('../../src/data/kb.js', async (importOriginal) => {
  const real = await importOriginal<typeof Kb>()
  return { ...real, loadFaq: (dir?: string) => real.loadFaq(dir, MODEL) }
})
let out: string
vi.mock('../../src/io/output.js', async (importOriginal) => {
  const real = await importOriginal<typeof Output>()
  return { ...real, printText: (text: string) => void (out += text), printLines: (lines: readonly string[]) => void (out += lines.join('\n') + '\n') }
})
const { ask } = await import('../../src/commands/ask.js')

let spawned: string[][]
const tty = { stdin: process.stdin.isTTY, stdout: process.stdout.isTTY }
beforeEach(() => {
  script.length = 0
  asked.length = 0
  spawned = []
  out = ''
  Object.defineProperty(process.stdin, 'isTTY', { value: true, configurable: true })
  Object.defineProperty(process.stdout, 'isTTY', { value: true, configurable: true })
  const real = process.getBuiltinModule.bind(process)
  vi.spyOn(process, 'getBuiltinModule').mockImplementation(((id: string) =>
    id === 'node:child_process' ? { spawnSync: (_: string, args: string[]) => (spawned.push(args.slice(1)), { status: 0 }) } : real(id)) as typeof process.getBuiltinModule)
})
afterEach(() => {
  vi.restoreAllMocks()
  Object.defineProperty(process.stdin, 'isTTY', { value: tty.stdin, configurable: true })
  Object.defineProperty(process.stdout, 'isTTY', { value: tty.stdout, configurable: true })
})

describe('ask at a terminal', () => {
  it.each([
    ['how many days do I get to send back a jacket I bought on amazon that I no longer want', 'en', ['wizard', '--platform', 'amazon', '--issue', 'changed_mind', '--lang', 'en']],
    ['알리에서 받은 물건이 고장났는데 분쟁은 언제까지 열 수 있어요', 'ko', ['wizard', '--platform', 'aliexpress', '--issue', 'defective', '--lang', 'ko']],
  ])('offers the wizard after a deadline answer and runs it on yes: %s', async (question, lang, args) => {
    script.push(true)
    await ask({ question, fallbackLang: 'en', json: false })
    expect(asked).toHaveLength(1)
    expect(spawned).toEqual([args])
    expect(out).toContain(`buyerdesk ${args.slice(0, 5).join(' ')}`)
    expect(lang).toBe(args.at(-1))
  })

  it('runs nothing when the user says no', async () => {
    script.push(false)
    await ask({ question: 'how many days do I get to send back a jacket I bought on amazon that I no longer want', fallbackLang: 'en', json: false })
    expect(asked).toHaveLength(1)
    expect(spawned).toEqual([])
  })

  it('offers nothing after an answer with no case to work out, and nothing with --json', async () => {
    await ask({ question: 'what is the aliexpress customer service phone number', fallbackLang: 'en', json: false })
    await ask({ question: 'how many days do I get to send back a jacket I bought on amazon that I no longer want', fallbackLang: 'en', json: true })
    expect(asked).toEqual([])
    expect(spawned).toEqual([])
  })
})
