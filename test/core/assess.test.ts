import { describe, expect, it } from 'vitest'
import { judge, makeOrder, POLICIES, summary, type OrderInput } from '../helpers.js'
import { assessIn as assess } from '../../src/render/verdict.js'
import { parseDay } from '../../src/core/dates.js'
import { validateOrder } from '../../src/render/order.js'
import { proseDate } from '../../src/render/prose-date.js'
import type { Action } from '../../src/core/types.js'

// Each row: facts, today, action → "status opens deadline latestDeadline daysLeft" ('-' for null).
type Row = [name: string, facts: OrderInput, today: string, action: Action, expected: string]
const run = (rows: Row[]) =>
  it.each(rows)('%s', (_name, facts, today, action, expected) => {
    expect(summary(judge(makeOrder(facts), today), action)).toBe(expected)
  })

describe('POLICY.md worked examples (AliExpress, today 2026-11-22)', () => {
  const row1 = { issue: 'not_received', ordered: '2026-11-20' }
  const row2 = { issue: 'defective', ordered: '2026-09-01', shipped: '2026-09-04', delivered: '2026-11-10' }
  const row3 = { issue: 'not_received', ordered: '2026-10-01', shipped: '2026-10-03', eta: '2026-11-05', contacted: '2026-11-10' }
  const row4 = { issue: 'defective', ordered: '2026-06-01', shipped: '2026-06-03', delivered: '2026-06-20', contacted: '2026-06-22' }
  const row5 = { ...row4, disputed: '2026-07-01' }
  run([
    ['1 cancel', row1, '2026-11-22', 'cancel', 'eligible 2026-11-20 - - -'],
    ['1 refund (eta assumed 2027-01-19)', row1, '2026-11-22', 'refund', 'not_yet 2027-01-20 2027-02-03 2027-03-20 73'],
    ['1 dispute', row1, '2026-11-22', 'dispute', 'not_yet 2027-01-20 2027-02-03 2027-03-20 73'],
    ['1 escalate', row1, '2026-11-22', 'escalate', 'not_applicable - - - -'],
    ['2 cancel', row2, '2026-11-22', 'cancel', 'closed 2026-09-01 - - -'],
    ['2 refund, 3 days left', row2, '2026-11-22', 'refund', 'eligible 2026-11-10 2026-11-25 2026-11-25 3'],
    ['2 dispute, sources disagree', row2, '2026-11-22', 'dispute', 'uncertain 2026-11-10 2026-11-15 2026-11-25 -7'],
    ['2 escalate', row2, '2026-11-22', 'escalate', 'not_applicable - - - -'],
    ['3 cancel', row3, '2026-11-22', 'cancel', 'closed 2026-10-01 - - -'],
    ['3 refund', row3, '2026-11-22', 'refund', 'eligible 2026-11-06 2026-12-15 2027-01-04 23'],
    ['3 dispute', row3, '2026-11-22', 'dispute', 'eligible 2026-11-06 2026-12-15 2027-01-04 23'],
    ['3 escalate from 11-17, while a dispute can be opened', row3, '2026-11-22', 'escalate', 'eligible 2026-11-17 2026-12-15 2027-01-04 23'],
    ['4 cancel', row4, '2026-11-22', 'cancel', 'closed 2026-06-01 - - -'],
    ['4 refund closed (07-05)', row4, '2026-11-22', 'refund', 'closed 2026-06-20 2026-07-05 2026-07-05 -140'],
    ['4 dispute closed (07-05 / 08-15)', row4, '2026-11-22', 'dispute', 'closed 2026-06-20 2026-07-05 2026-08-15 -140'],
    ['4 escalate closed: the dispute can no longer be opened', row4, '2026-11-22', 'escalate', 'closed 2026-06-29 2026-07-05 2026-08-15 -140'],
    ['5 (disputed 07-01) refund closed', row5, '2026-11-22', 'refund', 'closed 2026-06-20 2026-07-05 2026-07-05 -140'],
    ['5 dispute already open', row5, '2026-11-22', 'dispute', 'not_applicable - - - -'],
    ['5 escalate from 07-08, no deadline', row5, '2026-11-22', 'escalate', 'eligible 2026-07-08 - - -'],
  ])

  it('row 5: the dispute says when it was opened, escalation that a dispute takes up to 60 days', () => {
    const a = judge(makeOrder(row5))
    expect(a.verdicts.dispute.why).toMatch(/already open, since Wednesday, July 1, 2026/)
    expect(a.verdicts.dispute.steps.join(' ')).toMatch(/Follow the dispute/)
    expect(a.verdicts.escalate.note).toMatch(/60 days/)
  })
  it('row 4: escalation closed, and its why says it is because the dispute can no longer be opened', () => {
    expect(judge(makeOrder(row4)).verdicts.escalate.why).toMatch(/inside a dispute, and a dispute could be opened only until Saturday, August 15, 2026/)
  })

  it('a window that opens only after one source has closed it: not_yet, and the why says so', () => {
    // eta 10-25 is past ordered + 75 (10-20): the dispute opens 10-26, after the earliest deadline.
    const late = { issue: 'not_received', ordered: '2026-08-06', shipped: '2026-08-08', eta: '2026-10-25' }
    expect(summary(judge(makeOrder(late), '2026-10-22'), 'dispute')).toBe('not_yet 2026-10-26 2026-10-20 2026-12-24 -2')
    const v = judge(makeOrder(late), '2026-10-22').verdicts.dispute
    expect(v.daysLeftLatest).toBe(63)
    expect(v.why).toMatch(/opens on Monday, October 26, 2026, but by one source \(order date \+ 75 days\) the deadline is Tuesday, October 20, 2026, before it opens; by another \(estimated delivery date \+ 60 days\) it is Thursday, December 24, 2026/)
    // before the earliest deadline too: the window opens after it, so say so from the start
    expect(judge(makeOrder(late), '2026-10-20').verdicts.dispute.why).toBe(v.why)
    for (const lang of ['ko', 'ro'] as const) {
      const r = validateOrder(makeOrder(late), POLICIES, parseDay('2026-10-22')!, lang)
      if (!r.ok) throw new Error(r.problem.message)
      const why = assess(r.order, POLICIES.get('aliexpress')!, r.today, lang).verdicts.dispute.why
      // each language writes the dates its own way
      expect(why).toContain(proseDate(parseDay('2026-10-20')!, lang))
      expect(why).toContain(proseDate(parseDay('2026-12-24')!, lang))
      expect(why).not.toBe(v.why)
    }
  })

  it('lists the assumed eta with its source', () => {
    const a = judge(makeOrder(row1))
    expect(a.assumptions).toEqual([expect.objectContaining({ field: 'eta', value: '2027-01-19', sources: ['000_b1e7b33682776c5f.txt'] })])
  })
  it('names both dates when the sources disagree', () => {
    const v = judge(makeOrder(row2)).verdicts.dispute
    expect(v.why).toContain('Sunday, November 15, 2026')
    expect(v.why).toContain('Wednesday, November 25, 2026')
    expect(v.deadlines.map((d) => [d.date, d.basis])).toEqual([
      ['2026-11-15', 'ordered + 75'],
      ['2026-11-25', 'delivered + 15'],
    ])
    expect(v.daysLeftLatest).toBe(3)
  })
})

