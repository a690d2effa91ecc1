import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ACTIONS, DATE_FACTS, ISSUES, STATUSES } from '../../src/core/types.js'
import { runAsync, type RunResult } from './run.js'

/**
 * What a user of one language reads must be in that language: Korean output holds no English words but names
 * (shops, A-to-z, file and command names, flags, values typed as they are), and English and Romanian output no
 * Hangul. Each case runs the built CLI as a user would.
 */
const HOME = mkdtempSync(join(tmpdir(), 'buyerdesk-lang-'))
afterAll(() => rmSync(HOME, { recursive: true, force: true }))

const ORDERS: Record<string, string[]> = {
  'AliExpress, parcel not received': ['--platform', 'aliexpress', '--issue', 'not_received', '--ordered', '2026-09-01', '--shipped', '2026-09-05'],
  'AliExpress, defective': ['--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-10-01', '--delivered', '2026-10-10'],
  'AliExpress, dispute opened': ['--platform', 'aliexpress', '--issue', 'not_as_described', '--ordered', '2026-09-01', '--delivered', '2026-09-20', '--disputed', '2026-10-01'],
  'Amazon, damaged': ['--platform', 'amazon', '--issue', 'damaged', '--ordered', '2026-10-01', '--delivered', '2026-10-05'],
  'Amazon, not shipped': ['--platform', 'amazon', '--ordered', '2026-11-20'],
  'Amazon, not received, seller contacted': ['--platform', 'amazon', '--issue', 'not_received', '--ordered', '2026-10-01', '--shipped', '2026-10-02', '--eta', '2026-10-10', '--contacted', '2026-11-01'],
}

/** What each language's output is run for: results, JSON, the wizard, help, errors. */
function cases(lang: string): [string, string[]][] {
  const out: [string, string[]][] = []
  for (const [name, args] of Object.entries(ORDERS)) {
    out.push([`check ${name}`, ['check', ...args, '--today', '2026-11-22', '--lang', lang]])
    out.push([`check --json ${name}`, ['check', ...args, '--today', '2026-11-22', '--json', '--lang', lang]])
  }
  out.push(['wizard, every answer a flag', ['wizard', ...ORDERS['AliExpress, defective']!, '--contacted', 'none', '--disputed', 'none', '--eta', 'none', '--shipped', 'none', '--request', 'refund', '--id', 'none', '--today', '2026-11-22', '--lang', lang]])
  out.push(['wizard, answers missing', ['wizard', '--today', '2026-11-22', '--lang', lang]])
  for (const cmd of [[], ['check'], ['track'], ['deadlines'], ['config'], ['wizard']]) out.push([`help ${cmd.join(' ')}`, [...cmd, '--help', '--lang', lang]])
  out.push(['bad date', ['check', '--platform', 'aliexpress', '--ordered', '2026-02-30', '--lang', lang]])
  out.push(['date in the future', ['check', '--platform', 'aliexpress', '--ordered', '2027-01-01', '--today', '2026-11-22', '--lang', lang]])
  out.push(['unknown platform', ['check', '--platform', 'temu', '--ordered', '2026-11-01', '--lang', lang]])
  out.push(['unknown option', ['check', '--nope', '--lang', lang]])
  out.push(['contact', ['contact', 'aliexpress', '--lang', lang]])
  out.push(['ask, refund deadline', ['ask', lang === 'ko' ? '환불 기한이 언제까지예요?' : lang === 'ro' ? 'până când pot cere rambursarea?' : 'how long do I have to ask for a refund?', '--platform', 'aliexpress', '--lang', lang]])
  out.push(['ask, nothing known', ['ask', lang === 'ko' ? '날씨 어때요?' : lang === 'ro' ? 'cum e vremea?' : 'what is the weather like?', '--lang', lang]])
  out.push(['deadlines, nothing saved', ['deadlines', '--today', '2026-11-22', '--lang', lang]])
  return out
}

/**
 * Latin words Korean output may hold: names as users write them (shops, programs, formats), and words typed as
 * they are: commands, fields and setting keys, issue, action and status codes, format names.
 */
const LATIN_ALLOWED = new Set(
  [
    ...['AliExpress', 'Amazon', 'Eva', 'Guarantee', 'buyerdesk', 'JSON', 'NDJSON', 'CSV', 'XLSX', 'MiB', 'IANA', 'UTC', 'UTF', 'iCalendar', 'ics', 'GNU', 'parallel', 'jq'],
    // Date words the parser reads in every language, which help lists as typed input.
    ...['yesterday', 'days', 'ago', 'azi', 'ieri', 'acum', 'zile'],
    ...['Ctrl', 'ASCII', 'TERM', 'dumb', 'zip', 'powershell', 'refund', 'partial', 'reship'],
    ...['bash', 'zsh', 'fish', 'compinit', 'stdin', 'cat', 'echo', 'eval', 'select', 'id', 'ids', 'none', 'YYYY', 'MM', 'DD'],
    ...['check', 'wizard', 'track', 'deadlines', 'config', 'ask', 'topics', 'show', 'contact', 'completion', 'help', 'add', 'list', 'rm', 'update', 'import', 'export', 'get', 'set', 'unset'],
    ...ISSUES.flatMap((i) => i.split('_')),
    ...ACTIONS,
    ...STATUSES.flatMap((s) => s.split('_')),
    ...DATE_FACTS,
    ...['platform', 'issue', 'today', 'lang', 'timezone', 'within', 'alarm', 'verdicts', 'status', 'type', 'error', 'ndjson', 'csv', 'en', 'ko', 'ro'],
  ].map((w) => w.toLowerCase()),
)

