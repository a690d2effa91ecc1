import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayFromCivil, dayToDate } from '../../src/core/dates.js'
import { proseDate } from '../../src/render/prose-date.js'

// The catalogue's month and weekday names give the text Intl writes in its full style, for any day.
const INTL = { en: 'en-US', ko: 'ko-KR', ro: 'ro-RO' } as const

describe('proseDate', () => {
  it.each([
    ['en', 'Saturday, December 5, 2026'],
    ['ko', '2026년 12월 5일 토요일'],
    ['ro', 'sâmbătă, 5 decembrie 2026'],
  ] as const)('%s: %s', (lang, text) => {
    expect(proseDate(dayFromCivil(2026, 12, 5), lang)).toBe(text)
  })

  it('equals Intl.DateTimeFormat full style in en, ko and ro (1900-2200)', () => {
    const lo = dayFromCivil(1900, 1, 1)
    const hi = dayFromCivil(2200, 12, 31)
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), fc.constantFrom('en', 'ko', 'ro' as const), (day, lang) => {
        const intl = new Intl.DateTimeFormat(INTL[lang], { dateStyle: 'full', timeZone: 'UTC' }).format(dayToDate(day))
        expect(proseDate(day, lang)).toBe(intl)
      }),
      { numRuns: 2000 },
    )
  })
})
