import { fold, words } from './features.js'
import type { KbEntry } from './types.js'

/**
 * The `buyerdesk check` (or wizard, contact) command an answer points to, filled with what the question told:
 * the shop it names (or `--platform`, or the saved one) and the issue its words show (data/lexicon/issues.json),
 * so a question about a deadline leads to the user's own deadline. Dates stay placeholders. Pure.
 */

export interface IssueCues {
  issues: { issue: string; cues: string[] }[]
}

const HANGUL = /[\uac00-\ud7a3]/

/** The issue a question's words show, or undefined. */
export function issueOf(cues: IssueCues, question: string): string | undefined {
  const folded = fold(question)
  const joined = ` ${words(question).join(' ')} `
  for (const { issue, cues: list } of cues.issues) {
    for (const cue of list) {
      const c = fold(cue)
      if (HANGUL.test(c) ? folded.includes(c) : joined.includes(` ${words(c).join(' ')} `)) return issue
    }
  }
  return undefined
}

/** Replace (or add) `--flag value` in a list of arguments. */
function setFlag(args: string[], flag: string, value: string): string[] {
  const at = args.indexOf(flag)
  if (at >= 0 && at + 1 < args.length) return [...args.slice(0, at + 1), value, ...args.slice(at + 2)]
  return [...args, flag, value]
}

/** The dates `check` needs for each issue (README, `check` flags): the ones the entry's command had are replaced. */
const DATES: Record<string, string[]> = {
  not_received: ['--ordered', '--eta'],
  late: ['--ordered', '--eta'],
  defective: ['--ordered', '--delivered'],
  damaged: ['--ordered', '--delivered'],
  not_as_described: ['--ordered', '--delivered'],
  changed_mind: ['--ordered', '--delivered'],
}
const DATE_FLAGS = new Set(['--ordered', '--shipped', '--delivered', '--eta'])

function withIssue(args: string[], issue: string, check: boolean): string[] {
  const before = args[args.indexOf('--issue') + 1]
  let out = setFlag(args, '--issue', issue)
  if (!check || before === issue) return out
  const kept: string[] = []
  for (let i = 0; i < out.length; i++) {
    if (DATE_FLAGS.has(out[i]!)) i++
    else kept.push(out[i]!)
  }
  const contacted = kept.indexOf('--contacted')
  const dates = DATES[issue]!.flatMap((f) => [f, 'YYYY-MM-DD'])
  out = contacted >= 0 ? [...kept.slice(0, contacted), ...dates, ...kept.slice(contacted)] : [...kept, ...dates]
  return out
}

/** The filled command line, or null when the entry points to none. */
export function checkCommand(entry: KbEntry, question: string, platform: string | undefined, cues: IssueCues): string | null {
  const related = entry.related
  if (related === undefined) return null
  let args = (related.args ?? '').split(/\s+/).filter(Boolean)
  const shop = platform ?? (entry.platforms.length === 1 ? entry.platforms[0] : undefined)
  if (related.command === 'contact') return ['buyerdesk', 'contact', shop ?? args[0]].filter(Boolean).join(' ')
  if (related.command === 'check' || related.command === 'wizard') {
    if (shop !== undefined) args = setFlag(args, '--platform', shop)
    const issue = issueOf(cues, question)
    if (issue !== undefined) args = withIssue(args, issue, related.command === 'check')
  }
  return ['buyerdesk', related.command, ...args].join(' ')
}
