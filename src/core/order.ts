import type { Lang } from '../i18n/lang.js'
import { fill } from '../i18n/core-messages.js'
import { formatDay, parseDay } from './dates.js'
import { DATE_FACTS, ISSUES, type DateFact, type Issue, type Order, type Policy } from './types.js'

/** A problem with one field of an order: names the field and the expected form. */
export interface OrderProblem {
  field: string
  message: string
}

export type OrderResult = { ok: true; order: Order; today: number } | { ok: false; problem: OrderProblem }

const MESSAGES = {
  required: {
    en: '{field}: required, expected {form}',
    ko: '{field}: 필수 항목입니다. {form} 형식으로 입력하세요',
    ro: '{field}: obligatoriu, se așteaptă {form}',
  },
  badDate: {
    en: '{field}: "{value}" is not a calendar date, expected YYYY-MM-DD (e.g. 2026-11-10)',
    ko: '{field}: "{value}"은(는) 올바른 날짜가 아닙니다. YYYY-MM-DD 형식으로 입력하세요(예: 2026-11-10)',
    ro: '{field}: „{value}” nu este o dată calendaristică, se așteaptă AAAA-LL-ZZ (de ex. 2026-11-10)',
  },
  badFormat: {
    en: '{field}: "{value}" has the wrong form, expected YYYY-MM-DD (e.g. 2026-11-10)',
    ko: '{field}: 날짜 형식이 맞지 않습니다("{value}"). YYYY-MM-DD 형식으로 입력하세요(예: 2026-11-10)',
    ro: '{field}: „{value}” nu are forma potrivită, se așteaptă AAAA-LL-ZZ (de ex. 2026-11-10)',
  },
  badIssue: {
    en: 'issue: "{value}" is not known, expected one of {list}',
    ko: 'issue: "{value}"은(는) 알 수 없는 값입니다. 다음 중 하나를 쓰세요: {list}',
    ro: 'issue: „{value}” nu este cunoscut, se așteaptă unul dintre {list}',
  },
  badPlatform: {
    en: 'platform: "{value}" is not known, expected one of {list}',
    ko: 'platform: "{value}"은(는) 알 수 없는 플랫폼입니다. 다음 중 하나를 쓰세요: {list}',
    ro: 'platform: „{value}” nu este cunoscută, se așteaptă una dintre {list}',
  },
  badType: {
    en: '{field}: expected {form}, got {type}',
    ko: '{field}: {form} 형식이어야 하는데 {type} 값이 들어왔습니다',
    ro: '{field}: se așteaptă {form}, s-a primit {type}',
  },
  future: {
    en: '{field}: {value} is after today ({today}); expected a date on or before today',
    ko: '{field}: {value}은(는) 오늘({today}) 이후입니다. 오늘이나 그 이전 날짜를 입력하세요',
    ro: '{field}: {value} este după data de azi ({today}); se așteaptă o dată cel târziu azi',
  },
  before: {
    en: '{field}: {value} is before {other} ({otherValue}); expected a date on or after it',
    ko: '{field}: {value}은(는) {other}({otherValue})보다 앞섭니다. 그 날짜나 그 이후로 입력하세요',
    ro: '{field}: {value} este înainte de {other} ({otherValue}); se așteaptă o dată egală sau ulterioară',
  },
  idNumber: {
    en: 'id: a number that is not finite or beyond 9007199254740991 cannot be kept exactly; write the id as text, in quotes',
    ko: 'id: 무한대이거나 9007199254740991보다 큰 숫자는 정확히 저장할 수 없어요. id를 따옴표로 감싸 문자열로 적어 주세요',
    ro: 'id: un număr infinit sau mai mare de 9007199254740991 nu poate fi păstrat exact; scrieți id-ul ca text, între ghilimele',
  },
  idControl: {
    en: 'id: contains a control character ({char}); expected printable text',
    ko: 'id: 제어 문자({char})가 들어 있어요. 출력할 수 있는 문자만 써 주세요',
    ro: 'id: conține un caracter de control ({char}); se acceptă doar caractere care pot fi afișate',
  },
} as const

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