/**
 * What is not prose: the English message to the seller (sent as it is, framed by rules), the list of sources
 * (documents' own titles: issue 13 part B names them by what they are), URLs, code in backticks, short quoted
 * names, UI labels and values ('Disputes & Reports', "Chat with an agent now", "temu"), usage placeholders ([options], <date>), the first column
 * of help's listings (command and argument names) and the examples' command lines.
 */
function prose(text: string): string {
  const lines: string[] = []
  let inMessage = false
  let inSources = false
  let inCommand = false
  for (const line of text.split('\n')) {
    // An example's command line (`  $ buyerdesk ask "how do I…"`), and its continuation lines after a ` \`.
    const isCommand: boolean = inCommand || /^\s*\$ /.test(line)
    inCommand = isCommand && line.endsWith(' \\')
    if (isCommand) continue
    if (/^[─-]{20,}$/.test(line.trim())) {
      inMessage = !inMessage
      continue
    }
    if (inMessage) continue
    if (/^(출처|Sources|Surse):$/.test(line.trim())) inSources = true
    else if (inSources && !/^\s/.test(line)) inSources = false
    if (inSources) continue
    lines.push(line.replace(/^ {2}\S+(?: \[[^\]]*\]| <[^>]*>)*(?= {2,})/, ''))
  }
  return lines
    .join('\n')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/(["'“‘„「])([^"'”’」\n]{1,60})(["'”’」])/g, (m, _o: string, inner: string) => (inner.trim().split(/\s+/).length <= 6 ? ' ' : m))
    .replace(/\[[^\]\n]*\]|<[^>\n]*>/g, ' ')
    .replace(/A-to-z/g, ' ')
}

/** The words of `text` in Latin script that are neither allowed names nor typed values (flags, codes, paths). */
function englishWords(text: string): string[] {
  const found = new Set<string>()
  for (const token of prose(text).split(/[\s,;:()[\]{}<>「」“”"'‘’„·…|=]+/)) {
    // Flags, values typed as they are (not_received, orders.csv, Asia/Seoul, 2026-11-10).
    if (token === '' || /^-|[_./\\@$~*#0-9]/.test(token)) continue
    // Knowledge-base entry ids (ali-item-damaged), typed after `buyerdesk show`.
    if (/^[a-z]+(-[a-z]+)+$/.test(token)) continue
    for (const word of token.match(/[A-Za-z]{2,}/g) ?? []) if (!LATIN_ALLOWED.has(word.toLowerCase())) found.add(word)
  }
  return [...found]
}

/** Date words the parser reads in every language (`3일 전`, `acum 3 zile`): help lists them as typed input. */
const TYPED_DATE_WORDS = /오늘|어제|\d+일 전|\d+월 \d+일/g

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/

/** The texts of a JSON verdict a person reads (the rest are keys and codes). */
function readTexts(stdout: string): string {
  const record = JSON.parse(stdout) as { verdicts: Record<string, { why: string; steps: string[]; note: string | null }>; assumptions: { why: string }[] }
  return [...Object.values(record.verdicts).flatMap((v) => [v.why, ...v.steps, v.note ?? '']), ...record.assumptions.map((a) => a.why)].join('\n')
}

async function output(args: string[]): Promise<string> {
  const r: RunResult = await runAsync(args, { env: { BUYERDESK_CONFIG_DIR: HOME, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } })
  const text = args.includes('--json') && r.status === 0 ? readTexts(r.stdout) : r.stdout + r.stderr
  expect(text.trim().length, `${args.join(' ')} printed nothing`).toBeGreaterThan(0)
  return text
}

describe('Korean output is in Korean', () => {
  it('the check itself finds English in Korean prose, and lets names and typed values through', () => {
    expect(englishWords('환불: possible until 2026-11-04이에요.')).toEqual(['possible', 'until'])
    expect(englishWords("AliExpress에서 '내 주문'(또는 'Disputes & Reports')을 여세요: --issue not_received, buyerdesk show ali-item-damaged")).toEqual([])
    expect(englishWords('  $ buyerdesk ask "how do I cancel an order?"\n질문에 답해요')).toEqual([])
  })
  it.each(cases('ko'))('%s', async (_name, args) => {
    const text = await output(args)
    expect(HANGUL.test(text)).toBe(true)
    expect(englishWords(text)).toEqual([])
  })
})

describe.each(['en', 'ro'])('%s output holds no Korean', (lang) => {
  it.each(cases(lang))('%s', async (_name, args) => {
    const text = await output(args)
    const lines = text.replace(TYPED_DATE_WORDS, ' ').split('\n').filter((l) => HANGUL.test(l))
    expect(lines).toEqual([])
  })
})
