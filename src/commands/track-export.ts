import { formatDay } from '../core/dates.js'
import { formatDate } from '../render/dates.js'
import { validateOrder } from '../render/order.js'
import type { Policy } from '../core/types.js'
import { EXIT, type ExitCode } from '../errors.js'
import { CATALOGS } from '../i18n/catalog/index.js'
import { fill } from '../i18n/core-messages.js'
import { countText, EXPORT_TEXT } from '../i18n/export-messages.js'
import type { Lang } from '../i18n/lang.js'
import { EXPORT_FACTS, mergeExported, type ExportFact, type FactChange } from '../io/exports/merge.js'
import type { ExportedOrder, RowProblem } from '../io/exports/formats.js'
import type { ShopExport } from '../io/exports/read.js'
import { printError, printLines, write } from '../io/output.js'
import { safeJson, safeLine } from '../render/visible.js'
import { entryId, readOrders, updateOrders, type StoredOrder } from '../io/store.js'
import { idProblem as problemOfId, toStored } from './track.js'

/**
 * `track import` of a shop's own export (src/io/exports): one saved order per shop order id, merged with what is
 * already saved (src/io/exports/merge.ts) so that importing the same file again changes nothing.
 */

export interface ExportImportOptions {
  input: string
  today: number
  lang: Lang
  json: boolean
  dryRun: boolean
  policies: ReadonlyMap<string, Policy>
}

type Outcome =
  | { type: 'error'; file?: string; row: number; id?: string; field?: string; message: string }
  | { type: 'saved' | 'updated' | 'unchanged'; file?: string; row: number; id: string; order: StoredOrder; changes?: FactChange[] }

/** `row 7`, or `Retail.OrderHistory.2.csv, row 7` when the export had several files. */
export function rowRef(p: { file?: string; row: number }, lang: Lang, many: boolean): string {
  return many && p.file !== undefined ? fill(EXPORT_TEXT.fileRowRef[lang], p) : fill(EXPORT_TEXT.rowRef[lang], p)
}

/** A fact's name in `lang` (`주문일`, `data livrării`), as `check` and `track show` name it. */
function factName(fact: ExportFact, lang: Lang): string {
  return fact === 'returned' ? EXPORT_TEXT.returnedFact[lang] : CATALOGS[lang].common.facts[fact]
}

/** `주문일 2023년 5월 23일 (화) · 발송일 …`: an order's dates as the user reads them elsewhere. */
function factsText(order: Record<string, unknown>, lang: Lang): string {
  return EXPORT_FACTS.filter((f) => typeof order[f] === 'string')
    .map((f) => `${factName(f, lang)} ${formatDate(String(order[f]), lang)}`)
    .join(' · ')
}

function changesText(changes: readonly FactChange[], lang: Lang): string {
  return changes.map((c) => `${factName(c.field, lang)} ${c.from === undefined ? '–' : formatDate(c.from, lang)} → ${formatDate(c.to, lang)}`).join(' · ')
}

