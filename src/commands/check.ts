import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import { assess } from '../core/assess.js'
import { formatDay, parseDay } from '../core/dates.js'
import { validateOrder } from '../core/order.js'
import type { Action, Assessment, Policy } from '../core/types.js'
import { loadPolicies } from '../data/load.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import type { I18nText, Lang } from '../i18n/lang.js'
import { fill } from '../i18n/core-messages.js'
import { printError, printLines, printText, write } from '../io/output.js'
import { ByteWriter } from '../io/byte-writer.js'
import { formatHint, readRecordBatches, recordFormat, type RecordSource } from '../io/records.js'
import { judgeItem, processBlock, type BlockContext, type BlockCounts } from './check-block.js'
import type { WorkerPool } from './check-pool.js'
import { checkJsonLine } from '../render/check-json.js'

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
}

function isOpen(result: Assessment, action: Action): boolean {
  const status = result.verdicts[action].status
  return status === 'eligible' || status === 'uncertain'
}

/** `buyerdesk check`: resolves to the exit code (taze style); the entry applies it. */
export async function check(opts: CheckOptions): Promise<ExitCode> {
  if (opts.input !== undefined) {
    const policies = await loadPolicies(opts.policyFiles)
    // A shop's own export (../shared/FORMATS.md), recognised by its header: only files, never stdin.
    const { readShopExport } = await import('../io/exports/read.js')
    const exported = await readShopExport(opts.input, { timeZone: opts.timeZone, lang: opts.lang })
    if (exported !== null) return (await import('./check-export.js')).checkExport(exported, { ...opts, input: opts.input, policies })
    return checkStream(opts, policies)
  }
  // One order: only its platform's pack is read (when it is a built-in one).
  const policies = await loadPolicies(opts.policyFiles, opts.order.platform)

  const result = validateOrder(opts.order, policies, opts.today, opts.lang)
  if (!result.ok) throw new UsageError(result.problem.message, result.problem.field)
  const policy = policies.get(result.order.platform)!
  const assessment = assess(result.order, policy, result.today, opts.lang)
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
        : renderAssessment(assessment, policy, { lang: opts.lang, colours: colours(), id: result.order.id, order: result.order, ascii: wantsAscii(opts.ascii) }),
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
  const ctx: BlockContext = { policies, today: opts.today, lang: opts.lang, failOnIneligible: opts.failOnIneligible }
  const counts: BlockCounts = { total: 0, bad: 0, ineligible: 0 }
  const add = (c: BlockCounts) => {
    counts.total += c.total
    counts.bad += c.bad
    counts.ineligible += c.ineligible
  }
  const src = { input: opts.input!, format: opts.inputFormat, stdin: opts.stdin, lang: opts.lang }
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
  if (counts.bad > 0) {
    printError(`buyerdesk: ${counts.bad} of ${counts.total} lines could not be judged; see the "type":"error" records in the output`)
    return EXIT.DATA
  }
  return counts.ineligible > 0 ? EXIT.INELIGIBLE : EXIT.OK
}

/** Blocks judged in this thread before worker threads are worth starting (about 2 MiB of input). */
const INLINE_BLOCKS = 32
/** Blocks bigger than this (characters) are never sent to a worker. */
const MAX_WORKER_BLOCK = 1 << 20

/**
 * NDJSON: whole lines are cut into blocks. The first blocks are judged here; on a long stream the rest
 * go to worker threads (jq uses one core, this machine has two), and results are written in order.
 */
