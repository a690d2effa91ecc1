import type { Readable } from 'node:stream'
import { assess } from '../core/assess.js'
import { assessIn } from '../render/verdict.js'
import { formatDay, parseDay } from '../core/dates.js'
import { validateOrder } from '../render/order.js'
import { parseRelativeDate } from '../core/relative-date.js'
import { resolveDateFlag } from './date-flags.js'
import { ACTIONS, type Action, type Assessment, type Policy } from '../core/types.js'
import { loadPolicies } from '../data/load.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import type { Lang } from '../i18n/lang.js'
import { fill } from '../i18n/core-messages.js'
import { isStdoutClosed, printError, printLines, printText, write } from '../io/output.js'
import { ByteWriter } from '../io/byte-writer.js'
import { firstLineOf, formatHint, inputError, lineBlocks, lineTooLong, openInput, readRecordBatches, recordFormat, type LineBlock, type RecordSource } from '../io/records.js'
import { judgeItem, processBlock, type BlockContext, type BlockCounts } from './check-block.js'
import type { WorkerPool } from './check-pool.js'
import { checkFieldsLine, checkJsonLine, RECORD_FIELDS, selectFields, VERDICT_FIELDS, type FieldSelection } from '../render/check-json.js'
import { screenWidth } from '../io/screen.js'
import { byLang, CATALOGS, count, t } from '../i18n/catalog/index.js'

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
  /** The shopper's time zone: a shop export's timestamps become dates there (default: the machine's). */
  timeZone?: string
  /** Stream mode: the number of the first input line (a part of a larger stream). Default 1. */
  firstLine?: number
  /** `--fields`: only these fields of each verdict (implies JSON output); undefined: the full record. */
  fields?: FieldSelection
}

function isOpenStatus(status: Assessment['verdicts'][Action]['status']): boolean {
  return status === 'eligible' || status === 'uncertain'
}

function isOpen(result: Assessment, action: Action): boolean {
  return isOpenStatus(result.verdicts[action].status)
}

/** `buyerdesk check`: resolves to the exit code (taze style); the entry applies it. */
export async function check(opts: CheckOptions): Promise<ExitCode> {
  if (opts.input !== undefined) {
    const policies = await loadPolicies(opts.policyFiles)
    // A shop's own export (../shared/FORMATS.md), recognised by its header: only files, never stdin (whose
    // stream then loads none of the export readers).
    const exported = opts.input === '-' ? null : await (await import('../io/exports/read.js')).readShopExport(opts.input, { timeZone: opts.timeZone, lang: opts.lang })
    if (exported !== null) return (await import('./check-export.js')).checkExport(exported, { ...opts, input: opts.input, policies })
    return checkStream(opts, policies)
  }
  // One order: only its platform's pack is read (when it is a built-in one).
  const policies = await loadPolicies(opts.policyFiles, opts.order.platform)

  const result = validateOrder(opts.order, policies, opts.today, opts.lang)
  if (!result.ok) throw new UsageError(result.problem.message, result.problem.field)
  const policy = policies.get(result.order.platform)!
  if (opts.fields !== undefined) {
    // Only the fields asked for, from the core's codes: no sentence is written that is not printed.
    const judged = assess(result.order, policy, result.today)
    printText(checkFieldsLine(opts.fields, judged, opts.lang, result.order.id) + '\n')
    return opts.failOnIneligible && !isOpenStatus(judged.verdicts[opts.failOnIneligible].status) ? EXIT.INELIGIBLE : EXIT.OK
  }
  const assessment = assessIn(result.order, policy, result.today, opts.lang)
  if (opts.json) {
    printText(checkJsonLine(assessment, result.order.id) + '\n')
  } else {
    // The result screen shared with the wizard: with the order's facts it adds the timeline and the message.
    // Loaded only here: JSON and stream output never pay for the renderers, date-fns locales and chalk.
    const [{ renderAssessment, renderMessageOnly }, { wantsAscii }, { colours }] = await Promise.all([
      import('../render/result.js'),
      import('../render/timeline.js'),
      import('../io/colour.js'),
    ])
    printLines(
      opts.messageOnly
        ? renderMessageOnly(assessment, policy, result.order)
        : renderAssessment(assessment, policy, { lang: opts.lang, colours: colours(), id: result.order.id, order: result.order, ascii: wantsAscii(opts.ascii), width: screenWidth() }),
    )
  }
  return opts.failOnIneligible && !isOpen(assessment, opts.failOnIneligible) ? EXIT.INELIGIBLE : EXIT.OK
}

