import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessIn as assess } from '../../src/render/verdict.js'
import { dayFromCivil } from '../../src/core/dates.js'
import { ISSUES, type Order } from '../../src/core/types.js'
import { checkJsonLine, toCheckJson } from '../../src/render/check-json.js'
import { judge, POLICIES } from '../helpers.js'

describe('checkJsonLine', () => {
  it('is byte-for-byte JSON.stringify(toCheckJson()) for any order, language, id and line', () => {
    const start = dayFromCivil(2025, 6, 1)
    fc.assert(
      fc.property(
        fc.constantFrom('aliexpress', 'amazon'),
        fc.option(fc.constantFrom(...ISSUES), { nil: null }),
        fc.array(fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom('en', 'ko', 'ro') as fc.Arbitrary<'en' | 'ko' | 'ro'>,
        fc.option(fc.oneof(fc.string(), fc.integer()), { nil: undefined }),
        fc.option(fc.nat(), { nil: undefined }),
        (platform, issue, [ship, deliver, eta, contact], after, lang, id, line) => {
          const shipped = ship === null ? null : start + ship!
          const delivered = deliver === null ? null : (shipped ?? start) + deliver!
          const order: Order = { platform, issue, ordered: start, shipped, delivered, eta: eta === null ? start + 20 : start + eta!, contacted: contact === null ? null : start + contact!, disputed: null }
          const today = Math.max(start, shipped ?? 0, delivered ?? 0, order.contacted ?? 0) + after
          const result = assess(order, POLICIES.get(platform)!, today, lang)
          expect(checkJsonLine(result, id, line)).toBe(JSON.stringify(toCheckJson(result, id, line)))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('escapes what needs escaping in ids', () => {
    const result = judge({ platform: 'aliexpress', ordered: '2026-11-01' })
    const line = checkJsonLine(result, 'quote " backslash \\ newline \n')
    expect(JSON.parse(line).id).toBe('quote " backslash \\ newline \n')
  })

  it('keeps the assumed eta', () => {
    const result = judge({ platform: 'aliexpress', issue: 'late', ordered: '2026-11-01' })
    expect(JSON.parse(checkJsonLine(result)).assumptions[0].field).toBe('eta')
  })
})