async function streamNdjson(src: RecordSource, opts: CheckOptions, ctx: BlockContext, add: (c: BlockCounts) => void): Promise<void> {
  const source = src.input === '-' ? (src.stdin ?? process.stdin) : createReadStream(src.input, { highWaterMark: 1 << 16 })
  source.setEncoding('utf8')
  // Worker threads (and node:worker_threads) are loaded only once a stream is long enough to use them.
  const envWorkers = process.env.BUYERDESK_WORKERS
  const forceWorkers = envWorkers !== undefined && /^[1-9]\d*$/.test(envWorkers)
  const workersAllowed = envWorkers === undefined || forceWorkers
  let pool: WorkerPool | null = null
  const out = new ByteWriter()
  let blocks = 0
  let line = opts.firstLine ?? 1
  let rest = ''

  const dispatch = async (text: string, firstLine: number) => {
    blocks++
    if (pool === null && workersAllowed && (forceWorkers || blocks > INLINE_BLOCKS)) {
      if (out.length > 0) await write(out.take())
      const { WorkerPool, workerCount } = await import('./check-pool.js')
      const size = workerCount()
      if (size > 0) pool = new WorkerPool(size, { policyFiles: opts.policyFiles, today: opts.today, lang: opts.lang, failOnIneligible: opts.failOnIneligible })
    }
    // A block far larger than one read (a single huge line) is judged here, where the heap is not capped.
    if (pool === null || text.length > MAX_WORKER_BLOCK) {
      if (pool !== null) await (pool as WorkerPool).drain(add)
      add(processBlock(text, firstLine, ctx, out))
      if (out.length >= FLUSH_AT) await write(out.take())
    } else {
      await pool.submit(text, firstLine, add)
    }
  }

  let first = true
  try {
    for await (const chunk of source as AsyncIterable<string>) {
      const text = rest === '' ? chunk : rest + chunk
      if (first) {
        first = false
        const nl = text.indexOf('\n')
        const hint = formatHint(nl === -1 ? text : text.slice(0, nl), 'ndjson', opts.lang)
        if (hint !== undefined) printError(hint)
      }
      const cut = text.lastIndexOf('\n')
      if (cut === -1) {
        rest = text
        continue
      }
      const block = text.slice(0, cut + 1)
      rest = text.slice(cut + 1)
      const firstLine = line
      line += countLines(block)
      await dispatch(block, firstLine)
    }
    // A last line without a newline still counts; a file ending in a newline has no empty last line.
    if (rest !== '') await dispatch(rest, line)
    if (pool !== null) await (pool as WorkerPool).drain(add)
    if (out.length > 0) await write(out.take())
  } finally {
    if (pool !== null) await (pool as WorkerPool).close()
  }
}

function countLines(text: string): number {
  let n = 0
  let i = -1
  while ((i = text.indexOf('\n', i + 1)) !== -1) n++
  return n
}

const BAD_TODAY: I18nText = {
  en: '--today: "{value}" is not a calendar date, expected YYYY-MM-DD (e.g. {example})',
  ko: '--today: "{value}"은(는) 올바른 날짜가 아닙니다. YYYY-MM-DD 형식으로 입력하세요(예: {example})',
  ro: '--today: „{value}” nu este o dată calendaristică, se așteaptă AAAA-LL-ZZ (de ex. {example})',
}

/** `--today` or the default: a YYYY-MM-DD calendar date. */
export function parseTodayFlag(value: string | undefined, fallback: number, lang: Lang = 'en'): number {
  if (value === undefined) return fallback
  const day = parseDay(value.trim())
  if (day === null) throw new UsageError(fill(BAD_TODAY[lang], { value, example: formatDay(fallback) }), 'today')
  return day
}

const BAD_FIRST_LINE: I18nText = {
  en: '--first-line: "{value}" is not a line number, expected a whole number from 1 (e.g. 10001)',
  ko: '--first-line: "{value}"은(는) 줄 번호가 아니에요. 1 이상의 정수를 입력하세요(예: 10001)',
  ro: '--first-line: „{value}” nu este un număr de linie; se așteaptă un număr întreg de la 1 (de ex. 10001)',
}

/** `--first-line N`: a whole number from 1. */
export function parseFirstLine(value: string | undefined, lang: Lang = 'en'): number | undefined {
  if (value === undefined) return undefined
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(fill(BAD_FIRST_LINE[lang], { value }), 'first-line')
  return n
}
