import { actBy, ruleOf } from './act-by.js'
import { parseDay } from './dates.js'
import type { Action, Assessment, Order, Policy, Verdict } from './types.js'

/**
 * What the message to the seller asks for, derived from the verdicts alone, so that it can never ask for
 * what the buyer can no longer get nor threaten a step that is not possible. Pure: codes and day numbers.
 */
export interface MessagePlan {
  /** `cancel`: not shipped yet. `news`: a parcel not yet due (or not yet delivered): where is it?
   * `request`: what the buyer chose (refund, partial refund, re-shipment). `return`: a change of mind.
   * `dispute_open`: a dispute was opened, settle it there. `goodwill`: every window closed. */
  ask: 'cancel' | 'news' | 'request' | 'return' | 'dispute_open' | 'goodwill'
  /** The proof the buyer has at hand to offer, for the issue. */
  proof: 'video' | 'tracking' | null
  /** `reply_by`: by that day (it leaves time to act before the earliest open deadline). `today`: the
   * earliest open deadline is too close to wait: reply today, and the buyer files by `deadline` regardless (null:
   * one source's deadline has already passed, so the buyer files at once). */
  reply: { kind: 'reply_by'; day: number } | { kind: 'today'; deadline: number | null }
  /** The next step the buyer can take with the shop if the seller does not settle it; null when none is possible. */
  next: { action: Extract<Action, 'escalate' | 'dispute'>; from: number | null } | null
}

/** Days asked for a reply; never later than `MARGIN` days before the earliest open deadline. */
const REPLY_DAYS = 2
const MARGIN = 2

const isOpen = (v: Verdict) => v.status === 'eligible' || v.status === 'uncertain'

/** A step the buyer can take now (from: null) or from a known day; null when it is not possible. */
function possible(v: Verdict, today: number): { from: number | null } | null {
  if (isOpen(v)) return { from: null }
  if (v.status === 'not_yet' && v.opens !== null) {
    const opens = dayOf(v.opens)
    const last = v.latestDeadline ?? v.deadline
    if (last === null || dayOf(last) >= opens) return { from: opens > today ? opens : null }
  }
  return null
}

/** A date the core itself wrote (always a valid YYYY-MM-DD). */
function dayOf(iso: string): number {
  return parseDay(iso)!
}

export function planMessage(result: Assessment, policy: Policy, order: Order, today: number): MessagePlan {
  const v = result.verdicts
  const issue = order.issue
  const proof: MessagePlan['proof'] = issue === 'not_received' || issue === 'late' ? 'tracking' : issue === null || issue === 'changed_mind' ? null : 'video'
  const escalate = possible(v.escalate, today)
  const dispute = possible(v.dispute, today)
  const next: MessagePlan['next'] = escalate ? { action: 'escalate', ...escalate } : dispute ? { action: 'dispute', ...dispute } : null
  // Whatever is asked, the reply is due in time to act before the earliest open deadline.
  const open = (['refund', 'dispute', 'escalate'] as const).filter((a) => isOpen(v[a]))
  const daysLeft = open.map((a) => actBy(v[a], ruleOf(v[a], policy.rules))).flatMap((by) => (by !== null && typeof by === 'object' ? [by.daysLeft] : []))
  const soonest = daysLeft.length > 0 ? Math.min(...daysLeft) : null
  const urgent = soonest !== null && (open.some((a) => v[a].status === 'uncertain') || soonest - MARGIN < 1)
  const reply = (days: number): MessagePlan['reply'] =>
    urgent
      ? // Past one source's deadline (uncertain), no date is safe to name: the buyer files at once.
        { kind: 'today', deadline: open.some((a) => v[a].status === 'uncertain') ? null : today + soonest! }
      : { kind: 'reply_by', day: today + (soonest === null ? days : Math.min(days, soonest - MARGIN)) }

  // 1. Not shipped: cancelling is the most time-critical thing there is.
  if (v.cancel.status === 'eligible') return { ask: 'cancel', proof: null, reply: { kind: 'reply_by', day: today + 1 }, next: null }
  // 2. A dispute (or claim) was opened: settle it there.
  if (order.disputed !== null && v.dispute.status === 'not_applicable') return { ask: 'dispute_open', proof, reply: reply(REPLY_DAYS), next: escalate ? { action: 'escalate', ...escalate } : null }
  // 3. Something the buyer can still ask for.
  if (open.length > 0) return { ask: issue === 'changed_mind' ? 'return' : 'request', proof, reply: reply(REPLY_DAYS), next }
  // 4. A parcel that is not due yet, or not delivered yet: ask where it is.
  if (order.delivered === null && issue !== null) return { ask: 'news', proof: issue === 'not_received' || issue === 'late' ? 'tracking' : null, reply: reply(REPLY_DAYS + 1), next }
  // 5. Every window has closed: ask for a goodwill solution, and say so plainly.
  return { ask: 'goodwill', proof, reply: reply(REPLY_DAYS + 1), next: null }
}
