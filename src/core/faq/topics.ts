/**
 * The fixed topic taxonomy (shared/topics.json), by id, in the order lists show them (and the topic model's
 * labels are kept in). Every knowledge-base entry carries exactly one of these ids; `data/kb` is checked against
 * this list. The name a shopper reads is in the catalogues, `faq.topics.<id>` (src/i18n/catalog).
 */
export const TOPIC_IDS = [
  'order.place',
  'order.status',
  'order.cancel',
  'order.change',
  'shipping.track',
  'shipping.time',
  'shipping.not_received',
  'shipping.insurance',
  'shipping.customs',
  'refund.request',
  'refund.timing',
  'refund.options',
  'return.request',
  'dispute.open',
  'dispute.evidence',
  'dispute.escalate',
  'dispute.status',
  'item.defective',
  'contact.agent',
  'contact.channels',
  'contact.hours',
  'seller.contact',
  'seller.choose',
  'payment.methods',
  'payment.issue',
  'account.password',
  'account.security',
  'account.suspended',
  'account.manage',
  'account.phone',
  'promo.code',
  'promo.coupon',
  'feedback.submit',
  'product.price',
] as const

export type TopicId = (typeof TOPIC_IDS)[number]

const KNOWN: ReadonlySet<string> = new Set(TOPIC_IDS)

export function isTopic(value: string): value is TopicId {
  return KNOWN.has(value)
}
