import { describe, expect, it } from 'vitest'
import { validateOrder } from '../../src/render/order.js'
import { day, POLICIES } from '../helpers.js'

const check = (record: Record<string, unknown>, lang: 'en' | 'ko' | 'ro' = 'en') => validateOrder(record, POLICIES, day('2026-11-22'), lang)
const base = { platform: 'aliexpress', issue: 'defective', ordered: '2026-11-01' }

describe('validateOrder: bad facts name the field and the expected form', () => {
  it.each([
    ['missing ordered', { platform: 'aliexpress' }, 'ordered', /required, expected YYYY-MM-DD/],
    ['impossible date', { ...base, delivered: '2026-02-30' }, 'delivered', /"2026-02-30" is not a calendar date, expected YYYY-MM-DD/],
    ['wrong form', { ...base, ordered: '22/11/2026' }, 'ordered', /expected YYYY-MM-DD/],
    ['a number for a date', { ...base, ordered: 20261101 }, 'ordered', /expected YYYY-MM-DD, got number/],
    ['delivered before ordered', { ...base, delivered: '2026-10-01' }, 'delivered', /before ordered/],
    ['delivered before shipped', { ...base, shipped: '2026-11-10', delivered: '2026-11-05' }, 'delivered', /before shipped/],
    ['shipped before ordered', { ...base, shipped: '2026-10-30' }, 'shipped', /before ordered/],
    ['contacted before ordered', { ...base, contacted: '2026-10-30' }, 'contacted', /before ordered/],
    ['eta before ordered', { ...base, eta: '2026-10-30' }, 'eta', /before ordered/],
    ['ordered after today', { ...base, ordered: '2026-11-23' }, 'ordered', /after today \(2026-11-22\)/],
    ['delivered after today', { ...base, delivered: '2026-12-01' }, 'delivered', /after today/],
    ['unknown issue', { ...base, issue: 'broken' }, 'issue', /expected one of not_received, late/],
    ['unknown platform', { ...base, platform: 'ebay' }, 'platform', /expected one of aliexpress, amazon/],
    ['missing platform', { ordered: '2026-11-01' }, 'platform', /required/],
    ['bad today', { ...base, today: '2026-02-30' }, 'today', /not a calendar date/],
    ['amazon, not delivered, no eta', { platform: 'amazon', issue: 'not_received', ordered: '2026-11-01' }, 'eta', /required for an Amazon order that has not been delivered/],
  ])('%s', (_name, record, field, message) => {
    const result = check(record)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problem.field).toBe(field)
      expect(result.problem.message).toMatch(message)
      expect(result.problem.message.startsWith(field)).toBe(true)
    }
  })

  it('says it in Korean and Romanian too', () => {
    const ko = check({ ...base, delivered: '2026-02-30' }, 'ko')
    const ro = check({ ...base, delivered: '2026-02-30' }, 'ro')
    expect(!ko.ok && ko.problem.message).toMatch(/올바른 날짜가 아닙니다/)
    expect(!ro.ok && ro.problem.message).toMatch(/nu este o dată calendaristică/)
  })
})

describe('validateOrder: accepted forms', () => {
  it('accepts an eta after today (it is an estimate)', () => {
    expect(check({ ...base, issue: 'not_received', eta: '2026-12-20' }).ok).toBe(true)
  })
  it('normalises issue spelling and platform case', () => {
    const r = check({ ...base, platform: 'AliExpress', issue: 'Not-As described' })
    expect(r.ok && [r.order.platform, r.order.issue]).toEqual(['aliexpress', 'not_as_described'])
  })
  it('treats null and empty strings as absent', () => {
    const r = check({ ...base, shipped: null, delivered: '' })
    expect(r.ok && [r.order.shipped, r.order.delivered]).toEqual([null, null])
  })
  it('echoes the id untouched, string or number', () => {
    const a = check({ ...base, id: 'A-1' })
    const b = check({ ...base, id: 42 })
    expect(a.ok && a.order.id).toBe('A-1')
    expect(b.ok && b.order.id).toBe(42)
  })
  it('ignores __proto__ and other unknown keys', () => {
    const record = JSON.parse('{"platform":"aliexpress","ordered":"2026-11-01","__proto__":{"issue":"defective","polluted":true},"constructor":{"x":1}}')
    const r = check(record)
    expect(r.ok && r.order.issue).toBeNull()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
  it('a per-line today overrides the default', () => {
    const r = check({ ...base, today: '2026-11-05' })
    expect(r.ok && r.today).toBe(day('2026-11-05'))
  })
})
