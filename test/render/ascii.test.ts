import { Chalk } from 'chalk'
import { describe, expect, it } from 'vitest'
import { assessIn as assess } from '../../src/render/verdict.js'
import { parseDay } from '../../src/core/dates.js'
import { validateOrder } from '../../src/render/order.js'
import { toAscii } from '../../src/render/ascii.js'
import { renderAssessment } from '../../src/render/result.js'
import { makeOrder, POLICIES, type OrderInput } from '../helpers.js'

const plain = new Chalk({ level: 0 })

describe('toAscii', () => {
  it.each([
    ['Refund · 3 days left', 'Refund - 3 days left'],
    ['Sep 1–Sep 4', 'Sep 1-Sep 4'],
    ['  …', '  ...'],
    ['„termen” ‘x’ “y”', '"termen" \'x\' "y"'],
    ['Anulați comanda: închisă, ștergeți', 'Anulati comanda: inchisa, stergeti'],
    ['☐ A video', '[ ] A video'],
    ['old → new', 'old -> new'],
    ['환불 · 3일', '환불 - 3일'],
  ])('%j → %j', (input, want) => expect(toAscii(input)).toBe(want))
})

const ORDERS: OrderInput[] = [
  makeOrder({ issue: 'defective', ordered: '2026-09-01', shipped: '2026-09-04', delivered: '2026-11-10', id: 'A-17' }),
  makeOrder({ issue: 'not_received', ordered: '2026-10-01', shipped: '2026-10-03', eta: '2026-11-05', contacted: '2026-11-10' }),
  makeOrder({ platform: 'amazon', issue: 'damaged', ordered: '2026-11-01', shipped: '2026-11-02', delivered: '2026-11-05', contacted: '2026-11-06' }),
  makeOrder({ ordered: '2026-11-21' }),
]

describe('--ascii result screens', () => {
  for (const lang of ['en', 'ro'] as const) {
    it(`are pure ASCII in ${lang}`, () => {
      for (const input of ORDERS) {
        const r = validateOrder(input, POLICIES, parseDay('2026-11-22')!, lang)
        if (!r.ok) throw new Error(r.problem.message)
        const policy = POLICIES.get(r.order.platform)!
        const lines = renderAssessment(assess(r.order, policy, r.today, lang), policy, { lang, colours: plain, order: r.order, ascii: true })
        const bad = lines.filter((l) => /[^\x20-\x7e]/.test(l))
        expect(bad).toEqual([])
        expect(lines.length).toBeGreaterThan(10)
      }
    })
  }
})
