import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDay, parseDay } from '../../src/core/dates.js'
import { MAX_OFFSET_DAYS, parseRelativeDate } from '../../src/core/relative-date.js'

const TODAY = parseDay('2026-11-22')!
/** The date a text means on 2026-11-22, or the reason it is refused. */
const r = (text: string) => {
  const result = parseRelativeDate(text, TODAY)
  return result.ok ? formatDay(result.day) : result.reason
}

describe('parseRelativeDate', () => {
  it.each([
    // ISO and other written forms
    ['2026-11-10', '2026-11-10'],
    ['  2026-11-10 ', '2026-11-10'],
    ['2026년 11월 10일', '2026-11-10'],
    ['2026년11월10일', '2026-11-10'],
    ['2024-02-29', '2024-02-29'],
    // English
    ['today', '2026-11-22'],
    ['Today', '2026-11-22'],
    ['yesterday', '2026-11-21'],
    ['tomorrow', '2026-11-23'],
    ['the day before yesterday', '2026-11-20'],
    ['3 days ago', '2026-11-19'],
    ['1 day ago', '2026-11-21'],
    ['a day ago', '2026-11-21'],
    ['2 weeks ago', '2026-11-08'],
    ['a week ago', '2026-11-15'],
    ['in 5 days', '2026-11-27'],
    ['in 2 weeks', '2026-12-06'],
    ['60 days ago', '2026-09-23'],
    // Korean
    ['오늘', '2026-11-22'],
    ['어제', '2026-11-21'],
    ['그제', '2026-11-20'],
    ['그저께', '2026-11-20'],
    ['내일', '2026-11-23'],
    ['모레', '2026-11-24'],
    ['3일 전', '2026-11-19'],
    ['3일전', '2026-11-19'],
    ['3 일 전', '2026-11-19'],
    ['2주 전', '2026-11-08'],
    ['한 주 전', '2026-11-15'],
    ['5일 후', '2026-11-27'],
    ['5일 뒤', '2026-11-27'],
    // Romanian, with and without diacritics (and with the cedilla look-alikes)
    ['azi', '2026-11-22'],
    ['astăzi', '2026-11-22'],
    ['astazi', '2026-11-22'],
    ['ieri', '2026-11-21'],
    ['alaltăieri', '2026-11-20'],
    ['mâine', '2026-11-23'],
    ['maine', '2026-11-23'],
    ['acum 3 zile', '2026-11-19'],
    ['acum o zi', '2026-11-21'],
    ['acum 20 de zile', '2026-11-02'],
    ['acum o săptămână', '2026-11-15'],
    ['acum 2 saptamani', '2026-11-08'],
    ['3 zile în urmă', '2026-11-19'],
    ['peste 5 zile', '2026-11-27'],
    // Without a year: the latest such day up to today
    ['10월 3일', '2026-10-03'],
    ['12월 25일', '2025-12-25'],
    ['Nov 10', '2026-11-10'],
    ['november 22', '2026-11-22'],
    ['10 Nov', '2026-11-10'],
    ['3 octombrie', '2026-10-03'],
    ['3 oct.', '2026-10-03'],
    ['10 nov. 2025', '2025-11-10'],
    ['Nov 10, 2025', '2025-11-10'],
    // Refused
    ['31 Nov', 'impossible'],
    ['13월 1일', 'impossible'],
    ['3 smarch', 'unknown'],
    ['2026-02-30', 'impossible'],
    ['2026-13-01', 'impossible'],
    ['2025-02-29', 'impossible'],
    // POLICY.md: digits in any other form than YYYY-MM-DD are a format error, never a guess at day and month.
    ['2026/11/10', 'format'],
    ['2026.11.10', 'format'],
    ['2026.11.10.', 'format'],
    ['10.11.2026', 'format'],
    ['2026-11-1', 'format'],
    ['31.04.2026', 'format'],
    ['2026년 2월 30일', 'impossible'],
    ['', 'unknown'],
    ['soon', 'unknown'],
    ['3 days', 'unknown'],
    ['days ago', 'unknown'],
    ['-3 days ago', 'unknown'],
    ['11/10/2026', 'format'], // month or day first? Ambiguous, so not read.
    ['99999 days ago', 'unknown'],
    ['2026-11-10 extra', 'unknown'],
  ])('%j → %s', (text, expected) => expect(r(text)).toBe(expected))

  it('puts a date without a year nearest to today for an estimate', () => {
    const near = (text: string) => {
      const result = parseRelativeDate(text, TODAY, 'nearest')
      return result.ok ? formatDay(result.day) : result.reason
    }
    expect(near('1월 19일')).toBe('2027-01-19')
    expect(near('Oct 3')).toBe('2026-10-03')
    // No leap year within a year either side of 2026.
    expect(near('29 feb')).toBe('impossible')
    const leap = parseRelativeDate('29 feb', parseDay('2028-03-10')!)
    expect(leap.ok && formatDay(leap.day)).toBe('2028-02-29')
  })

  it('reads every calendar day back from its ISO form', () => {
    fc.assert(
      fc.property(fc.integer({ min: parseDay('1900-01-01')!, max: parseDay('2199-12-31')! }), (day) => {
        const result = parseRelativeDate(formatDay(day), TODAY)
        return result.ok && result.day === day
      }),
    )
  })

  it('counts back the same in all three languages, from any today', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: MAX_OFFSET_DAYS }), (today, n) => {
        const forms = [`${n} days ago`, `${n}일 전`, `acum ${n} zile`, `acum ${n} de zile`]
        return forms.every((f) => {
          const result = parseRelativeDate(f, today)
          return result.ok && result.day === today - n
        })
      }),
    )
  })

  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof parseRelativeDate(text, TODAY).ok === 'boolean'))
  })
})
