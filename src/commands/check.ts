import type { Readable } from 'node:stream'
import { assess } from '../core/assess.js'
import { formatDay, parseDay } from '../core/dates.js'
import { validateOrder } from '../core/order.js'
import { ACTIONS, type Action, type Assessment, type Policy } from '../core/types.js'
import { loadPolicies } from '../data/load.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import type { Lang } from '../i18n/lang.js'
import { colours, printError, printLines, write } from '../io/output.js'
import { readRecords } from '../io/records.js'
import { renderAssessment } from '../render/result.js'

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
}

/** The JSON record of one assessed order (README "JSON output"). */
export function toCheckJson(result: Assessment, id?: string | number): Record<string, unknown> {
  return {
    type: 'verdict',
    ...(id !== undefined ? { id } : {}),
    platform: result.platform,
    issue: result.issue,
    today: result.today,
    reviewed: result.reviewed,
    verdicts: result.verdicts,
    assumptions: result.assumptions,
  }
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
    await write(JSON.stringify(toCheckJson(assessment, result.order.id)) + '\n')
  } else {
    printLines(renderAssessment(assessment, policy, { lang: opts.lang, colours: colours(), id: result.order.id }))
  }
  return opts.failOnIneligible && !isOpen(assessment, opts.failOnIneligible) ? EXIT.INELIGIBLE : EXIT.OK
}

const FLUSH_AT = 1 << 16

/**
 * Stream mode: one output line per input line, in input order, written as it goes (constant memory:
 * output is flushed in 64 KiB batches and waits for the reader when it falls behind).
 */
async function checkStream(opts: CheckOptions, policies: Map<string, Policy>): Promise<ExitCode> {
  let buffer = ''
  let bad = 0
  let total = 0
  let ineligible = 0
  for await (const item of readRecords({ input: opts.input!, format: opts.inputFormat, stdin: opts.stdin })) {
    total++
    if (item.error !== undefined) {
      bad++
      buffer += JSON.stringify({ type: 'error', line: item.line, message: item.error }) + '\n'
    } else {
      const record = item.record!
      const result = validateOrder(record, policies, opts.today, opts.lang)
      if (!result.ok) {
        bad++
        const id = Object.prototype.hasOwnProperty.call(record, 'id') ? record.id : undefined
        buffer += JSON.stringify({ type: 'error', line: item.line, ...(id !== undefined ? { id } : {}), field: result.problem.field, message: result.problem.message }) + '\n'
      } else {
        const assessment = assess(result.order, policies.get(result.order.platform)!, result.today, opts.lang)
        if (opts.failOnIneligible && !isOpen(assessment, opts.failOnIneligible)) ineligible++
        buffer += JSON.stringify({ ...toCheckJson(assessment, result.order.id), line: item.line }) + '\n'
      }
    }
    if (buffer.length >= FLUSH_AT) {
      const pending = write(buffer)
      buffer = ''
      if (pending) await pending
    }
  }
  if (buffer) await write(buffer)
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

export { ACTIONS }
