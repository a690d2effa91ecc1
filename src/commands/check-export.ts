import { assess } from '../core/assess.js'
import { renderJudgements } from '../render/verdict.js'
import { validateOrder } from '../render/order.js'
import type { Action, Policy } from '../core/types.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import { fill } from '../i18n/core-messages.js'
import { EXPORT_TEXT } from '../i18n/export-messages.js'
import type { Lang } from '../i18n/lang.js'
import type { ShopExport } from '../io/exports/read.js'
import { printError, write } from '../io/output.js'
import { checkFieldsLine, checkJsonLine, type FieldSelection } from '../render/check-json.js'
import { safeJson } from '../render/visible.js'

/**
 * `check FILE` on a shop's own export: one verdict per order (not per row), in the order the orders first
 * appear, each with the spreadsheet `row` it starts on (and the `file` inside a zip); unreadable rows become
 * error records in their place. Without a problem named, each order is judged for cancellation only.
 */
export async function checkExport(
  exp: ShopExport,
  opts: { input: string; today: number; lang: Lang; policies: ReadonlyMap<string, Policy>; failOnIneligible?: Action; fields?: FieldSelection },
): Promise<ExitCode> {
  const { lang } = opts
  if (exp.mapped.orders.length === 0 && exp.mapped.returns.length > 0) throw new UsageError(fill(EXPORT_TEXT.returnsOnly[lang], { file: opts.input }))
  const many = exp.parts.length > 1
  const pos = (o: { file?: string; row: number }) => `${many && o.file !== undefined ? `,"file":${JSON.stringify(o.file)}` : ''},"row":${o.row}`
  const out: { part: number; row: number; text: string; bad: boolean; ineligible: boolean }[] = []
  const part = (file: string | undefined) => Math.max(0, exp.parts.findIndex((p) => p.file === file))
  for (const p of exp.mapped.problems) {
    out.push({ part: part(p.file), row: p.row, bad: true, ineligible: false, text: `{"type":"error"${pos(p)}${p.id !== undefined ? `,"id":${JSON.stringify(p.id)}` : ''},"message":${JSON.stringify(p.message)}}` })
  }
  for (const o of exp.mapped.orders) {
    const at = { part: part(o.file), row: o.row }
    const result =
      o.ordered === undefined
        ? ({ ok: false, problem: { field: 'ordered', message: fill(EXPORT_TEXT.noOrderDate[lang], { id: o.id }) } } as const)
        : validateOrder({ id: o.id, platform: o.platform, ordered: o.ordered, shipped: o.shipped, delivered: o.delivered }, opts.policies, opts.today, lang)
    if (!result.ok) {
      out.push({ ...at, bad: true, ineligible: false, text: `{"type":"error"${pos(o)},"id":${JSON.stringify(o.id)},"field":${JSON.stringify(result.problem.field)},"message":${JSON.stringify(result.problem.message)}}` })
      continue
    }
    const judged = assess(result.order, opts.policies.get(result.order.platform)!, result.today)
    const status = opts.failOnIneligible ? judged.verdicts[opts.failOnIneligible].status : 'eligible'
    const line = opts.fields === undefined ? checkJsonLine(renderJudgements(judged, lang), o.id) : checkFieldsLine(opts.fields, judged, lang, o.id)
    out.push({ ...at, bad: false, ineligible: status !== 'eligible' && status !== 'uncertain', text: `${line.slice(0, -1)}${o.returned !== undefined ? `,"returned":"${o.returned}"` : ''}${pos(o)}}` })
  }
  out.sort((a, b) => a.part - b.part || a.row - b.row)
  // Cells of the file echoed back (ids, messages): nothing a terminal could obey, as every JSON output.
  await write(out.map((o) => safeJson(o.text) + '\n').join(''))
  if (exp.mapped.orders.length > 0) printError(fill(EXPORT_TEXT.checkNoIssueHint[lang], { file: opts.input }))
  const bad = out.filter((o) => o.bad).length
  if (bad > 0) {
    printError(fill(EXPORT_TEXT.checkBadRows[lang], { bad, total: out.length }))
    return EXIT.DATA
  }
  return out.some((o) => o.ineligible) ? EXIT.INELIGIBLE : EXIT.OK
}
