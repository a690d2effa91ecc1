import { assess } from '../core/assess.js'
import { renderJudgements } from '../render/verdict.js'
import { validateOrder } from '../render/order.js'
import type { Action, Policy } from '../core/types.js'
import type { Lang } from '../i18n/lang.js'
import type { ByteWriter } from '../io/byte-writer.js'
import { parseLine, type RecordItem } from '../io/records.js'
import { writeCheckFields, writeCheckJson, type FieldSelection } from '../render/check-json.js'
import { safeJson } from '../render/visible.js'

/** What judging a stream needs, the same in the main thread and in a worker. */
export interface BlockContext {
  policies: ReadonlyMap<string, Policy>
  today: number
  lang: Lang
  failOnIneligible?: Action
  /** `--fields`: only these fields of each verdict record (errors are written whole). */
  fields?: FieldSelection
}

export interface BlockCounts {
  total: number
  bad: number
  ineligible: number
}

/**
 * Judge a block of whole NDJSON lines (the last one may lack its newline) whose first line is
 * `firstLine`, writing one output line per input line (blank lines are skipped). Pure but for the writer it fills.
 */
export function processBlock(text: string, firstLine: number, ctx: BlockContext, out: ByteWriter): BlockCounts {
  const counts: BlockCounts = { total: 0, bad: 0, ineligible: 0 }
  let line = firstLine
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const item = parseLine(text, start, end, line++, ctx.lang)
    if (item !== null) judgeItem(item, ctx, out, counts)
    start = end + 1
  }
  return counts
}

/** One record (or the error reading it) judged into one output line; `counts` adds it up. */
export function judgeItem(item: RecordItem, ctx: BlockContext, out: ByteWriter, counts: BlockCounts): void {
  counts.total++
  if (item.error !== undefined) {
    counts.bad++
    out.text(safeJson(JSON.stringify({ type: 'error', line: item.line, message: item.error })) + '\n')
    return
  }
  const record = item.record!
  const result = validateOrder(record, ctx.policies, ctx.today, ctx.lang)
  if (!result.ok) {
    counts.bad++
    const id = Object.prototype.hasOwnProperty.call(record, 'id') ? record.id : undefined
    // The error path echoes what the line held: written so that no character of it can drive a terminal.
    out.text(safeJson(JSON.stringify({ type: 'error', line: item.line, ...(id !== undefined ? { id } : {}), field: result.problem.field, message: result.problem.message })) + '\n')
    return
  }
  // The core's verdicts (codes); the sentences are written only for the full record or the fields that hold them.
  const judged = assess(result.order, ctx.policies.get(result.order.platform)!, result.today)
  if (ctx.failOnIneligible) {
    const status = judged.verdicts[ctx.failOnIneligible].status
    if (status !== 'eligible' && status !== 'uncertain') counts.ineligible++
  }
  if (ctx.fields === undefined) writeCheckJson(out, renderJudgements(judged, ctx.lang), result.order.id, item.line, '\n')
  else writeCheckFields(out, ctx.fields, judged, ctx.lang, result.order.id, item.line, '\n')
}
