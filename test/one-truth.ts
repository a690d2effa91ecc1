import { stripVTControlCharacters } from 'node:util'
import { expect } from 'vitest'
import { parseDay } from '../src/core/dates.js'
import { ACTIONS, type Action, type Status, type Verdict } from '../src/core/types.js'

/** What the one-truth tests (in process and end to end) read out of every output, the same way. */

export const diff = (a: string, b: string) => parseDay(a)! - parseDay(b)!

/** What `deadlines` must list for one verdict, from POLICY.md's words (see the top of this file). */
export function expectedListing(action: Action, v: Verdict, today: string): { date: string | null; daysLeft: number | null } | null {
  if (v.status !== 'eligible' && v.status !== 'uncertain' && v.status !== 'not_yet') return null
  // Open with no date: a cancellation until the order ships, or a window with no deadline at all (escalation
  // inside a running dispute). Either is still something the buyer can do, so it is listed.
  if (v.status === 'eligible' && v.deadline === null && v.latestDeadline === null) return { date: null, daysLeft: null }
  const earliestGone = v.status === 'uncertain' || (v.deadline !== null && (v.deadline < today || (v.opens !== null && v.deadline < v.opens)))
  const date = earliestGone ? v.latestDeadline : v.deadline
  if (date === null || date < today) return null
  return { date, daysLeft: diff(date, today) }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const LONG_DATE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4})\b/g
// "already open": a dispute or claim the buyer opened, `not_applicable` in JSON (POLICY.md).
const STATUS_WORDS: Record<string, Status> = { possible: 'eligible', 'sources disagree': 'uncertain', 'not possible yet': 'not_yet', 'no longer possible': 'closed', "doesn't apply": 'not_applicable', 'already open': 'not_applicable' }
const NAMES: Record<string, Action> = { Cancel: 'cancel', Refund: 'refund', Dispute: 'dispute', Escalate: 'escalate' }

/** The action lines of an English result screen: per action, its status word, the long dates and days left it prints. */
export function screenVerdicts(text: string): Record<Action, { status: Status; dates: string[]; left: number[] }> {
  const lines = stripVTControlCharacters(text).split('\n')
  const start = lines.indexOf('What you can do')
  expect(start).toBeGreaterThan(-1)
  const out = {} as Record<Action, { status: Status; dates: string[]; left: number[] }>
  for (let i = start + 1; i < lines.length && lines[i] !== ''; i++) {
    const m = /^(Cancel|Refund|Dispute|Escalate) +\S+ (possible|sources disagree|not possible yet|no longer possible|doesn't apply|already open)(?: {2}(.*))?$/.exec(lines[i]!)
    if (!m) continue
    // The dates may go on under the status line, indented past the action names (the why is indented by two).
    let when = m[3] ?? ''
    while (/^ {10}\S/.test(lines[i + 1] ?? '')) when += ' ' + lines[++i]!.trim()
    const dates = [...when.matchAll(LONG_DATE)].map((d) => `${d[3]}-${String(MONTHS.indexOf(d[1]!) + 1).padStart(2, '0')}-${d[2]!.padStart(2, '0')}`)
    const left = [...when.matchAll(/(\d+) days left|(1) day left|today is (the) last day/g)].map((d) => (d[3] ? 0 : Number(d[1] ?? d[2])))
    out[NAMES[m[1]!]!] = { status: STATUS_WORDS[m[2]!]!, dates, left }
  }
  expect(Object.keys(out).sort()).toEqual([...ACTIONS].sort())
  return out
}


/** One action's line of the screen states the verdict: its status, only its own dates, and the day the lists give. */
export function screenAgrees(s: { status: Status; dates: string[]; left: number[] }, action: Action, v: Verdict, today: string, ctx: string): void {
  const at = `${ctx} ${action} ${JSON.stringify({ status: v.status, opens: v.opens, deadline: v.deadline, latestDeadline: v.latestDeadline, daysLeft: v.daysLeft })} screen ${JSON.stringify(s)}`
  expect(s.status, at).toBe(v.status)
  const known = [v.opens, v.deadline, v.latestDeadline].filter((d) => d !== null)
  for (const d of s.dates) expect(known, at).toContain(d)
  if (v.status === 'closed') expect(s.dates, at).toEqual(v.latestDeadline === null ? [] : [v.latestDeadline])
  if (v.status === 'not_yet' && v.opens !== null) expect(s.dates, at).toContain(v.opens)
  const listing = expectedListing(action, v, today)
  if (listing?.date) {
    // The screen names the day the lists name, and any days left it prints are counted to that day.
    expect(s.dates, at).toContain(listing.date)
    for (const n of s.left) expect(n, at).toBe(listing.daysLeft)
  }
}

/** Most urgent first: an open cancellation closes the moment the order ships; a window with no deadline, never. */
export function urgencyOf(d: Record<string, unknown>): number {
  return typeof d.daysLeft === 'number' ? d.daysLeft : d.action === 'cancel' ? -1 : Number.POSITIVE_INFINITY
}

/** A long English date (`Wed, Nov 25, 2026`) → `2026-11-25`; `–` (no date) → null. */
export function isoOf(text: string): string | null {
  if (text === '–') return null
  const m = new RegExp(`^${LONG_DATE.source}$`).exec(text)
  expect(m, text).not.toBeNull()
  return `${m![3]}-${String(MONTHS.indexOf(m![1]!) + 1).padStart(2, '0')}-${m![2]!.padStart(2, '0')}`
}

/** How the English lists say the time left: days, the last day, or why there is no date. */
export function leftWords(action: unknown, daysLeft: unknown): string {
  if (daysLeft === 0) return 'today is the last day'
  if (daysLeft === 1) return '1 day left'
  if (typeof daysLeft === 'number') return `${daysLeft} days left`
  return action === 'cancel' ? 'until it ships' : 'no deadline'
}

/** The cells of an aligned table line (columns are two or more spaces apart). */
export const cells = (line: string): string[] => stripVTControlCharacters(line).trim().split(/ {2,}/)

const SHORT = String.raw`[A-Z][a-z]{2} \d{1,2}`

/** The windows of the screen's timeline: per action, the opening and closing days its right-hand text names (`Jun 20–Jul 5/Aug 15`). */
export function timelineWindows(text: string): Partial<Record<Action, { from: string | null; to: string[] }>> {
  const lines = stripVTControlCharacters(text).split('\n')
  const start = lines.indexOf('Timeline')
  const out: Partial<Record<Action, { from: string | null; to: string[] }>> = {}
  if (start === -1) return out
  const row = new RegExp(`^(Cancel|Refund|Dispute|Escalate) .*?(?:(${SHORT})?–((?:${SHORT})?(?:/${SHORT})?))?$`)
  for (let i = start + 1; i < lines.length && lines[i] !== ''; i++) {
    const m = row.exec(lines[i]!)
    if (m) out[NAMES[m[1]!]!] = { from: m[2] ?? null, to: m[3] ? m[3].split('/') : [] }
  }
  return out
}

/** `2026-06-20` → `Jun 20`, as the timeline writes it. */
export function shortOf(iso: string): string {
  const [, m, d] = iso.split('-')
  return `${MONTHS[Number(m) - 1]} ${Number(d)}`
}
