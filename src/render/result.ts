import { toAscii } from './ascii.js'
import type { ChalkInstance } from 'chalk'
import { displayWidth as stringWidth } from './width.js'
import { parseDay } from '../core/dates.js'
import { proseDate } from './prose-date.js'
import { ACTIONS, sourceRef, type Action, type Assessment, type Order, type Policy, type Status, type Verdict } from '../core/types.js'
import { FACT_NAMES, fill } from '../i18n/core-messages.js'
import type { Lang } from '../i18n/lang.js'
import { ACTION_NAMES, ISSUE_NAMES, RESULT_TEXT, SCREEN_TEXT, STATUS_NAMES, type SellerRequest } from '../i18n/result-messages.js'
import { formatDate } from './dates.js'
import { CATALOGS, count } from '../i18n/catalog/index.js'
import { renderEvidence } from './evidence.js'
import { defaultRequest, sellerMessage, type MessageInput } from './message.js'
import { planMessage } from '../core/message-plan.js'
import { actBy, ruleOf } from '../core/act-by.js'
import { renderTimeline } from './timeline.js'
import { wrap } from './wrap.js'
import { SOURCE_TEXT } from '../i18n/layout-contact-messages.js'

/** Three days or fewer left: shown as urgent. */
export const URGENT_DAYS = 3

const ICONS: Record<Status, string> = { eligible: '✔', uncertain: '!', not_yet: '…', closed: '✖', not_applicable: '–' }

function paint(c: ChalkInstance, status: Status, text: string): string {
  switch (status) {
    case 'eligible':
      return c.green(text)
    case 'uncertain':
      return c.yellow.bold(text)
    case 'not_yet':
      return c.cyan(text)
    case 'closed':
      return c.red(text)
    default:
      return c.dim(text)
  }
}

export function daysLeftText(n: number, lang: Lang): string {
  if (n === 0) return RESULT_TEXT.lastDay[lang]
  return count(lang, CATALOGS[lang].check.result.daysLeft, n)
}

/** The status line's date part: until when, or from when, with the days left. */
export function whenText(v: Verdict, lang: Lang): string {
  const parts: string[] = []
  if (v.status === 'not_yet' && v.opens) parts.push(fill(RESULT_TEXT.opensOn[lang], { date: formatDate(v.opens, lang) }))
  // A window not yet open whose earliest deadline is not the day to act by (it falls before the opening, or
  // has passed): the latest one is what is left, as `deadlines` says (`actBy`).
  const by = v.status === 'not_yet' ? actBy(v, undefined) : null
  const latestLeft = by !== null && typeof by === 'object' && v.deadline !== by.date
  if (latestLeft) {
    parts.push(fill(RESULT_TEXT.latest[lang], { date: formatDate(by.date, lang), n: daysLeftText(by.daysLeft, lang) }))
  } else if ((v.status === 'eligible' || v.status === 'not_yet') && v.deadline && v.daysLeft !== null) {
    parts.push(fill(RESULT_TEXT.until[lang], { date: formatDate(v.deadline, lang) }))
    if (v.status === 'eligible') parts.push(daysLeftText(v.daysLeft, lang))
  }
  if (v.status === 'uncertain' && v.latestDeadline && v.daysLeftLatest !== null) {
    parts.push(fill(RESULT_TEXT.latest[lang], { date: formatDate(v.latestDeadline, lang), n: daysLeftText(v.daysLeftLatest, lang) }))
  }
  if (v.status === 'closed' && v.latestDeadline) parts.push(fill(RESULT_TEXT.closedOn[lang], { date: formatDate(v.latestDeadline, lang) }))
  return parts.join(' · ')
}

function isUrgent(v: Verdict): boolean {
  const left = v.status === 'uncertain' ? v.daysLeftLatest : v.daysLeft
  return (v.status === 'eligible' || v.status === 'uncertain') && left !== null && left <= URGENT_DAYS
}

export interface RenderOptions {
  lang: Lang
  colours: ChalkInstance
  id?: string | number
  /** The order's facts: with them the screen adds the timeline and the message to the seller. */
  order?: Order
  /** Draw with ASCII only (see wantsAscii). */
  ascii?: boolean
  /** Screen width; 80 by default (the screen must fit a standard terminal). */
  width?: number
  /** What the message asks the seller for; a full refund by default. */
  request?: SellerRequest
}

export const SCREEN_WIDTH = 80

export { wrap } from './wrap.js'

const ASCII_ICONS: Record<Status, string> = { eligible: 'v', uncertain: '!', not_yet: '...', closed: 'x', not_applicable: '-' }

