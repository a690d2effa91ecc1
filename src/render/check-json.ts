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
const HEADS = new WeakMap<object, { rules: string[]; bytes: Buffer }>()
const TAILS = new WeakMap<object, { note: string | null; bytes: Buffer }>()

/** `,"rules":[…],"sources":[…]`: one rule's (or fallback's) sources array always goes with its ids. */
function head(v: Verdict): Buffer {
  const hit = HEADS.get(v.sources)
  if (hit !== undefined && hit.rules === v.rules) return hit.bytes
  const bytes = Buffer.from(`,"rules":${JSON.stringify(v.rules)},"sources":${JSON.stringify(v.sources)}`)
  HEADS.set(v.sources, { rules: v.rules, bytes })
  return bytes
}

/** `,"steps":[…],"note":…}`: steps and note come from the same rule. */
function tail(v: Verdict): Buffer {
  const hit = TAILS.get(v.steps)
  if (hit !== undefined && hit.note === v.note) return hit.bytes
  const bytes = Buffer.from(`,"steps":${JSON.stringify(v.steps)},"note":${v.note === null ? 'null' : JSON.stringify(v.note)}}`)
  TAILS.set(v.steps, { note: v.note, bytes })
  return bytes
}

/** Dates come from the core as YYYY-MM-DD text: safe to write as they are. */
function dateOrNull(date: string | null): string {
  return date === null ? 'null' : `"${date}"`
}

/** Four pieces per verdict: its dates, the cached ids and sources, the deadlines and sentence, the cached steps. */
function writeVerdict(w: ByteWriter, v: Verdict, prefix: string): void {
  w.text(
    `${prefix}{"status":"${v.status}","opens":${dateOrNull(v.opens)},"deadline":${dateOrNull(v.deadline)},"latestDeadline":${dateOrNull(v.latestDeadline)}` +
      `,"daysLeft":${v.daysLeft},"daysLeftLatest":${v.daysLeftLatest}`,
  )
  w.bytes(head(v))
  let middle = ',"deadlines":['
  for (let i = 0; i < v.deadlines.length; i++) {
    const d = v.deadlines[i]!
    // basis is `<fact> + <days>` built by the core from a fixed fact name: no escaping needed.
    middle += `${i > 0 ? ',' : ''}{"date":"${d.date}","basis":"${d.basis}","sources":${JSON.stringify(d.sources)}}`
  }
  w.text(`${middle}],"why":${JSON.stringify(v.why)}`)
  w.bytes(tail(v))
}

/** Write `JSON.stringify(toCheckJson(result, id, line))` as UTF-8 bytes, without the newline. */
export function writeCheckJson(w: ByteWriter, result: Assessment, id?: string | number, line?: number): void {
  w.text(
    `{"type":"verdict"${id === undefined ? '' : `,"id":${JSON.stringify(id)}`},"platform":${JSON.stringify(result.platform)}` +
      `,"issue":${result.issue === null ? 'null' : `"${result.issue}"`},"today":"${result.today}","reviewed":${JSON.stringify(result.reviewed)},"verdicts":`,
  )
  for (let i = 0; i < ACTIONS.length; i++) {
    const action = ACTIONS[i]!
    writeVerdict(w, result.verdicts[action], `${i === 0 ? '{' : ','}"${action}":`)
  }
  w.text(`},"assumptions":${result.assumptions.length === 0 ? '[]' : JSON.stringify(result.assumptions)}${line === undefined ? '' : `,"line":${line}`}}`)
}

/** The same record as a string (one order; tests). */
export function checkJsonLine(result: Assessment, id?: string | number, line?: number): string {
  const w = new ByteWriter(4096)
  writeCheckJson(w, result, id, line)
  return w.toString()
}
