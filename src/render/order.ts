import type { Lang } from '../core/lang.js'
import { validateOrderFacts, type OrderProblemFacts } from '../core/order.js'
import type { Order, Policy } from '../core/types.js'
import { t } from '../i18n/catalog/index.js'

/** A problem with one field of an order: names the field and the expected form, in the user's language. */
export interface OrderProblem {
  field: string
  message: string
}

export type OrderResult = { ok: true; order: Order; today: number } | { ok: false; problem: OrderProblem }

/** The one line that says what is wrong with a field (the catalogue's `errors.order`). */
export function orderProblemText(problem: OrderProblemFacts, lang: Lang): string {
  if (problem.code === 'packEta') return problem.text![lang]
  return t(lang, `errors.order.${problem.code}`, problem.values)
}

/**
 * Validate one order record (src/core/order.ts: real dates, in order, none after today) and say what is
 * wrong in `lang`: what every command that reads an order calls.
 */
export function validateOrder(record: Record<string, unknown>, policies: ReadonlyMap<string, Policy>, defaultToday: number, lang: Lang = 'en'): OrderResult {
  const result = validateOrderFacts(record, policies, defaultToday)
  if (result.ok) return result
  return { ok: false, problem: { field: result.problem.field, message: orderProblemText(result.problem, lang) } }
}
