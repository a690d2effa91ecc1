import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import type { ChalkInstance } from 'chalk'
import type { EventAttributes } from 'ics'
import { displayWidth as stringWidth } from '../render/width.js'
import { wrap } from '../render/wrap.js'
import { screenWidth } from '../io/screen.js'
import { assessIn } from '../render/verdict.js'
import { civilFromDay, formatDay, parseDay } from '../core/dates.js'
import { actBy, ruleOf } from '../core/act-by.js'
import { validateOrder } from '../render/order.js'
import { ACTIONS, type Action, type Assessment, type Issue, type Policy, type Status } from '../core/types.js'
import { loadPolicies } from '../data/load.js'
import { DataError, EXIT, UsageError, type ExitCode } from '../errors.js'
import { fill } from '../i18n/core-messages.js'
import type { Lang } from '../i18n/lang.js'
import { ACTION_NAMES, ISSUE_NAMES, RESULT_TEXT, STATUS_NAMES } from '../i18n/result-messages.js'
import { TRACK_TEXT } from '../i18n/track-messages.js'
import { colours } from '../io/colour.js'
import { printError, printJson, printLines, printText } from '../io/output.js'
import { errnoText } from '../io/errno.js'
import { configDir } from '../io/settings.js'
import { entryId, readOrders, storePath, type StoredOrder } from '../io/store.js'
import { formatDate } from '../render/dates.js'
import { daysLeftText, URGENT_DAYS } from '../render/result.js'
import { visible } from '../render/visible.js'
import { CATALOGS, count } from '../i18n/catalog/index.js'

/** A saved order judged today: the assessment, or why its stored facts no longer validate. */
export interface JudgedOrder {
  id: string
  entry: StoredOrder
  policy?: Policy
  assessment?: Assessment
  problem?: string
}

/**
 * Judge every saved entry afresh (facts in, verdicts out: nothing judged is stored). Entries that are not
 * orders, or whose facts no longer validate, come back as problems (one line each) and stay in the file.
 */
export function judgeOrders(entries: readonly unknown[], policies: ReadonlyMap<string, Policy>, today: number, lang: Lang, file = storePath()): { orders: JudgedOrder[]; problems: string[] } {
  const orders: JudgedOrder[] = []
  const problems: string[] = []
  entries.forEach((entry, index) => {
    const id = entryId(entry)
    if (id === undefined) {
      problems.push(fill(TRACK_TEXT.entryNotOrder[lang], { index, file }))
      return
    }
    const stored = entry as StoredOrder
    // Only the facts: a stored `today` (hand-edited) must not override today's judgement.
    const { today: _ignored, ...facts } = stored as StoredOrder & { today?: unknown }
    const result = validateOrder({ ...facts, id }, policies, today, lang)
    if (!result.ok) {
      const message = fill(TRACK_TEXT.entryInvalid[lang], { id, message: result.problem.message })
      problems.push(message)
      orders.push({ id, entry: stored, problem: message })
      return
    }
    const policy = policies.get(result.order.platform)!
    orders.push({ id, entry: stored, policy, assessment: assessIn(result.order, policy, today, lang) })
  })
  return { orders, problems }
}

/** One window that closes on a date still ahead (or today), or an open cancellation that closes when the order ships. */
export interface Deadline {
  id: string
  platform: string
  platformName: string
  issue: Issue | null
  note?: string
  action: Action
  status: Status
  /** The last day to act (see `actBy`); null while the window stays open until an event (cancel: until it ships) or has no deadline. */
  date: string | null
  /** Why `date` is null: open until an event, or open with no deadline at all. */
  undated?: 'until_event' | 'no_deadline'
  daysLeft: number | null
  /** The verdict's earliest and latest deadlines (they differ where the sources disagree). */
  deadline: string | null
  latestDeadline: string | null
  opens: string | null
  why: string
  steps: string[]
}

/**
 * Every window of one order that is still open or about to open, with its last day (`actBy`), most urgent
 * first: an open cancellation (it ends the moment the order ships), then by days left. A window not yet open
 * but with a known closing date is listed too, since it can close before the buyer acts.
 */
export function deadlinesOf(judged: JudgedOrder): Deadline[] {
  const { assessment, policy } = judged
  if (!assessment || !policy) return []
  const out: Deadline[] = []
  for (const action of ACTIONS) {
    const v = assessment.verdicts[action]
    const by = actBy(v, ruleOf(v, policy.rules))
    if (by === null) continue
    out.push({
      id: judged.id,
      platform: assessment.platform,
      platformName: policy.name,
      issue: assessment.issue,
      ...(judged.entry.note ? { note: judged.entry.note } : {}),
      action,
      status: v.status,
      date: typeof by === 'string' ? null : by.date,
      daysLeft: typeof by === 'string' ? null : by.daysLeft,
      ...(typeof by === 'string' ? { undated: by } : {}),
      deadline: v.deadline,
      latestDeadline: v.latestDeadline,
      opens: v.opens,
      why: v.why,
      steps: v.steps,
    })
  }
  return out.sort(byUrgency)
}

