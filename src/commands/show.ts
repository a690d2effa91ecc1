import { FAQ_MESSAGES, shopName, topicName } from '../i18n/faq-messages.js'
import type { KbEntry, KbSeed } from '../core/faq/types.js'
import { kbSourceText } from '../render/sources.js'
import { fitLines } from '../render/wrap.js'
import { screenWidth } from '../io/screen.js'
import { readKb } from '../data/kb.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import type { Lang } from '../i18n/lang.js'
import { colours } from '../io/colour.js'
import { printLines, printText } from '../io/output.js'

export interface ShowOptions {
  id: string
  lang: Lang
  json: boolean
  /** A knowledge-base folder other than data/kb (tests). */
  kbDir?: string
}

/** Edit distance, for "did you mean" suggestions. */
export function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = row
  }
  return prev[b.length]!
}

/** Up to three ids close to a mistyped one: by edit distance, or sharing its words. */
export function closeIds(id: string, ids: readonly string[]): string[] {
  const wanted = id.toLowerCase().trim()
  const words = wanted.split(/[^a-z0-9]+/).filter((w) => w.length > 2)
  return ids
    .map((candidate) => {
      const shared = words.filter((w) => candidate.includes(w)).length
      return { candidate, rank: distance(wanted, candidate) - 4 * shared }
    })
    .filter((x) => x.rank <= Math.max(3, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.rank - b.rank || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map((x) => x.candidate)
}

export function renderEntry(entry: KbEntry, lang: Lang, c = colours(), seeds: Readonly<Record<string, KbSeed>> = {}, width = 80): string[] {
  const m = FAQ_MESSAGES[lang]
  const lines = [c.bold(entry.title[lang]), c.dim(`${m.id}: ${entry.id} · ${m.topic}: ${topicName(entry.topic, lang)} (${entry.topic}) · ${m.platforms}: ${entry.platforms.map((id) => shopName(id, lang)).join(', ')}`), '', entry.answer[lang]]
  const steps = entry.steps?.[lang] ?? []
  if (steps.length > 0) {
    lines.push('', c.bold(`${m.steps}:`))
    steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`))
  }
  if (entry.related !== undefined) lines.push('', `${c.bold(`${entry.related.command === 'contact' ? m.relatedContact : m.related}:`)} ${c.cyan(['buyerdesk', entry.related.command, entry.related.args].filter(Boolean).join(' '))}`)
  lines.push('', c.bold(`${m.questions}:`))
  for (const q of entry.questions[lang]) lines.push(`  - ${q}`)
  lines.push('', c.dim(`${m.sources}: ${entry.sources.map((s) => kbSourceText(s, lang, seeds)).join('; ')}`))
  return fitLines(lines, width)
}

/** `buyerdesk show ID`: one entry in full; an unknown id is a usage error naming close ids. */
export async function show(opts: ShowOptions): Promise<ExitCode> {
  const kb = await readKb(opts.kbDir)
  const entry = kb.byId.get(opts.id.trim())
  if (entry === undefined) {
    const m = FAQ_MESSAGES[opts.lang]
    const close = closeIds(opts.id, [...kb.byId.keys()])
    const hint = close.length > 0 ? `; ${m.didYouMean}: ${close.join(', ')}?` : ''
    throw new UsageError(`show: ${m.unknownId(opts.id)}${hint} (${m.listIds})`, 'id')
  }
  if (opts.json) printText(JSON.stringify({ type: 'entry', ...entry }) + '\n')
  else printLines(renderEntry(entry, opts.lang, colours(), kb.seeds, screenWidth()))
  return EXIT.OK
}
