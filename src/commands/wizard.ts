import { matches } from '../core/assess.js'
import { assessIn } from '../render/verdict.js'
import { civilFromDay, formatDay, parseDay } from '../core/dates.js'
import { isIssue, normaliseIssue } from '../core/order.js'
import { validateOrder } from '../render/order.js'
import { parseRelativeDate } from '../core/relative-date.js'
import { ISSUES, type Assessment, type DateFact, type DateOffset, type Issue, type Order, type Policy } from '../core/types.js'
import { loadPolicies } from '../data/load.js'
import { CancelledError, UsageError } from '../errors.js'
import { DATE_FLAGS, isNoneWord, resolveDateFlag } from './date-flags.js'
import { FACT_NAMES, fill } from '../i18n/core-messages.js'
import type { Lang } from '../i18n/lang.js'
import { REQUEST_NAMES, REQUESTS, type SellerRequest } from '../i18n/result-messages.js'
import { DATE_QUESTIONS, ISSUE_CHOICES, WIZARD_TEXT } from '../i18n/wizard-messages.js'
import { colours } from '../io/colour.js'
import { guardStdout, printHint, printLines } from '../io/output.js'
import { formatDate } from '../render/dates.js'
import { defaultRequest } from '../render/message.js'
import { renderAssessment, renderMessageOnly } from '../render/result.js'
import { wantsAscii } from '../render/timeline.js'
import { screenWidth } from '../io/screen.js'

/** The wizard's questions, each with a flag of the same name. */
export const QUESTIONS = ['platform', 'issue', 'ordered', 'delivered', 'shipped', 'eta', 'contacted', 'disputed', 'request', 'id'] as const
export type Question = (typeof QUESTIONS)[number]

/** Answers so far: `undefined` not asked yet; `null` answered "no", "not yet" or skipped. */
export interface Answers {
  platform?: string
  issue?: Issue | null
  ordered?: number
  shipped?: number | null
  delivered?: number | null
  eta?: number | null
  contacted?: number | null
  disputed?: number | null
  request?: SellerRequest
  id?: string | null
}

export interface WizardOptions {
  /** Raw flag values (`--ordered 3 days ago` …); each one given skips its question. */
  args: Partial<Record<Question, string>>
  today: number
  lang: Lang
  /** Ask in a terminal; without one, missing answers are a usage error naming the flags. */
  interactive: boolean
  /** The platform offered first (saved setting). */
  defaultPlatform?: string
  ascii?: boolean
  messageOnly?: boolean
  policyFiles?: string[]
}

export interface WizardResult {
  order: Order
  assessment: Assessment
  lines: string[]
}


// --- the question flow (pure) -------------------------------------------------------------------

function factsOf(a: Answers): Order {
  return {
    platform: a.platform ?? '',
    issue: a.issue ?? null,
    ordered: a.ordered ?? 0,
    shipped: a.shipped ?? null,
    delivered: a.delivered ?? null,
    eta: a.eta ?? null,
    contacted: a.contacted ?? null,
    disputed: a.disputed ?? null,
  }
}

function offsetUses(o: DateOffset, fact: DateFact): boolean {
  return (Array.isArray(o.from) ? o.from : [o.from]).includes(fact)
}

/** Whether a rule that applies to the order as known so far needs this fact (to open, close or allow a window). */
export function rulesNeed(policy: Policy, answers: Answers, fact: DateFact): boolean {
  const order = factsOf(answers)
  return policy.rules.some(
    (r) =>
      matches(r.when, order) &&
      (r.opens.some((o) => offsetUses(o, fact)) ||
        r.deadlines.some((d) => offsetUses(d, fact)) ||
        r.deadlines.some((d) => d.calendar !== undefined && (Array.isArray(d.calendar.when.fact) ? d.calendar.when.fact : [d.calendar.when.fact]).includes(fact)) ||
        (r.closedBy ?? []).includes(fact) ||
        r.takenBy?.fact === fact ||
        (r.requires ?? []).some((q) => (Array.isArray(q.fact) ? q.fact : [q.fact]).includes(fact))),
  )
}

/**
 * Whether the shipping date of a delivered order can change a calendar deadline (Amazon's holiday period, read by
 * shipping date): it can when some year's calendar window meets the days it may have shipped on (order to delivery).
 */
function calendarNeedsShipping(policy: Policy, answers: Answers): boolean {
  const order = factsOf(answers)
  if (order.delivered === null) return false
  const [fromYear] = civilFromDay(order.ordered)
  const [toYear] = civilFromDay(order.delivered)
  return policy.rules.some(
    (r) =>
      matches(r.when, order) &&
      r.deadlines.some((d) => {
        const cal = d.calendar
        if (!cal || (Array.isArray(cal.when.fact) ? cal.when.fact[0] : cal.when.fact) !== 'shipped') return false
        for (let y = fromYear; y <= toYear; y++) {
          const start = parseDay(`${y}-${cal.when.from}`)
          const end = parseDay(`${y}-${cal.when.to}`)
          if (start !== null && end !== null && start <= order.delivered! && end >= order.ordered) return true
        }
        return false
      }),
  )
}