export async function importShopExport(opts: ExportImportOptions, exp: ShopExport): Promise<{ code: ExitCode; saved: StoredOrder[] }> {
  const { lang } = opts
  const many = exp.parts.length > 1
  const where = (o: { file?: string; row: number }) => ({ ...(many && o.file !== undefined ? { file: o.file } : {}), row: o.row })
  const outcomes: Outcome[] = exp.mapped.problems.map((p: RowProblem) => ({ type: 'error' as const, ...where(p), ...(p.id !== undefined ? { id: p.id } : {}), message: p.message }))
  const warnings: string[] = []
  const added = formatDay(opts.today)

  // Each order checked as `track add` would, before the store is touched.
  const good: { order: ExportedOrder; stored: StoredOrder }[] = []
  for (const order of exp.mapped.orders) {
    const idProblem = problemOfId(order.id, lang)
    if (idProblem !== undefined) {
      outcomes.push({ type: 'error', ...where(order), field: 'id', message: idProblem })
      continue
    }
    if (order.ordered === undefined) {
      outcomes.push({ type: 'error', ...where(order), id: order.id, field: 'ordered', message: fill(EXPORT_TEXT.noOrderDate[lang], { id: order.id }) })
      continue
    }
    const facts = { id: order.id, platform: order.platform, ordered: order.ordered, shipped: order.shipped, delivered: order.delivered }
    const result = validateOrder(facts, opts.policies, opts.today, lang)
    if (!result.ok) {
      outcomes.push({ type: 'error', ...where(order), id: order.id, field: result.problem.field, message: result.problem.message })
      continue
    }
    const stored = toStored(result.order, order.id, undefined, added)
    if (order.returned !== undefined) stored.returned = order.returned
    good.push({ order, stored })
  }
  const inFile = new Set(good.map((g) => g.order.id))
  // Returns of orders not in this export mark orders saved earlier.
  const returnsOnly = exp.mapped.returns.filter((r) => !inFile.has(r.id))

  const plan = (current: unknown[]): { orders?: unknown[]; result: StoredOrder[] } => {
    const next = [...current]
    const savedNow: StoredOrder[] = []
    // One pass over the store for its ids (an import stays linear, as `track import` of NDJSON does).
    const index = new Map<string, number>()
    next.forEach((e, i) => {
      const id = entryId(e)
      if (id !== undefined && !index.has(id)) index.set(id, i)
    })
    const at = (id: string) => index.get(id) ?? -1
    const apply = (incoming: Pick<ExportedOrder, 'platform' | 'ordered' | 'shipped' | 'delivered' | 'returned'>, id: string, pos: { file?: string; row: number }, stored?: StoredOrder) => {
      const i = at(id)
      const saved = i >= 0 ? (next[i] as Record<string, unknown>) : undefined
      const merge = mergeExported(saved, incoming)
      if (merge.kind === 'new') {
        if (stored === undefined) {
          outcomes.push({ type: 'error', ...where(pos), id, message: fill(EXPORT_TEXT.returnNotSaved[lang], { id }) })
          return
        }
        index.set(id, next.length)
        next.push(stored)
        savedNow.push(stored)
        outcomes.push({ type: 'saved', ...where(pos), id, order: stored })
        return
      }
      if (merge.kind === 'other-platform') {
        outcomes.push({ type: 'error', ...where(pos), id, field: 'platform', message: fill(EXPORT_TEXT.otherPlatform[lang], { id, saved: merge.saved, incoming: incoming.platform }) })
        return
      }
      for (const c of merge.conflicts) warnings.push(fill(EXPORT_TEXT.conflict[lang], { id, ...c }))
      if (merge.kind === 'unchanged') {
        outcomes.push({ type: 'unchanged', ...where(pos), id, order: saved as unknown as StoredOrder })
        return
      }
      // The merged facts must still make an order (a delivery before the saved order date does not).
      const result = validateOrder(merge.merged, opts.policies, opts.today, lang)
      if (!result.ok) {
        outcomes.push({ type: 'error', ...where(pos), id, field: result.problem.field, message: result.problem.message })
        return
      }
      const updated = { ...(merge.merged as unknown as StoredOrder) }
      next[i] = updated
      savedNow.push(updated)
      outcomes.push({ type: 'updated', ...where(pos), id, order: updated, changes: merge.changes })
    }
    for (const { order, stored } of good) apply(order, order.id, order, stored)
    for (const r of returnsOnly) apply({ platform: 'amazon', returned: r.returned }, r.id, r)
    return { orders: savedNow.length > 0 && !opts.dryRun ? next : undefined, result: savedNow }
  }
  // One locked write for the whole file (the store's own lock); a dry run only reads.
  const saved = opts.dryRun ? plan(await readOrders(lang)).result : await updateOrders(lang, plan)

  const sorted = outcomes.sort((a, b) => exp.parts.findIndex((p) => p.file === a.file) - exp.parts.findIndex((p) => p.file === b.file) || a.row - b.row)
  const bad = sorted.filter((o) => o.type === 'error')
  const count = (type: Outcome['type']) => sorted.filter((o) => o.type === type).length
  if (opts.json) {
    const records = sorted.map((o) => safeJson(JSON.stringify({ ...o, ...(opts.dryRun ? { dryRun: true } : {}) })))
    await write(records.join('\n') + (records.length ? '\n' : ''))
  } else {
    // Texts from the file (ids, cells quoted in messages) shown with control characters escaped.
    for (const o of bad) printError(safeLine(`${rowRef(o, lang, many)}: ${o.message}`))
    for (const w of warnings) printError(safeLine(w))
    const lines = exp.parts.map((p) =>
      p.format === 'amazon-returns'
        ? fill(EXPORT_TEXT.readReturns[lang], { file: p.file, format: EXPORT_TEXT[p.format][lang], rows: countText(p.rows, 'rows', lang), returns: countText(exp.mapped.returns.filter((r) => (r.file ?? p.file) === p.file).length, 'returns', lang) })
        : fill(EXPORT_TEXT.read[lang], { file: p.file, format: EXPORT_TEXT[p.format][lang], rows: countText(p.rows, 'rows', lang), orders: countText(exp.mapped.orders.filter((o) => (o.file ?? p.file) === p.file).length, 'orders', lang) }),
    )
    for (const o of sorted) {
      if (o.type === 'updated') lines.push(fill(opts.dryRun ? EXPORT_TEXT.wouldUpdate[lang] : EXPORT_TEXT.updatedOrder[lang], { id: o.id, changes: changesText(o.changes!, lang) }))
      else if (o.type === 'saved' && opts.dryRun) lines.push(fill(EXPORT_TEXT.wouldAdd[lang], { id: o.id, facts: factsText(o.order as unknown as Record<string, unknown>, lang) }))
    }
    const values = { new: count('saved'), updated: count('updated'), unchanged: count('unchanged') }
    const newIds = sorted.filter((o) => o.type === 'saved').map((o) => o.id)
    lines.push(opts.dryRun ? fill(EXPORT_TEXT.dryRunSummary[lang], values) : fill(EXPORT_TEXT.importSummary[lang], { ...values, ids: newIds.length > 0 && newIds.length <= 20 ? ` (${newIds.join(', ')})` : '' }))
    printLines(lines.map(safeLine))
    const first = sorted.find((o) => o.type === 'saved' && o.order.issue === undefined)
    if (first !== undefined && first.id !== undefined) printError(fill(EXPORT_TEXT.noIssueHint[lang], { id: first.id }))
  }
  if (bad.length > 0) {
    printError(`buyerdesk: ${fill(EXPORT_TEXT.badRowsSummary[lang], { bad: bad.length })}`)
    return { code: EXIT.DATA, saved }
  }
  return { code: EXIT.OK, saved }
}
