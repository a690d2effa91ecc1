import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseArgv } from '../../src/argv.js'

const n = (...words: string[]) => normaliseArgv(['node', 'bd', ...words])
const argv = (...words: string[]) => n(...words).argv.slice(2)

describe('global options before or after the command', () => {
  it.each([
    [['--lang', 'ko', 'ask', 'how?'], ['ask', '--lang', 'ko', 'how?']],
    [['--lang=ko', '--json', 'ask', 'how?'], ['ask', '--lang=ko', '--json', 'how?']],
    [['--json', 'track', 'list'], ['track', 'list', '--json']],
    [['--json', 'track', '--help'], ['track', '--json', '--help']],
    [['--lang', 'ro', 'config', 'get', 'lang'], ['config', 'get', '--lang', 'ro', 'lang']],
    [['ask', '--lang', 'ko', 'how?'], ['ask', '--lang', 'ko', 'how?']],
    [['check', '-', '--no-color', '--today', '2026-11-22'], ['check', '-', '--today', '2026-11-22']],
    [['ask', '--', '--no-color'], ['ask', '--', '--no-color']],
    [['--lang', 'ko', '--help'], ['--help', '--lang', 'ko']],
    [[], []],
  ])('%j → %j', (input, want) => expect(argv(...input)).toEqual(want))

  it('--no-color anywhere before -- is noted', () => {
    expect(n('--no-color', 'check').noColor).toBe(true)
    expect(n('check', '--no-color').noColor).toBe(true)
    expect(n('ask', '--', '--no-color').noColor).toBe(false)
  })

  it('--lang with no command goes by BUYERDESK_LANG', () => {
    expect(n('--lang', 'ko')).toEqual({ argv: ['node', 'bd'], noColor: false, lang: 'ko' })
    expect(n('--json')).toEqual({ argv: ['node', 'bd'], noColor: false })
  })

  it('keeps every word but --no-color, and the command first (property)', () => {
    const word = fc.constantFrom('ask', 'check', 'track', 'list', '-', 'x', '--today', '2026-11-22', '--lang', 'ko', '--json', '--no-color', '--lang=ro')
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (words) => {
        const out = argv(...words)
        if (n(...words).lang !== undefined || out.length === 0) return
        const sorted = (a: string[]) => [...a].sort()
        expect(sorted(out)).toEqual(sorted(words.filter((w) => w !== '--no-color')))
      }),
    )
  })
})

describe('help with a subcommand path', () => {
  it.each([
    [['help', 'track', 'import'], ['track', 'import', '--help']],
    [['help', 'track', 'import', '--lang', 'ko'], ['track', 'import', '--lang', 'ko', '--help']],
    [['help', 'track'], ['help', 'track']],
    [['--lang', 'ro', 'help', 'config', 'set'], ['config', 'set', '--lang', 'ro', '--help']],
  ])('%j → %j', (input, want) => expect(argv(...input)).toEqual(want))
})
