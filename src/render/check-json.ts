import { ACTIONS, type Assessment, type Verdict } from '../core/types.js'
import { ByteWriter } from '../io/byte-writer.js'

/**
 * The JSON record of one assessed order (README "JSON output"): the object form, for callers that
 * want an object, and `writeCheckJson()`, the same record written as bytes.
 */
export function toCheckJson(result: Assessment, id?: string | number, line?: number): Record<string, unknown> {
  return {
    type: 'verdict',
    ...(id !== undefined ? { id } : {}),
    platform: result.platform,
    issue: result.issue,
    today: result.today,
    reviewed: result.reviewed,
    verdicts: result.verdicts,
    assumptions: result.assumptions,
    ...(line !== undefined ? { line } : {}),
  }
}

// NOTE: `check -` writes about 2 KB of JSON per order. Most of it (rule ids, sources, steps) is the
// same arrays from the policy pack over and over, so their JSON is encoded once, cached by array
// identity, and copied; only the dates and the sentence are serialised per order.
// test/core/check-json.test.ts proves the bytes are exactly JSON.stringify(toCheckJson(...)).
/**
 * `,"rules":[…],"sources":[…],"steps":[…],"note":…}`: the verdict's parts that come from the policy as
 * they are, cached by the steps array and checked against the other three.
 */
const TAILS = new WeakMap<object, { rules: string[]; sources: string[]; note: string | null; bytes: Buffer }[]>()

function tail(v: Verdict): Buffer {
  let entries = TAILS.get(v.steps)
  if (entries === undefined) TAILS.set(v.steps, (entries = []))
  for (const e of entries) if (e.rules === v.rules && e.sources === v.sources && e.note === v.note) return e.bytes
  const bytes = Buffer.from(
    `,"rules":${JSON.stringify(v.rules)},"sources":${JSON.stringify(v.sources)},"steps":${JSON.stringify(v.steps)},"note":${v.note === null ? 'null' : JSON.stringify(v.note)}}`,
  )
  entries.push({ rules: v.rules, sources: v.sources, note: v.note, bytes })
  return bytes
}

const SOURCE_LISTS = new WeakMap<object, string>()

/** A deadline's sources: the same per-rule array every time. */
function sourcesJson(sources: string[]): string {
  let json = SOURCE_LISTS.get(sources)
  if (json === undefined) SOURCE_LISTS.set(sources, (json = JSON.stringify(sources)))
  return json
}

/** Dates come from the core as YYYY-MM-DD text: safe to write as they are. */
function dateOrNull(date: string | null): string {
  return date === null ? 'null' : `"${date}"`
}

/** Two pieces per verdict: what is computed for this order (one text), then the cached policy parts. */
function writeVerdict(w: ByteWriter, v: Verdict, prefix: string): void {
  let text =
    `${prefix}{"status":"${v.status}","opens":${dateOrNull(v.opens)},"deadline":${dateOrNull(v.deadline)},"latestDeadline":${dateOrNull(v.latestDeadline)}` +
    `,"daysLeft":${v.daysLeft},"daysLeftLatest":${v.daysLeftLatest},"why":${JSON.stringify(v.why)},"deadlines":[`
  for (let i = 0; i < v.deadlines.length; i++) {
    const d = v.deadlines[i]!
    // basis is `<fact> + <days>` built by the core from a fixed fact name: no escaping needed.
    text += `${i > 0 ? ',' : ''}{"date":"${d.date}","basis":"${d.basis}","sources":${sourcesJson(d.sources)}}`
  }
  w.text(text + ']')
  w.bytes(tail(v))
}

/** Write `JSON.stringify(toCheckJson(result, id, line))` as UTF-8 bytes, then `end` (e.g. a newline). */
export function writeCheckJson(w: ByteWriter, result: Assessment, id?: string | number, line?: number, end = ''): void {
  let prefix =
    `{"type":"verdict"${id === undefined ? '' : `,"id":${JSON.stringify(id)}`},"platform":${JSON.stringify(result.platform)}` +
    `,"issue":${result.issue === null ? 'null' : `"${result.issue}"`},"today":"${result.today}","reviewed":${JSON.stringify(result.reviewed)},"verdicts":{`
  for (let i = 0; i < ACTIONS.length; i++) {
    const action = ACTIONS[i]!
    writeVerdict(w, result.verdicts[action], `${prefix}"${action}":`)
    prefix = ','
  }
  w.text(`},"assumptions":${result.assumptions.length === 0 ? '[]' : JSON.stringify(result.assumptions)}${line === undefined ? '' : `,"line":${line}`}}${end}`)
}

/** The same record as a string (one order; tests). */
export function checkJsonLine(result: Assessment, id?: string | number, line?: number): string {
  const w = new ByteWriter(4096)
  writeCheckJson(w, result, id, line)
  return w.toString()
}
