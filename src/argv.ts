/**
 * Global options anywhere on the command line (issue 15): `buyerdesk --lang ko ask …` is `buyerdesk ask --lang ko …`.
 * Commander only knows an option on the command that declares it, and `--lang`/`--json` belong to each
 * command; declaring them on the root would make the root take them from every command. So the words are
 * moved, before parsing, to just after the command (and its subcommand, for `config` and `track`). Pure.
 */

/** Options every command shares, with whether they take a value. */
const GLOBAL: Record<string, boolean> = { '--lang': true, '--json': false }
/** Commands whose first operand is a subcommand. */
const GROUPS = new Set(['config', 'track'])

export interface NormalisedArgv {
  argv: string[]
  /** `--no-color` was given (anywhere before `--`): the entry sets NO_COLOR. */
  noColor: boolean
  /** `--lang X` given with no command: the entry sets BUYERDESK_LANG. */
  lang?: string
}

function langOf(words: readonly string[]): string | undefined {
  let lang: string | undefined
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '--lang') lang = words[++i]
    else if (words[i]!.startsWith('--lang=')) lang = words[i]!.slice('--lang='.length)
  }
  return lang
}

export function normaliseArgv(argv: readonly string[]): NormalisedArgv {
  const head = argv.slice(0, 2)
  const words = argv.slice(2)
  const moved: string[] = []
  const rest: string[] = []
  let noColor = false
  let i = 0
  // Leading global options, before the command word.
  for (; i < words.length; i++) {
    const w = words[i]!
    const name = w.includes('=') ? w.slice(0, w.indexOf('=')) : w
    if (w === '--no-color') noColor = true
    else if (name in GLOBAL) {
      moved.push(w)
      if (GLOBAL[name] && !w.includes('=') && i + 1 < words.length && !words[i + 1]!.startsWith('-')) moved.push(words[++i]!)
    } else break
  }
  let tail = words.slice(i)
  // `buyerdesk help track import` is `buyerdesk track import --help` (commander's help command takes one name).
  if (tail[0] === 'help') {
    const names = tail.slice(1).findIndex((w) => w.startsWith('-'))
    const count = names === -1 ? tail.length - 1 : names
    if (count >= 2) tail = [...tail.slice(1), '--help']
  }
  // `--no-color` later on is taken out too; after `--` every word is an operand.
  const end = tail.indexOf('--')
  for (let k = 0; k < tail.length; k++) {
    if (tail[k] === '--no-color' && (end === -1 || k < end)) noColor = true
    else rest.push(tail[k]!)
  }
  if (moved.length === 0) return { argv: [...head, ...rest], noColor }
  // No command (`buyerdesk --lang ko`, the menu): the root has no such options; the language goes by the
  // environment variable that overrides the saved setting.
  if (rest.length === 0) {
    const lang = langOf(moved)
    return { argv: [...head], noColor, ...(lang !== undefined ? { lang } : {}) }
  }
  let at = 1
  if (GROUPS.has(rest[0]!) && rest[1] !== undefined && !rest[1].startsWith('-')) at = 2
  return { argv: [...head, ...rest.slice(0, at), ...moved, ...rest.slice(at)], noColor }
}
