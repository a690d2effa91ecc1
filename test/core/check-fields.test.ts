import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess } from '../../src/core/assess.js'
import { renderJudgements } from '../../src/render/verdict.js'
import { dayFromCivil } from '../../src/core/dates.js'
import { ACTIONS, ISSUES, type Order } from '../../src/core/types.js'
import { checkFieldsLine, checkJsonLine, fieldNames, RECORD_FIELDS, selectFields, VERDICT_FIELDS } from '../../src/render/check-json.js'
import { parseFieldsFlag } from '../../src/commands/check.js'
import { UsageError } from '../../src/errors.js'
import { POLICIES } from '../helpers.js'

/** What `--fields names` means, written the plain way: the full record with everything else taken out. */
function project(full: Record<string, unknown>, names: string[]): Record<string, unknown> {
  const want = (path: string) =>
    names.some((raw) => {
      const n = raw.replace(/^verdicts\./, '')
      const [action, field] = path.split('.')
      return n === 'verdicts' || n === action || n === field || n === path
    })
  const out: Record<string, unknown> = { type: full.type }
  for (const [key, value] of Object.entries(full)) {
    if (key === 'type') continue
    if (key !== 'verdicts') {
      if (names.includes(key)) out[key] = value
      continue
    }
    const verdicts: Record<string, Record<string, unknown>> = {}
    for (const [action, verdict] of Object.entries(value as Record<string, Record<string, unknown>>)) {
      const kept = Object.fromEntries(Object.entries(verdict).filter(([field]) => want(`${action}.${field}`)))
      if (Object.keys(kept).length > 0) verdicts[action] = kept
    }
    if (Object.keys(verdicts).length > 0) out.verdicts = verdicts
  }
  return out
}

const NAMES = fieldNames().filter((n) => n !== 'verdicts')

describe('check --fields', () => {
  it('writes exactly the full record with the other fields taken out, for any order, language and selection', () => {
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
        fc.array(fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom('verdicts', 'verdicts.refund', 'verdicts.dispute.status')), { minLength: 1, maxLength: 6 }),
        (platform, issue, [ship, deliver, eta, contact], after, lang, id, line, names) => {
          const shipped = ship === null ? null : start + ship!
          const delivered = deliver === null ? null : (shipped ?? start) + deliver!
          const order: Order = { platform, issue, ordered: start, shipped, delivered, eta: eta === null ? start + 20 : start + eta!, contacted: contact === null ? null : start + contact!, disputed: null }
          const today = Math.max(start, shipped ?? 0, delivered ?? 0, order.contacted ?? 0) + after
          const judged = assess(order, POLICIES.get(platform)!, today)
          const selected = selectFields(names)
          if (!selected.ok) throw new Error(`not accepted: ${selected.unknown}`)
          const full = JSON.parse(checkJsonLine(renderJudgements(judged, lang), id, line)) as Record<string, unknown>
          expect(checkFieldsLine(selected.fields, judged, lang, id, line)).toBe(JSON.stringify(project(full, names)))
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('--fields status builds no sentence: a verdict whose reason, steps and note throw when read still writes', () => {
    const order: Order = { platform: 'aliexpress', issue: 'defective', ordered: dayFromCivil(2026, 9, 1), shipped: dayFromCivil(2026, 9, 4), delivered: dayFromCivil(2026, 11, 10), eta: null, contacted: null, disputed: null }
    const judged = assess(order, POLICIES.get('aliexpress')!, dayFromCivil(2026, 11, 22))
    const untouchable = new Proxy({}, { get: () => { throw new Error('a text was built') } })
    for (const a of ACTIONS) Object.assign(judged.verdicts[a], { reason: untouchable, steps: untouchable, note: untouchable })
    const status = selectFields(['id', 'status'])
    if (!status.ok) throw new Error('not accepted')
    const line = JSON.parse(checkFieldsLine(status.fields, judged, 'ko', 'A1')) as { id: string; verdicts: Record<string, { status: string }> }
    expect(line.id).toBe('A1')
    expect(Object.keys(line.verdicts)).toEqual([...ACTIONS])
    const why = selectFields(['refund.why'])
    if (!why.ok) throw new Error('not accepted')
    expect(() => checkFieldsLine(why.fields, judged, 'ko')).toThrow(/a text was built/)
  })

  it('`status` is every action’s status, and nothing else', () => {
    const selected = selectFields(['status'])
    expect(selected).toEqual({ ok: true, fields: { record: ['verdicts'], verdicts: ACTIONS.map((a) => [a, ['status']]) } })
  })

  it('lists every record field, action and verdict field', () => {
    for (const name of [...RECORD_FIELDS, ...ACTIONS, ...VERDICT_FIELDS, 'refund.deadline', 'escalate.why']) expect(fieldNames()).toContain(name)
  })

  it.each([
    ['refund.colour', 'refund.colour'],
    ['id,refund.status,bogus', 'bogus'],
    ['refund.status.extra', 'refund.status.extra'],
    ['verdicts.id', 'verdicts.id'],
    ['id.status', 'id.status'],
  ])('%s: a usage error naming %s and listing the valid fields', (value, unknown) => {
    let err: unknown
    try {
      parseFieldsFlag(value)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UsageError)
    const message = (err as UsageError).message
    expect(message).toContain(`"${unknown}"`)
    expect(message).toContain('id, platform, issue, today, reviewed, verdicts, assumptions, line, cancel, refund, dispute, escalate, status, opens, deadline')
    expect(message).toContain('ACTION.FIELD such as refund.status')
    expect(message.split('\n')).toHaveLength(1)
  })

  it.each([[''], [' , ']])('%j: a usage error asking for a list', (value) => {
    expect(() => parseFieldsFlag(value, 'ko')).toThrow(/--fields: 필드를 지정하지 않았어요/)
  })

  it('takes spaces around names', () => {
    expect(parseFieldsFlag(' id , refund.status ')).toEqual(selectFields(['id', 'refund.status']).ok && parseFieldsFlag('id,refund.status'))
  })
})