/**
 * The next question to ask, or null when the rules have all they need. Only the dates the rules use are asked:
 * a delivered order is not asked when it shipped (delivery counts as shipping), an estimate only for a parcel
 * that has not come, a cancellation only whether it has shipped.
 */
export function nextQuestion(a: Answers, policies: ReadonlyMap<string, Policy>): Question | null {
  if (a.platform === undefined) return 'platform'
  const policy = policies.get(a.platform)
  if (!policy) return 'platform'
  if (a.issue === undefined) return 'issue'
  if (a.ordered === undefined) return 'ordered'
  if (a.issue !== null && a.delivered === undefined) return 'delivered'
  const notDelivered = (a.delivered ?? null) === null
  // A delivered order counts as shipped, unless a rule reads the shipping date itself (a holiday period).
  if (a.shipped === undefined && (notDelivered ? rulesNeed(policy, a, 'shipped') : calendarNeedsShipping(policy, a))) return 'shipped'
  if (notDelivered && a.eta === undefined && rulesNeed(policy, a, 'eta')) return 'eta'
  if (a.contacted === undefined && rulesNeed(policy, a, 'contacted')) return 'contacted'
  if (a.disputed === undefined && rulesNeed(policy, a, 'disputed')) return 'disputed'
  // What to ask the seller for: a cancellation and a change of mind have one answer only.
  if (a.issue !== null && a.issue !== 'changed_mind' && a.request === undefined) return 'request'
  if (a.id === undefined) return 'id'
  return null
}

/** Questions without which there is no answer; the others may be skipped. */
export function isRequired(q: Question, a: Answers, policies: ReadonlyMap<string, Policy>): boolean {
  if (q === 'platform' || q === 'issue' || q === 'ordered') return true
  // Amazon always shows an estimate, and its rules cannot do without one (POLICY.md).
  if (q === 'eta') return policies.get(a.platform ?? '')?.eta.whenMissing === 'error'
  return false
}

/** The answer a skipped question stands for. */
function skipped(q: Question, a: Answers): Partial<Answers> {
  if (q === 'request') return { request: defaultRequest(a.issue ?? null) }
  return { [q]: null }
}

function record(a: Answers, today: number): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { platform: a.platform, issue: a.issue ?? undefined, today: formatDay(today) }
  for (const f of DATE_FLAGS) {
    const v = a[f]
    if (v !== undefined && v !== null) out[f] = formatDay(v)
  }
  if (a.id) out.id = a.id
  return out
}

const ORDER_CHECKS: [DateFact, DateFact][] = [
  ['shipped', 'ordered'],
  ['delivered', 'ordered'],
  ['delivered', 'shipped'],
  ['contacted', 'ordered'],
  ['disputed', 'ordered'],
  ['eta', 'ordered'],
]

/**
 * Check a typed date for question `q` against today and the answers so far: true, or why not, in the user's
 * language. The same rules as validateOrder (which runs last, as the guard), worded for a person at a prompt.
 */
export function checkDateAnswer(
  q: DateFact,
  text: string,
  a: Answers,
  ctx: { today: number; lang: Lang; policies: ReadonlyMap<string, Policy>; required: boolean },
): { ok: true; day: number | null } | { ok: false; message: string } {
  const { today, lang } = ctx
  const value = text.trim()
  // Enter, or `none` as the flags take it, for a fact that has not happened.
  if (value === '' || (q !== 'ordered' && isNoneWord(value))) return ctx.required ? { ok: false, message: WIZARD_TEXT.required[lang] } : { ok: true, day: null }
  const parsed = parseRelativeDate(value, today, q === 'eta' ? 'nearest' : 'past')
  if (!parsed.ok) return { ok: false, message: fill(WIZARD_TEXT[parsed.reason][lang], { value }) }
  const day = parsed.day
  if (q !== 'eta' && day > today) return { ok: false, message: fill(WIZARD_TEXT.future[lang], { date: formatDate(formatDay(day), lang), today: formatDate(formatDay(today), lang) }) }
  const say = (key: 'before' | 'after', other: DateFact, otherDay: number) =>
    fill(WIZARD_TEXT[key][lang], { date: formatDate(formatDay(day), lang), other: FACT_NAMES[other][lang], otherDate: formatDate(formatDay(otherDay), lang) })
  for (const [field, other] of ORDER_CHECKS) {
    // Both ways: a flag may already have given a later event (`--delivered`) when the order date is asked.
    const otherDay = a[field === q ? other : field]
    if (otherDay === undefined || otherDay === null) continue
    if (field === q && day < otherDay) return { ok: false, message: say('before', other, otherDay) }
    if (other === q && day > otherDay) return { ok: false, message: say('after', field, otherDay) }
  }
  const result = validateOrder(record({ ...a, [q]: day }, today), ctx.policies, today, lang)
  if (!result.ok && result.problem.field === q) return { ok: false, message: result.problem.message }
  return { ok: true, day }
}