/** Days left for sorting and `--within`: an open cancellation counts as closing now, a window with no deadline never. */
export function urgency(d: Deadline): number {
  return d.daysLeft ?? (d.undated === 'no_deadline' ? Number.POSITIVE_INFINITY : -1)
}

export function byUrgency(a: Deadline, b: Deadline): number {
  return urgency(a) - urgency(b) || a.id.localeCompare(b.id) || ACTIONS.indexOf(a.action) - ACTIONS.indexOf(b.action)
}

/** Pad to a display width (Hangul is two columns wide). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)))
}

/** The narrowest the last column of a table may get before the rows are laid out as lists. */
const MIN_LAST_COLUMN = 12

/**
 * Rows of cells → aligned lines (two spaces between columns, by display width). The last column is not
 * padded. One entry per row (the callers colour rows): on a screen too narrow for a row, its last cell wraps
 * under itself, or, when even that leaves it too little room, the row's cells wrap as one list (`a · b · c`),
 * the entry then holding several lines.
 */
export function table(rows: readonly string[][], width = Number.POSITIVE_INFINITY): string[] {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))))
  return rows.map((row) => {
    const line = row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i]!))).join('  ').trimEnd()
    if (stringWidth(line) <= width) return line
    const prefix = row.slice(0, -1).map((cell, i) => padEnd(cell, widths[i]!)).join('  ') + (row.length > 1 ? '  ' : '')
    const lead = /^ */.exec(row[0] ?? '')![0]
    if (width - stringWidth(prefix) >= MIN_LAST_COLUMN) return wrap(row.at(-1)!, width, prefix, ' '.repeat(stringWidth(prefix))).join('\n')
    return wrap(row.map((cell) => cell.trim()).filter((cell) => cell !== '').join(' · '), width, lead, `${lead}    `).join('\n')
  })
}

/** The action as a person reads it, with what is special about its status. */
export function actionText(d: Deadline, lang: Lang): string {
  const name = ACTION_NAMES[d.action][lang]
  if (d.status === 'uncertain') return `${name} (${STATUS_NAMES.uncertain[lang]})`
  if (d.status === 'not_yet') return `${name} (${d.opens ? fill(RESULT_TEXT.opensOn[lang], { date: formatDate(d.opens, lang) }) : STATUS_NAMES.not_yet[lang]})`
  return name
}

export function orderText(d: Deadline, lang: Lang): string {
  // Saved text is the user's or an imported file's: shown, never obeyed by the terminal (newlines included).
  const parts = [fill(TRACK_TEXT.orderRef[lang], { id: visible(d.id) }), visible(d.platformName), d.issue ? ISSUE_NAMES[d.issue][lang] : RESULT_TEXT.noIssue[lang]]
  if (d.note) parts.push(`“${visible(d.note)}”`)
  return parts.join(' · ')
}

/** Days left, "until it ships" for an open cancellation, or "no deadline". */
export function leftText(d: Deadline, lang: Lang): string {
  if (d.daysLeft !== null) return daysLeftText(d.daysLeft, lang)
  return d.undated === 'no_deadline' ? TRACK_TEXT.noDeadline[lang] : TRACK_TEXT.untilShipped[lang]
}

/** The human list of `deadlines`. Pure: returns lines. */
export function renderDeadlines(list: readonly Deadline[], opts: { lang: Lang; today: number; within?: number; colours: ChalkInstance; width?: number }): string[] {
  const { lang, colours: c } = opts
  const today = formatDate(formatDay(opts.today), lang)
  const header = opts.within === undefined ? fill(TRACK_TEXT.deadlinesHeader[lang], { today }) : fill(TRACK_TEXT.deadlinesHeaderWithin[lang], { days: count(lang, CATALOGS[lang].common.counts.days, opts.within), today })
  if (list.length === 0) {
    return [opts.within === undefined ? TRACK_TEXT.noDeadlines[lang] : fill(TRACK_TEXT.noDeadlinesWithin[lang], { days: count(lang, CATALOGS[lang].common.counts.days, opts.within) })]
  }
  const rows = list.map((d) => [leftText(d, lang), d.date === null ? '–' : formatDate(d.date, lang), actionText(d, lang), orderText(d, lang)])
  // Indented by two: the table gets two columns less, and every line of a wrapped row is indented.
  const lines = table(rows, (opts.width ?? screenWidth()) - 2).map((line, i) => (urgency(list[i]!) <= URGENT_DAYS ? c.red.bold(line) : line))
  return [...wrap(header, opts.width ?? screenWidth()).map((l) => c.bold(l)), '', ...lines.map((l) => l.replace(/^/gm, '  '))]
}

