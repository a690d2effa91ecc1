import { describe, expect, it } from 'vitest'
import { channelStatus, type Schedule, zonedInstant } from '../../src/core/faq/hours.js'

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as Schedule['days']
const AGENTS: Schedule = { timeZone: 'Asia/Seoul', days: EVERY_DAY, open: '09:00', close: '15:00' }
const s = (hours: Schedule | 'always', iso: string) => {
  const status = channelStatus(hours, new Date(iso))
  return `${status.state}${status.next ? ' ' + status.next.toISOString() : ''}`
}

describe('channelStatus in the service time zone', () => {
  it.each([
    // 10:00 in Seoul (01:00 UTC): open, closes at 15:00 Seoul = 06:00 UTC
    ['2026-11-22T01:00:00Z', 'open 2026-11-22T06:00:00.000Z'],
    // 08:59 in Seoul: closed, opens at 09:00
    ['2026-11-21T23:59:00Z', 'closed 2026-11-22T00:00:00.000Z'],
    // 15:00 sharp: closed, opens the next morning
    ['2026-11-22T06:00:00Z', 'closed 2026-11-23T00:00:00.000Z'],
    // a New York evening (18:30, UTC-5) is 08:30 the next morning in Seoul
    ['2026-11-22T18:30:00-05:00', 'closed 2026-11-23T00:00:00.000Z'],
  ])('Korean-speaking agents at %s → %s', (iso, expected) => expect(s(AGENTS, iso)).toBe(expected))

  it('weekdays only: Saturday evening waits for Monday', () => {
    const weekdays: Schedule = { timeZone: 'Europe/Bucharest', days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }
    // Saturday 2026-11-21 12:00 in Bucharest (UTC+2) → Monday 09:00 = 07:00 UTC
    expect(s(weekdays, '2026-11-21T10:00:00Z')).toBe('closed 2026-11-23T07:00:00.000Z')
  })

  it('across a daylight-saving change the wall-clock hours hold', () => {
    // Europe/Bucharest moves from UTC+2 to UTC+3 on 2026-03-29
    expect(zonedInstant('Europe/Bucharest', 2026, 3, 28, 9 * 60)).toBe(Date.parse('2026-03-28T07:00:00Z'))
    expect(zonedInstant('Europe/Bucharest', 2026, 3, 30, 9 * 60)).toBe(Date.parse('2026-03-30T06:00:00Z'))
  })

  it('24/7 channels are always open', () => expect(s('always', '2026-11-22T03:00:00Z')).toBe('always'))
})
