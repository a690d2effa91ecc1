import { describe, expect, it } from 'vitest'
import { TOPIC_IDS } from '../../src/core/faq/topics.js'
import { CATALOGS } from '../../src/i18n/catalog/index.js'
import { entryLabel, shopName, topicName } from '../../src/i18n/faq-messages.js'

describe('names and labels around the KB', () => {
  it.each([
    ['aliexpress', 'ko', '알리익스프레스'],
    ['amazon', 'ko', '아마존'],
    ['aliexpress', 'en', 'AliExpress'],
    ['amazon', 'ro', 'Amazon'],
    ['ebay', 'ko', 'ebay'],
  ] as const)('shopName(%s, %s) = %s', (id, lang, name) => expect(shopName(id, lang)).toBe(name))

  it.each([
    ['Evidence for a dispute', 'Evidence for a dispute: what to collect', 'Evidence for a dispute: what to collect'],
    ['Cancelling an order', 'Cancel before it ships', 'Cancelling an order: Cancel before it ships'],
    ['환불', '환불 기한', '환불 기한'],
  ])('entryLabel(%s, %s)', (topic, title, label) => expect(entryLabel(topic, title)).toBe(label))

  it.each([
    ['order.cancel', 'en', 'Canceling an order'],
    ['shipping.not_received', 'ko', '미수령·분실 택배'],
    ['dispute.escalate', 'ro', 'Medierea disputei'],
    ['order.someday', 'ko', 'order.someday'],
  ] as const)('topicName(%s, %s) = %s', (id, lang, name) => expect(topicName(id, lang)).toBe(name))

  it.each(['en', 'ko', 'ro'] as const)('%s: faq.topics names exactly the topic ids, in their order', (lang) => {
    const ids = Object.entries(CATALOGS[lang].faq.topics).flatMap(([group, leaves]) => Object.keys(leaves).map((leaf) => `${group}.${leaf}`))
    expect(ids).toEqual([...TOPIC_IDS])
    for (const id of TOPIC_IDS) expect(topicName(id, lang)).not.toBe(id)
  })
})