/** The JSON record of one deadline (`deadlines --json` prints an array of them). */
export function toDeadlineJson(d: Deadline): Record<string, unknown> {
  return {
    id: d.id,
    platform: d.platform,
    issue: d.issue,
    ...(d.note ? { note: d.note } : {}),
    action: d.action,
    status: d.status,
    date: d.date,
    daysLeft: d.daysLeft,
    deadline: d.deadline,
    latestDeadline: d.latestDeadline,
    opens: d.opens,
  }
}

function dateArray(iso: string): [number, number, number] {
  return civilFromDay(parseDay(iso)!)
}

/**
 * The calendar: an all-day event on each last day (DTEND is the next day: iCalendar end dates are exclusive)
 * with a display alarm `alarmDays` before. UIDs are stable per order and action, so importing a newer file
 * updates the events instead of duplicating them.
 */
export function toEvents(list: readonly Deadline[], lang: Lang, alarmDays: number): EventAttributes[] {
  // An open cancellation has no day to put in a calendar: it closes whenever the order ships.
  return list.flatMap((d) => (d.date === null ? [] : [{ ...d, date: d.date }])).map((d) => {
    const day = parseDay(d.date)!
    const action = ACTION_NAMES[d.action][lang]
    const description = [d.why, ...d.steps.map((s, i) => `${i + 1}. ${s}`), ...(d.note ? [`${TRACK_TEXT.note[lang]}: ${d.note}`] : [])].join('\n')
    return {
      uid: `${encodeURIComponent(d.id)}-${d.action}@buyerdesk`,
      title: fill(TRACK_TEXT.eventTitle[lang], { action, id: d.id, platform: d.platformName }),
      description,
      start: dateArray(d.date),
      end: civilFromDay(day + 1),
      transp: 'TRANSPARENT',
      categories: ['buyerdesk'],
      alarms: [
        {
          action: 'display',
          description: fill(TRACK_TEXT.alarmText[lang], { action, id: d.id, date: formatDate(d.date, lang) }),
          // NOTE: in hours, not days: ics 3.12 writes `{ days: 2 }` as `-P2DT`, outside RFC 5545's
          // dur-value grammar (a `T` must be followed by a time); `-PT48H` is valid everywhere.
          trigger: { hours: alarmDays * 24, before: true },
        },
      ],
    }
  })
}

/** The iCalendar text; with no deadlines still a valid VCALENDAR (ics writes its header and footer alone). */
export async function toIcs(list: readonly Deadline[], lang: Lang, alarmDays: number): Promise<string> {
  const { createEvents } = await import('ics')
  const { error, value } = createEvents(toEvents(list, lang, alarmDays), { productId: PRODUCT_ID, calName: TRACK_TEXT.calName[lang] })
  if (error || value === null) throw new DataError(`--ics: ${error?.message ?? 'no calendar'}`)
  return value
}

export interface DeadlinesOptions {
  today: number
  lang: Lang
  json: boolean
  /** Only deadlines at most this many days ahead. */
  within?: number
  /** Print nothing; exit 3 when something closes within `within` (default 3) days. */
  quiet: boolean
  /** Write an iCalendar file there (`-`: stdout). */
  ics?: string
  /** Replace an existing `ics` file that buyerdesk did not write. */
  force?: boolean
  alarmDays: number
  policyFiles: string[]
}

export interface DeadlinesResult {
  code: ExitCode
  deadlines: Deadline[]
}

const PRODUCT_ID = '-//buyerdesk//deadlines//EN'
const LAST_ICS_DAY = parseDay('9999-12-31')!

/** The first bytes of a file: enough to see whether it is a calendar buyerdesk wrote. */
function head(file: string, bytes = 512): string {
  const fd = openSync(file, 'r')
  try {
    const buf = Buffer.alloc(bytes)
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0)).toString('utf8')
  } finally {
    closeSync(fd)
  }
}

/** Whether `path` is `dir` or inside it (both resolved through symbolic links as far as they exist). */
function inside(path: string, dir: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p)
    } catch {
      const parent = dirname(p)
      return parent === p ? p : resolve(real(parent), relative(parent, p))
    }
  }
  const rel = relative(real(dir), real(path))
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/**
 * Where `--ics FILE` may write (README "Saved orders"): never inside the buyerdesk folder (the settings and
 * the store live there); a file that exists is replaced only when it is an iCalendar file buyerdesk wrote
 * (its PRODID), or with --force; never a folder or a device. Returns the path to write (a symbolic link is
 * followed, so the link stays).
 */
