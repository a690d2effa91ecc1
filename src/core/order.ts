import type { I18nText } from './lang.js'
import { formatDay, parseDay } from './dates.js'
import { DATE_FACTS, ISSUES, type DateFact, type Issue, type Order, type Policy } from './types.js'

/** A problem with one field of an order, as a code and the values its message names (the field, the expected form). */
export interface OrderProblemFacts {
  field: string
  code: OrderProblemCode
  values: Record<string, string | number>
  /** `packEta`: the pack's own reason, in every language. */
  text?: I18nText
}

export type OrderFactsResult = { ok: true; order: Order; today: number } | { ok: false; problem: OrderProblemFacts }

/** What can be wrong with an order's facts: the catalogue's `errors.order.<code>` says it (src/render/order.ts). */
export const ORDER_PROBLEMS = ['required', 'badDate', 'badFormat', 'badIssue', 'badPlatform', 'badType', 'future', 'before', 'idNumber', 'idControl', 'packEta'] as const
export type OrderProblemCode = (typeof ORDER_PROBLEMS)[number]

/** Control characters (C0, DEL, C1) and bidi overrides: never part of an id, which is shown and typed back. */
// eslint-disable-next-line no-control-regex
const ID_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

const DATE_FORM = 'YYYY-MM-DD'

/** Events that cannot lie in the future (`eta` is an estimate and may). */
const NOT_AFTER_TODAY = ['ordered', 'shipped', 'delivered', 'contacted', 'disputed'] as const

/** Each date must not come before the event it follows. */
const DATE_ORDER: readonly (readonly [DateFact, DateFact])[] = [
  ['shipped', 'ordered'],
  ['delivered', 'ordered'],
  ['delivered', 'shipped'],
  ['contacted', 'ordered'],
  ['disputed', 'ordered'],
  ['eta', 'ordered'],
]

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/

/** A date that did not parse: a wrong form (`2026/11/01`, `2026-11-1`) or a day that does not exist (`2026-02-30`). */
export function dateProblem(field: string, value: string): OrderProblemFacts {
  return { field, code: DATE_SHAPE.test(value.trim()) ? 'badDate' : 'badFormat', values: { field, value } }
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
}

/** Lower-case and `-`/space to `_`, so `Not-Received` and `not received` are accepted too. */
export function normaliseIssue(value: string): string {
  return value.trim().toLowerCase().replace(/[-\s]+/g, '_')
}

export function isIssue(value: string): value is Issue {
  return (ISSUES as readonly string[]).includes(value)
}

/**
 * Validate one order record (from flags, an NDJSON line or a CSV row) against POLICY.md:
 * real dates, in order, none after today (`eta` is an estimate and may lie ahead).
 * Only the known fields are read, so keys such as `__proto__` change nothing.
 */
export function validateOrderFacts(record: Record<string, unknown>, policies: ReadonlyMap<string, Policy>, defaultToday: number): OrderFactsResult {
  const fail = (problem: OrderProblemFacts): OrderFactsResult => ({ ok: false, problem })
  const problem = (field: string, code: OrderProblemCode, values: Record<string, string | number> = {}): OrderFactsResult => fail({ field, code, values })
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined)

  // today: an optional per-order override.
  let today = defaultToday
  const rawToday = own('today')
  if (rawToday !== undefined && rawToday !== null && rawToday !== '') {
    if (typeof rawToday !== 'string') return problem('today', 'badType', { field: 'today', form: DATE_FORM, type: typeName(rawToday) })
    const day = parseDay(rawToday.trim())
    if (day === null) return fail(dateProblem('today', rawToday))
    today = day
  }

  // Built only for a message: this runs once per order in `check -`.
  const platformList = () => [...policies.keys()].join(', ')
  const rawPlatform = own('platform')
  if (rawPlatform === undefined || rawPlatform === null || rawPlatform === '') {
    return problem('platform', 'required', { field: 'platform', form: platformList() })
  }
  if (typeof rawPlatform !== 'string') return problem('platform', 'badType', { field: 'platform', form: platformList(), type: typeName(rawPlatform) })
  // Fast path first: exports usually spell the id exactly.
  const platform = policies.has(rawPlatform) ? rawPlatform : rawPlatform.trim().toLowerCase()
  const policy = policies.get(platform)
  if (!policy) return problem('platform', 'badPlatform', { value: rawPlatform, list: platformList() })

  let issue: Issue | null = null
  const rawIssue = own('issue')
  if (rawIssue !== undefined && rawIssue !== null && rawIssue !== '') {
    if (typeof rawIssue !== 'string') return problem('issue', 'badType', { field: 'issue', form: ISSUES.join(', '), type: typeName(rawIssue) })
    const normal = isIssue(rawIssue) ? rawIssue : normaliseIssue(rawIssue)
    if (!isIssue(normal)) return problem('issue', 'badIssue', { value: rawIssue, list: ISSUES.join(', ') })
    issue = normal
  }

  const dates: Record<DateFact, number | null> = { ordered: null, shipped: null, delivered: null, eta: null, contacted: null, disputed: null }
  for (const field of DATE_FACTS) {
    const raw = own(field)
    if (raw === undefined || raw === null || raw === '') continue
    if (typeof raw !== 'string') return problem(field, 'badType', { field, form: DATE_FORM, type: typeName(raw) })
    const day = parseDay(raw) ?? parseDay(raw.trim())
    if (day === null) return fail(dateProblem(field, raw))
    dates[field] = day
  }
  if (dates.ordered === null) return problem('ordered', 'required', { field: 'ordered', form: DATE_FORM })

  for (const field of NOT_AFTER_TODAY) {
    const day = dates[field]
    if (day !== null && day > today) return problem(field, 'future', { field, value: formatDay(day), today: formatDay(today) })
  }
  for (const [field, other] of DATE_ORDER) {
    const a = dates[field]
    const b = dates[other]
    if (a !== null && b !== null && a < b) {
      return problem(field, 'before', { field, value: formatDay(a), other, otherValue: formatDay(b) })
    }
  }
  if (policy.eta.whenMissing === 'error' && issue !== null && dates.delivered === null && dates.eta === null) {
    return fail({ field: 'eta', code: 'packEta', values: {}, text: policy.eta.why })
  }

  const result: Order = {
    platform,
    issue,
    ordered: dates.ordered,
    shipped: dates.shipped,
    delivered: dates.delivered,
    eta: dates.eta,
    contacted: dates.contacted,
    disputed: dates.disputed,
  }
  const rawId = own('id')
  if (typeof rawId === 'number' && !(Number.isFinite(rawId) && Math.abs(rawId) <= Number.MAX_SAFE_INTEGER)) return problem('id', 'idNumber', {})
  if (typeof rawId === 'string') {
    const bad = ID_CONTROL.exec(rawId)
    if (bad) return problem('id', 'idControl', { char: `\\u${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}` })
  }
  if (typeof rawId === 'string' || typeof rawId === 'number') result.id = rawId
  return { ok: true, order: result, today }
}
