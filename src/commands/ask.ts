import type { Readable } from 'node:stream'
import { detectLang, detectPlatform, PLATFORMS } from '../core/faq/detect.js'
import { channelsFor, type ContactFile, type Hours } from '../core/faq/hours.js'
import { localHoursText, noSupportLine, toContactJson } from './contact.js'
import { fitLines, SHORT_COMMANDS } from '../render/wrap.js'
import { entryLabel, FAQ_MESSAGES, scheduleText, shopName, topicName } from '../i18n/faq-messages.js'
import { searchFaq, type AbstainReason } from '../core/faq/search.js'
import { checkCommand } from '../core/faq/related.js'
import type { KbEntry, KbSeed, KbSource } from '../core/faq/types.js'
import { kbSourceText } from '../render/sources.js'
import { loadFaq, readContact, type Faq } from '../data/kb.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import { CATALOGS, count, t } from '../i18n/catalog/index.js'
import type { Lang } from '../i18n/lang.js'
import type { ChalkInstance } from 'chalk'
import { printError, printLines, printText, write } from '../io/output.js'
import { screenWidth } from '../io/screen.js'


/** Longer lines are not questions (a pasted file, a log): refused rather than searched. */
export const MAX_QUESTION_LENGTH = 1000
/** Matches listed by default (JSON `matches`, "See also"). */
export const DEFAULT_LIMIT = 3

export interface AskOptions {
  /** The question, or `-` to read one question per line from stdin. */
  question: string
  /** `--lang`: answer in this language whatever the question's. */
  lang?: Lang
  /** The language when the question gives no clue (saved setting, then LANG, then English). */
  fallbackLang: Lang
  /** `--platform`: only this shop's entries. */
  platform?: string
  /** The saved default platform, used when the question names no shop. */
  savedPlatform?: string
  json: boolean
  /** `--all`: every match; `--limit N`: N matches. */
  all?: boolean
  limit?: number
  /** Where `-` reads from (tests pass their own). */
  stdin?: Readable
  /** A knowledge-base folder other than data/kb (tests). */
  kbDir?: string
  /** The user's IANA time zone, for the hours of the "I don't know" screen (saved setting, else the machine's). */
  timeZone?: string
}

/** The JSON record of one answer (README "ask --json"): exactly these fields, in this order. */
export interface AskRecord {
  type: 'answer'
  question: string
  lang: Lang
  platform: string | null
  topic: string | null
  matches: { id: string; topic: string; score: number; title: string }[]
  answer: string | null
  steps: string[]
  sources: KbSource[]
  /** Why it abstained (null when it answered): other-shop, out-of-scope, unsure, only-shop, no-words, no-entry. */
  abstain: AbstainReason | null
  /** The model's probability that the question is out of scope. */
  outOfScope: number
  /** The shop not covered that the question names (abstain "other-shop"), else null. */
  otherShop: string | null
  /** The command that computes the user's own case, filled with what the question told (platform, issue), else null. */
  command: string | null
}

/** `--platform` and the saved default, checked against the shops the knowledge base knows. */
export function parsePlatformFlag(argPlatform: string | undefined, label = '--platform', lang: Lang = 'en'): string | undefined {
  if (argPlatform === undefined) return undefined
  const platform = argPlatform.trim().toLowerCase()
  if (!(PLATFORMS as readonly string[]).includes(platform)) {
    throw new UsageError(t(lang, 'errors.ask.unknownShop', { label, value: argPlatform, list: PLATFORMS.join(', ') }), 'platform')
  }
  return platform
}

/** `--limit N`: a whole number from 1. */
export function parseLimitFlag(argLimit: string | undefined, lang: Lang = 'en'): number | undefined {
  if (argLimit === undefined) return undefined
  if (!/^\d+$/.test(argLimit.trim()) || Number(argLimit) < 1) throw new UsageError(t(lang, 'errors.limits.badLimit', { value: argLimit }), 'limit')
  return Number(argLimit)
}

export interface AnswerContext {
  lang?: Lang
  fallbackLang: Lang
  platform?: string
  savedPlatform?: string
  limit: number
}

/**
 * Answer one question (pure apart from the loaded KB). The shop is `--platform`, else the one the
 * question names, else the saved default, else any; the language is `--lang`, else the question's.
 */
