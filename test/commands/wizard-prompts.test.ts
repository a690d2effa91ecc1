import { describe, expect, it, vi } from 'vitest'
import { CancelledError } from '../../src/errors.js'

/** src/io/prompts.ts over a mocked @inquirer/prompts: Ctrl-C becomes a cancellation, options reach inquirer. */
const calls: { kind: string; config: Record<string, unknown> }[] = []
let behaviour: 'answer' | 'exit' | 'boom' = 'answer'

function outcome(value: unknown) {
  if (behaviour === 'exit') return Promise.reject(Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' }))
  if (behaviour === 'boom') return Promise.reject(new Error('boom'))
  return Promise.resolve(value)
}

vi.mock('@inquirer/prompts', () => ({
  select: vi.fn((config: Record<string, unknown>) => {
    calls.push({ kind: 'select', config })
    return outcome((config.choices as { value: unknown }[])[1]!.value)
  }),
  input: vi.fn((config: Record<string, unknown>) => {
    calls.push({ kind: 'input', config })
    return outcome('3 days ago')
  }),
}))

const { askSelect, askText } = await import('../../src/io/prompts.js')

describe('src/io/prompts.ts', () => {
  it('passes the question through and returns the answer', async () => {
    behaviour = 'answer'
    const choice = await askSelect({ message: 'Where?', choices: [{ value: 'a', name: 'A' }, { value: 'b', name: 'B' }], default: 'b', keysHint: '↑↓' })
    expect(choice).toBe('b')
    const select = calls.at(-1)!.config
    expect(select).toMatchObject({ message: 'Where?', default: 'b', loop: false })
    expect((select.theme as { style: { keysHelpTip: () => string } }).style.keysHelpTip()).toBe('↑↓')

    const text = await askText({ message: 'When?', validate: (v) => (v === '' ? 'empty' : true), preview: (v, final) => (final ? `[${v}]` : v) })
    expect(text).toBe('3 days ago')
    const input = calls.at(-1)!.config as { validate: (v: string) => unknown; transformer: (v: string, o: { isFinal: boolean }) => string }
    expect(input.validate('')).toBe('empty')
    expect(input.transformer('x', { isFinal: true })).toBe('[x]')
  })

  it('turns Ctrl-C (ExitPromptError) into a CancelledError', async () => {
    behaviour = 'exit'
    await expect(askSelect({ message: 'Where?', choices: [{ value: 1, name: 'one' }, { value: 2, name: 'two' }] })).rejects.toBeInstanceOf(CancelledError)
    await expect(askText({ message: 'When?' })).rejects.toBeInstanceOf(CancelledError)
  })

  it('lets any other failure through unchanged', async () => {
    behaviour = 'boom'
    await expect(askText({ message: 'When?' })).rejects.toThrow('boom')
  })
})
