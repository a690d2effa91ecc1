import { dayFromCivil, daysInMonth, formatDay, parseDay } from '../../core/dates.js'

/**
 * Dates as the shops' exports write them, to calendar dates (YYYY-MM-DD). Pure: the time zone is an argument.
 *
 * - A timestamp (Amazon's `2023-05-31T13:00:59.799Z`, AliExpress's GMT `2026-02-21 07:44:46`, a spreadsheet
 *   date cell) is an instant: its calendar date is the one in the shopper's time zone, not in UTC.
 * - A bare date (`2026-02-20`, `5/31/2023`, `Feb 20, 2026`) already is a calendar date.
 */

export type DateCell = string | Date | undefined

/** What a date cell came to: a day, nothing (empty, `Not Available`), or a value that is not a date. */
export type ParsedDate = { ok: true; day: string | undefined } | { ok: false }

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** The exports' ways of saying "no value". */
export function isMissing(value: string | undefined): boolean {
  if (value === undefined) return true
  const v = value.trim().toLowerCase()
  return v === '' || v === 'not available' || v === 'not applicable' || v === 'n/a' || v === '-' || v === 'null'
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** The calendar date of an instant in `timeZone` (undefined: the machine's zone). */
export function dayInZone(instant: Date, timeZone: string | undefined): string {
  const key = timeZone ?? ''
  let f = formatters.get(key)
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    formatters.set(key, f)
  }
  const parts = f.formatToParts(instant)
  const get = (type: string) => parts.find((p) => p.type === type)!.value
  return `${get('year')}-${get('month')}-${get('day')}`
}

const ISO_INSTANT = /^(\d{4})[-/.](\d{2})[-/.](\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i
const SLASHED_DATE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/
/** A spreadsheet's date serial written out as a number (days since 1899-12-30), as a sheet saved without date styles has it. */
const SERIAL = /^(\d{5})(?:\.(\d+))?$/
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/
const NAMED_MDY = /^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/i
const NAMED_DMY = /^(\d{1,2}) ([a-z]{3})[a-z]*\.?,? (\d{4})$/i

function civil(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined
  return formatDay(dayFromCivil(y, m, d))
}

/**
 * One date cell. A timestamp without an offset is taken as UTC: the exports that write one say so (Amazon's
 * `Z`, AliExpress's `gmt_` columns).
 */
export function parseExportDate(cell: DateCell, timeZone: string | undefined): ParsedDate {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { ok: false } : { ok: true, day: dayInZone(cell, timeZone) }
  if (isMissing(cell)) return { ok: true, day: undefined }
  // Amazon quotes some values with a leading apostrophe (a spreadsheet's "this is text" mark).
  const text = cell!.trim().replace(/^'+|'+$/g, '')
  const plain = parseDay(text)
  if (plain !== null) return { ok: true, day: formatDay(plain) }
  let m = SERIAL.exec(text)
  if (m && +m[1]! >= 20000 && +m[1]! <= 80000) {
    const ms = Date.UTC(1899, 11, 30) + Math.round(Number(text) * 86_400_000)
    // A whole number is a date cell without a time: a calendar date, not an instant.
    return { ok: true, day: m[2] === undefined ? new Date(ms).toISOString().slice(0, 10) : dayInZone(new Date(ms), timeZone) }
  }
  m = SLASHED_DATE.exec(text)
  if (m) {
    const day = civil(+m[1]!, +m[2]!, +m[3]!)
    return day === undefined ? { ok: false } : { ok: true, day }
  }
  m = ISO_INSTANT.exec(text)
  if (m) {
    const [, y, mo, d, h, mi, s = '0', frac = '0', zone = 'Z'] = m
    if (civil(+y!, +mo!, +d!) === undefined || +h! > 23 || +mi! > 59 || +s > 60) return { ok: false }
    let offset = 0
    if (!/^(z|utc|gmt)$/i.test(zone)) {
      const sign = zone[0] === '-' ? -1 : 1
      const digits = zone.slice(1).replace(':', '')
      offset = sign * (+digits.slice(0, 2) * 60 + +digits.slice(2))
    }
    const ms = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s, Math.floor(+`0.${frac}` * 1000)) - offset * 60_000
    return { ok: true, day: dayInZone(new Date(ms), timeZone) }
  }
  m = US_DATE.exec(text)
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!
    const day = civil(year, +m[1]!, +m[2]!)
    return day === undefined ? { ok: false } : { ok: true, day }
  }
  m = NAMED_MDY.exec(text) ?? null
  if (m) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1
    const day = month > 0 ? civil(+m[3]!, month, +m[2]!) : undefined
    return day === undefined ? { ok: false } : { ok: true, day }
  }
  m = NAMED_DMY.exec(text)
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1
    const day = month > 0 ? civil(+m[3]!, month, +m[1]!) : undefined
    return day === undefined ? { ok: false } : { ok: true, day }
  }
  return { ok: false }
}
