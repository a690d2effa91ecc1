import type { Readable } from 'node:stream'
import { formatDay } from '../core/dates.js'
import { validateOrder } from '../render/order.js'
import type { Order, Policy } from '../core/types.js'
import { loadPolicies } from '../data/load.js'
import { DataError, EXIT, ExitError, UsageError, type ExitCode } from '../errors.js'
import { FACT_NAMES, fill } from '../i18n/core-messages.js'
import type { Lang } from '../i18n/lang.js'
import { ACTION_NAMES, ISSUE_NAMES, RESULT_TEXT, STATUS_NAMES } from '../i18n/result-messages.js'
import { TRACK_TEXT } from '../i18n/track-messages.js'
import { countText, EXPORT_TEXT } from '../i18n/export-messages.js'
import { readShopExport } from '../io/exports/read.js'
import { colours } from '../io/colour.js'
import { printError, printJson, printLines, write } from '../io/output.js'
import { inputError, readRecords, type RecordFormat } from '../io/records.js'
import { entryId, readOrders, STORED_DATES, storePath, updateOrders, type StoredOrder } from '../io/store.js'
import { safeJson, visible } from '../render/visible.js'
import { formatDate } from '../render/dates.js'
import { renderAssessment, URGENT_DAYS } from '../render/result.js'
import { toCheckJson } from '../render/check-json.js'
import { deadlinesOf, judgeOrders, leftText, table, toDeadlineJson, urgency, type JudgedOrder } from './deadlines.js'
import { screenWidth } from '../io/screen.js'
import { CATALOGS, count } from '../i18n/catalog/index.js'

/** What every `track` subcommand shares. */
interface TrackBase {
  today: number
  lang: Lang
  json: boolean
  policyFiles: string[]
}

export interface TrackAddOptions extends TrackBase {
  /** The order flags (POLICY.md names), `id` included. */
  order: Record<string, string | undefined>
  note?: string
}

export interface TrackUpdateOptions extends TrackBase {
  id: string
  /** The flags given; an empty string removes that fact. `id` renames the order. */
  changes: Record<string, string | undefined>
  note?: string
}

export interface TrackIdOptions extends TrackBase {
  id: string
}

export interface TrackImportOptions extends TrackBase {
  input: string
  inputFormat?: RecordFormat
  stdin?: Readable
  /** Show what would be saved; save nothing. */
  dryRun?: boolean
  /** The shopper's time zone: a shop export's timestamps become dates there (default: the machine's). */
  timeZone?: string
}

const MAX_ID = 64
/** The most lines one `track import` takes: it holds every line until its single commit (README). */
export const MAX_IMPORT_LINES = 200_000

/** A problem with an id a person must type back: 1 to 64 characters, no surrounding spaces, no control characters. */
export function idProblem(id: string, lang: Lang): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (id.length === 0 || id.length > MAX_ID || id.trim() !== id || /[\u0000-\u001f\u007f-\u009f]/.test(id)) return fill(TRACK_TEXT.badId[lang], { id: visible(id) })
  return undefined
}

function checkId(id: string, lang: Lang): string {
  const problem = idProblem(id, lang)
  if (problem !== undefined) throw new UsageError(problem, 'id')
  return id
}

/** The facts to store for a validated order: normalised, dates as YYYY-MM-DD, no verdict. */
export function toStored(order: Order, id: string, note: string | undefined, added: string): StoredOrder {
  const stored = { id, platform: order.platform, ...(order.issue !== null ? { issue: order.issue } : {}) } as StoredOrder
  for (const field of STORED_DATES) {
    const day = order[field]
    if (day !== null) stored[field] = formatDay(day)
  }
  if (note) stored.note = note
  stored.added = added
  return stored
}

function validated(record: Record<string, unknown>, policies: ReadonlyMap<string, Policy>, opts: TrackBase): Order {
  const { today: _t, ...facts } = record
  const result = validateOrder(facts, policies, opts.today, opts.lang)
  if (!result.ok) throw new UsageError(result.problem.message, result.problem.field)
  return result.order
}

function indexOf(orders: readonly unknown[], id: string): number {
  return orders.findIndex((entry) => entryId(entry) === id)
}

/** `track add`: validate like `check`, then save the facts under the given or a generated id. */
export async function trackAdd(opts: TrackAddOptions): Promise<{ code: ExitCode; order: StoredOrder }> {
  const policies = await loadPolicies(opts.policyFiles)
  const argId = opts.order.id === undefined ? undefined : checkId(opts.order.id, opts.lang)
  const order = validated(opts.order, policies, opts)
  const note = opts.note?.trim() || undefined
  const saved = await updateOrders(opts.lang, (orders, ids) => {
    if (argId !== undefined && indexOf(orders, argId) >= 0) throw new UsageError(fill(TRACK_TEXT.duplicateId[opts.lang], { id: argId }), 'id')
    const stored = toStored(order, argId ?? ids.next(orders), note, formatDay(opts.today))
    return { orders: [...orders, stored], result: stored }
  })
  if (opts.json) printJson(saved)
  else printLines([fill(argId === undefined ? TRACK_TEXT.addedGenerated[opts.lang] : TRACK_TEXT.added[opts.lang], { id: saved.id })])
  return { code: EXIT.OK, order: saved }
}

