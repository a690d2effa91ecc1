import { format } from 'date-fns/format'
import { enUS } from 'date-fns/locale/en-US'
import { ko } from 'date-fns/locale/ko'
import { ro } from 'date-fns/locale/ro'
import { dayToDate } from '../core/dates.js'
import type { MessagePlan } from '../core/message-plan.js'
import type { Issue, Order } from '../core/types.js'
import { fill } from '../i18n/core-messages.js'
import { byLang } from '../i18n/catalog/index.js'
import type { Lang } from '../i18n/lang.js'
import { MESSAGE_TEXT, type SellerRequest } from '../i18n/result-messages.js'

const LOCALES = { en: enUS, ko, ro } as const
// Written out in full: a seller abroad must not have to guess whether 11/10 is a day or a month.
const LONG = byLang((c) => c.common.dates).message

export function longDate(day: number, lang: Lang): string {
  return format(dayToDate(day), LONG[lang], { locale: LOCALES[lang] })
}

/** What the message asks for when the buyer did not say: a full refund, the usual remedy for every issue. */
export function defaultRequest(_issue: Issue | null): SellerRequest {
  return 'refund'
}

export interface MessageInput {
  order: Order
  today: number
  /** The shop's name, e.g. AliExpress. */
  platformName: string
  request: SellerRequest
  /** What to ask for, by when, and the next step with the shop (from the verdicts: `planMessage`). */
  plan: MessagePlan
}

/**
 * The message to the seller in one language, filled with the order's facts: a subject line, then paragraphs
 * separated by empty strings. Only the facts the buyer gave are written. Pure; wrapping is the caller's.
 */
export function sellerMessage(input: MessageInput, lang: Lang): string[] {
  const { order, today } = input
  const t = <K extends Exclude<keyof typeof MESSAGE_TEXT, 'problem' | 'ask' | 'next' | 'subjectProblem'>>(key: K, values: Record<string, string | number> = {}) =>
    fill(MESSAGE_TEXT[key][lang], values)
  const date = (day: number) => longDate(day, lang)
  // An order still to cancel is a cancellation request, whatever the buyer feared would go wrong.
  const problemKey = input.plan.ask === 'cancel' ? 'cancel' : (order.issue ?? 'cancel')
  const problemShort = MESSAGE_TEXT.subjectProblem[problemKey][lang]
  const id = order.id === undefined || order.id === '' ? undefined : String(order.id)

  const subject = id !== undefined ? t('subjectId', { id, problem: problemShort }) : t('subject', { ordered: date(order.ordered), problem: problemShort })

  // 1. What happened, in order.
  const story: string[] = [id !== undefined ? t('orderedId', { id, ordered: date(order.ordered) }) : t('ordered', { ordered: date(order.ordered) })]
  const missingDelivered = order.issue === 'not_received' && order.delivered !== null
  if (order.delivered !== null) {
    // "Delivered but never came": the tracking sentence below says it, with the date.
    if (!missingDelivered) {
      story.push(order.shipped !== null ? t('shippedDelivered', { shipped: date(order.shipped), delivered: date(order.delivered) }) : t('delivered', { delivered: date(order.delivered) }))
    }
  } else if (order.shipped !== null) {
    story.push(t('shippedNotArrived', { shipped: date(order.shipped) }))
  } else if (order.issue === 'not_received' || order.issue === 'late') {
    story.push(t('notArrived'))
  } else {
    story.push(t('notShipped'))
  }
  if (order.eta !== null && (order.issue === 'not_received' || order.issue === 'late')) {
    story.push(t(order.eta < today ? 'etaPast' : 'etaFuture', { eta: date(order.eta) }))
  }
  // 2. The problem (not for an order still to cancel: nothing has arrived to be wrong).
  const { plan } = input
  const P = MESSAGE_TEXT.problem
  if (plan.ask === 'cancel') story.push(P.cancel[lang])
  else if (missingDelivered) story.push(fill(P.not_received_delivered[lang], { delivered: date(order.delivered!) }))
  else if (order.issue === 'late' && order.delivered !== null) story.push(P.late_delivered[lang])
  else if (order.issue === null) story.push(P.cancel[lang])
  else if (order.issue !== 'not_received' && order.issue !== 'late' && order.delivered !== null) story.push(P[order.issue][lang])
  if (order.contacted !== null) story.push(t('contacted', { contacted: date(order.contacted) }))

  // 3. What is asked (only what the buyer can still get), the proof at hand, by when, and what comes next.
  const A = MESSAGE_TEXT.ask
  const ask: string[] = []
  if (plan.ask === 'cancel') ask.push(A.cancel[lang])
  else if (plan.ask === 'news') ask.push(A.news[lang])
  else if (plan.ask === 'return') ask.push(A.return[lang])
  else if (plan.ask === 'dispute_open') ask.push(fill(A.disputeOpen[lang], { date: date(order.disputed!), platform: input.platformName }))
  else if (plan.ask === 'goodwill') ask.push(fill(A.goodwill[lang], { platform: input.platformName }))
  else ask.push(A[input.request][lang])
  if (plan.proof === 'video') ask.push(t('proofVideo'))
  if (plan.proof === 'tracking') ask.push(t('proofTracking'))
  const reply = plan.reply
  if (reply.kind === 'reply_by') ask.push(t('replyByPlain', { date: date(reply.day) }))
  else if (reply.deadline === null) ask.push(t('replyNow', { platform: input.platformName }))
  else ask.push(t('replyToday', { platform: input.platformName, deadline: date(reply.deadline) }))
  if (plan.next) {
    const N = MESSAGE_TEXT.next[plan.next.action]
    ask.push(plan.next.from === null ? fill(N.now[lang], { platform: input.platformName }) : fill(N.from[lang], { platform: input.platformName, date: date(plan.next.from) }))
  }

  return [subject, '', t('hello'), '', story.join(' '), '', ask.join(' '), '', t('thanks')]
}