describe('AliExpress rules and their edges', () => {
  const received = { issue: 'damaged', ordered: '2026-11-01', shipped: '2026-11-02', delivered: '2026-11-10' }
  const lost = { issue: 'not_received', ordered: '2026-08-01', shipped: '2026-08-03', eta: '2026-09-10' }
  run([
    ['cancel before shipment, no issue', { ordered: '2026-11-20' }, '2026-11-22', 'cancel', 'eligible 2026-11-20 - - -'],
    ['cancel closed on the shipped date itself', { ordered: '2026-11-20', shipped: '2026-11-22' }, '2026-11-22', 'cancel', 'closed 2026-11-20 - - -'],
    ['a delivered order counts as shipped', { ordered: '2026-11-01', delivered: '2026-11-10' }, '2026-11-22', 'cancel', 'closed 2026-11-01 - - -'],
    ['refund on the delivery day', received, '2026-11-10', 'refund', 'eligible 2026-11-10 2026-11-25 2026-11-25 15'],
    ['refund on the deadline day (0 left)', received, '2026-11-25', 'refund', 'eligible 2026-11-10 2026-11-25 2026-11-25 0'],
    ['refund the day after', received, '2026-11-26', 'refund', 'closed 2026-11-10 2026-11-25 2026-11-25 -1'],
    ['changed mind: refund window', { ...received, issue: 'changed_mind' }, '2026-11-22', 'refund', 'eligible 2026-11-10 2026-11-25 2026-11-25 3'],
    ['changed mind: no dispute', { ...received, issue: 'changed_mind' }, '2026-11-22', 'dispute', 'not_applicable - - - -'],
    ['changed mind: no escalation', { ...received, issue: 'changed_mind', contacted: '2026-11-11' }, '2026-11-22', 'escalate', 'not_applicable - - - -'],
    ['dispute on the delivered + 15 day', received, '2026-11-25', 'dispute', 'eligible 2026-11-10 2026-11-25 2027-01-15 0'],
    ['dispute after delivered + 15, before ordered + 75', received, '2026-12-01', 'dispute', 'uncertain 2026-11-10 2026-11-25 2027-01-15 -6'],
    ['dispute on ordered + 75', received, '2027-01-15', 'dispute', 'uncertain 2026-11-10 2026-11-25 2027-01-15 -51'],
    ['dispute the day after both', received, '2027-01-16', 'dispute', 'closed 2026-11-10 2026-11-25 2027-01-15 -52'],
    ['scan says delivered, nothing came: refund through the dispute', { ...received, issue: 'not_received' }, '2026-11-22', 'refund', 'eligible 2026-11-10 2026-11-25 2027-01-15 3'],
    ['came late: dispute', { ...received, issue: 'late' }, '2026-11-22', 'dispute', 'eligible 2026-11-10 2026-11-25 2027-01-15 3'],
    ['parcel never came: dispute opens eta + 1', lost, '2026-09-11', 'dispute', 'eligible 2026-09-11 2026-10-15 2026-11-09 34'],
    ['parcel never came: not yet on the eta day', lost, '2026-09-10', 'dispute', 'not_yet 2026-09-11 2026-10-15 2026-11-09 35'],
    ['parcel never came: ordered + 75 passed, eta + 60 not', lost, '2026-10-20', 'refund', 'uncertain 2026-09-11 2026-10-15 2026-11-09 -5'],
    ['parcel never came: both passed', lost, '2026-11-10', 'dispute', 'closed 2026-09-11 2026-10-15 2026-11-09 -26'],
    ['defective but not delivered: refund waits for delivery', { issue: 'defective', ordered: '2026-11-01' }, '2026-11-22', 'refund', 'not_yet - - - -'],
    ['defective but not delivered: dispute waits for delivery', { issue: 'defective', ordered: '2026-11-01' }, '2026-11-22', 'dispute', 'not_yet - - - -'],
    ['escalate without contact', received, '2026-11-22', 'escalate', 'not_applicable - - - -'],
    ['escalate 6 days after contact', { ...received, contacted: '2026-11-16' }, '2026-11-22', 'escalate', 'not_yet 2026-11-23 2026-11-25 2027-01-15 3'],
    ['escalate 7 days after contact', { ...received, contacted: '2026-11-15' }, '2026-11-22', 'escalate', 'eligible 2026-11-22 2026-11-25 2027-01-15 3'],
    ['escalate in the uncertain stretch of the dispute', { ...received, contacted: '2026-11-15' }, '2026-12-01', 'escalate', 'uncertain 2026-11-22 2026-11-25 2027-01-15 -6'],
    ['escalate closes with the dispute', { ...received, contacted: '2026-11-15' }, '2027-01-16', 'escalate', 'closed 2026-11-22 2026-11-25 2027-01-15 -52'],
    ['escalate opens no earlier than the dispute (contact before the estimate)', { ...lost, contacted: '2026-08-20' }, '2026-09-05', 'escalate', 'not_yet 2026-09-11 2026-10-15 2026-11-09 40'],
    ['escalate: disputed without a contact, from disputed + 7', { ...lost, disputed: '2026-09-12' }, '2026-09-19', 'escalate', 'eligible 2026-09-19 - - -'],
    ['escalate: the later of contacted + 7 and disputed + 7', { ...lost, contacted: '2026-09-15', disputed: '2026-09-12' }, '2026-09-20', 'escalate', 'not_yet 2026-09-22 - - -'],
    ['escalate after the dispute window, once a dispute was opened in time', { ...lost, contacted: '2026-09-12', disputed: '2026-09-12' }, '2027-03-01', 'escalate', 'eligible 2026-09-19 - - -'],
    ['disputed: the refund through the dispute follows it', { ...lost, disputed: '2026-09-12' }, '2026-09-20', 'refund', 'not_applicable - - - -'],
    ['disputed: a refund request for a received item keeps its own window', { ...received, disputed: '2026-11-12' }, '2026-11-22', 'refund', 'eligible 2026-11-10 2026-11-25 2026-11-25 3'],
    ['delivered, no shipping date: cancel closed by the delivery', { ordered: '2026-11-01', delivered: '2026-11-10' }, '2026-11-22', 'cancel', 'closed 2026-11-01 - - -'],
    ['no issue: refund asks what went wrong', { ordered: '2026-11-01', delivered: '2026-11-10' }, '2026-11-22', 'refund', 'not_applicable - - - -'],
    ['no issue: dispute asks what went wrong', { ordered: '2026-11-01', delivered: '2026-11-10' }, '2026-11-22', 'dispute', 'not_applicable - - - -'],
  ])

  it('with no shipping date, cancellation is closed because of the delivery, never a made-up shipping date', () => {
    expect(judge(makeOrder({ ordered: '2026-11-01', delivered: '2026-11-10' })).verdicts.cancel.why).toBe('Cancel the order: no longer possible. The order was delivered on Tuesday, November 10, 2026.')
    expect(judge(makeOrder({ ordered: '2026-11-01', shipped: '2026-11-03', delivered: '2026-11-10' })).verdicts.cancel.why).toBe('Cancel the order: no longer possible. The order shipped on Tuesday, November 3, 2026.')
  })
  it('asks what went wrong when no issue is given', () => {
    expect(judge(makeOrder({ ordered: '2026-11-01' })).verdicts.refund.why).toMatch(/--issue/)
  })
  it('does not assume an eta when one is given', () => {
    expect(judge(makeOrder(lost)).assumptions).toEqual([])
  })
})