// --- flags ----------------------------------------------------------------------------------------

const isNone = isNoneWord

function parseRequest(value: string): SellerRequest | null {
  const v = value.trim().toLowerCase().replace(/[-\s]+/g, '_')
  if (v === 'partial') return 'partial_refund'
  if (v === 're_ship' || v === 'replacement' || v === 'reshipment') return 'reship'
  return (REQUESTS as readonly string[]).includes(v) ? (v as SellerRequest) : null
}

/** Turn the flags into answers; a flag that cannot be read is a usage error (exit 2). */
export function answersFromFlags(args: WizardOptions['args'], policies: ReadonlyMap<string, Policy>, today: number, lang: Lang): Answers {
  const a: Answers = {}
  const bad = (flag: string, value: string, list: string) => new UsageError(fill(WIZARD_TEXT.badFlagChoice[lang], { flag, value, list }), flag)
  if (args.platform !== undefined) {
    const p = args.platform.trim().toLowerCase()
    if (!policies.has(p)) throw bad('platform', args.platform, [...policies.keys()].join(', '))
    a.platform = p
  }
  if (args.issue !== undefined) {
    const v = normaliseIssue(args.issue)
    if (isNone(args.issue) || v === 'cancel') a.issue = null
    else if (isIssue(v)) a.issue = v
    else throw bad('issue', args.issue, [...ISSUES, 'none'].join(', '))
  }
  for (const f of DATE_FLAGS) {
    const raw = args[f]
    if (raw === undefined) continue
    // As every command's date flags: `3 days ago`, `none` (not for the order date), YYYY-MM-DD only for digits.
    const iso = resolveDateFlag(f, raw, today, lang)
    if (f === 'ordered') {
      if (iso !== '') a.ordered = parseDay(iso)!
    } else a[f] = iso === '' ? null : parseDay(iso)!
  }
  if (args.request !== undefined) {
    const r = parseRequest(args.request)
    if (r === null) throw bad('request', args.request, REQUESTS.join(', '))
    a.request = r
  }
  if (args.id !== undefined) a.id = isNone(args.id) || args.id.trim() === '' ? null : args.id.trim()
  return a
}

// --- the command ----------------------------------------------------------------------------------

/** Without a terminal: fill what may be skipped, and name every flag still missing. */
function missingFlags(a: Answers, policies: ReadonlyMap<string, Policy>): string[] {
  const missing: string[] = []
  const state: Answers = { ...a }
  for (let q = nextQuestion(state, policies); q !== null; q = nextQuestion(state, policies)) {
    if (isRequired(q, state, policies)) {
      missing.push(`--${q}`)
      if (q === 'platform') {
        // Without a platform the rest of the flow is unknown: name the other answers every order needs.
        if (a.issue === undefined) missing.push('--issue')
        if (a.ordered === undefined) missing.push('--ordered')
        break
      }
      // Carry on as if answered, to find every missing flag in one go.
      Object.assign(state, q === 'ordered' ? { ordered: 0 } : { [q]: null })
    } else Object.assign(state, skipped(q, state))
  }
  return missing
}

/** `buyerdesk wizard`: ask what the rules need (flags skip their questions), then show the result screen. */
export async function wizard(opts: WizardOptions): Promise<WizardResult> {
  const { lang, today } = opts
  // The prompts write to process.stdout: the result screen goes the same way, after them.
  guardStdout()
  // 1. The flags answer their questions.
  const policies = await loadPolicies(opts.policyFiles ?? [])
  const answers = answersFromFlags(opts.args, policies, today, lang)
  // Without a terminal the saved platform stands in for the question (in one, it is offered first).
  if (!opts.interactive && answers.platform === undefined && opts.defaultPlatform && policies.has(opts.defaultPlatform.toLowerCase())) {
    answers.platform = opts.defaultPlatform.toLowerCase()
  }

  // 2. Ask what is left, or without a terminal, name the missing flags.
  if (nextQuestion(answers, policies) !== null) {
    if (!opts.interactive) {
      const missing = missingFlags(answers, policies)
      if (missing.length > 0) throw new UsageError(fill(WIZARD_TEXT.noTerminal[lang], { flags: missing.join(', ') }))
      // Only skippable questions were left: take their defaults.
      for (let q = nextQuestion(answers, policies); q !== null; q = nextQuestion(answers, policies)) Object.assign(answers, skipped(q, answers))
    } else {
      try {
        await ask(answers, policies, opts)
      } catch (err) {
        // Ctrl-C at one of its questions stops the whole wizard, which has saved nothing: say so.
        if (err instanceof CancelledError) throw new CancelledError('wizard')
        throw err
      }
    }
  }

  // 3. Judge the order as check does: validateOrder is the last guard (flags are not re-asked).
  const result = validateOrder(record(answers, today), policies, today, lang)
  if (!result.ok) throw new UsageError(result.problem.message, result.problem.field)
  const policy = policies.get(result.order.platform)!
  const assessment = assessIn(result.order, policy, result.today, lang)
  // 4. The result screen, or only the message to the seller.
  const request = answers.request ?? defaultRequest(result.order.issue)
  const lines = opts.messageOnly
    ? renderMessageOnly(assessment, policy, result.order, request)
    : renderAssessment(assessment, policy, { lang, colours: colours(), order: result.order, ascii: wantsAscii(opts.ascii), request, width: screenWidth() })
  printLines(lines)
  return { order: result.order, assessment, lines }
}

