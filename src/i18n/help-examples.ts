import type { Lang } from '../core/lang.js'
import { byLang } from './catalog/index.js'

/**
 * The examples at the end of every `--help` (and in the man page), per command path. The command lines are
 * the same in every language; what each does is said in the user's language (the catalogues' `help.examples`,
 * in the same order). src/program.ts adds the block in the language it builds the help in.
 */
export interface Example {
  cmd: string
  what: Record<Lang, string>
}

export const EXAMPLE_COMMANDS: Record<string, string[]> = {
  '': [
    'buyerdesk wizard',
    'buyerdesk ask "how do I cancel an order?"',
    'buyerdesk help track',
  ],
  check: [
    'buyerdesk check --platform aliexpress --issue defective --ordered 2026-09-01 --delivered 2026-11-10',
    'buyerdesk check orders.csv --fail-on-ineligible refund',
    "cat orders.ndjson | buyerdesk check - | jq -c 'select(.verdicts.dispute.status==\"eligible\")'",
  ],
  config: [
    'buyerdesk config set timezone Asia/Seoul',
    'buyerdesk config list',
  ],
  'config get': [
    'buyerdesk config get lang',
    'buyerdesk config get within --json',
  ],
  'config set': [
    'buyerdesk config set lang ro',
    'buyerdesk config set within 7',
  ],
  'config unset': [
    'buyerdesk config unset platform',
    'buyerdesk config unset timezone',
  ],
  'config list': [
    'buyerdesk config list',
    'buyerdesk config list --json',
  ],
  'config path': [
    'buyerdesk config path',
    'BUYERDESK_CONFIG_DIR=/tmp/bd buyerdesk config path',
  ],
  track: [
    'buyerdesk track add --platform aliexpress --issue defective --ordered 2026-09-01 --delivered 2026-11-10',
    'buyerdesk track import "Your Orders.zip"',
    'buyerdesk track list',
  ],
  'track add': [
    'buyerdesk track add --platform aliexpress --issue defective --ordered 2026-09-01 --delivered 2026-11-10 --note "blue kettle"',
    'buyerdesk track add --id 8187001 --platform aliexpress --issue not_received --ordered 2026-10-01',
  ],
  'track list': [
    'buyerdesk track list',
    'buyerdesk track list --json',
  ],
  'track show': [
    'buyerdesk track show o1',
    'buyerdesk track show o1 --today 2026-12-01',
  ],
  'track update': [
    'buyerdesk track update o1 --delivered 2026-11-20',
    'buyerdesk track update 112-2222222-2222222 --issue defective --delivered 2023-06-05',
  ],
  'track rm': [
    'buyerdesk track rm o1',
    'buyerdesk track rm 8187001 --json',
  ],
  'track import': [
    'buyerdesk track import "Your Orders.zip" --dry-run',
    'buyerdesk track import aliexpress-data.xlsx',
    'buyerdesk track import orders.ndjson',
  ],
  deadlines: [
    'buyerdesk deadlines --within 7',
    'buyerdesk deadlines --quiet || notify-send "a deadline is near"',
    'buyerdesk deadlines --ics deadlines.ics',
  ],
  wizard: [
    'buyerdesk wizard',
    'buyerdesk wizard --platform amazon --issue damaged',
    'buyerdesk wizard --message-only | pbcopy',
  ],
  ask: [
    'buyerdesk ask "환불 기한이 며칠이에요?"',
    'buyerdesk ask --platform amazon "return label"',
    'buyerdesk ask - < questions.txt',
  ],
  topics: [
    'buyerdesk topics',
    'buyerdesk topics --platform amazon --lang ko',
  ],
  show: [
    'buyerdesk show ali-refund-deadline',
    'buyerdesk show amz-return-request --json',
  ],
  contact: [
    'buyerdesk contact aliexpress',
    'buyerdesk contact --timezone Europe/Bucharest',
  ],
  completion: [
    'echo \'eval "$(buyerdesk completion bash)"\' >> ~/.bashrc',
    'echo \'eval "$(buyerdesk completion zsh)"\' >> ~/.zshrc',
    'buyerdesk completion fish > ~/.config/fish/completions/buyerdesk.fish',
  ],
}

const WHAT = byLang((c) => c.help.examples)

export const EXAMPLES: Record<string, Example[]> = Object.fromEntries(
  Object.entries(EXAMPLE_COMMANDS).map(([path, cmds]) => [path, cmds.map((cmd, i) => ({ cmd, what: WHAT[path as keyof typeof WHAT]![i]! }))]),
)

const HEADING = byLang((c) => c.help.examplesHeading)

/** Help stays within 80 columns: a long command line goes on over lines ending in ` \`, split between words. */
const WIDTH = 80

/** The words of a command line, a quoted string being one word. */
function shellWords(cmd: string): string[] {
  return cmd.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? []
}

export function commandLines(cmd: string, first = '  $ ', next = '        '): string[] {
  const lines: string[] = []
  let line = first
  for (const word of shellWords(cmd)) {
    const sep = line === first || line === next ? '' : ' '
    if (line !== first && line !== next && line.length + sep.length + word.length + 2 > WIDTH) {
      lines.push(line + ' \\')
      line = next + word
    } else line += sep + word
  }
  lines.push(line)
  return lines
}

/** Columns in a terminal: Hangul takes two. */
function columns(text: string): number {
  return text.length + (text.match(/[\u1100-\u115f\u3130-\u318f\uac00-\ud7a3]/g)?.length ?? 0)
}

/** A description under its command, wrapped by columns. */
function describe(text: string, indent = '      '): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && columns(indent + line + ' ' + word) > WIDTH) {
      lines.push(indent + line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  lines.push(indent + line)
  return lines
}

/** The block printed after a command's help (commander adds the newline). */
export function examplesBlock(path: string, lang: Lang): string | undefined {
  const list = EXAMPLES[path]
  if (list === undefined) return undefined
  return ['', HEADING[lang], ...list.flatMap((e) => [...commandLines(e.cmd), ...describe(e.what[lang])])].join('\n')
}