function msg(key: keyof typeof MESSAGES, lang: Lang, values: Record<string, string | number>): string {
  return fill(MESSAGES[key][lang], values)
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/

/** A date that did not parse: a wrong form (`2026/11/01`, `2026-11-1`) or a day that does not exist (`2026-02-30`). */
export function dateProblem(field: string, value: string, lang: Lang): string {
  return msg(DATE_SHAPE.test(value.trim()) ? 'badDate' : 'badFormat', lang, { field, value })
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
export function validateOrder(
  record: Record<string, unknown>,
  policies: ReadonlyMap<string, Policy>,
  defaultToday: number,
  lang: Lang = 'en',
): OrderResult {
  const fail = (field: string, message: string): OrderResult => ({ ok: false, problem: { field, message } })
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined)

  // today: an optional per-order override.
  let today = defaultToday
  const rawToday = own('today')
  if (rawToday !== undefined && rawToday !== null && rawToday !== '') {
    if (typeof rawToday !== 'string') return fail('today', msg('badType', lang, { field: 'today', form: DATE_FORM, type: typeName(rawToday) }))
    const day = parseDay(rawToday.trim())
    if (day === null) return fail('today', dateProblem('today', rawToday, lang))
    today = day
  }

  // Built only for a message: this runs once per order in `check -`.
  const platformList = () => [...policies.keys()].join(', ')
  const rawPlatform = own('platform')
  if (rawPlatform === undefined || rawPlatform === null || rawPlatform === '') {
    return fail('platform', msg('required', lang, { field: 'platform', form: platformList() }))
  }
  if (typeof rawPlatform !== 'string') return fail('platform', msg('badType', lang, { field: 'platform', form: platformList(), type: typeName(rawPlatform) }))
  // Fast path first: exports usually spell the id exactly.
  const platform = policies.has(rawPlatform) ? rawPlatform : rawPlatform.trim().toLowerCase()
  const policy = policies.get(platform)
  if (!policy) return fail('platform', msg('badPlatform', lang, { value: rawPlatform, list: platformList() }))

  let issue: Issue | null = null
  const rawIssue = own('issue')
  if (rawIssue !== undefined && rawIssue !== null && rawIssue !== '') {
    if (typeof rawIssue !== 'string') return fail('issue', msg('badType', lang, { field: 'issue', form: ISSUES.join(', '), type: typeName(rawIssue) }))
    const normal = isIssue(rawIssue) ? rawIssue : normaliseIssue(rawIssue)
    if (!isIssue(normal)) return fail('issue', msg('badIssue', lang, { value: rawIssue, list: ISSUES.join(', ') }))
    issue = normal
  }

  const dates: Record<DateFact, number | null> = { ordered: null, shipped: null, delivered: null, eta: null, contacted: null, disputed: null }
  for (const field of DATE_FACTS) {
    const raw = own(field)
    if (raw === undefined || raw === null || raw === '') continue
    if (typeof raw !== 'string') return fail(field, msg('badType', lang, { field, form: DATE_FORM, type: typeName(raw) }))
    const day = parseDay(raw) ?? parseDay(raw.trim())
    if (day === null) return fail(field, dateProblem(field, raw, lang))
    dates[field] = day
  }
  if (dates.ordered === null) return fail('ordered', msg('required', lang, { field: 'ordered', form: DATE_FORM }))

  for (const field of NOT_AFTER_TODAY) {
    const day = dates[field]
    if (day !== null && day > today) return fail(field, msg('future', lang, { field, value: formatDay(day), today: formatDay(today) }))
  }
  for (const [field, other] of DATE_ORDER) {
    const a = dates[field]
    const b = dates[other]
    if (a !== null && b !== null && a < b) {
      return fail(field, msg('before', lang, { field, value: formatDay(a), other, otherValue: formatDay(b) }))
    }
  }
  if (policy.eta.whenMissing === 'error' && issue !== null && dates.delivered === null && dates.eta === null) {
    return fail('eta', policy.eta.why[lang])
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
  if (typeof rawId === 'number' && !(Number.isFinite(rawId) && Math.abs(rawId) <= Number.MAX_SAFE_INTEGER)) return fail('id', msg('idNumber', lang, {}))
  if (typeof rawId === 'string') {
    const bad = ID_CONTROL.exec(rawId)
    if (bad) return fail('id', msg('idControl', lang, { char: `\\u${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}` }))
  }
  if (typeof rawId === 'string' || typeof rawId === 'number') result.id = rawId
  return { ok: true, order: result, today }
}