/** Which action to walk the buyer through: the open one that gets the money back soonest, else the next to open. */
export function recommendedAction(result: Assessment, taken: (action: Action) => boolean = () => false): Action | null {
  const v = result.verdicts
  if (v.cancel.status === 'eligible') return 'cancel'
  // A dispute the buyer already opened: follow it, rather than open another case.
  if (taken('dispute')) return 'dispute'
  const rest = ['refund', 'dispute', 'escalate'] as const
  const open = rest.find((a) => v[a].status === 'eligible' || v[a].status === 'uncertain')
  if (open) return open
  const soon = rest.filter((a) => v[a].status === 'not_yet')
  if (soon.length > 0) {
    // The one that opens first; then a window whose opening waits on the buyer (a first contact with the
    // seller) before a mere placeholder that waits on delivery, which has no deadline of its own.
    const key = (a: Action) => v[a].opens ?? (v[a].deadline !== null ? '9998' : '9999')
    return soon.sort((a, b) => key(a).localeCompare(key(b)))[0]!
  }
  return ([...rest, 'cancel'] as const).find((a) => v[a].status !== 'not_applicable' && v[a].steps.length > 0) ?? null
}

/** The English message to the seller alone (`--message-only`), unwrapped so a mail client can wrap it. */
export function renderMessageOnly(result: Assessment, policy: Policy, order: Order, request?: SellerRequest): string[] {
  return sellerMessage(messageInput(result, policy, order, request), 'en')
}

function messageInput(result: Assessment, policy: Policy, order: Order, request?: SellerRequest): MessageInput {
  const today = parseDay(result.today)!
  return { order, today, platformName: policy.name, request: request ?? defaultRequest(order.issue), plan: planMessage(result, policy, order, today) }
}

/**
 * The result screen shared by `check` (human output) and the wizard: the timeline, one status line per action
 * with why, the next steps for the recommended action, the evidence checklist and the message to the seller.
 * Pure: returns lines no wider than the screen (80 columns).
 */
