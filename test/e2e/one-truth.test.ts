import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { ACTIONS, type Action, type Status, type Verdict } from '../../src/core/types.js'
import { diff, expectedListing, screenAgrees, screenVerdicts, urgencyOf } from '../one-truth.js'
import { ndjson, run } from './run.js'

/**
 * The built CLI, end to end: `check` (JSON, stream, screen), `wizard`, `track add/show/list` and `deadlines`
 * (JSON and .ics) state the same status and dates for POLICY.md's worked examples with `disputed` and with
 * Amazon's holiday return period. Every expected value below is read from POLICY.md, not from a run.
 */

/** status, opens, deadline, latestDeadline, daysLeft */
type Row = [Status, string | null, string | null, string | null, number | null]

interface Example {
  name: string
  today: string
  facts: Record<string, string>
  expected: Record<Action, Row>
}

const AE = { platform: 'aliexpress', issue: 'defective', ordered: '2026-06-01', shipped: '2026-06-03', delivered: '2026-06-20', contacted: '2026-06-22' }
/** Ordered 10-30 (outside the holiday period), shipped 11-02 (inside it): the two readings disagree. */
const AMZ_SPLIT = { platform: 'amazon', issue: 'defective', ordered: '2026-10-30', shipped: '2026-11-02', delivered: '2026-11-05', contacted: '2026-11-06', disputed: '2026-11-10' }
const NA: Row = ['not_applicable', null, null, null, null]

const EXAMPLES: Example[] = [
  {
    // AliExpress row 4: every window closed, escalation with the dispute it lives in.
    name: 'AliExpress row 4: all closed',
    today: '2026-11-22',
    facts: { id: 'ae-row4', ...AE },
    expected: {
      cancel: ['closed', '2026-06-01', null, null, null],
      refund: ['closed', '2026-06-20', '2026-07-05', '2026-07-05', -140],
      dispute: ['closed', '2026-06-20', '2026-07-05', '2026-08-15', -140],
      escalate: ['closed', '2026-06-29', '2026-07-05', '2026-08-15', -140],
    },
  },
  {
    // Row 5: the dispute was opened on 07-01; escalation opens 7 days later, with no deadline of its own.
    name: 'AliExpress row 5: disputed',
    today: '2026-11-22',
    facts: { id: 'ae-row5', ...AE, disputed: '2026-07-01' },
    expected: {
      cancel: ['closed', '2026-06-01', null, null, null],
      refund: ['closed', '2026-06-20', '2026-07-05', '2026-07-05', -140],
      dispute: NA,
      escalate: ['eligible', '2026-07-08', null, null, null],
    },
  },
  {
    // Amazon: ordered and delivered in November: both readings give 31 January (the plain rule: 12-20).
    name: 'Amazon holiday period, changed mind',
    today: '2026-12-01',
    facts: { id: 'amz-holiday', platform: 'amazon', issue: 'changed_mind', ordered: '2026-11-10', delivered: '2026-11-20' },
    expected: {
      cancel: ['closed', '2026-11-10', null, null, null],
      refund: ['eligible', '2026-11-20', '2027-01-31', '2027-01-31', 61],
      dispute: NA,
      escalate: NA,
    },
  },
  {
    // Amazon, the readings disagree: 12-05 by the order date, 2027-01-31 by the shipping date; A-to-z filed.
    name: 'Amazon holiday period, readings disagree, A-to-z filed',
    today: '2026-12-01',
    facts: { id: 'amz-split', ...AMZ_SPLIT },
    expected: {
      cancel: ['closed', '2026-10-30', null, null, null],
      refund: ['eligible', '2026-11-05', '2026-12-05', '2027-01-31', 4],
      dispute: NA,
      escalate: NA,
    },
  },
  {
    name: 'the same on 12-06: uncertain until 2027-01-31',
    today: '2026-12-06',
    facts: { id: 'amz-split', ...AMZ_SPLIT },
    expected: {
      cancel: ['closed', '2026-10-30', null, null, null],
      refund: ['uncertain', '2026-11-05', '2026-12-05', '2027-01-31', -1],
      dispute: NA,
      escalate: NA,
    },
  },
]

const asFlags = (facts: Record<string, string>) => Object.entries(facts).flatMap(([k, v]) => [`--${k}`, v])
const rowOf = (v: Verdict): Row => [v.status, v.opens, v.deadline, v.latestDeadline, v.daysLeft]
const rowsOf = (verdicts: Record<Action, Verdict>) => Object.fromEntries(ACTIONS.map((a) => [a, rowOf(verdicts[a])]))

function ok(args: string[], env: NodeJS.ProcessEnv = {}, input?: string): string {
  const r = run(args, { env, input })
  expect(r.stderr, args.join(' ')).toBe('')
  expect(r.status, args.join(' ')).toBe(0)
  return r.stdout
}

