import type { Rule, Status, Verdict } from './types.js'

/**
 * The last day to act on a verdict, as every list states it (`deadlines`, `track list`, the calendar):
 * while a window is open (or about to open) by every source, its earliest deadline; once that has passed
 * (`uncertain`, or a window that opens only after one source closed it), the latest one. `until_event`: open
 * with no date, until an event closes it (a cancellation, until the order ships). `no_deadline`: open with no date
 * that closes it (an escalation once the dispute is running). Null: nothing left to act on.
 */
export type ActBy = { date: string; daysLeft: number } | 'until_event' | 'no_deadline' | null

const ACTIVE: ReadonlySet<Status> = new Set(['eligible', 'uncertain', 'not_yet'])

export function actBy(v: Verdict, rule: Rule | undefined): ActBy {
  if (!ACTIVE.has(v.status)) return null
  // A window that opens only after its earliest deadline (one source closes it before it opens) is acted on by the latest.
  const opensLate = v.opens !== null && v.deadline !== null && v.deadline < v.opens
  if (v.status !== 'uncertain' && !opensLate && v.deadline !== null && v.daysLeft !== null && v.daysLeft >= 0) return { date: v.deadline, daysLeft: v.daysLeft }
  const latestLeft = v.latestDeadline === v.deadline ? v.daysLeft : v.daysLeftLatest
  if (v.latestDeadline !== null && latestLeft !== null && latestLeft >= 0) return { date: v.latestDeadline, daysLeft: latestLeft }
  if (v.status === 'eligible' && v.deadline === null && (rule?.closedBy?.length ?? 0) > 0) return 'until_event'
  if (v.status === 'eligible' && v.deadline === null && v.latestDeadline === null) return 'no_deadline'
  return null
}

/** The rule a verdict was judged by (its first rule id), if the pack has it. */
export function ruleOf(v: Verdict, rules: readonly Rule[]): Rule | undefined {
  const id = v.rules[0]
  return id === undefined ? undefined : rules.find((r) => r.id === id)
}
