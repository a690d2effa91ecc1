import { describe, expect, it } from 'vitest'
import { classify, features, OUT_OF_SCOPE } from '../../src/core/faq/model.js'
import type { ShopLexicon } from '../../src/core/faq/search.js'
import { entryVectors, modelExamples, trainTopics, type Example } from '../../src/core/faq/train.js'
import type { KbEntry } from '../../src/core/faq/types.js'

const DIM = 1 << 12
const toy: Example[] = [
  ...['cancel my order', 'how do i cancel', 'stop the order please', 'cancel purchase'].map((text) => ({ text, label: 'order.cancel' })),
  ...['where is my refund', 'refund not received', 'when does the money come back', 'refund still missing'].map((text) => ({ text, label: 'refund.timing' })),
  ...['tell me a joke', 'weather tomorrow', 'who won the game', 'book a flight'].map((text) => ({ text, label: OUT_OF_SCOPE })),
]
const model = trainTopics(toy, ['order.cancel', 'refund.timing'], { dim: DIM, epochs: 30 })
const best = (text: string) => {
  const p = classify(model, features(text, DIM))
  return model.labels[p.indexOf(Math.max(...p))]
}

describe('trainTopics', () => {
  it('learns the classes of its examples, the out-of-scope one last', () => {
    expect(model.labels).toEqual(['order.cancel', 'refund.timing', OUT_OF_SCOPE])
    for (const ex of toy) expect(best(ex.text), ex.text).toBe(ex.label)
  })
  it('generalises to a phrasing it never saw', () => {
    expect(best('please cancel the order')).toBe('order.cancel')
    expect(best('my refund is missing')).toBe('refund.timing')
  })
  it('gives probabilities that sum to 1', () => {
    const p = classify(model, features('anything at all', DIM))
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6)
  })
  it('is deterministic: the same examples give the same weights', () => {
    const again = trainTopics(toy, ['order.cancel', 'refund.timing'], { dim: DIM, epochs: 30 })
    expect(again.weights).toEqual(model.weights)
    expect(again.scale).toBe(model.scale)
  })
  it('quantises every weight to a signed byte', () => {
    expect(model.weights).toBeInstanceOf(Int8Array)
    expect(model.weights.length).toBe(DIM * 3)
  })
  it('refuses an example with a label it does not know', () => {
    expect(() => trainTopics([{ text: 'x', label: 'refund.someday' }], ['order.cancel'], { dim: DIM })).toThrow('unknown label "refund.someday"')
  })
})

describe('modelExamples', () => {
  const lexicon: ShopLexicon = { covered: { aliexpress: ['AliExpress', '알리'] }, others: [{ name: 'Temu', names: ['Temu', '테무'] }] }
  const examples: Example[] = [
    { text: 'temu refund not showing', label: OUT_OF_SCOPE },
    { text: '테무 환불 언제', label: OUT_OF_SCOPE },
    { text: 'is aliexpress cheaper than temu', label: OUT_OF_SCOPE },
    { text: 'book a flight', label: OUT_OF_SCOPE },
    { text: 'refund not showing', label: 'refund.timing' },
  ]
  it('leaves to the shop lexicon the out-of-scope examples that name another shop, and keeps every other', () => {
    expect(modelExamples(examples, lexicon).map((e) => e.text)).toEqual(['is aliexpress cheaper than temu', 'book a flight', 'refund not showing'])
  })
  it('keeps them all without a lexicon', () => expect(modelExamples(examples)).toEqual(examples))
})

describe('entryVectors', () => {
  const entry = (id: string, q: string): KbEntry => ({
    id,
    topic: 'order.cancel',
    platforms: ['aliexpress'],
    title: { en: q, ko: '취소', ro: 'anulare' },
    questions: { en: [q], ko: ['취소'], ro: ['anulare'] },
    keywords: { en: [], ko: [], ro: [] },
    answer: { en: 'a', ko: 'a', ro: 'a' },
    sources: [{ seed: 'x' }],
  })
  it('are unit length, with sorted buckets per entry', () => {
    const v = entryVectors([entry('ali-a', 'cancel before shipping'), entry('ali-b', 'cancel after shipping')], DIM)
    expect(v.ids).toEqual(['ali-a', 'ali-b'])
    for (let i = 0; i < 2; i++) {
      let sum = 0
      for (let j = v.starts[i]!; j < v.starts[i + 1]!; j++) {
        sum += v.values[j]! ** 2
        if (j > v.starts[i]!) expect(v.buckets[j]!).toBeGreaterThan(v.buckets[j - 1]!)
      }
      expect(sum).toBeCloseTo(1, 5)
    }
  })
})
