import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { features, fold, words } from '../../src/core/faq/features.js'

const DIM = 1 << 16
const sorted = (a: Uint32Array) => [...a].sort((x, y) => x - y)

describe('fold and words', () => {
  it.each([
    ['Rambursarea NU a venit', 'rambursarea nu a venit'],
    ['Cât durează livrarea?', 'cat dureaza livrarea?'],
    ['șțăâî ŞŢ', 'staai st'],
    ['환불 언제 돼요', '환불 언제 돼요'],
  ])('%j → %j', (text, out) => expect(fold(text)).toBe(out))
  it('splits on anything that is not a letter or digit', () => expect(words("Where's my order #123?!")).toEqual(['where', 's', 'my', 'order', '123']))
})

describe('features', () => {
  it('are distinct buckets below dim, the same for the same text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const f = features(text, DIM)
        expect(new Set(f).size).toBe(f.length)
        for (const b of f) expect(b).toBeLessThan(DIM)
        expect(sorted(features(text, DIM))).toEqual(sorted(f))
      }),
    )
  })
  it('Romanian without diacritics is the same question', () => {
    expect(sorted(features('Când primesc banii înapoi pe card?', DIM))).toEqual(sorted(features('cand primesc banii inapoi pe card?', DIM)))
  })
  it('Korean without spaces shares every character n-gram of the spaced question', () => {
    const spaced = new Set(features('배송 조회 어떻게 해요', DIM))
    const joined = features('배송조회어떻게해요', DIM)
    // all of the run-together text's n-grams but its one whole "word" are in the spaced one's
    expect(joined.filter((b) => !spaced.has(b)).length).toBeLessThanOrEqual(1)
  })
  it('a typo keeps most character n-grams of a word', () => {
    const right = new Set(features('cancel', DIM))
    const typo = features('cancle', DIM)
    expect(typo.filter((b) => right.has(b)).length).toBeGreaterThanOrEqual(3)
  })
  it('a Korean typo in one letter keeps some of the letters\' n-grams, where the syllables share fewer', () => {
    // 배송 → 배숑: one vowel differs, so the syllable n-grams with 송 are lost but the letters around it stay
    const right = new Set(features('배송조회', DIM))
    const typo = features('배숑조회', DIM)
    const sharedSyllables = ['배', '조', '회', '조회'].length
    expect(typo.filter((b) => right.has(b)).length).toBeGreaterThan(sharedSyllables)
  })
  it('no letters, no features', () => {
    expect(features('  ?!… ', DIM)).toHaveLength(0)
  })
})
