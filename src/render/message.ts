import { format } from 'date-fns/format'
import { enUS } from 'date-fns/locale/en-US'
import { ko } from 'date-fns/locale/ko'
import { ro } from 'date-fns/locale/ro'
import { dayToDate } from '../core/dates.js'
import type { Issue, Order } from '../core/types.js'
import { fill } from '../i18n/core-messages.js'
import type { Lang } from '../i18n/lang.js'
import { MESSAGE_TEXT, type SellerRequest } from '../i18n/result-messages.js'

const LOCALES = { en: enUS, ko, ro } as const
// Written out in full: a seller abroad must not have to guess whether 11/10 is a day or a month.
const LONG: Record<Lang, string> = { en: 'd MMMM yyyy', ko: 'yyyy년 M월 d일', ro: 'd MMMM yyyy' }

export function longDate(day: number, lang: Lang): string {
  return format(dayToDate(day), LONG[lang], { locale: LOCALES[lang] })
}

/** What the message asks for when the buyer did not say: a full refund, the usual remedy for every issue. */
export function defaultRequest(_issue: Issue | null): SellerRequest {
  return 'refund'
}

/** Ask the seller to reply within 2 days, but before the recommended window closes (and never before today). */
export function replyByDay(today: number, deadline: number | null): number {
  const wanted = today + 2
  if (deadline === null || deadline - 1 >= wanted) return wanted
  return Math.max(today, deadline - 1)
}

export interface MessageInput {
  order: Order
  today: number
  /** The shop's name, e.g. AliExpress. */
  platformName: string
  request: SellerRequest
  /** The day to ask for a reply by (see replyByDay). */
  replyBy: number
}

function subjectProblem(issue: Issue | null): string {
  const en: Record<Issue | 'cancel', string> = {
    not_received: 'item not received',
    late: 'late delivery',
    defective: 'defective item',
    damaged: 'item arrived damaged',
    not_as_described: 'item not as described',
    changed_mind: 'return request',
    cancel: 'cancellation request',
  }
  return en[issue ?? 'cancel']
}

const SUBJECT_PROBLEM: Record<Exclude<Lang, 'en'>, Record<Issue | 'cancel', string>> = {
  ko: {
    not_received: '상품 미수령',
    late: '배송 지연',
    defective: '불량 상품',
    damaged: '파손 상품',
    not_as_described: '설명과 다른 상품',
    changed_mind: '반품 요청',
    cancel: '주문 취소 요청',
  },
  ro: {
    not_received: 'produs neprimit',
    late: 'livrare întârziată',
    defective: 'produs defect',
    damaged: 'produs sosit deteriorat',
    not_as_described: 'produs care nu corespunde descrierii',
    changed_mind: 'cerere de retur',
    cancel: 'cerere de anulare',
  },
}

/**
 * The message to the seller in one language, filled with the order's facts: a subject line, then paragraphs
 * separated by empty strings. Only the facts the buyer gave are written. Pure; wrapping is the caller's.
 */
export function sellerMessage(input: MessageInput, lang: Lang): string[] {
  const { order, today } = input
  const t = <K extends Exclude<keyof typeof MESSAGE_TEXT, 'problem' | 'ask'>>(key: K, values: Record<string, string | number> = {}) =>
    fill(MESSAGE_TEXT[key][lang], values)
  const date = (day: number) => longDate(day, lang)
  const problemKey = order.issue ?? 'cancel'
  const problemShort = lang === 'en' ? subjectProblem(order.issue) : SUBJECT_PROBLEM[lang][problemKey]
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
  // 2. The problem.
  const P = MESSAGE_TEXT.problem
  if (missingDelivered) story.push(fill(P.not_received_delivered[lang], { delivered: date(order.delivered!) }))
  else if (order.issue === 'late' && order.delivered !== null) story.push(P.late_delivered[lang])
  else if (order.issue === null) story.push(P.cancel[lang])
  else if (order.issue !== 'not_received' && order.issue !== 'late') story.push(P[order.issue][lang])
  if (order.contacted !== null) story.push(t('contacted', { contacted: date(order.contacted) }))

  // 3. What is asked, the proof at hand, and by when.
  const A = MESSAGE_TEXT.ask
  const ask: string[] = []
  if (order.issue === null) ask.push(A.cancel[lang])
  else if (order.issue === 'changed_mind') ask.push(A.return[lang])
  else ask.push(A[input.request][lang])
  if (order.issue === 'defective' || order.issue === 'damaged' || order.issue === 'not_as_described') ask.push(t('proofVideo'))
  if (order.issue === 'not_received' || order.issue === 'late') ask.push(t('proofTracking'))
  const replyDate = date(input.replyBy)
  ask.push(order.issue === null || order.issue === 'changed_mind' ? t('replyByPlain', { date: replyDate }) : t('replyBy', { date: replyDate, platform: input.platformName }))

  return [subject, '', t('hello'), '', story.join(' '), '', ask.join(' '), '', t('thanks')]
}