/** `track update ID`: change any facts (or the note, or the id) and validate the whole order again. */
export async function trackUpdate(opts: TrackUpdateOptions): Promise<{ code: ExitCode; order: StoredOrder }> {
  const policies = await loadPolicies(opts.policyFiles)
  const given = Object.entries(opts.changes).filter(([, v]) => v !== undefined) as [string, string][]
  if (given.length === 0 && opts.note === undefined) throw new UsageError(TRACK_TEXT.nothingToUpdate[opts.lang])
  const newId = opts.changes.id === undefined ? undefined : checkId(opts.changes.id, opts.lang)
  let before: StoredOrder | undefined
  const saved = await updateOrders(opts.lang, (orders) => {
    const at = indexOf(orders, opts.id)
    if (at < 0) throw new UsageError(fill(TRACK_TEXT.notFound[opts.lang], { id: opts.id }), 'id')
    if (newId !== undefined && newId !== opts.id && indexOf(orders, newId) >= 0) throw new UsageError(fill(TRACK_TEXT.duplicateId[opts.lang], { id: newId }), 'id')
    const current = orders[at] as StoredOrder
    before = current
    const merged: Record<string, unknown> = { ...current }
    for (const [field, value] of given) {
      if (field === 'id') continue
      if (value.trim() === '') delete merged[field]
      else merged[field] = value
    }
    const order = validated(merged, policies, opts)
    const note = opts.note === undefined ? current.note : opts.note.trim() || undefined
    const stored = toStored(order, newId ?? opts.id, note, current.added ?? formatDay(opts.today))
    if (current.returned !== undefined) stored.returned = current.returned
    const next = [...orders]
    next[at] = stored
    return { orders: next, result: stored }
  })
  if (opts.json) printJson(saved)
  else {
    const changes = changesOf(before!, saved)
    printLines([changes.length === 0 ? fill(TRACK_TEXT.updatedNothing[opts.lang], { id: saved.id }) : fill(TRACK_TEXT.updatedChanges[opts.lang], { id: saved.id, changes: changes.join(' · ') })])
  }
  return { code: EXIT.OK, order: saved }
}

/** What `track update` changed, as `field old → new` (`–` for a fact that was not there). */
export function changesOf(before: StoredOrder, after: StoredOrder): string[] {
  const fields = ['id', 'platform', 'issue', ...STORED_DATES, 'note'] as const
  const show = (v: unknown) => (v === undefined || v === '' ? '–' : String(v))
  return fields.filter((f) => before[f] !== after[f]).map((f) => `${f} ${show(before[f])} → ${show(after[f])}`)
}

/** `track rm ID` */
export async function trackRm(opts: TrackIdOptions): Promise<{ code: ExitCode }> {
  const removed = await updateOrders(opts.lang, (orders) => {
    const at = indexOf(orders, opts.id)
    if (at < 0) throw new UsageError(fill(TRACK_TEXT.notFound[opts.lang], { id: opts.id }), 'id')
    return { orders: orders.filter((_, i) => i !== at), result: orders[at] }
  })
  if (opts.json) printJson(removed)
  else printLines([fill(TRACK_TEXT.removed[opts.lang], { id: opts.id })])
  return { code: EXIT.OK }
}

/** The facts as saved, in the order they happen. */
function factsOf(entry: StoredOrder): Record<string, string> {
  const facts: Record<string, string> = {}
  for (const field of STORED_DATES) if (typeof entry[field] === 'string') facts[field] = entry[field]
  return facts
}

/** One row of `track list --json`. */
export function toListJson(j: JudgedOrder): Record<string, unknown> {
  const next = deadlinesOf(j)[0]
  return {
    id: j.id,
    platform: j.entry.platform,
    issue: j.entry.issue ?? null,
    ...(j.entry.note ? { note: j.entry.note } : {}),
    ...factsOf(j.entry),
    ...(j.entry.returned ? { returned: j.entry.returned } : {}),
    status: j.problem ? 'invalid' : next ? next.status : 'nothing_open',
    next: next ? toDeadlineJson(next) : null,
    ...(j.problem ? { problem: j.problem } : {}),
  }
}