/** Output is handed to stdout in chunks of about this size. */
const FLUSH_AT = 1 << 18

/**
 * Stream mode: one output line per input line, in input order, written as it goes. Memory stays
 * constant: input is read in 64 KiB blocks, at most a few blocks are in flight, and reading waits
 * whenever stdout's reader falls behind.
 */
async function checkStream(opts: CheckOptions, policies: Map<string, Policy>): Promise<ExitCode> {
  const ctx: BlockContext = { policies, today: opts.today, lang: opts.lang, failOnIneligible: opts.failOnIneligible, fields: opts.fields }
  const counts: BlockCounts = { total: 0, bad: 0, ineligible: 0 }
  const add = (c: BlockCounts) => {
    counts.total += c.total
    counts.bad += c.bad
    counts.ineligible += c.ineligible
  }
  const src = { input: opts.input!, format: opts.inputFormat, stdin: opts.stdin, lang: opts.lang }
  try {
    if (recordFormat(src.input, src.format) === 'csv') {
      const out = new ByteWriter()
      for await (const batch of readRecordBatches(src)) {
        for (const item of batch) judgeItem(item, ctx, out, counts)
        if (out.length >= FLUSH_AT) await write(out.take())
      }
      if (out.length > 0) await write(out.take())
    } else {
      await streamNdjson(src, opts, ctx, add)
    }
  } catch (err) {
    throw inputError(err, src)
  }
  if (counts.bad > 0) {
    printError(`buyerdesk: ${t(opts.lang, 'errors.badLines', { bad: counts.bad, lines: count(opts.lang, CATALOGS[opts.lang].common.counts.lines, counts.total) })}`)
    return EXIT.DATA
  }
  return counts.ineligible > 0 ? EXIT.INELIGIBLE : EXIT.OK
}

/** Blocks judged in this thread before worker threads are worth starting (about 2 MiB of input). */
const INLINE_BLOCKS = 32
/** Blocks bigger than this (characters) are never sent to a worker. */
const MAX_WORKER_BLOCK = 1 << 20

/**
 * NDJSON: whole lines are cut into blocks (src/io/records.ts lineBlocks: linear, a line over 1 MiB is an
 * error record, unread). The first blocks are judged here; on a long stream the rest go to worker threads
 * (jq uses one core, this machine has two), and results are written in input order: whatever is judged
 * here waits for the workers' earlier blocks, and is written before any later one.
 */