export function icsTarget(file: string, opts: { force?: boolean; lang: Lang; env?: NodeJS.ProcessEnv }): string {
  const lang = opts.lang
  if (file.trim() === '') throw new UsageError(fill(TRACK_TEXT.icsNotAFile[lang], { file: '""', why: 'ENOENT: an empty name' }), 'ics')
  const dir = configDir(opts.env)
  if (inside(file, dir)) throw new UsageError(fill(TRACK_TEXT.icsInConfigDir[lang], { file, dir }), 'ics')
  let stat
  try {
    stat = statSync(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return file
    throw new UsageError(fill(TRACK_TEXT.icsNotAFile[lang], { file, why: errnoText(err, lang) }), 'ics')
  }
  if (!stat.isFile()) throw new UsageError(fill(TRACK_TEXT.icsNotAFile[lang], { file, why: errnoText({ code: stat.isDirectory() ? 'EISDIR' : 'ENOTSUP' }, lang) }), 'ics')
  if (!opts.force) {
    let text = ''
    try {
      text = head(file)
    } catch (err) {
      throw new UsageError(fill(TRACK_TEXT.icsNotAFile[lang], { file, why: errnoText(err, lang) }), 'ics')
    }
    const ours = /^BEGIN:VCALENDAR\r?\n/.test(text) && text.includes(`PRODID:${PRODUCT_ID}`)
    if (!ours) throw new UsageError(fill(TRACK_TEXT.icsNotOurs[lang], { file }), 'ics')
  }
  return realpathSync(file)
}

/** Write the calendar atomically (temp file + rename, the old file's mode kept): a reader sees the old or the new. */
async function writeIcs(file: string, text: string, lang: Lang): Promise<void> {
  const { writeFileSync } = await import('atomically')
  try {
    writeFileSync(file, text)
  } catch (err) {
    throw new DataError(fill(TRACK_TEXT.icsWriteFailed[lang], { file, why: errnoText(err, lang) }), 'ics')
  }
}

/** `buyerdesk deadlines`: every upcoming window across saved orders, most urgent first. */
export async function deadlines(opts: DeadlinesOptions): Promise<DeadlinesResult> {
  // Checked before anything is read: a refused target costs nothing.
  const target = opts.ics !== undefined && opts.ics !== '-' ? icsTarget(opts.ics, { force: opts.force, lang: opts.lang }) : undefined
  const entries = await readOrders(opts.lang)
  const policies = await loadPolicies(opts.policyFiles)
  const { orders, problems } = judgeOrders(entries, policies, opts.today, opts.lang)
  const all = orders.flatMap(deadlinesOf).sort(byUrgency)
  const horizon = opts.within ?? (opts.quiet ? URGENT_DAYS : undefined)
  const list = horizon === undefined ? all : all.filter((d) => urgency(d) <= horizon)
  // --quiet --ics: the calendar is written (with what --ics alone would list), and the exit code is --quiet's.
  const code = opts.quiet ? (list.length > 0 ? EXIT.INELIGIBLE : EXIT.OK) : EXIT.OK

  if (opts.ics !== undefined) {
    const wanted = opts.within === undefined ? all : list
    // Only dated windows go in a calendar (an open cancellation has no day); an event ends the next day
    // (DTEND is exclusive), and iCalendar years have four digits.
    const dated = wanted.filter((d) => d.date !== null)
    const calendar = dated.filter((d) => {
      const day = parseDay(d.date!)
      return day !== null && day < LAST_ICS_DAY
    })
    if (calendar.length < dated.length) printError(`buyerdesk: ${fill(TRACK_TEXT.icsTooLate[opts.lang], { n: dated.length - calendar.length })}`)
    const text = await toIcs(calendar, opts.lang, opts.alarmDays)
    if (opts.ics === '-') printText(text)
    else {
      await writeIcs(target!, text, opts.lang)
      if (!opts.quiet) printLines([fill(TRACK_TEXT.icsWritten[opts.lang], { deadlines: count(opts.lang, CATALOGS[opts.lang].common.counts.deadlines, calendar.length), file: opts.ics, alarmDays: count(opts.lang, CATALOGS[opts.lang].common.counts.days, opts.alarmDays) })])
    }
    if (!opts.quiet) for (const p of problems) printError(`buyerdesk: ${p}`)
    return { code, deadlines: list }
  }
  if (opts.quiet) return { code, deadlines: list }
  for (const p of problems) printError(`buyerdesk: ${p}`)
  if (opts.json) {
    printJson(list.map(toDeadlineJson))
  } else {
    printLines(renderDeadlines(list, { lang: opts.lang, today: opts.today, within: opts.within, colours: colours() }))
  }
  return { code: EXIT.OK, deadlines: list }
}
