import { assessIn as assess } from '../src/render/verdict.js'
import { formatDay, parseDay } from '../src/core/dates.js'
import { validateOrder } from '../src/render/order.js'
import type { Action, Assessment, Policy, Status } from '../src/core/types.js'
import { loadPolicies } from '../src/data/load.js'

export const POLICIES = await loadPolicies()

export function day(iso: string): number {
  const d = parseDay(iso)
  if (d === null) throw new Error(`bad test date ${iso}`)
  return d
}

export type OrderInput = Partial<Record<'platform' | 'issue' | 'ordered' | 'shipped' | 'delivered' | 'eta' | 'contacted' | 'disputed' | 'id' | 'today', string>>

/** Fixture factory with overrides (STYLE.md §7). */
export function makeOrder(overrides: OrderInput = {}): OrderInput {
  return { platform: 'aliexpress', ordered: '2026-09-01', ...overrides }
}

/** Validate and assess as the CLI does; throws on an invalid order so table rows stay one line. */
export function judge(input: OrderInput, today = '2026-11-22', policies: ReadonlyMap<string, Policy> = POLICIES): Assessment {
  const result = validateOrder(input, policies, day(today))
  if (!result.ok) throw new Error(`${result.problem.field}: ${result.problem.message}`)
  return assess(result.order, policies.get(result.order.platform)!, result.today)
}

/** `status[,deadline[,latestDeadline]]` of one action, for one-line table rows. */
export function summary(a: Assessment, action: Action): string {
  const v = a.verdicts[action]
  return [v.status as Status, v.opens ?? '-', v.deadline ?? '-', v.latestDeadline ?? '-', v.daysLeft ?? '-'].join(' ')
}

export { formatDay }
