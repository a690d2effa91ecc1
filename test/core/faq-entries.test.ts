import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../../src/commands/ask.js'
import { loadFaq } from '../../src/data/kb.js'

// Within a topic, the entry that answers what was asked: a question about a deadline gets the entry that states
// the window (and its number of days), a question about how gets the procedure. The real KB and the model the
// build fitted (npm test builds first). These questions are written for this test, not taken from any set.
const MODEL = fileURLToPath(new URL('../../dist/kb-model.bin', import.meta.url))
const faq = await loadFaq(undefined, MODEL)

const CASES: [question: string, entry: string, days: string | null][] = [
  ['how long do I have to return something on amazon', 'amz-return-changed-mind', '30'],
  ['아마존 반품 기한 며칠이에요', 'amz-return-changed-mind', '30'],
  ['in cate zile pot returna un produs pe amazon', 'amz-return-changed-mind', '30'],
  ['how long do I have to open a dispute on aliexpress', 'ali-dispute-deadlines', '15'],
  ['알리 분쟁 기한', 'ali-dispute-deadlines', '15'],
  ['cate zile am sa deschid disputa pe aliexpress', 'ali-dispute-deadlines', '15'],
  ['how do I return an item to amazon', 'amz-return-request', null],
  ['아마존 반품 방법', 'amz-return-request', null],
  ['cum returnez ceva la amazon', 'amz-return-request', null],
  ['how do i open a dispute on aliexpress', 'ali-dispute-how', null],
  ['알리 분쟁 여는 법', 'ali-dispute-how', null],
  ['cum deschid o disputa pe aliexpress', 'ali-dispute-how', null],
]

describe('the entry within a topic', () => {
  it.each(CASES)('%s → %s', (question, id, days) => {
    const { record, entry } = answerQuestion(faq, question, { fallbackLang: 'en', limit: 3 })
    expect(entry?.id).toBe(id)
    if (days !== null) expect(record.answer).toContain(days)
  })
})
