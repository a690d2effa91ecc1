import { describe, expect, it } from 'vitest'
import { assessIn as assess } from '../../src/render/verdict.js'
import { formatDay, parseDay } from '../../src/core/dates.js'
import { planMessage, type MessagePlan } from '../../src/core/message-plan.js'
import { validateOrder } from '../../src/render/order.js'
import { ACTIONS, type Action, type Assessment, type Status } from '../../src/core/types.js'
import { LANGS } from '../../src/i18n/lang.js'
import { MESSAGE_TEXT } from '../../src/i18n/result-messages.js'
import { longDate, sellerMessage } from '../../src/render/message.js'
import { POLICIES, type OrderInput } from '../helpers.js'

/**
 * Every combination of statuses the two shops' rules produce, each with the message it gets, in every
 * language: the grid of facts below reaches each status of each action (the test checks it does), and each
 * message is held against its verdicts.
 */
const D = (iso: string) => parseDay(iso)!
const ISSUES = [undefined, 'not_received', 'late', 'defective', 'damaged', 'not_as_described', 'changed_mind'] as const
const base = D('2026-06-01')

function* orders(): Generator<{ input: OrderInput; today: number }> {
  for (const platform of ['aliexpress', 'amazon'] as const)
    for (const issue of ISSUES)
      for (const state of ['unshipped', 'shipped', 'delivered'] as const)
        for (const contacted of [null, 3, 30] as const)
          for (const disputed of [null, 5] as const)
            for (const after of [0, 4, 12, 20, 40, 70, 100, 200]) {
              const shipped = state === 'unshipped' ? undefined : formatDay(base + 2)
              const delivered = state === 'delivered' ? formatDay(base + 12) : undefined
              const eta = state === 'delivered' ? undefined : formatDay(base + 25)
              const today = base + 2 + after
              const c = contacted === null ? undefined : formatDay(Math.min(base + contacted, today))
              const d = disputed === null || issue === undefined ? undefined : formatDay(Math.min(base + 12 + disputed, today))
              yield { input: { platform, ordered: formatDay(base), issue, shipped, delivered, eta, contacted: c, disputed: d }, today }
            }
}

const open = (s: Status) => s === 'eligible' || s === 'uncertain'

function cases() {
  const out: { input: OrderInput; today: number; assessment: Assessment; plan: MessagePlan }[] = []
  for (const { input, today } of orders()) {
    const r = validateOrder(input, POLICIES, today)
    if (!r.ok) continue
    const policy = POLICIES.get(r.order.platform)!
    const assessment = assess(r.order, policy, r.today)
    out.push({ input, today, assessment, plan: planMessage(assessment, policy, r.order, r.today) })
  }
  return out
}

const CASES = cases()

describe('the message to the seller fits the verdict', () => {
  it('the grid reaches every status of every action of both shops', () => {
    for (const platform of ['aliexpress', 'amazon']) {
      const seen = new Set(CASES.filter((c) => c.input.platform === platform).flatMap((c) => ACTIONS.map((a) => `${a}:${c.assessment.verdicts[a].status}`)))
      const expected: Record<string, string[]> = {
        aliexpress: ['cancel:eligible', 'cancel:closed', 'refund:eligible', 'refund:uncertain', 'refund:not_yet', 'refund:closed', 'refund:not_applicable', 'dispute:eligible', 'dispute:uncertain', 'dispute:not_yet', 'dispute:closed', 'dispute:not_applicable', 'escalate:eligible', 'escalate:uncertain', 'escalate:not_yet', 'escalate:closed', 'escalate:not_applicable'],
        amazon: ['cancel:eligible', 'cancel:closed', 'refund:eligible', 'refund:not_yet', 'refund:closed', 'dispute:eligible', 'dispute:not_yet', 'dispute:closed', 'dispute:not_applicable', 'escalate:not_applicable'],
      }
      for (const s of expected[platform]!) expect(seen, `${platform} ${s}`).toContain(s)
    }
    expect(CASES.length).toBeGreaterThan(1500)
  })

  it.each(CASES.map((c, i) => [i, c] as const).filter(([i]) => i % 7 === 0))('case %i: asks only for what can still be had', (_i, c) => {
    const v = c.assessment.verdicts
    const { plan } = c
    // Cancel exactly when cancelling is open.
    expect(plan.ask === 'cancel').toBe(v.cancel.status === 'eligible')
    // A refund, a replacement or a return only while refund, dispute or escalation is open.
    if (plan.ask === 'request' || plan.ask === 'return') expect((['refund', 'dispute', 'escalate'] as Action[]).some((a) => open(v[a].status))).toBe(true)
    // Goodwill only when nothing at all is open or about to open.
    if (plan.ask === 'goodwill') for (const a of ACTIONS) expect(open(v[a].status), a).toBe(false)
    // The next step is possible now or later, and its date is the day it opens.
    if (plan.next) {
      const n = v[plan.next.action]
      expect(['eligible', 'uncertain', 'not_yet']).toContain(n.status)
      if (plan.next.from !== null) expect(formatDay(plan.next.from)).toBe(n.opens)
      else expect(open(n.status) || (n.opens !== null && D(n.opens) <= c.today)).toBe(true)
    } else {
      for (const a of ['escalate'] as const) expect(open(v[a].status) && plan.ask !== 'cancel', a).toBe(false)
    }
    // The reply is asked in time to act before the earliest open deadline.
    const openDeadlines = (['refund', 'dispute', 'escalate'] as Action[]).filter((a) => v[a].status === 'eligible' && v[a].deadline !== null).map((a) => D(v[a].deadline!))
    if (plan.reply.kind === 'reply_by') {
      expect(plan.reply.day).toBeGreaterThan(c.today)
      for (const d of openDeadlines) expect(plan.reply.day).toBeLessThanOrEqual(d - 2)
    } else if (plan.reply.deadline !== null) {
      expect(plan.reply.deadline).toBeGreaterThanOrEqual(c.today)
    } else {
      // No date named: one source's deadline has already passed.
      expect((['refund', 'dispute', 'escalate'] as Action[]).some((a) => v[a].status === 'uncertain')).toBe(true)
    }
  })

  it.each(LANGS)('in %s, every message is filled, names its dates and says nothing it should not', (lang) => {
    for (const c of CASES.filter((_, i) => i % 5 === 0)) {
      const r = validateOrder(c.input, POLICIES, c.today)
      if (!r.ok) throw new Error(r.problem.message)
      const policy = POLICIES.get(r.order.platform)!
      const text = sellerMessage({ order: r.order, today: c.today, platformName: policy.name, request: 'refund', plan: c.plan }, lang).join('\n')
      expect(text).not.toMatch(/\{\w+\}/)
      const N = MESSAGE_TEXT.next
      const stepIn = [N.escalate.now, N.escalate.from, N.dispute.now, N.dispute.from].map((t) => t[lang].split('{')[0]!)
      const mentions = stepIn.some((t) => text.includes(t))
      expect(mentions, text).toBe(c.plan.next !== null)
      if (c.plan.next?.from != null) expect(text).toContain(longDate(c.plan.next.from, lang))
      if (c.plan.reply.kind === 'reply_by') expect(text).toContain(longDate(c.plan.reply.day, lang))
      if (c.plan.ask === 'goodwill') expect(text).toContain(MESSAGE_TEXT.ask.goodwill[lang].split('{')[0]!)
      if (c.plan.ask === 'cancel') expect(text).toContain(MESSAGE_TEXT.ask.cancel[lang])
    }
  })
})