export function renderAssessment(result: Assessment, policy: Policy, opts: RenderOptions): string[] {
  const { lang, colours: c } = opts
  const width = opts.width ?? SCREEN_WIDTH
  const ascii = opts.ascii ?? false
  const icons = ascii ? ASCII_ICONS : ICONS
  const lines: string[] = []
  const para = (text: string, indent = '', hanging = indent) => lines.push(...wrap(text, width, indent, hanging))
  const heading = (text: string) => lines.push(...wrap(text, width).map((l) => c.bold(l)))

  const issue = result.issue ? ISSUE_NAMES[result.issue][lang] : RESULT_TEXT.noIssue[lang]
  let header = fill(RESULT_TEXT.header[lang], { platform: policy.name, issue, today: formatDate(result.today, lang) })
  const id = opts.id ?? opts.order?.id
  if (id !== undefined) header = `${fill(RESULT_TEXT.order[lang], { id: String(id) })} · ${header}`
  for (const l of wrap(header, width)) lines.push(c.bold(l))
  lines.push('')

  // 1. Where the order stands.
  if (opts.order) {
    lines.push(...renderTimeline({ order: opts.order, assessment: result, policy, lang, ascii, width, colours: c }))
    lines.push('')
  }

  // 2. One status line per action, with why.
  heading(SCREEN_TEXT.actions[lang])
  const nameWidth = Math.max(...ACTIONS.map((a) => stringWidth(ACTION_NAMES[a][lang])))
  for (const action of ACTIONS) {
    const v = result.verdicts[action]
    const label = ACTION_NAMES[action][lang]
    const name = label + ' '.repeat(nameWidth - stringWidth(label))
    const when = whenText(v, lang)
    // A dispute (or claim) the buyer already opened: `not_applicable` in JSON, "already open" to a person.
    const taken = isTaken(v, policy, opts.order)
    const statusText = taken ? `${icons.eligible} ${RESULT_TEXT.alreadyOpen[lang]}` : `${icons[v.status]} ${STATUS_NAMES[v.status][lang]}`
    const urgent = isUrgent(v)
    const head = `${c.bold(name)}  ${paint(c, v.status, statusText)}`
    // ✔ and ✖ are drawn two columns wide by terminals that show them as emoji: count them so, or the line may wrap.
    const headWidth = nameWidth + 2 + stringWidth(statusText) + (ascii ? 0 : 1)
    const paintWhen = (text: string) => (urgent ? c.red.bold(text) : text)
    if (!when) lines.push(head)
    else if (headWidth + 2 + stringWidth(when) <= width) lines.push(`${head}  ${paintWhen(when)}`)
    else {
      // Too long for one line: the dates go under the status, aligned with it, a date never split.
      lines.push(head)
      const indent = ' '.repeat(nameWidth + 2)
      let line = ''
      for (const part of when.split(' · ')) {
        const joined = line === '' ? part : `${line} · ${part}`
        if (line !== '' && stringWidth(indent + joined) > width) {
          lines.push(...wrap(line, width, indent).map(paintWhen))
          line = part
        } else line = joined
      }
      if (line !== '') lines.push(...wrap(line, width, indent).map(paintWhen))
    }
    para(v.why, '  ')
    if (v.note) para(`${RESULT_TEXT.note[lang]}: ${v.note}`, '  ')
  }
  lines.push('')

  // 3. Next steps for the recommended action.
  const recommended = recommendedAction(result, (a) => isTaken(result.verdicts[a], policy, opts.order))
  if (recommended === null) {
    para(SCREEN_TEXT.nothingOpen[lang])
  } else {
    const v = result.verdicts[recommended]
    heading(fill(SCREEN_TEXT.nextFor[lang], { action: ACTION_NAMES[recommended][lang] }))
    v.steps.forEach((step, i) => para(step, `  ${i + 1}. `, '     '))
  }
  lines.push('')

  // 4. What to prepare.
  const evidence = renderEvidence(policy, result.issue, lang, ascii)
  if (evidence.length > 0) {
    heading(SCREEN_TEXT.evidence[lang])
    const box = ascii ? 4 : 2
    for (const item of evidence) para(item, '  ', ' '.repeat(2 + box))
    lines.push('')
  }

  // 5. The message to the seller, in English, and what it says in the user's language.
  if (opts.order) {
    const input = messageInput(result, policy, { ...opts.order, ...(id !== undefined ? { id } : {}) }, opts.request)
    const rule = c.dim((ascii ? '-' : '─').repeat(Math.min(width, 60)))
    heading(SCREEN_TEXT.message[lang])
    lines.push(rule)
    for (const p of sellerMessage(input, 'en')) para(p)
    lines.push(rule)
    if (lang !== 'en') {
      lines.push('', ...wrap(SCREEN_TEXT.translation[lang], width).map((l) => c.bold(l)))
      for (const p of sellerMessage(input, lang)) for (const l of wrap(p, width, '  ')) lines.push(c.dim(l))
    }
    lines.push('')
  }

  // 6. Assumptions, facts worth knowing, sources, and how fresh the rules are.
  for (const a of result.assumptions) {
    const [first, ...rest] = wrap(`${RESULT_TEXT.assumed[lang]}: ${FACT_NAMES[a.field][lang]} = ${formatDate(a.value, lang)}. ${a.why}`, width)
    lines.push(c.yellow(first!), ...rest)
  }
  if (policy.info.length > 0) {
    lines.push(c.dim(`${RESULT_TEXT.info[lang]}:`))
    for (const info of policy.info) for (const l of wrap(info.text[lang], width, '  · ', '    ')) lines.push(c.dim(l))
  }
  const sources = new Map<string, string>()
  // Under --ascii a title that stays non-ASCII (a Korean seed document's) is named by its file alone.
  const named = (ref: string) => (ascii && /[^\x20-\x7e]/.test(toAscii(describeSource(policy, ref, lang))) ? ref : describeSource(policy, ref, lang))
  for (const action of ACTIONS) for (const ref of result.verdicts[action].sources) sources.set(ref, named(ref))
  if (sources.size > 0) {
    lines.push(c.dim(`${RESULT_TEXT.sources[lang]}:`))
    for (const s of sources.values()) for (const l of wrap(s, width, '  · ', '    ')) lines.push(c.dim(l))
  }
  for (const l of wrap(fill(RESULT_TEXT.reviewed[lang], { date: proseDate(parseDay(result.reviewed)!, lang) }), width)) lines.push(c.dim(l))
  return ascii ? lines.map(toAscii) : lines
}

/** Whether the verdict says the buyer already took the action (its rule's `takenBy` fact is given). */
function isTaken(v: Verdict, policy: Policy, order: Order | undefined): boolean {
  if (v.status !== 'not_applicable' || !order) return false
  const fact = ruleOf(v, policy.rules)?.takenBy?.fact
  return fact !== undefined && order[fact] !== null
}

/**
 * A source as people read it, found from the verdict's short reference: a help page by its title and address,
 * a seed document by what it is ("a Korean guide to AliExpress customer support"). File names are for --json.
 */
export function describeSource(policy: Policy, ref: string, lang: Lang): string {
  const source = Object.values(policy.sources).find((s) => sourceRef(s) === ref)
  if (!source) return ref
  if (source.url) return `${source.title} <${source.url}>`
  return source.about?.[lang] ?? `${SOURCE_TEXT.seedDocument[lang]}: ${source.title}`
}