/** The table of `track list`. Pure: returns lines. */
export function renderOrderTable(orders: readonly JudgedOrder[], lang: Lang, c = colours()): string[] {
  const t = TRACK_TEXT
  const rows = [[t.colId[lang], t.colPlatform[lang], t.colProblem[lang], t.colNext[lang], t.colDaysLeft[lang], t.colStatus[lang]]]
  const urgent: boolean[] = [false]
  for (const j of orders) {
    const next = deadlinesOf(j)[0]
    const issue = j.entry.issue && j.entry.issue in ISSUE_NAMES ? ISSUE_NAMES[j.entry.issue as keyof typeof ISSUE_NAMES][lang] : RESULT_TEXT.noIssue[lang]
    const platform = visible(j.policy?.name ?? String(j.entry.platform))
    const id = visible(j.id)
    if (j.problem) rows.push([id, platform, issue, '–', '–', t.invalid[lang]])
    else if (!next) rows.push([id, platform, issue, '–', '–', t.nothingOpen[lang]])
    else rows.push([id, platform, issue, next.date === null ? '–' : formatDate(next.date, lang), leftText(next, lang), `${ACTION_NAMES[next.action][lang]}: ${STATUS_NAMES[next.status][lang]}`])
    urgent.push(next !== undefined && urgency(next) <= URGENT_DAYS)
  }
  return table(rows, screenWidth()).map((line, i) => (i === 0 ? c.bold(line) : urgent[i] ? c.red.bold(line) : line))
}

/** `track list` */
export async function trackList(opts: TrackBase): Promise<{ code: ExitCode; orders: JudgedOrder[] }> {
  const entries = await readOrders(opts.lang)
  const { orders, problems } = judgeOrders(entries, await loadPolicies(opts.policyFiles), opts.today, opts.lang)
  for (const p of problems) printError(`buyerdesk: ${p}`)
  if (opts.json) printJson(orders.map(toListJson))
  else if (orders.length === 0) printLines([TRACK_TEXT.noOrders[opts.lang]])
  else printLines(renderOrderTable(orders, opts.lang))
  return { code: EXIT.OK, orders }
}

/** `track show ID`: the full `check` result for the saved order, judged today. */
export async function trackShow(opts: TrackIdOptions): Promise<{ code: ExitCode }> {
  const entries = await readOrders(opts.lang)
  const entry = entries.find((e) => entryId(e) === opts.id)
  if (entry === undefined) throw new UsageError(fill(TRACK_TEXT.notFound[opts.lang], { id: opts.id }), 'id')
  const [judged] = judgeOrders([entry], await loadPolicies(opts.policyFiles), opts.today, opts.lang).orders
  if (!judged?.assessment || !judged.policy) throw new DataError(judged?.problem ?? fill(TRACK_TEXT.notFound[opts.lang], { id: opts.id }))
  const stored = judged.entry
  if (opts.json) {
    printJson({ ...toCheckJson(judged.assessment, judged.id), ...(stored.note ? { note: stored.note } : {}), facts: { ...factsOf(stored), ...(stored.returned ? { returned: stored.returned } : {}) } })
    return { code: EXIT.OK }
  }
  const c = colours()
  const lines = renderAssessment(judged.assessment, judged.policy, { lang: opts.lang, colours: c, id: visible(judged.id), width: screenWidth() })
  const facts = Object.entries(factsOf(stored)).map(([k, v]) => `${FACT_NAMES[k as keyof typeof FACT_NAMES][opts.lang]} ${formatDate(v, opts.lang)}`)
  if (stored.returned) facts.push(`${EXPORT_TEXT.returnedFact[opts.lang]} ${formatDate(stored.returned, opts.lang)}`)
  const extra = [c.dim(`${TRACK_TEXT.facts[opts.lang]}: ${facts.join(' · ')}`)]
  if (stored.note) extra.push(`${c.dim(TRACK_TEXT.note[opts.lang] + ':')} ${visible(stored.note)}`)
  // The facts and the note go right under the header line.
  printLines([lines[0]!, ...extra, ...lines.slice(1)])
  return { code: EXIT.OK }
}

/**
 * `track import FILE`: save every good line, report every bad one (like `check -`), exit 1 if any was bad.
 * All or nothing: the file is read and every line validated first, without the lock; then one short locked
 * write commits all the good lines at once. Ctrl-C before that write leaves the store as it was, and says so.
 */
