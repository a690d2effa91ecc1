import { describe, expect, it } from 'vitest'
import { LANGS } from '../../src/i18n/lang.js'
import { run } from './run.js'

/** The root help's "Exit codes" block: the number that starts each row, in the order listed. */
function helpCodes(help: string): number[] {
  const at = help.search(/^(Exit codes|종료 코드|Coduri de ieșire):$/m)
  expect(at, help).toBeGreaterThan(-1)
  return help
    .slice(at)
    .split('\n')
    .slice(1)
    .flatMap((l) => (/^ {2}(\d+) /.exec(l) ? [Number(/^ {2}(\d+) /.exec(l)![1])] : []))
}

/** The number `check --help` gives for --fail-on-ineligible ("exit 3", "종료 코드 3", "codul 3"). */
function failOnIneligibleCode(help: string): number {
  const line = help.slice(help.indexOf('--fail-on-ineligible')).split('\n').slice(0, 4).join(' ')
  return Number(/(\d+)/.exec(line.replace('--fail-on-ineligible', ''))![1])
}

const order = ['--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--today', '2026-11-22']
// One command per row of the table, in its order: answered (here an uncertain dispute), a data error, a usage error, not eligible.
const scenarios: string[][] = [
  ['check', ...order, '--delivered', '2026-11-10', '--fail-on-ineligible', 'dispute'],
  ['check', '-', '--today', '2026-11-22'],
  ['check', ...order, '--delivered', '2026-02-30'],
  ['check', ...order, '--delivered', '2026-10-01', '--fail-on-ineligible', 'refund'],
]

describe('the help states the exit codes the commands return, in every language', () => {
  const actual = scenarios.map((args) => run(args, { input: args.includes('-') ? 'not json\n' : '' }).status)

  it('the scenarios return what they stand for (an uncertain verdict under --fail-on-ineligible exits 0)', () => {
    const uncertain = JSON.parse(run([...scenarios[0]!, '--json']).stdout) as { verdicts: { dispute: { status: string } } }
    expect(uncertain.verdicts.dispute.status).toBe('uncertain')
    expect(new Set(actual).size).toBe(actual.length)
  })

  it.each(LANGS)('%s: the root help lists each code as the commands return it', (lang) => {
    const help = run(['--help', '--lang', lang]).stdout
    const codes = helpCodes(help)
    expect(codes.slice(0, scenarios.length)).toEqual(actual)
    // the last row is Ctrl-C: 128 + SIGINT, what the wizard exits with (test/e2e/wizard-tty.test.ts)
    expect(codes.at(-1)).toBe(130)
  })

  it.each(LANGS)('%s: check --help names the code --fail-on-ineligible exits with', (lang) => {
    expect(failOnIneligibleCode(run(['check', '--help', '--lang', lang]).stdout)).toBe(actual[3])
  })
})