describe('one truth, end to end: POLICY.md worked examples with disputed and the holiday period', () => {
  it.each(EXAMPLES)('$name: check, check -, wizard, track and deadlines agree', ({ today, facts, expected }) => {
    const env = { BUYERDESK_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'buyerdesk-one-truth-e2e-')) }
    const flags = [...asFlags(facts), '--today', today]

    const single = JSON.parse(ok(['check', ...flags, '--json'])) as { verdicts: Record<Action, Verdict> }
    expect(rowsOf(single.verdicts)).toEqual(expected)
    const [streamed] = ndjson(ok(['check', '-', '--today', today], {}, JSON.stringify(facts) + '\n')) as { verdicts: Record<Action, Verdict> }[]
    expect(rowsOf(streamed!.verdicts)).toEqual(expected)

    // The screens of check and of the wizard (every answer a flag; `none` for the facts this order lacks).
    const missing = ['shipped', 'delivered', 'eta', 'contacted', 'disputed'].filter((f) => !(f in facts)).flatMap((f) => [`--${f}`, 'none'])
    for (const screen of [ok(['check', ...flags]), ok(['wizard', ...flags, ...missing])]) {
      const parsed = screenVerdicts(screen)
      for (const a of ACTIONS) screenAgrees(parsed[a], a, single.verdicts[a], today, facts.id!)
    }

    // Saved, then shown and listed.
    ok(['track', 'add', ...flags], env)
    const shown = JSON.parse(ok(['track', 'show', facts.id!, '--json', '--today', today], env)) as { verdicts: Record<Action, Verdict> }
    expect(rowsOf(shown.verdicts)).toEqual(expected)
    const listed = ACTIONS.flatMap((a) => {
      const by = expectedListing(a, single.verdicts[a], today)
      return by ? [{ action: a, status: expected[a][0], date: by.date, daysLeft: by.daysLeft }] : []
    }).sort((x, y) => (urgencyOf(x) === urgencyOf(y) ? 0 : urgencyOf(x) - urgencyOf(y)))
    // Every dated window is listed on the day to act by, counted from today.
    for (const d of listed) if (d.date !== null) expect(d.daysLeft).toBe(diff(d.date, today))
    const dl = JSON.parse(ok(['deadlines', '--json', '--today', today], env)) as Record<string, unknown>[]
    expect(dl.map((d) => ({ action: d.action, status: d.status, date: d.date, daysLeft: d.daysLeft }))).toEqual(listed)
    const [row] = JSON.parse(ok(['track', 'list', '--json', '--today', today], env)) as { status: string; next: Record<string, unknown> | null }[]
    expect(row!.status).toBe(listed[0]?.status ?? 'nothing_open')
    expect(row!.next && { action: row!.next.action, status: row!.next.status, date: row!.next.date, daysLeft: row!.next.daysLeft }).toEqual(listed[0] ?? null)
    const ics = ok(['deadlines', '--ics', '-', '--today', today], env)
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e))
    expect(events.map((e) => `${e.uid} ${e.startDate.toString()}`)).toEqual(listed.filter((d) => d.date !== null).map((d) => `${facts.id}-${d.action}@buyerdesk ${d.date}`))
  })

  it('an escalation inside a running dispute is listed as open, with no deadline (row 5), as track show says', () => {
    const env = { BUYERDESK_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'buyerdesk-one-truth-e2e-')) }
    const today = ['--today', '2026-11-22']
    ok(['track', 'add', ...asFlags({ id: 'ae-row5', ...AE, disputed: '2026-07-01' }), ...today], env)
    expect(ok(['track', 'show', 'ae-row5', ...today], env)).toMatch(/^Escalate {2}✔ possible$/m)
    expect(ok(['track', 'list', ...today], env)).toMatch(/^ae-row5\s+AliExpress\s+defective\s+–\s+no deadline\s+Escalate: possible$/m)
    expect(ok(['deadlines', ...today], env)).toMatch(/^ {2}no deadline\s+–\s+Escalate\s+order ae-row5 · AliExpress · defective$/m)
  })

  it('the holiday rows list the refund on the day POLICY.md gives', () => {
    // Not derived from the verdict: the day itself, so a wrong verdict cannot make the lists agree with it.
    const env = { BUYERDESK_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'buyerdesk-one-truth-e2e-')) }
    ok(['track', 'add', ...asFlags({ id: 'amz-holiday', platform: 'amazon', issue: 'changed_mind', ordered: '2026-11-10', delivered: '2026-11-20' }), '--today', '2026-12-01'], env)
    ok(['track', 'add', ...asFlags({ id: 'amz-split', ...AMZ_SPLIT }), '--today', '2026-12-01'], env)
    const at = (today: string) => (JSON.parse(ok(['deadlines', '--json', '--today', today], env)) as Record<string, unknown>[]).map((d) => `${String(d.id)} ${String(d.action)} ${String(d.status)} ${String(d.date)} ${String(d.daysLeft)}`)
    expect(at('2026-12-01')).toEqual(['amz-split refund eligible 2026-12-05 4', 'amz-holiday refund eligible 2027-01-31 61'])
    expect(at('2026-12-06')).toEqual(['amz-holiday refund eligible 2027-01-31 56', 'amz-split refund uncertain 2027-01-31 56'])
  })
})
