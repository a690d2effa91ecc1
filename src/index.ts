/**
 * The library: the same rules and answers as the command line, for a Node service (issue 15).
 *
 *   import { assess, loadPolicy, checkStream, searchFaq } from 'buyerdesk'
 *
 * Nothing here prints or exits: results are returned, problems are thrown as errors (OrderError names the
 * field). Records have the shapes of the CLI's `--json` output (README).
 */
import { answerQuestion, type AskRecord } from './commands/ask.js'
import { assessIn as assessOrder } from './render/verdict.js'
import { parseDay, todayIn } from './core/dates.js'
import { validateOrder } from './render/order.js'
import type { Action, Assessment, Assumption, Issue, Policy, Status, Verdict } from './core/types.js'
import { loadFaq, type Faq } from './data/kb.js'
import { loadPolicies } from './data/load.js'
import { isLang, type Lang } from './i18n/lang.js'
import { toCheckJson } from './render/check-json.js'

export type { Action, Assessment, Assumption, AskRecord, Issue, Lang, Policy, Status, Verdict }

/** An order's facts, with the field names of the CLI's NDJSON input: dates as YYYY-MM-DD. */
export interface OrderFacts {
  platform: string
  issue?: Issue | null
  ordered: string
  shipped?: string | null
  delivered?: string | null
  eta?: string | null
  contacted?: string | null
  /** Judge this order as of this date (overrides the option). */
  today?: string
  /** Echoed back untouched. */
  id?: string | number
  [other: string]: unknown
}

export interface JudgeOptions {
  /** Judge as of this date (YYYY-MM-DD); default: today in `timeZone`. */
  today?: string
  /** The time zone whose date is "today" (IANA name); default: the machine's. */
  timeZone?: string
  /** Language of `why`, `steps` and notes; default en. */
  lang?: Lang
}

/** One judged order, as `buyerdesk check --json` prints it. */
export interface VerdictRecord extends Assessment {
  type: 'verdict'
  id?: string | number
  /** In `checkStream`: the input line. */
  line?: number
}

/** A line of a stream that could not be judged, as `buyerdesk check -` prints it. */
export interface ErrorRecord {
  type: 'error'
  line: number
  id?: unknown
  field?: string
  message: string
}

/** An order that cannot be judged: `field` names the fact, the message says what was expected. */
export class OrderError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message)
    this.name = 'OrderError'
  }
}

function resolveOptions(opts: JudgeOptions): { today: number; lang: Lang } {
  const lang = opts.lang ?? 'en'
  if (!isLang(lang)) throw new RangeError(`lang: "${String(lang)}" is not one of en, ko, ro`)
  if (opts.today === undefined) return { today: todayIn(opts.timeZone), lang }
  const today = parseDay(opts.today)
  if (today === null) throw new OrderError(`today: "${opts.today}" is not a calendar date, expected YYYY-MM-DD`, 'today')
  return { today, lang }
}

/**
 * A policy pack: a built-in shop (`'aliexpress'`, `'amazon'`) or the path of a pack file, validated as
 * `--policy FILE` is (throws with the JSON path of each problem).
 */
export async function loadPolicy(source: string): Promise<Policy> {
  const isFile = /[\\/]|\.json$/i.test(source)
  const policies = await loadPolicies(isFile ? [source] : [], isFile ? undefined : source)
  if (isFile) return [...policies.values()].at(-1)!
  const policy = policies.get(source)
  if (policy === undefined) throw new RangeError(`platform: "${source}" is not a built-in policy pack; expected one of ${[...policies.keys()].join(', ')}, or a file path`)
  return policy
}

/** Judge one order against `policy`; throws OrderError for facts that do not make an order. */
export function assess(order: OrderFacts, policy: Policy, options: JudgeOptions = {}): VerdictRecord {
  const { today, lang } = resolveOptions(options)
  const result = validateOrder(order, new Map([[policy.platform, policy]]), today, lang)
  if (!result.ok) throw new OrderError(result.problem.message, result.problem.field)
  return toCheckJson(assessOrder(result.order, policy, result.today, lang), result.order.id) as unknown as VerdictRecord
}

export interface StreamOptions extends JudgeOptions {
  /** Packs for other shops (from loadPolicy), besides the built-in ones. */
  policies?: Policy[]
}

/**
 * `buyerdesk check -` as a function: NDJSON in, one record per non-blank line out, in order, a bad line an
 * ErrorRecord in its place. `input`: chunks of text or bytes (a Readable such as process.stdin, any async
 * iterable), or an array of lines. Pure line by line: the same input gives the same records.
 */
export async function* checkStream(
  input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> | readonly string[],
  options: StreamOptions = {},
): AsyncGenerator<VerdictRecord | ErrorRecord> {
  const { today, lang } = resolveOptions(options)
  const policies = await loadPolicies()
  for (const p of options.policies ?? []) policies.set(p.platform, p)
  const judge = (text: string, line: number): VerdictRecord | ErrorRecord | null => {
    const body = text.endsWith('\r') ? text.slice(0, -1) : text
    if (body.trim() === '') return null
    let value: unknown
    try {
      value = JSON.parse(body)
    } catch (err) {
      return { type: 'error', line, message: `not valid JSON (${(err as Error).message}): expected one JSON object per line` }
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { type: 'error', line, message: "expected a JSON object with the order's fields" }
    const record = value as Record<string, unknown>
    const result = validateOrder(record, policies, today, lang)
    if (!result.ok) return { type: 'error', line, ...(record.id !== undefined ? { id: record.id } : {}), field: result.problem.field, message: result.problem.message }
    return toCheckJson(assessOrder(result.order, policies.get(result.order.platform)!, result.today, lang), result.order.id, line) as unknown as VerdictRecord
  }
  let line = 0
  if (Array.isArray(input)) {
    for (const text of input as readonly string[]) {
      const out = judge(String(text), ++line)
      if (out !== null) yield out
    }
    return
  }
  const decoder = new TextDecoder()
  let rest = ''
  for await (const chunk of input as AsyncIterable<string | Uint8Array>) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let nl: number
    while ((nl = rest.indexOf('\n')) !== -1) {
      const out = judge(rest.slice(0, nl), ++line)
      rest = rest.slice(nl + 1)
      if (out !== null) yield out
    }
  }
  rest += decoder.decode()
  if (rest !== '') {
    const out = judge(rest, ++line)
    if (out !== null) yield out
  }
}

export interface SearchOptions {
  /** Answer in this language; default: the question's own. */
  lang?: Lang
  /** Only this shop's answers: 'aliexpress' or 'amazon'; default: the shop the question names. */
  platform?: 'aliexpress' | 'amazon'
  /** How many matches to list (default 3). */
  limit?: number
}

let faq: Promise<Faq> | undefined

/** `buyerdesk ask --json` as a function: the best answer from the knowledge base, offline. */
export async function searchFaq(question: string, options: SearchOptions = {}): Promise<AskRecord> {
  if (options.lang !== undefined && !isLang(options.lang)) throw new RangeError(`lang: "${String(options.lang)}" is not one of en, ko, ro`)
  faq ??= loadFaq()
  const loaded = await faq
  return answerQuestion(loaded, question.trim(), { lang: options.lang, fallbackLang: 'en', platform: options.platform, limit: options.limit ?? 3 }).record
}
