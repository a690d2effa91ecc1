import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessIn as assess } from '../../src/render/verdict.js'
import { dayFromCivil, formatDay } from '../../src/core/dates.js'
import { validateOrder } from '../../src/render/order.js'
import { ACTIONS, STATUSES } from '../../src/core/types.js'
import { orderArb, START } from '../arbitraries.js'
import { POLICIES } from '../helpers.js'


describe('assess: properties', () => {
  it('once closed, an action never reopens on a later today', () => {
    fc.assert(
      fc.property(orderArb, fc.integer({ min: 1, max: 400 }), ({ order, today }, later) => {
        const policy = POLICIES.get(order.platform)!
        const before = assess(order, policy, today)
        const after = assess(order, policy, today + later)
        for (const action of ACTIONS) {
          if (before.verdicts[action].status === 'closed') expect(after.verdicts[action].status).toBe('closed')
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('verdicts are self-consistent', () => {
    fc.assert(
      fc.property(orderArb, ({ order, today }) => {
        const result = assess(order, POLICIES.get(order.platform)!, today)
        for (const action of ACTIONS) {
          const v = result.verdicts[action]
          expect(STATUSES).toContain(v.status)
          expect(v.why.length).toBeGreaterThan(0)
          if (v.deadline !== null) {
            expect(v.latestDeadline! >= v.deadline).toBe(true)
            expect(v.daysLeft).toBe(dayOf(v.deadline) - today)
          }
          if (v.status === 'eligible' && v.deadline !== null) expect(v.daysLeft!).toBeGreaterThanOrEqual(0)
          if (v.status === 'uncertain') {
            expect(v.daysLeft!).toBeLessThan(0)
            expect(v.daysLeftLatest!).toBeGreaterThanOrEqual(0)
          }
          if (v.status === 'not_yet' && v.opens !== null) expect(dayOf(v.opens)).toBeGreaterThan(today)
          if (v.status === 'not_applicable') expect(v.deadline).toBeNull()
        }
        if (order.issue === null) {
          for (const action of ['refund', 'dispute', 'escalate'] as const) expect(result.verdicts[action].status).toBe('not_applicable')
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('gives the same answers under every TZ', () => {
    const samples = fc.sample(orderArb, 300)
    const run = () => samples.map(({ order, today }) => JSON.stringify(assess(order, POLICIES.get(order.platform)!, today)))
    const original = process.env.TZ
    try {
      process.env.TZ = 'UTC'
      const reference = run()
      for (const tz of ['Asia/Seoul', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = tz
        expect(run()).toEqual(reference)
      }
    } finally {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    }
  })

  it('no input crashes validation or the core', () => {
    const field = fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.integer(), fc.constant(null), fc.object(), fc.array(fc.anything()))
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('platform', 'issue', 'ordered', 'shipped', 'delivered', 'eta', 'contacted', 'today', 'id', '__proto__', 'constructor'), field),
        fc.constantFrom('en', 'ko', 'ro') as fc.Arbitrary<'en' | 'ko' | 'ro'>,
        (record, lang) => {
          const result = validateOrder(record, POLICIES, START + 500, lang)
          if (result.ok) {
            const a = assess(result.order, POLICIES.get(result.order.platform)!, result.today, lang)
            expect(Object.keys(a.verdicts)).toEqual([...ACTIONS])
          } else {
            expect(result.problem.message).toContain(result.problem.field)
          }
        },
      ),
      { numRuns: 3000 },
    )
  })
})

function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const day = dayFromCivil(y, m, d)
  expect(formatDay(day)).toBe(iso)
  return day
}
