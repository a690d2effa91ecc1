import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import fc from 'fast-check'
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { formatDay, parseDay } from '../src/core/dates.js'
import { STORE_VERSION, storePath } from '../src/io/store.js'
import { cells, diff, expectedListing, isoOf, leftWords, screenAgrees, screenVerdicts, shortOf, timelineWindows, urgencyOf } from './one-truth.js'
import { ACTIONS, ISSUES, type Action, type Issue, type Status, type Verdict } from '../src/core/types.js'

const ACTION_NAME: Record<Action, string> = { cancel: 'Cancel', refund: 'Refund', dispute: 'Dispute', escalate: 'Escalate' }
const STATUS_WORD: Record<Status, string> = { eligible: 'possible', uncertain: 'sources disagree', not_yet: 'not possible yet', closed: 'no longer possible', not_applicable: "doesn't apply" }

/**
 * One truth (issue 11): every output about an order states the same status, dates and days left for every
 * action. Over generated batches of orders (both shops, any issue or none, every fact present or absent, a
 * `today` often in November to February so that Amazon's holiday period is exercised), each batch is put
 * through the commands themselves, in this process:
 *   1. `check --json`, one order at a time;
 *   2. `check -`, the batch as NDJSON and as CSV;
 *   3. the batch saved in a fresh store (BUYERDESK_CONFIG_DIR), then `track list` and `deadlines` (JSON and their
 *      human tables), `track show --json` and `deadlines --ics -` (parsed with ical.js);
 *   4. `wizard` with every answer given as a flag (its `assessment` and its screen);
 *   5. the human `check` screen (status word, dates and days left of each action's line).
 * The expectations for the lists are computed here from POLICY.md's words, not by the code under test:
 * a window is listed while it is eligible, uncertain or not yet open and its last day to act is today or
 * later; that day is the earliest deadline, or the latest once the earliest has passed or falls before
 * the window even opens (one source closes it before it opens); an open cancellation is listed with no date.
 */

const io = vi.hoisted(() => ({ out: [] as string[], err: [] as string[] }))

// stdout and stderr of the commands, captured: output.ts is their only writer (STYLE.md §5).
vi.mock('../src/io/output.js', () => ({
  printText: (t: string) => void io.out.push(t),
  printLines: (l: readonly string[]) => void (l.length > 0 && io.out.push(l.join('\n') + '\n')),
  printJson: (v: unknown) => void io.out.push(JSON.stringify(v) + '\n'),
  printError: (m: string) => void io.err.push(m),
  printHint: (m: string) => void io.err.push(m),
  write: (d: string | Uint8Array, done?: () => void) => {
    io.out.push(typeof d === 'string' ? d : Buffer.from(d).toString('utf8'))
    done?.()
  },
  guardStdout: () => {},
  isStdoutClosed: () => false,
}))

const { check } = await import('../src/commands/check.js')
const { deadlines } = await import('../src/commands/deadlines.js')
const { trackList, trackShow } = await import('../src/commands/track.js')
const { wizard } = await import('../src/commands/wizard.js')

/** Run a command, return what it printed on stdout. */

async function captured(run: () => Promise<unknown>): Promise<string> {
  io.out.length = 0
  io.err.length = 0
  await run()
  const text = io.out.join('')
  io.out.length = 0
  return text
}

const DATE_FIELDS = ['ordered', 'shipped', 'delivered', 'eta', 'contacted', 'disputed'] as const
type Facts = { id: string; platform: 'aliexpress' | 'amazon'; issue: Issue | null } & Partial<Record<(typeof DATE_FIELDS)[number], string>>

const BASE = parseDay('2026-01-01')!
const dayArb = (from: number, to: number) => fc.integer({ min: from, max: to })

/** `today`: mostly in the holiday months (November to February), sometimes any day of 2026-2028. */
const todayArb = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 2026, max: 2028 }), fc.integer({ min: 0, max: 119 })).map(([y, d]) => parseDay(`${y}-11-01`)! + d) },
  { weight: 1, arbitrary: dayArb(BASE, BASE + 3 * 365) },
)