export async function trackImport(opts: TrackImportOptions): Promise<{ code: ExitCode; saved: StoredOrder[] }> {
  const policies = await loadPolicies(opts.policyFiles)
  const lang = opts.lang
  // A shop's own export (Amazon, AliExpress: ../shared/FORMATS.md), recognised by its header.
  const exported = await readShopExport(opts.input, { timeZone: opts.timeZone, lang })
  if (exported !== null) return (await import('./track-export.js')).importShopExport({ ...opts, dryRun: Boolean(opts.dryRun), policies }, exported)
  type Outcome = { line: number; stored?: Omit<StoredOrder, 'id'>; id?: string; error?: { field?: string; message: string } }
  const outcomes: Outcome[] = []
  const seen = new Set<string>()
  const added = formatDay(opts.today)
  const interrupted = new AbortController()
  const onSigint = () => interrupted.abort()
  process.on('SIGINT', onSigint)
  let saved: StoredOrder[]
  try {
    for await (const item of readRecords({ input: opts.input, format: opts.inputFormat, stdin: opts.stdin, lang, signal: interrupted.signal })) {
      if (item.line > MAX_IMPORT_LINES) {
        throw new UsageError(fill(TRACK_TEXT.importTooLarge[lang], { file: opts.input === '-' ? 'stdin' : opts.input, max: MAX_IMPORT_LINES.toLocaleString(lang === 'ro' ? 'ro-RO' : 'en-US') }))
      }
      if (item.error !== undefined) {
        outcomes.push({ line: item.line, error: { message: item.error } })
        continue
      }
      const record = item.record!
      const { today: _t, ...facts } = record
      const result = validateOrder(facts, policies, opts.today, lang)
      if (!result.ok) {
        outcomes.push({ line: item.line, error: result.problem })
        continue
      }
      const rawId = result.order.id === undefined || result.order.id === '' ? undefined : String(result.order.id).trim()
      if (rawId !== undefined) {
        const problem = idProblem(rawId, lang)
        if (problem !== undefined) {
          outcomes.push({ line: item.line, error: { field: 'id', message: problem } })
          continue
        }
        if (seen.has(rawId)) {
          outcomes.push({ line: item.line, error: { field: 'id', message: fill(TRACK_TEXT.duplicateInFile[lang], { id: rawId }) } })
          continue
        }
        seen.add(rawId)
      }
      const note = typeof record.note === 'string' && record.note.trim() !== '' ? record.note.trim() : undefined
      const { id: _id, ...stored } = toStored(result.order, '', note, added)
      outcomes.push({ line: item.line, stored, ...(rawId !== undefined ? { id: rawId } : {}) })
    }
    // One locked write for the whole file: ids already saved are reported, never overwritten. Linear: one
    // pass over the store for its ids, one over the file.
    saved = await updateOrders(
      lang,
      (orders, ids) => {
        const taken = new Set<string>()
        for (const entry of orders) {
          const id = entryId(entry)
          if (id !== undefined) taken.add(id)
        }
        for (const id of seen) ids.see(id)
        const next = [...orders]
        const savedNow: StoredOrder[] = []
        for (const o of outcomes) {
          if (!o.stored) continue
          if (o.id !== undefined && taken.has(o.id)) {
            o.error = { field: 'id', message: fill(TRACK_TEXT.duplicateId[lang], { id: o.id }) }
            delete o.stored
            continue
          }
          const stored = { id: o.id ?? ids.next(), ...o.stored } as StoredOrder
          o.id = stored.id
          next.push(stored)
          savedNow.push(stored)
        }
        return { orders: savedNow.length > 0 && !opts.dryRun ? next : undefined, result: savedNow }
      },
      { signal: interrupted.signal },
    )
  } catch (err) {
    if (interrupted.signal.aborted) throw new ExitError(fill(TRACK_TEXT.importCancelled[lang], { file: storePath() }), EXIT.INTERRUPTED)
    throw err instanceof ExitError ? err : inputError(err, { input: opts.input, lang })
  } finally {
    process.off('SIGINT', onSigint)
  }
  const bad = outcomes.filter((o) => o.error !== undefined)
  if (opts.json) {
    await write(outcomes.map((o) => safeJson(JSON.stringify(o.error ? { type: 'error', line: o.line, ...(o.id !== undefined ? { id: o.id } : {}), ...o.error } : { type: 'saved', line: o.line, id: o.id }))).join('\n') + (outcomes.length ? '\n' : ''))
  } else {
    for (const o of bad) printError(visible(fill(TRACK_TEXT.importLine[lang], { line: o.line, message: o.error!.message })))
    const ids = saved.length > 0 ? ` (${saved.map((s) => s.id).join(', ')})` : ''
    const values = { n: saved.length, total: outcomes.length, orders: countText(outcomes.length, 'orders', lang), file: opts.input === '-' ? 'stdin' : opts.input, ids }
    printLines([visible(fill(opts.dryRun ? EXPORT_TEXT.dryRunPlain[lang] : TRACK_TEXT.importDone[lang], values))])
  }
  if (bad.length > 0) {
    printError(`buyerdesk: ${fill(TRACK_TEXT.importBad[lang], { bad: bad.length, lines: count(lang, CATALOGS[lang].common.counts.lines, outcomes.length) })}`)
    return { code: EXIT.DATA, saved }
  }
  return { code: EXIT.OK, saved }
}