export function answerQuestion(faq: Faq, question: string, ctx: AnswerContext): { record: AskRecord; entry: KbEntry | null } {
  const asked = detectLang(question)
  const lang = ctx.lang ?? asked ?? ctx.fallbackLang
  const platform = ctx.platform ?? detectPlatform(question) ?? ctx.savedPlatform
  // The search reads the question in its own language; when the words alone do not tell ("recenzie
  // amazon"), in the language the user asked for or uses.
  const result = searchFaq(faq.model, faq.lexicon, faq.byId, question, { platform, limit: ctx.limit, lang: asked ?? lang })
  const best = result.confident ? result.matches[0]!.entry : null
  const command = best === null ? null : checkCommand(best, question, platform, faq.issues)
  return {
    entry: best,
    record: {
      type: 'answer',
      question,
      lang,
      platform: platform ?? null,
      topic: best?.topic ?? null,
      matches: result.matches.map((m) => ({ id: m.entry.id, topic: m.entry.topic, score: m.score, title: m.entry.title[lang] })),
      answer: best?.answer[lang] ?? null,
      steps: best?.steps?.[lang] ?? [],
      sources: best?.sources ?? [],
      abstain: result.abstain ?? null,
      outOfScope: result.outOfScope,
      otherShop: result.otherShop ?? null,
      command,
    },
  }
}

/** What is wrong with a line as a question, or undefined when it is one. */
export function questionProblem(text: string, lang: Lang = 'en'): string | undefined {
  if (text.trim() === '') return t(lang, 'errors.ask.emptyLine')
  if (text.length > MAX_QUESTION_LENGTH) return t(lang, 'errors.ask.lineTooLong', { length: text.length, max: MAX_QUESTION_LENGTH })
  return undefined
}

/** A channel's hours in a few words, without the clock: live status is `buyerdesk contact`'s job. */
function hoursText(hours: Hours, lang: Lang): string {
  const m = FAQ_MESSAGES[lang]
  if (hours === 'always') return m.always
  if (hours === 'async') return m.async
  if (hours === 'none') return m.none
  return scheduleText(hours, lang)
}

/** Where a human answer is shown: the clock and zone for the shops' hours, the width, what the seed documents are. */
export interface AnswerScreen {
  now: Date
  timeZone: string
  width: number
  seeds: Record<string, KbSeed>
}

