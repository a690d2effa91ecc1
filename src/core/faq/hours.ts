import type { I18nText } from '../lang.js'
import type { KbSource } from './types.js'

/**
 * Opening hours of support channels: open right now or not, and when that next changes, computed in the
 * service's own IANA time zone (Asia/Seoul for AliExpress' Korean-speaking agents) so daylight-saving
 * shifts on either side land where they should. Pure: `now` is an argument, never the clock.
 */

export const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
export type Day = (typeof DAYS)[number]

/** Open from `open` to `close` (HH:MM, `24:00` for midnight) on each listed day, in `timeZone`. */
export interface Schedule {
  timeZone: string
  days: Day[]
  open: string
  close: string
}

/** `always`: 24/7 · `async`: a form or ticket answered later · `none`: no such channel. */
export type Hours = 'always' | 'async' | 'none' | Schedule

export const CHANNEL_KINDS = ['chat-bot', 'agent', 'service-centre', 'contact-page', 'email', 'ticket', 'phone'] as const

/** One way to reach a shop (data/contact.json). */
export interface Channel {
  id: string
  kind: (typeof CHANNEL_KINDS)[number]
  name: I18nText
  how: I18nText
  hours: Hours
  /** Languages the channel answers in, when it is limited to some. */
  languages?: string[]
  url?: string
  sources: KbSource[]
}

export interface ContactFile {
  reviewed: string
  platforms: Record<string, { name: string; channels: Channel[] }>
}

export interface ChannelStatus {
  state: 'always' | 'async' | 'none' | 'open' | 'closed'
  /** When a scheduled channel next opens (state closed) or closes (state open). */
  next?: Date
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsIn(timeZone: string, instant: number): { y: number; m: number; d: number; hh: number; mm: number; ss: number; weekday: number } {
  let fmt = formatters.get(timeZone)
  if (fmt === undefined) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, fmt)
  }
  const p: Record<string, number> = {}
  for (const part of fmt.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value)
  const weekday = new Date(Date.UTC(p.year!, p.month! - 1, p.day!)).getUTCDay()
  return { y: p.year!, m: p.month!, d: p.day!, hh: p.hour!, mm: p.minute!, ss: p.second!, weekday }
}

/** Whether Intl knows this IANA zone. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(timeZone: string, instant: number): number {
  const p = partsIn(timeZone, instant)
  return Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mm, p.ss) - Math.floor(instant / 1000) * 1000
}

/** The instant at which the zone's wall clock shows this date and time (minutes may reach 24:00). */
export function zonedInstant(timeZone: string, y: number, m: number, d: number, minutes: number): number {
  const wall = Date.UTC(y, m - 1, d, 0, minutes)
  let instant = wall - offsetAt(timeZone, wall)
  // A second pass settles instants near a daylight-saving change.
  instant = wall - offsetAt(timeZone, instant)
  return instant
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
}

/** Open now or not, and when that next changes. */
export function channelStatus(hours: Hours, now: Date): ChannelStatus {
  if (typeof hours === 'string') return { state: hours }
  const t = now.getTime()
  const today = partsIn(hours.timeZone, t)
  const open = minutes(hours.open)
  const close = minutes(hours.close)
  // Yesterday first: a window reaching past midnight (close < open) may still be open.
  for (let offset = -1; offset <= 8; offset++) {
    const day = new Date(Date.UTC(today.y, today.m - 1, today.d + offset))
    if (!hours.days.includes(DAYS[day.getUTCDay()]!)) continue
    const y = day.getUTCFullYear()
    const mo = day.getUTCMonth() + 1
    const d = day.getUTCDate()
    const opens = zonedInstant(hours.timeZone, y, mo, d, open)
    const closes = zonedInstant(hours.timeZone, y, mo, d, close > open ? close : close + 24 * 60)
    if (t < opens) return { state: 'closed', next: new Date(opens) }
    if (t < closes) return { state: 'open', next: new Date(closes) }
  }
  return { state: 'closed' }
}

/** The opening window now under way, else the next one: its two instants. Pure. */
export function currentOrNextWindow(hours: Schedule, now: Date): { opens: Date; closes: Date } | null {
  const status = channelStatus(hours, now)
  if (status.next === undefined) return null
  if (status.state === 'closed') {
    const after = channelStatus(hours, status.next)
    return after.next === undefined ? null : { opens: status.next, closes: after.next }
  }
  // Open: the window began at the last opening before now, found from a day before.
  const closes = status.next
  const earlier = channelStatus(hours, new Date(closes.getTime() - 24 * 60 * 60 * 1000))
  const opens = earlier.state === 'closed' && earlier.next !== undefined && earlier.next <= now ? earlier.next : now
  return { opens, closes }
}

/**
 * Whether a channel's people answer in `lang`: `yes` when its languages name it, `no` when they name others
 * only, `unknown` when the data does not say.
 */
export function channelSpeaks(channel: { languages?: readonly string[] }, lang: string): 'yes' | 'no' | 'unknown' {
  if (channel.languages === undefined) return 'unknown'
  return channel.languages.includes(lang) ? 'yes' : 'no'
}

/**
 * The channels in the order a speaker of `lang` needs them: those in that language (the ones kept for it, as
 * Korean-speaking agents are, before those shared with other languages), then those the data says nothing
 * about, then those in other languages only. Otherwise in data order.
 */
export function channelsFor<T extends { languages?: readonly string[] }>(channels: readonly T[], lang: string): T[] {
  const rank = { yes: 0, unknown: 1, no: 2 } as const
  return channels
    .map((channel, i) => {
      const r = rank[channelSpeaks(channel, lang)]
      return { channel, i, r, shared: r === 0 ? channel.languages!.length : 0 }
    })
    .sort((a, b) => a.r - b.r || a.shared - b.shared || a.i - b.i)
    .map((x) => x.channel)
}

/** Whether any channel of the shop, one with people behind it, answers in `lang`. */
export function shopSpeaks(channels: readonly Channel[], lang: string): boolean {
  return channels.some((channel) => channel.hours !== 'none' && channelSpeaks(channel, lang) === 'yes')
}