describe('Amazon rules and their edges', () => {
  const amazon = (facts: OrderInput): OrderInput => ({ platform: 'amazon', ...facts })
  const received = amazon({ issue: 'defective', ordered: '2026-10-20', shipped: '2026-10-21', delivered: '2026-10-25' })
  const lost = amazon({ issue: 'not_received', ordered: '2026-10-20', shipped: '2026-10-21', eta: '2026-10-28' })
  run([
    ['cancel before shipment', amazon({ ordered: '2026-11-21' }), '2026-11-22', 'cancel', 'eligible 2026-11-21 - - -'],
    ['cancel after shipment', amazon({ ordered: '2026-11-18', shipped: '2026-11-19' }), '2026-11-22', 'cancel', 'closed 2026-11-18 - - -'],
    ['return within 30 days', received, '2026-11-22', 'refund', 'eligible 2026-10-25 2026-11-24 2026-11-24 2'],
    ['return on day 30', received, '2026-11-24', 'refund', 'eligible 2026-10-25 2026-11-24 2026-11-24 0'],
    ['return on day 31', received, '2026-11-25', 'refund', 'closed 2026-10-25 2026-11-24 2026-11-24 -1'],
    ['changed mind: return', { ...received, issue: 'changed_mind' }, '2026-11-22', 'refund', 'eligible 2026-10-25 2026-11-24 2026-11-24 2'],
    ['not delivered: refund not yet', lost, '2026-11-22', 'refund', 'not_yet - - - -'],
    ['A-to-z without contact: not yet', lost, '2026-11-22', 'dispute', 'not_yet - 2027-01-26 2027-01-26 65'],
    ['A-to-z opens eta + 3 after contact', { ...lost, contacted: '2026-10-25' }, '2026-10-31', 'dispute', 'eligible 2026-10-31 2027-01-26 2027-01-26 87'],
    ['A-to-z not before eta + 3', { ...lost, contacted: '2026-10-25' }, '2026-10-30', 'dispute', 'not_yet 2026-10-31 2027-01-26 2027-01-26 88'],
    ['A-to-z not before contacted + 2', { ...lost, contacted: '2026-11-21' }, '2026-11-22', 'dispute', 'not_yet 2026-11-23 2027-01-26 2027-01-26 65'],
    ['A-to-z on eta + 90', { ...lost, contacted: '2026-11-01' }, '2027-01-26', 'dispute', 'eligible 2026-11-03 2027-01-26 2027-01-26 0'],
    ['A-to-z after eta + 90, even never contacted', lost, '2027-01-27', 'dispute', 'closed - 2027-01-26 2027-01-26 -1'],
    ['A-to-z received item: delivered + 90 without eta', { ...received, contacted: '2026-10-26' }, '2026-11-22', 'dispute', 'eligible 2026-10-28 2027-01-23 2027-01-23 62'],
    ['A-to-z received item: eta + 90 when eta given', { ...received, eta: '2026-10-27', contacted: '2026-10-26' }, '2026-11-22', 'dispute', 'eligible 2026-10-28 2027-01-25 2027-01-25 64'],
    ['A-to-z received item, no contact', received, '2026-11-22', 'dispute', 'not_yet - 2027-01-23 2027-01-23 62'],
    ['changed mind: no A-to-z', { ...received, issue: 'changed_mind' }, '2026-11-22', 'dispute', 'not_applicable - - - -'],
    ['never an escalation', { ...received, contacted: '2026-10-26' }, '2026-11-22', 'escalate', 'not_applicable - - - -'],
    ['A-to-z claim already filed', { ...lost, contacted: '2026-10-25', disputed: '2026-11-01' }, '2026-11-22', 'dispute', 'not_applicable - - - -'],
    // POLICY.md, Amazon, today 2026-12-01: the holiday return period.
    ['holiday: ordered 11-10, delivered 11-20: until 31 January', amazon({ issue: 'changed_mind', ordered: '2026-11-10', delivered: '2026-11-20' }), '2026-12-01', 'refund', 'eligible 2026-11-20 2027-01-31 2027-01-31 61'],
    ['holiday: ordered 10-30, shipped 11-02, delivered 11-05: the readings disagree', amazon({ issue: 'changed_mind', ordered: '2026-10-30', shipped: '2026-11-02', delivered: '2026-11-05' }), '2026-12-01', 'refund', 'eligible 2026-11-05 2026-12-05 2027-01-31 4'],
    ['holiday: the same, uncertain from 12-06', amazon({ issue: 'changed_mind', ordered: '2026-10-30', shipped: '2026-11-02', delivered: '2026-11-05' }), '2026-12-06', 'refund', 'uncertain 2026-11-05 2026-12-05 2027-01-31 -1'],
    ['holiday: no shipping date, the shipping reading uses the delivery', amazon({ issue: 'defective', ordered: '2026-10-28', delivered: '2026-11-03' }), '2026-12-01', 'refund', 'eligible 2026-11-03 2026-12-03 2027-01-31 2'],
    ['holiday: neither reading applies, the plain 30 days', amazon({ issue: 'defective', ordered: '2026-10-01', shipped: '2026-10-02', delivered: '2026-10-10' }), '2026-10-20', 'refund', 'eligible 2026-10-10 2026-11-09 2026-11-09 20'],
    ['holiday: delivered late in December, 30 days end after 31 January', amazon({ issue: 'defective', ordered: '2026-12-20', delivered: '2027-01-05' }), '2027-01-06', 'refund', 'eligible 2027-01-05 2027-02-04 2027-02-04 29'],
  ])

  it('the holiday period: both readings with their basis, one deadline where they agree', () => {
    const split = judge(amazon({ issue: 'changed_mind', ordered: '2026-10-30', shipped: '2026-11-02', delivered: '2026-11-05' }), '2026-12-01').verdicts.refund
    expect(split.deadlines.map((d) => [d.date, d.basis])).toEqual([
      ['2026-12-05', 'delivered + 30'],
      ['2027-01-31', '01-31 (shipped in 11-01..12-31)'],
    ])
    expect(split.note).toMatch(/shorter holiday windows/)
    const both = judge(amazon({ issue: 'changed_mind', ordered: '2026-11-10', delivered: '2026-11-20' }), '2026-12-01').verdicts.refund
    expect(both.deadlines.map((d) => d.date)).toEqual(['2027-01-31', '2027-01-31'])
    expect(both.why).toMatch(/holiday return period/)
    const plain = judge(amazon({ issue: 'defective', ordered: '2026-10-01', delivered: '2026-10-10' }), '2026-10-20').verdicts.refund
    expect(plain.deadlines).toEqual([{ date: '2026-11-09', basis: 'delivered + 30', sources: expect.any(Array) }])
  })

  it.each([
    ['ordered, shipped and delivered in July', { ordered: '2026-07-01', shipped: '2026-07-02', delivered: '2026-07-05' }, '2026-07-20', false],
    ['delivered in October, shipped before November', { ordered: '2026-10-01', shipped: '2026-10-02', delivered: '2026-10-10' }, '2026-10-20', false],
    ['ordered in November', { ordered: '2026-11-05', shipped: '2026-11-06', delivered: '2026-11-09' }, '2026-11-22', true],
    ['ordered in October, shipped in November', { ordered: '2026-10-30', shipped: '2026-11-02', delivered: '2026-11-05' }, '2026-11-22', true],
  ] as const)('the holiday note only where the holiday period can apply: %s', (_, facts, today, shown) => {
    const refund = judge(amazon({ issue: 'changed_mind', ...facts }), today).verdicts.refund
    expect(refund.note !== null && /31 January/.test(refund.note)).toBe(shown)
  })

  it('mentions that cancelling may already be impossible while preparing', () => {
    expect(judge(amazon({ ordered: '2026-11-21' })).verdicts.cancel.note).toMatch(/prepar/)
  })
})

describe('shared parts of verdicts', () => {
  it('two orders judged by the same rules share their source lists (the JSON writer caches them by identity)', () => {
    const a = judge(makeOrder({ issue: 'defective', ordered: '2026-11-01', delivered: '2026-11-10', contacted: '2026-11-12' }))
    const b = judge(makeOrder({ issue: 'defective', ordered: '2026-11-02', delivered: '2026-11-11', contacted: '2026-11-13' }))
    expect(a.verdicts.escalate.sources).toBe(b.verdicts.escalate.sources)
    expect(a.verdicts.dispute.sources).toBe(b.verdicts.dispute.sources)
    expect(a.verdicts.escalate.rules).toBe(b.verdicts.escalate.rules)
  })
})
