import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildMiniSearch } from '../../src/core/faq/build.js'
import { boundedDistance, compactIndex, JoinedTerms, letterMasks } from '../../src/core/faq/frozen.js'
import { fieldsFor, freezeIndex, TUNING } from '../../src/core/faq/search.js'
import { tokenize } from '../../src/core/faq/text.js'
import { readKb } from '../../src/data/kb.js'

// The frozen scorer must rank exactly as MiniSearch#search does on the same saved index.
const kb = await readKb(fileURLToPath(new URL('../../data/kb/', import.meta.url)))
const mini = buildMiniSearch(kb.entries)
// MiniSearch counts a swap of two letters as two edits: compare with transpositions off.
const frozen = freezeIndex(JSON.parse(JSON.stringify(mini)), { ...TUNING, transpositions: false })

const QUESTIONS = readFileSync(fileURLToPath(new URL('../../bench/eval/sets/questions-extra.jsonl', import.meta.url)), 'utf8')
  .trim()
  .split('\n')
  .map((l) => (JSON.parse(l) as { text: string }).text)

function same(question: string, fields?: readonly string[]): void {
  const terms = tokenize(question)
  if (terms.length === 0) return
  const expected = mini.search(terms.join(' '), fields === undefined ? {} : { fields: [...fields] })
  const actual = frozen.search(terms, undefined, fields)
  expect(actual.map((r) => r.id).sort()).toEqual(expected.map((r) => String(r.id)).sort())
  const byId = new Map(actual.map((r) => [r.id, r]))
  for (const e of expected) {
    const a = byId.get(String(e.id))!
    expect(a.score).toBeCloseTo(e.score, 9)
    expect([...a.queryTerms].sort()).toEqual([...e.queryTerms].sort())
    expect([...a.terms].sort()).toEqual([...e.terms].sort())
  }
}

describe('FrozenIndex matches MiniSearch#search', () => {
  it.each(QUESTIONS.map((q) => [q]))('%s', (q) => same(q))
  it('with typos and prefixes', () => same('how do I cancle the cancellat of my ordr, refnd plz'))
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (q) => same(q)), { numRuns: 200 })
  })
  it.each([['en'], ['ko'], ['ro']] as const)('searching only the fields of %s (a question in that language)', (lang) => {
    for (const q of QUESTIONS) same(q, fieldsFor(lang))
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (q) => same(q, fieldsFor(lang))), { numRuns: 100 })
  })
  it('a Romanian question does not match the English questions, nor an English one the Korean', () => {
    const ro = frozen.search(tokenize('anulare comanda'), undefined, fieldsFor('en'))
    const all = frozen.search(tokenize('anulare comanda'))
    // the Romanian words are still found through the keywords (the languages meet there), with less score
    expect(ro.length).toBeGreaterThan(0)
    expect(ro[0]!.score).toBeLessThan(all[0]!.score)
    expect(frozen.search(tokenize('배송'), undefined, fieldsFor('en')).every((r) => r.score < frozen.search(tokenize('배송'), undefined, fieldsFor('ko'))[0]!.score)).toBe(true)
  })
})

describe('the saved form (terms in one string, letter masks) searches like the in-memory one', () => {
  const compact = compactIndex(JSON.parse(JSON.stringify(mini)))
  const terms = compact.terms as readonly string[]
  const joined = JoinedTerms.of(terms)
  const saved = freezeIndex({ ...compact, terms: joined, masks: letterMasks(terms) })
  const memory = freezeIndex(compact)

  it('JoinedTerms gives back every term and its length', () => {
    expect(joined.length).toBe(terms.length)
    terms.forEach((t, i) => {
      expect(joined.at(i)).toBe(t)
      expect(joined.lengthOf(i)).toBe(t.length)
    })
  })

  it.each([['how do I cancle my ordr'], ['환불 기한이 며칠이에요'], ['Cum anulez comanda'], ['refund'], ['zzzz'], ['a']])('%s', (q) => {
    expect(saved.search(tokenize(q))).toEqual(memory.search(tokenize(q)))
    for (const lang of ['en', 'ko', 'ro'] as const) {
      expect(saved.search(tokenize(q), undefined, fieldsFor(lang))).toEqual(memory.search(tokenize(q), undefined, fieldsFor(lang)))
      for (const term of tokenize(q)) expect(saved.documentFrequency(term, fieldsFor(lang))).toBe(memory.documentFrequency(term, fieldsFor(lang)))
    }
  })
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (q) => {
        expect(saved.search(tokenize(q))).toEqual(memory.search(tokenize(q)))
      }),
      { numRuns: 200 },
    )
  })
})

describe('boundedDistance', () => {
  it.each([
    ['refund', 'refund', 2, 0],
    ['refnd', 'refund', 2, 1],
    ['cancle', 'cancel', 2, 2],
    ['cancle', 'cancel', 1, 2],
    ['abc', 'xyzxyz', 2, 3],
  ])('%s ~ %s (max %i) = %i', (a, b, max, d) => expect(boundedDistance(a, b, max)).toBe(d))
  it.each([
    ['cancle', 'cancel', 1, 1],
    ['acocunt', 'account', 1, 1],
    ['recieve', 'receive', 2, 1],
    ['refnud', 'refund', 1, 1],
    ['abcd', 'badc', 1, 2],
  ])('with swaps: %s ~ %s (max %i) = %i', (a, b, max, d) => expect(boundedDistance(a, b, max, true)).toBe(d))

  it('agrees with a plain dynamic-programming distance on random words', () => {
    const full = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
        }
      return d[a.length]![b.length]!
    }
    const word = fc.stringMatching(/^[abc]{0,7}$/)
    fc.assert(fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => boundedDistance(a, b, max, true) === Math.min(full(a, b), max + 1)))
  })
})
