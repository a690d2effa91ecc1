import type { Readable } from 'node:stream'
import { assess } from '../core/assess.js'
import { formatDay, parseDay } from '../core/dates.js'
import { validateOrder } from '../core/order.js'
import type { Action, Assessment, Policy } from '../core/types.js'
import { loadPolicies } from '../data/load.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import type { Lang } from '../i18n/lang.js'
import { colours, printError, printLines, write } from '../io/output.js'
import { ByteWriter } from '../io/byte-writer.js'
import { readRecordBatches } from '../io/records.js'
import { checkJsonLine, writeCheckJson } from '../render/check-json.js'
import { renderAssessment, renderMessageOnly } from '../render/result.js'
import { wantsAscii } from '../render/timeline.js'

export interface CheckOptions {
  /** One order from flags (field names of POLICY.md); ignored in stream mode. */
  order: Record<string, string | undefined>
  /** `-` for stdin, or a file: stream mode. */
  input?: string
  inputFormat?: 'ndjson' | 'csv'
  today: number
  lang: Lang
  json: boolean
  policyFiles: string[]
  failOnIneligible?: Action
  /** Where stream input comes from when `input` is `-` (tests pass their own). */
  stdin?: Readable
  /** Human output: draw with ASCII only (also automatic under TERM=dumb or a non-UTF-8 locale). */
  ascii?: boolean
  /** Human output: print only the message to the seller, in English (as `wizard --message-only`). */
  messageOnly?: boolean
}

function isOpen(result: Assessment, action: Action): boolean {
  const status = result.verdicts[action].status
  return status === 'eligible' || status === 'uncertain'
}

/** `buyerdesk check`: resolves to the exit code (taze style); the entry applies it. */
export async function check(opts: CheckOptions): Promise<ExitCode> {
  const policies = loadPolicies(opts.policyFiles)
  if (opts.input !== undefined) return checkStream(opts, policies)

  const result = validateOrder(opts.order, policies, opts.today, opts.lang)
  if (!result.ok) throw new UsageError(result.problem.message, result.problem.field)
  const policy = policies.get(result.order.platform)!
  const assessment = assess(result.order, policy, result.today, opts.lang)
  if (opts.json) {
    await write(checkJsonLine(assessment, result.order.id) + '\n')
  } else {
    // The result screen shared with the wizard: with the order's facts it adds the timeline and the message.
    printLines(
      opts.messageOnly
        ? renderMessageOnly(assessment, policy, result.order)
        : renderAssessment(assessment, policy, { lang: opts.lang, colours: colours(), id: result.order.id, order: result.order, ascii: wantsAscii(opts.ascii) }),
    )
  }
  return opts.failOnIneligible && !isOpen(assessment, opts.failOnIneligible) ? EXIT.INELIGIBLE : EXIT.OK
}

/** Output is handed to stdout in chunks of about this size. */
const FLUSH_AT = 1 << 18

/**
 * Stream mode: one output line per input line, in input order, written as it goes (constant memory:
 * output leaves in 256 KiB chunks and reading waits whenever stdout's reader falls behind).
 */
async function checkStream(opts: CheckOptions, policies: Map<string, Policy>): Promise<ExitCode> {
  const out = new ByteWriter()
  let bad = 0
  let total = 0
  let ineligible = 0
  for await (const batch of readRecordBatches({ input: opts.input!, format: opts.inputFormat, stdin: opts.stdin, lang: opts.lang })) {
    for (const item of batch) {
      total++
      if (item.error !== undefined) {
        bad++
        out.text(JSON.stringify({ type: 'error', line: item.line, message: item.error }) + '\n')
        continue
      }
      const record = item.record!
      const result = validateOrder(record, policies, opts.today, opts.lang)
      if (!result.ok) {
        bad++
        const id = Object.prototype.hasOwnProperty.call(record, 'id') ? record.id : undefined
        out.text(JSON.stringify({ type: 'error', line: item.line, ...(id !== undefined ? { id } : {}), field: result.problem.field, message: result.problem.message }) + '\n')
        continue
      }
      const assessment = assess(result.order, policies.get(result.order.platform)!, result.today, opts.lang)
      if (opts.failOnIneligible && !isOpen(assessment, opts.failOnIneligible)) ineligible++
      writeCheckJson(out, assessment, result.order.id, item.line)
      out.text('\n')
    }
    if (out.length >= FLUSH_AT) await write(out.take())
  }
  if (out.length > 0) await write(out.take())
  if (bad > 0) {
    printError(`buyerdesk check: ${bad} of ${total} lines could not be judged; see the "type":"error" records in the output`)
    return EXIT.DATA
  }
  return ineligible > 0 ? EXIT.INELIGIBLE : EXIT.OK
}

/** `--today` or the default: a YYYY-MM-DD calendar date. */
export function parseTodayFlag(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const day = parseDay(value.trim())
  if (day === null) throw new UsageError(`--today: "${value}" is not a calendar date, expected YYYY-MM-DD (e.g. ${formatDay(fallback)})`, 'today')
  return day
}