async function streamNdjson(src: RecordSource, opts: CheckOptions, ctx: BlockContext, add: (c: BlockCounts) => void): Promise<void> {
  const source = openInput(src)
  source.setEncoding('utf8')
  // Worker threads (and node:worker_threads) are loaded only once a stream is long enough to use them.
  const envWorkers = process.env.BUYERDESK_WORKERS
  const forceWorkers = envWorkers !== undefined && /^[1-9]\d*$/.test(envWorkers)
  const workersAllowed = envWorkers === undefined || forceWorkers
  let pool: WorkerPool | null = null
  /** Whether workers were considered yet: once, when the stream turns out long. */
  let poolDecided = false
  const out = new ByteWriter()
  const flush = () => {
    const { bytes, done } = out.takeForReuse()
    return write(bytes, done)
  }
  let blocks = 0

  /** Judge here, in order: the workers' earlier blocks are written first, and this output before any later one. */
  const inline = async (judge: () => BlockCounts) => {
    if (pool !== null) await pool.drain(add)
    add(judge())
    if (pool !== null || out.length >= FLUSH_AT) await flush()
  }

  const dispatch = async (block: LineBlock) => {
    blocks++
    if (block.long) {
      const counts: BlockCounts = { total: 0, bad: 0, ineligible: 0 }
      await inline(() => {
        judgeItem({ line: block.firstLine, error: lineTooLong(opts.lang) }, ctx, out, counts)
        return counts
      })
      return
    }
    if (!poolDecided && workersAllowed && (forceWorkers || blocks > INLINE_BLOCKS)) {
      poolDecided = true
      if (out.length > 0) await flush()
      const { WorkerPool, workerCount } = await import('./check-pool.js')
      const size = workerCount()
      // The packs loaded (and validated) once, here: workers get the data, never the files, so a pack that
      // changes or disappears while the stream runs changes nothing.
      if (size > 0) pool = new WorkerPool(size, { policies: ctx.policies as Map<string, Policy>, today: opts.today, lang: opts.lang, failOnIneligible: opts.failOnIneligible, fields: opts.fields })
    }
    // A block far larger than one read (lines near the limit) is judged here, where the heap is not capped.
    if (pool === null || block.text.length > MAX_WORKER_BLOCK) await inline(() => processBlock(block.text, block.firstLine, ctx, out))
    else await pool.submit(block.text, block.firstLine, add)
  }

  let first = true
  try {
    for await (const block of lineBlocks(source as AsyncIterable<string>, undefined, opts.firstLine ?? 1)) {
      if (first) {
        first = false
        const hint = block.long ? undefined : formatHint(firstLineOf(block.text), 'ndjson', opts.lang)
        if (hint !== undefined) printError(hint)
      }
      await dispatch(block)
      // The reader went away (`| head -1`): stop reading; the workers are ended below and the input closed.
      if (isStdoutClosed()) break
    }
    if (pool !== null) await (pool as WorkerPool).drain(add)
    if (out.length > 0) await flush()
  } finally {
    if (pool !== null) await (pool as WorkerPool).close()
  }
}

const BAD_TODAY = byLang((c) => c.check).badToday

/** `--today` or the default: a calendar date, written as the other date flags may be (`yesterday`), against the real today. */
export function parseTodayFlag(value: string | undefined, fallback: number, lang: Lang = 'en'): number {
  if (value === undefined) return fallback
  const day = parseDay(value.trim())
  if (day !== null) return day
  const relative = parseRelativeDate(value, fallback)
  if (relative.ok) return relative.day
  // A wrong form or a day not in the calendar: the same messages as every other date flag (this throws).
  if (relative.reason !== 'unknown') resolveDateFlag('today', value, fallback, lang)
  throw new UsageError(fill(BAD_TODAY[lang], { value, example: formatDay(fallback) }), 'today')
}

const BAD_FIRST_LINE = byLang((c) => c.check).badFirstLine

/** `--first-line N`: a whole number from 1. */
export function parseFirstLine(value: string | undefined, lang: Lang = 'en'): number | undefined {
  if (value === undefined) return undefined
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(fill(BAD_FIRST_LINE[lang], { value }), 'first-line')
  return n
}

/** `--fields a,b.c`: the selection, or a usage error naming the unknown field and listing the valid ones. */
export function parseFieldsFlag(value: string | undefined, lang: Lang = 'en'): FieldSelection | undefined {
  if (value === undefined) return undefined
  const names = value
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '')
  if (names.length === 0) throw new UsageError(t(lang, 'check.noField'), 'fields')
  const selected = selectFields(names)
  if (!selected.ok) throw new UsageError(t(lang, 'check.badField', { value: selected.unknown, valid: [...RECORD_FIELDS, ...ACTIONS, ...VERDICT_FIELDS].join(', ') }), 'fields')
  return selected.fields
}
