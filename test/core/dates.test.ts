import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { civilFromDay, dayFromCivil, daysInMonth, formatDay, parseDay, todayIn } from '../../src/core/dates.js'

describe('parseDay', () => {
  it.each([
    ['1970-01-01', 0],
    ['2026-11-22', 20779],
    ['2024-02-29', 19782],
    ['2000-02-29', 11016],
  ])('%s → %i', (text, expected) => expect(parseDay(text)).toBe(expected))

  it.each(['2026-02-30', '2025-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-11-31', '2026-1-5', '20261122', '2026-11-22T00:00', ' 2026-11-22', 'today', ''])(
    'rejects %j',
    (text) => expect(parseDay(text)).toBeNull(),
  )
})

/** The obvious implementation, as an oracle for the char-code parser. */
function referenceParse(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? dayFromCivil(y, mo, d) : null
}

describe('parseDay agrees with the regex oracle', () => {
  it('on arbitrary and date-like strings', () => {
    const dateLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    const mangled = fc.tuple(dateLike, fc.nat(9), fc.string({ maxLength: 1 })).map(([t, i, c]) => t.slice(0, i) + c + t.slice(i + 1))
    fc.assert(
      fc.property(fc.oneof(fc.string(), dateLike, mangled, fc.string({ unit: 'binary', maxLength: 12 })), (text) => {
        expect(parseDay(text)).toBe(referenceParse(text))
      }),
      { numRuns: 5000 },
    )
  })
})

describe('calendar arithmetic', () => {
  it('agrees with Date.UTC for every day from 1600 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(1600, 1, 1), max: dayFromCivil(2400, 12, 31) }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10)
        expect(formatDay(day)).toBe(iso)
        expect(parseDay(iso)).toBe(day)
        const [y, m, d] = civilFromDay(day)
        expect(dayFromCivil(y, m, d)).toBe(day)
      }),
      { numRuns: 2000 },
    )
  })

  it('todayIn reads the calendar date in the given zone', () => {
    const now = new Date('2026-11-22T20:30:00Z')
    expect(formatDay(todayIn('UTC', now))).toBe('2026-11-22')
    expect(formatDay(todayIn('Asia/Seoul', now))).toBe('2026-11-23')
    expect(formatDay(todayIn('Pacific/Kiritimati', now))).toBe('2026-11-23')
    expect(formatDay(todayIn('America/Los_Angeles', now))).toBe('2026-11-22')
  })
})