/** One order's facts, consistent with `today`: every event on or before today, in their natural order. */
function orderArb(today: number, index: number): fc.Arbitrary<Facts> {
  return fc
    .record({
      platform: fc.constantFrom('aliexpress' as const, 'amazon' as const),
      issue: fc.option(fc.constantFrom(...ISSUES), { nil: null, freq: 6 }),
      age: fc.oneof(dayArb(0, 30), dayArb(0, 130)),
      ship: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 3 }),
      deliver: fc.option(fc.integer({ min: 0, max: 70 }), { nil: null, freq: 2 }),
      eta: fc.option(fc.integer({ min: 0, max: 110 }), { nil: null, freq: 4 }),
      contact: fc.option(fc.integer({ min: 0, max: 130 }), { nil: null, freq: 2 }),
      // A dispute opened is less common than not: most orders keep their dispute verdict to compare.
      dispute: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 130 }) }),
    })
    .map((g) => {
      const ordered = today - g.age
      const within = (from: number, n: number) => Math.min(today, from + n)
      const shipped = g.ship === null ? null : within(ordered, g.ship)
      const delivered = g.deliver === null ? null : within(shipped ?? ordered, g.deliver)
      let eta = g.eta === null ? null : ordered + g.eta
      // Amazon always shows an estimate for a parcel that has not come (POLICY.md): its absence is an input error.
      if (g.platform === 'amazon' && delivered === null && g.issue !== null && eta === null) eta = ordered + 20
      const facts: Facts = { id: `o-${index}`, platform: g.platform, issue: g.issue, ordered: formatDay(ordered) }
      if (shipped !== null) facts.shipped = formatDay(shipped)
      if (delivered !== null) facts.delivered = formatDay(delivered)
      if (eta !== null) facts.eta = formatDay(eta)
      if (g.contact !== null) facts.contacted = formatDay(within(ordered, g.contact))
      if (g.dispute !== null) facts.disputed = formatDay(within(ordered, g.dispute))
      return facts
    })
}

const batchArb = todayArb.chain((today) =>
  fc.integer({ min: 1, max: 24 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => orderArb(today, i))).map((orders) => ({ today, orders }))),
)

/** The flags of `check` / the record of `check -`: the facts, absent ones left out. */
function flags(f: Facts): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { id: f.id, platform: f.platform }
  if (f.issue !== null) out.issue = f.issue
  for (const k of DATE_FIELDS) if (f[k] !== undefined) out[k] = f[k]
  return out
}

function toCsv(orders: readonly Facts[]): string {
  const cols = ['id', 'platform', 'issue', ...DATE_FIELDS]
  return [cols.join(','), ...orders.map((o) => cols.map((c) => flags(o)[c] ?? '').join(','))].join('\n') + '\n'
}

type Key = Pick<Verdict, 'status' | 'opens' | 'deadline' | 'latestDeadline' | 'daysLeft'>
const key = (v: Key): Key => ({ status: v.status, opens: v.opens, deadline: v.deadline, latestDeadline: v.latestDeadline, daysLeft: v.daysLeft })
const keys = (verdicts: Record<Action, Verdict>) => Object.fromEntries(ACTIONS.map((a) => [a, key(verdicts[a])]))

const ndjson = (text: string) =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)

type Judged = { type: string; id: string; today: string; verdicts: Record<Action, Verdict> }

let orderCount = 0
let batchCount = 0

