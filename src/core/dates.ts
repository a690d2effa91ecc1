/**
 * Calendar dates as day numbers (days since 1970-01-01 in the proleptic Gregorian calendar).
 *
 * NOTE: this is the per-order hot path of `check -`. date-fns is used for everything a person reads
 * (locales, relative dates); here plain integer arithmetic is used because parsing with date-fns in the
 * per-order loop measured ~2.8x slower (issue 2; bench/RESULTS.md). Integers also make results
 * independent of the machine's time zone by construction.
 */

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!
}

/** Days from civil (Howard Hinnant's algorithm): exact for every Gregorian date. */
export function dayFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function civilFromDay(day: number): [number, number, number] {
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d]
}

/** The value of the digit at `i`, or -1 (char codes: this runs for every date of every order in `check -`). */
function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -1
}

/** `2026-11-22` → day number; null for anything that is not a real calendar date in that exact form. */
export function parseDay(text: string): number | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null
  const y0 = digit(text, 0), y1 = digit(text, 1), y2 = digit(text, 2), y3 = digit(text, 3)
  const m0 = digit(text, 5), m1 = digit(text, 6), d0 = digit(text, 8), d1 = digit(text, 9)
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return null
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3
  const m = m0 * 10 + m1
  const d = d0 * 10 + d1
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null
  return dayFromCivil(y, m, d)
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n)
}

/** Recently formatted days: an order's handful of dates repeat across its verdicts and sentences. */
const FORMATTED = new Map<number, string>()

export function formatDay(day: number): string {
  let text = FORMATTED.get(day)
  if (text === undefined) {
    const [y, m, d] = civilFromDay(day)
    text = `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`
    if (FORMATTED.size > 100_000) FORMATTED.clear()
    FORMATTED.set(day, text)
  }
  return text
}

/** The calendar date now in an IANA time zone (the default "today"); the machine's zone when none is given. */
export function todayIn(timeZone?: string, now: Date = new Date()): number {
  if (!timeZone) return dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate())
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
  return parseDay(parts) ?? dayFromCivil(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate())
}

/**
 * A day number as a local-midnight Date, for date-fns formatting of what people read: date-fns reads
 * local fields, so local midnight shows the same calendar date under every TZ (even UTC+14).
 */
export function dayToDate(day: number): Date {
  const [y, m, d] = civilFromDay(day)
  const date = new Date(y, m - 1, d)
  if (y < 100) date.setFullYear(y)
  return date
}
