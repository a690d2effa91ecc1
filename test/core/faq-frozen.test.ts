import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildMiniSearch } from '../../src/core/faq/build.js'
import { boundedDistance } from '../../src/core/faq/frozen.js'
import { freezeIndex } from '../../src/core/faq/search.js'
import { tokenize } from '../../src/core/faq/text.js'
import { readKb } from '../../src/data/kb.js'

// The frozen scorer must rank exactly as MiniSearch#search does on the same saved index.
const kb = await readKb(fileURLToPath(new URL('../../data/kb/', import.meta.url)))
const mini = buildMiniSearch(kb.entries)
const frozen = freezeIndex(JSON.parse(JSON.stringify(mini)))

const QUESTIONS = readFileSync(fileURLToPath(new URL('../../bench/questions-extra.jsonl', import.meta.url)), 'utf8')
  .trim()
  .split('\n')
  .map((l) => (JSON.parse(l) as { text: string }).text)

function same(question: string): void {
  const terms = tokenize(question)
  if (terms.length === 0) return
  const expected = mini.search(terms.join(' '))
  const actual = frozen.search(terms)
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
})

describe('boundedDistance', () => {
  it.each([
    ['refund', 'refund', 2, 0],
    ['refnd', 'refund', 2, 1],
    ['cancle', 'cancel', 2, 2],
    ['cancle', 'cancel', 1, 2],
    ['abc', 'xyzxyz', 2, 3],
  ])('%s ~ %s (max %i) = %i', (a, b, max, d) => expect(boundedDistance(a, b, max)).toBe(d))
})