/** The human answer: title, answer, steps, related command, sources, other matches. Pure. */
export function renderAnswer(
  record: AskRecord,
  entry: KbEntry | null,
  contact: ContactFile | null,
  c: ChalkInstance,
  where: AnswerScreen = { now: new Date(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, width: 80, seeds: {} },
): string[] {
  return fitLines(answerLines(record, entry, contact, c, where), where.width, SHORT_COMMANDS)
}

function answerLines(record: AskRecord, entry: KbEntry | null, contact: ContactFile | null, c: ChalkInstance, where: AnswerScreen): string[] {
  const lang = record.lang
  const m = FAQ_MESSAGES[lang]
  const lines: string[] = []
  const others = entry === null ? record.matches : record.matches.slice(1)
  if (entry !== null) {
    lines.push(c.bold(entry.title[lang]))
    lines.push(entry.answer[lang])
    if (record.steps.length > 0) {
      lines.push('', c.bold(`${m.steps}:`))
      record.steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`))
    }
    if (record.command !== null) {
      lines.push('', `${c.bold(`${record.command.startsWith('buyerdesk contact') ? m.relatedContact : m.related}:`)} ${c.cyan(record.command)}`)
    }
    lines.push('', c.dim(`${m.sources}: ${entry.sources.map((s) => kbSourceText(s, lang, where.seeds)).join('; ')}`))
    // The question named no shop: say which one the answer is about, and how to ask about the other.
    const [only, ...more] = entry.platforms
    if (record.platform === null && only !== undefined && more.length === 0) {
      const other = PLATFORMS.find((p) => p !== only)
      if (other !== undefined) lines.push(c.dim(m.aboutShop(shopName(only, lang), shopName(other, lang), `--platform ${other}`)))
    }
  } else if (record.otherShop !== null) {
    // Another shop: an honest "not covered", and what helps with any shop.
    lines.push(c.bold(m.otherShop(record.otherShop)), '')
    for (const advice of m.otherShopAdvice) lines.push(`  - ${advice}`)
    return lines
  } else {
    lines.push(c.bold(m.dontKnow))
    if (others.length > 0) lines.push('', `${record.abstain === 'unsure' ? m.didYouMeanTopics : m.closest}:`)
    for (const match of others) lines.push(`  - ${entryLabel(topicName(match.topic, lang), match.title)}  ${c.dim(`(buyerdesk show ${match.id})`)}`)
    // The channels that serve the user's language first, their hours on the user's clock (as `contact` shows them).
    const shops = record.platform !== null ? [record.platform] : [...PLATFORMS]
    const known = contact === null ? [] : shops.filter((shop) => contact.platforms[shop] !== undefined)
    const json = contact === null || known.length === 0 ? null : toContactJson({ ...contact, platforms: Object.fromEntries(known.map((s) => [s, contact.platforms[s]!])) }, { lang, now: where.now, timeZone: where.timeZone })
    for (const shop of json?.platforms ?? []) {
      lines.push('', `${m.reach(shop.name)}:`)
      const none = noSupportLine(shop.name, shop.speaksLang, lang)
      if (none !== null) lines.push(`  ${c.yellow(none)}`)
      for (const channel of channelsFor(shop.channels, shop.speaksLang ? lang : 'en')) {
        if (channel.hours === 'none') continue
        const hours = typeof channel.hours === 'object' ? localHoursText(channel.hours, channel.hoursLocal, where.now, where.timeZone, lang) : hoursText(channel.hours, lang)
        lines.push(`  - ${channel.name}: ${hours}`)
      }
    }
    lines.push('', c.dim(`${m.moreContact}: buyerdesk contact${record.platform !== null ? ` ${record.platform}` : ''}`))
    return lines
  }
  if (others.length > 0) {
    lines.push('', `${m.seeAlso}:`)
    for (const match of others) lines.push(`  - ${match.title}  ${c.dim(`(buyerdesk show ${match.id})`)}`)
  }
  return lines
}

/** `buyerdesk ask`: resolves to the exit code; the entry applies it. */
export async function ask(opts: AskOptions): Promise<ExitCode> {
  const limit = opts.all ? Number.MAX_SAFE_INTEGER : (opts.limit ?? DEFAULT_LIMIT)
  const ctx: AnswerContext = { lang: opts.lang, fallbackLang: opts.fallbackLang, platform: opts.platform, savedPlatform: opts.savedPlatform, limit }
  if (opts.question === '-') return askStream(opts, ctx)

  const problem = questionProblem(opts.question)
  if (problem !== undefined) {
    const lang = opts.lang ?? opts.fallbackLang
    throw new UsageError(
      opts.question.trim() === '' ? t(lang, 'errors.ask.emptyQuestion') : t(lang, 'errors.ask.questionTooLong', { length: opts.question.length, max: MAX_QUESTION_LENGTH }),
      'question',
    )
  }
  const faq = await loadFaq(opts.kbDir)
  const { record, entry } = answerQuestion(faq, opts.question, ctx)
  if (opts.json) {
    printText(JSON.stringify(record) + '\n')
    return EXIT.OK
  }
  // A person at a terminal who got "Did you mean…" picks one of the closest topics (or none).
  let shown = { record, entry }
  if (entry === null && record.abstain === 'unsure' && record.matches.length > 0 && interactive()) {
    const picked = await pickMatch(record)
    const chosen = picked === null ? undefined : faq.byId.get(picked)
    if (chosen !== undefined) shown = { entry: chosen, record: recordFor(record, chosen, faq) }
  }
  // Only an "I don't know" needs the contact channels; only a person's answer needs colour (chalk).
  const [contact, { colours }] = await Promise.all([shown.entry === null && shown.record.otherShop === null ? readContact(undefined, faq.contactStat) : null, import('../io/colour.js')])
  printLines(renderAnswer(shown.record, shown.entry, contact, colours(), { now: new Date(), timeZone: opts.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone, width: screenWidth(), seeds: faq.seeds }))
  if (pointsToOwnCase(shown.record.command) && interactive()) await offerWizard(shown.record)
  return EXIT.OK
}

/** Whether an answer's command works out the user's own order (the KB points to `wizard`, or to `check`). */
function pointsToOwnCase(command: string | null | undefined): boolean {
  return command?.startsWith('buyerdesk wizard') === true || command?.startsWith('buyerdesk check') === true
}

function interactive(): boolean {
  return process.stdin.isTTY === true && process.stdout.isTTY === true
}

/** The record of an entry the user picked from "Did you mean…". */
function recordFor(record: AskRecord, entry: KbEntry, faq: Faq): AskRecord {
  const lang = record.lang
  const platform = record.platform ?? undefined
  return {
    ...record,
    topic: entry.topic,
    answer: entry.answer[lang],
    steps: entry.steps?.[lang] ?? [],
    sources: entry.sources,
    abstain: null,
    command: checkCommand(entry, record.question, platform, faq.issues),
  }
}

async function pickMatch(record: AskRecord): Promise<string | null> {
  const m = FAQ_MESSAGES[record.lang]
  const { askSelect } = await import('../io/prompts.js')
  const choices = record.matches.slice(0, 3).map((match) => ({ value: match.id as string | null, name: entryLabel(topicName(match.topic, record.lang), match.title) }))
  return askSelect({ message: m.didYouMeanTopics, choices: [...choices, { value: null, name: m.noneOfThese }] })
}

/** After an answer that states a window: run the wizard with what the question told, if the user wants to. */
async function offerWizard(record: AskRecord): Promise<void> {
  const m = FAQ_MESSAGES[record.lang]
  const { askSelect } = await import('../io/prompts.js')
  const yes = await askSelect({ message: m.runWizard, choices: [{ value: false, name: m.no }, { value: true, name: m.yes }] })
  if (!yes) return
  const args = record.command!.split(' ').slice(2)
  // Only the shop and the issue: the wizard asks for the dates itself.
  const keep: string[] = []
  for (let i = 0; i < args.length; i += 2) if (args[i] === '--platform' || args[i] === '--issue') keep.push(args[i]!, args[i + 1]!)
  const { spawnSync } = process.getBuiltinModule('node:child_process')
  spawnSync(process.execPath, [process.argv[1]!, 'wizard', ...keep, '--lang', record.lang], { stdio: 'inherit' })
}

const FLUSH_AT = 1 << 16

/**
 * `ask -`: one JSON line per input line, in order, written as it goes (constant memory: 64 KiB batches,
 * waiting for the reader when it falls behind). A bad line gets an error record in its place;
 * the exit code is 1 when there was one.
 */
async function askStream(opts: AskOptions, ctx: AnswerContext): Promise<ExitCode> {
  // The same line splitter as `check -` (linear, bounded: a line over 1 MiB is dropped as it streams past),
  // and the same refusal of devices such as /dev/zero.
  const [faq, { lineBlocks, openInput, inputError }] = await Promise.all([loadFaq(opts.kbDir), import('../io/records.js')])
  const src = { input: '-', stdin: opts.stdin, lang: opts.lang ?? 'en' }
  const source = openInput(src)
  source.setEncoding('utf8')
  let buffer = ''
  let line = 0
  let bad = 0
  const one = (text: string) => {
    line++
    // A blank line is no question (jq skips them too); line numbers still count it.
    if (text.trim() === '') return
    const problem = questionProblem(text, ctx.lang ?? ctx.fallbackLang)
    if (problem !== undefined) {
      bad++
      buffer += JSON.stringify({ type: 'error', line, message: problem }) + '\n'
    } else {
      buffer += JSON.stringify(answerQuestion(faq, text.trim(), ctx).record) + '\n'
    }
  }
  try {
    for await (const block of lineBlocks(source as AsyncIterable<string>)) {
      if (block.long) {
        line++
        bad++
        buffer += JSON.stringify({ type: 'error', line, message: `line too long (more than 1048576 characters): expected one question of at most ${MAX_QUESTION_LENGTH} characters` }) + '\n'
      } else {
        const text = block.text
        let start = 0
        while (start < text.length) {
          let end = text.indexOf('\n', start)
          if (end === -1) end = text.length
          one(text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end))
          start = end + 1
        }
      }
      if (buffer.length >= FLUSH_AT) {
        await write(buffer)
        buffer = ''
      }
    }
  } catch (err) {
    throw inputError(err, src)
  }
  if (buffer !== '') await write(buffer)
  if (bad > 0) {
    printError(`buyerdesk: ${t(src.lang, 'errors.limits.notQuestions', { bad, lines: count(src.lang, CATALOGS[src.lang].common.counts.lines, line) })}`)
    return EXIT.DATA
  }
  return EXIT.OK
}
