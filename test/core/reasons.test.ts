import { describe, expect, it } from 'vitest'
import { assess } from '../../src/core/assess.js'
import { validateOrderFacts } from '../../src/core/order.js'
import { REASON_CODES, type Order } from '../../src/core/types.js'
import { whyText } from '../../src/render/verdict.js'
import { orderProblemText } from '../../src/render/order.js'
import { day, makeOrder, POLICIES, type OrderInput } from '../helpers.js'

/** The core's own answer: codes, day numbers and the pack's texts, never a sentence. */
function coreJudge(input: OrderInput, today = '2026-11-22') {
  const r = validateOrderFacts(input, POLICIES, day(today))
  if (!r.ok) throw new Error(r.problem.code)
  return assess(r.order as Order, POLICIES.get(r.order.platform)!, r.today)
}

describe('the core speaks codes', () => {
  it('a window closed by delivery: the code, the fact and its day number; the sentence is the renderer\'s', () => {
    const v = coreJudge(makeOrder({ ordered: '2026-11-01', delivered: '2026-11-10' })).verdicts.cancel
    expect(v.status).toBe('closed')
    expect(v.reason).toMatchObject({ code: 'closedEvent', fact: 'delivered', event: day('2026-11-10') })
    expect(v.reason.label?.en).toBe('Cancel the order')
    expect(v).not.toHaveProperty('why')
    expect(whyText(v.reason, 'en')).toBe('Cancel the order: closed, because the order was delivered on Tuesday, November 10, 2026.')
    expect(whyText(v.reason, 'ro')).toBe('Anularea comenzii: nu se mai poate, pentru că comanda a fost livrată pe marți, 10 noiembrie 2026.')
  })

  it('deadlines by their basis (a fact plus days), as day numbers', () => {
    const v = coreJudge(makeOrder({ issue: 'defective', ordered: '2026-10-01', delivered: '2026-10-10' }), '2026-10-11').verdicts.refund
    expect(v.reason.code).toBe('eligibleUntil')
    expect(v.reason.deadline).toBe(day('2026-10-25'))
    expect(v.reason.earliest).toEqual({ fact: 'delivered', days: 15, calendar: null })
    expect(whyText(v.reason, 'ro')).toMatch(/se poate până pe duminică, 25 octombrie 2026 \(data livrării \+ 15 zile\)/)
  })

  it('every verdict of a broad set of orders has a known code, and no text but the pack\'s', () => {
    const seen = new Set<string>()
    for (const issue of [undefined, 'not_received', 'late', 'defective', 'damaged', 'not_as_described', 'changed_mind'] as const) {
      for (const platform of ['aliexpress', 'amazon']) {
        for (const extra of [{}, { shipped: '2026-09-03' }, { shipped: '2026-09-03', delivered: '2026-09-20' }, { eta: '2026-10-01', contacted: '2026-10-05' }, { delivered: '2026-09-20', disputed: '2026-09-25' }]) {
          const r = validateOrderFacts({ platform, ordered: '2026-09-01', ...(issue ? { issue } : {}), ...extra }, POLICIES, day('2026-11-22'))
          if (!r.ok) {
            // Amazon wants an estimated delivery date for a parcel that never came: the pack's own reason.
            expect(r.problem.code).toBe('packEta')
            expect(orderProblemText(r.problem, 'ro')).toBe(POLICIES.get('amazon')!.eta.why.ro)
            continue
          }
          const j = assess(r.order, POLICIES.get(platform)!, r.today)
          for (const v of Object.values(j.verdicts)) {
            expect(REASON_CODES).toContain(v.reason.code)
            seen.add(v.reason.code)
            for (const lang of ['en', 'ko', 'ro'] as const) expect(whyText(v.reason, lang)).not.toMatch(/\{\w+\}|^$/)
          }
        }
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(8)
  })

  it('a bad order is a problem code with the values its message names', () => {
    const r = validateOrderFacts({ platform: 'aliexpress', ordered: '2026-02-30' }, POLICIES, day('2026-11-22'))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problem).toEqual({ field: 'ordered', code: 'badDate', values: { field: 'ordered', value: '2026-02-30' } })
    expect(orderProblemText(r.problem, 'ko')).toBe('ordered: "2026-02-30"은 올바른 날짜가 아닙니다. YYYY-MM-DD 형식으로 입력하세요(예: 2026-11-10)')
  })
})