async function oneBatch(today: number, orders: Facts[]): Promise<void> {
  const todayIso = formatDay(today)
  const base = { today, lang: 'en' as const, policyFiles: [] as string[] }

  // 1. check --json, one order at a time; and 5. the human screen of the same command.
  const single: Judged[] = []
  const screens: string[] = []
  for (const o of orders) {
    const text = await captured(() => check({ ...base, order: flags(o), json: true }))
    const rec = JSON.parse(text) as Judged
    expect(rec.type, text).toBe('verdict')
    single.push(rec)
    screens.push(await captured(() => check({ ...base, order: flags(o), json: false, ascii: false })))
  }
  orderCount += orders.length

  // 2. check -: the same orders as NDJSON lines, and as CSV.
  const lines = orders.map((o) => JSON.stringify(flags(o))).join('\n') + '\n'
  const streamed = ndjson(await captured(() => check({ ...base, order: {}, json: true, input: '-', stdin: Readable.from([lines]) }))) as unknown as Judged[]
  const csv = ndjson(await captured(() => check({ ...base, order: {}, json: true, input: '-', inputFormat: 'csv', stdin: Readable.from([toCsv(orders)]) }))) as unknown as Judged[]

  // 3. The same orders saved in a fresh store, then listed.
  // The store file is written as `track import` leaves it (v1: the facts, no verdict): importing under its lock
  // cost 30 ms a batch, more than everything else together; saving itself is covered by test/e2e/one-truth.test.ts.
  process.env.BUYERDESK_CONFIG_DIR = mkdtempSync(join(tmpdir(), 'buyerdesk-one-truth-'))
  writeFileSync(storePath(), JSON.stringify({ orders: orders.map((o) => ({ ...flags(o), added: todayIso })), __internal__: { migrations: { version: STORE_VERSION } } }))
  const list = JSON.parse(await captured(() => trackList({ ...base, json: true }))) as { id: string; status: string; next: Record<string, unknown> | null }[]
  const dl = JSON.parse(await captured(() => deadlines({ ...base, json: true, quiet: false, alarmDays: 2 }))) as Record<string, unknown>[]
  // The human lists: `deadlines` (one line per window, after a header and a blank line) and `track list` (a header row).
  const dlText = (await captured(() => deadlines({ ...base, json: false, quiet: false, alarmDays: 2 }))).trimEnd().split('\n')
  const dlHuman = dlText.length > 2 ? dlText.slice(2).map(cells) : []
  const listHuman = (await captured(() => trackList({ ...base, json: false }))).trimEnd().split('\n').slice(1).map(cells)
  // The calendar costs about 2 ms an event to write (ics validates each one): every fourth batch is checked.
  const withIcs = batchCount++ % 4 === 0
  const ics = withIcs ? await captured(() => deadlines({ ...base, json: false, quiet: false, alarmDays: 2, ics: '-' })) : null

  const expectedDeadlines: Record<string, unknown>[] = []
  for (const [i, o] of orders.entries()) {
    const ref = single[i]!
    const ctx = `${JSON.stringify(flags(o))} today ${todayIso}`
    expect(ref.today, ctx).toBe(todayIso)

    // Days left are counted from today, inclusive of the last day.
    for (const a of ACTIONS) {
      const v = ref.verdicts[a]
      expect(v.daysLeft, `${ctx} ${a}`).toBe(v.deadline === null ? null : diff(v.deadline, todayIso))
    }

    // 1 = 2 (NDJSON and CSV) = 3 (track show) = 4 (wizard).
    expect(streamed[i]!.id, ctx).toBe(o.id)
    expect(keys(streamed[i]!.verdicts), ctx).toEqual(keys(ref.verdicts))
    expect(csv[i]!.id, ctx).toBe(o.id)
    expect(keys(csv[i]!.verdicts), ctx).toEqual(keys(ref.verdicts))
    if (i < 4) {
      // track show reads the whole store per order: a few per batch are enough to tie it to the others.
      const shown = JSON.parse(await captured(() => trackShow({ ...base, json: true, id: o.id }))) as Judged
      expect(keys(shown.verdicts), ctx).toEqual(keys(ref.verdicts))
    }
    const args = Object.fromEntries(['issue', ...DATE_FIELDS].map((f) => [f, (f === 'issue' ? o.issue : o[f as keyof Facts]) ?? 'none']))
    io.out.length = 0
    const w = await wizard({ ...base, args: { ...args, platform: o.platform, id: o.id }, interactive: false, messageOnly: false, ascii: false })
    io.out.length = 0
    expect(keys(w.assessment.verdicts), ctx).toEqual(keys(ref.verdicts))

    // 5. The human screens (check's and the wizard's) print the same status and the same days.
    const screen = screenVerdicts(screens[i]!)
    expect(screenVerdicts(w.lines.join('\n')), ctx).toEqual(screen)
    // The timeline draws each window from its opening day to a day that ends it, never backwards.
    const timeline = timelineWindows(screens[i]!)
    for (const a of ACTIONS) {
      const v = ref.verdicts[a]
      const t = timeline[a]
      const at = `${ctx} ${a} ${JSON.stringify(key(v))} timeline ${JSON.stringify(t)}`
      if (v.status === 'not_applicable') {
        expect(t, at).toBeUndefined()
        continue
      }
      expect(t, at).toBeDefined()
      if (t!.from !== null) expect(t!.from, at).toBe(shortOf(v.opens!))
      const ends = [v.deadline, v.latestDeadline, o.shipped, o.delivered].filter((d) => d != null)
      for (const d of t!.to) {
        const end = ends.filter((e) => shortOf(e) === d)
        expect(end.length, at).toBeGreaterThan(0)
        if (t!.from !== null) expect(end.some((e) => e >= v.opens!), at).toBe(true)
      }
    }
    const mine: Record<string, unknown>[] = []
    for (const a of ACTIONS) {
      const v = ref.verdicts[a]
      const listing = expectedListing(a, v, todayIso)
      screenAgrees(screen[a], a, v, todayIso, ctx)
      if (listing) mine.push({ id: o.id, action: a, status: v.status, date: listing.date, daysLeft: listing.daysLeft, deadline: v.deadline, latestDeadline: v.latestDeadline, opens: v.opens })
    }
    // track list: the most urgent of them.
    mine.sort((x, y) => (urgencyOf(x) === urgencyOf(y) ? 0 : urgencyOf(x) - urgencyOf(y)) || ACTIONS.indexOf(x.action as Action) - ACTIONS.indexOf(y.action as Action))
    const row = list.find((r) => r.id === o.id)!
    expect(row.status, ctx).toBe(mine[0]?.status ?? 'nothing_open')
    expect(row.next === null ? null : pick(row.next), ctx).toEqual(mine[0] ?? null)
    const next = mine[0]
    const [id, , , date, left, status] = listHuman[i]!
    expect(id, ctx).toBe(o.id)
    expect(next ? [isoOf(date!), left, status] : [date, left, status], ctx).toEqual(
      next ? [next.date, leftWords(next.action, next.daysLeft), `${ACTION_NAME[next.action as Action]}: ${STATUS_WORD[next.status as Status]}`] : ['–', '–', 'nothing open'],
    )
    expectedDeadlines.push(...mine)
  }

  // deadlines: exactly those windows, each once, with the same day and days left.
  const byKey = (d: Record<string, unknown>) => `${String(d.id)}/${String(d.action)}`
  expect(dl.map(pick).sort((x, y) => byKey(x).localeCompare(byKey(y))), todayIso).toEqual(expectedDeadlines.sort((x, y) => byKey(x).localeCompare(byKey(y))))
  // The human list states the same windows, in the same order, with the same day and time left.
  expect(
    dlHuman.map(([left, date, action, order]) => [/^order (\S+) ·/.exec(order!)?.[1], action!.split(' ')[0], isoOf(date!), left]),
    todayIso,
  ).toEqual(dl.map((d) => [d.id, ACTION_NAME[d.action as Action], d.date, leftWords(d.action, d.daysLeft)]))
  const sorted = dl.map(urgencyOf)
  expect(sorted, 'deadlines is most urgent first').toEqual([...sorted].sort((x, y) => x - y))

  // The calendar: one all-day event per dated deadline, on that day.
  if (ics === null) return
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e))
  const dated = expectedDeadlines.filter((d) => d.date !== null)
  expect(events.map((e) => `${e.uid} ${e.startDate.toString()}`).sort()).toEqual(dated.map((d) => `${encodeURIComponent(String(d.id))}-${String(d.action)}@buyerdesk ${String(d.date)}`).sort())
}

function pick(d: Record<string, unknown>): Record<string, unknown> {
  return { id: d.id, action: d.action, status: d.status, date: d.date, daysLeft: d.daysLeft, deadline: d.deadline, latestDeadline: d.latestDeadline, opens: d.opens }
}

describe('one truth: every output about an order states the same thing', () => {
  beforeAll(() => {
    process.env.NO_COLOR = '1'
    process.env.BUYERDESK_WORKERS = '0'
    // The human list is read back by its columns: a screen wide enough that no row wraps (layout.test.ts checks wrapping).
    process.env.COLUMNS = '1000'
  })

  it('check --json, check - (NDJSON, CSV), track show/list, deadlines (JSON, .ics), wizard and the screen agree', { timeout: 120_000 }, async () => {
    const started = performance.now()
    await fc.assert(
      fc.asyncProperty(batchArb, async ({ today, orders }) => oneBatch(today, orders)),
      { numRuns: Number(process.env.ONE_TRUTH_RUNS ?? 200) },
    )
    // How many orders were judged, and how long it took (the issue asks for thousands, in under ~20 s).
     console.info(`one-truth: ${orderCount} orders in ${Math.round(performance.now() - started)} ms`)
  })
})
