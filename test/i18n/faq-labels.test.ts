import { describe, expect, it } from 'vitest'
import { entryLabel, shopName } from '../../src/i18n/faq-messages.js'

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
})