/** The interactive part: one prompt per question, in the order nextQuestion gives. */
async function ask(answers: Answers, policies: ReadonlyMap<string, Policy>, opts: WizardOptions): Promise<void> {
  // Loaded here only: inquirer is the heaviest import of the CLI and only the wizard needs it.
  const prompts = await import('../io/prompts.js')
  const { lang, today } = opts
  const c = colours()
  const keysHint = c.dim(WIZARD_TEXT.keys[lang])
  printHint(c.dim(`${WIZARD_TEXT.intro[lang]}\n${WIZARD_TEXT.dateForms[lang]}`))

  for (let q = nextQuestion(answers, policies); q !== null; q = nextQuestion(answers, policies)) {
    switch (q) {
      case 'platform': {
        const choices = [...policies.values()].map((p) => ({ value: p.platform, name: p.name }))
        const preferred = opts.defaultPlatform?.toLowerCase()
        answers.platform = await prompts.askSelect({
          message: WIZARD_TEXT.platform[lang],
          choices,
          default: preferred && policies.has(preferred) ? preferred : undefined,
          keysHint,
        })
        break
      }
      case 'issue': {
        const choices: { value: Issue | 'none'; name: string }[] = ISSUES.map((i) => ({ value: i, name: ISSUE_CHOICES[i][lang] }))
        choices.push({ value: 'none', name: WIZARD_TEXT.cancelOnly[lang] })
        const issue = await prompts.askSelect({ message: WIZARD_TEXT.issue[lang], choices, keysHint })
        answers.issue = issue === 'none' ? null : issue
        break
      }
      case 'request': {
        const choices = REQUESTS.map((r) => ({ value: r, name: REQUEST_NAMES[r][lang] }))
        answers.request = await prompts.askSelect({ message: WIZARD_TEXT.request[lang], choices, default: defaultRequest(answers.issue ?? null), keysHint })
        break
      }
      case 'id': {
        const id = await prompts.askText({ message: `${WIZARD_TEXT.id[lang]} ${c.dim(`(${WIZARD_TEXT.skip[lang]})`)}` })
        answers.id = id.trim() === '' ? null : id.trim()
        break
      }
      default: {
        const fact = q
        const required = isRequired(fact, answers, policies)
        const question = fact === 'delivered' && answers.issue === 'not_received' ? DATE_QUESTIONS.deliveredScan : DATE_QUESTIONS[fact]
        const platformName = policies.get(answers.platform ?? '')?.name ?? ''
        const hint = required ? '' : ` ${c.dim(`(${(fact === 'eta' ? WIZARD_TEXT.skipUnknown : WIZARD_TEXT.skipNotYet)[lang]})`)}`
        const ctx = { today, lang, policies, required }
        const text = await prompts.askText({
          message: fill(question[lang], { platform: platformName }) + hint,
          validate: (value) => {
            const r = checkDateAnswer(fact, value, answers, ctx)
            return r.ok ? true : r.message
          },
          // A live reading of the date as it is typed, so `3일 전` shows which day it means.
          preview: (value, final) => {
            const r = value.trim() === '' ? null : parseRelativeDate(value, today, fact === 'eta' ? 'nearest' : 'past')
            if (r === null) return final ? c.dim('–') : value
            if (!r.ok) return value
            const date = formatDate(formatDay(r.day), lang)
            return final ? c.cyan(date) : `${value} ${c.dim('→ ' + date)}`
          },
        })
        const r = checkDateAnswer(fact, text, answers, ctx)
        // validate() has already refused anything else.
        const day = r.ok ? r.day : null
        if (fact === 'ordered') answers.ordered = day ?? today
        else answers[fact] = day
      }
    }
  }
  printHint('')
}
