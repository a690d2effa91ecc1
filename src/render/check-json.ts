import type { Lang } from '../core/lang.js'
import { ACTIONS, type Action, type Assessment, type Judgement, type Judgements, type Verdict } from '../core/types.js'
import { ByteWriter } from '../io/byte-writer.js'
import { assumptionsIn, stepsOf, whyText } from './verdict.js'

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

/** Only the `fields` of the record, from the core's verdicts (`check --fields`, one order; tests). */
export function checkFieldsLine(fields: FieldSelection, judged: Judgements, lang: Lang, id?: string | number, line?: number): string {
  const w = new ByteWriter(1024)
  writeCheckFields(w, fields, judged, lang, id, line)
  return w.toString()
}

/** A record's own fields, in the record's order (`type` is always written: a pipeline tells verdicts from errors). */
export const RECORD_FIELDS = ['id', 'platform', 'issue', 'today', 'reviewed', 'verdicts', 'assumptions', 'line'] as const
/** A verdict's fields, in the record's order (src/core/types.ts Verdict). */
export const VERDICT_FIELDS = ['status', 'opens', 'deadline', 'latestDeadline', 'daysLeft', 'daysLeftLatest', 'why', 'deadlines', 'rules', 'sources', 'steps', 'note'] as const
type RecordField = (typeof RECORD_FIELDS)[number]
type VerdictField = (typeof VERDICT_FIELDS)[number]

/**
 * What `check --fields` asked for, as plain data (it goes to the worker threads as it is): the record's own
 * fields, and per action the verdict's fields (in the record's order). Written by writeCheckFields.
 */
export interface FieldSelection {
  record: RecordField[]
  verdicts: [Action, VerdictField[]][]
}

/**
 * The names `--fields` takes: a record field (`id`, `line`, …, `verdicts` for all of them), an action (`refund`:
 * its whole verdict), `action.field` (`refund.status`), or a verdict field alone (`status`: that field of every
 * action). `verdicts.refund.status` is `refund.status`. Every one of them, for the list an unknown name shows.
 */
export function fieldNames(): string[] {
  return [...RECORD_FIELDS, ...ACTIONS, ...VERDICT_FIELDS, ...ACTIONS.flatMap((a) => VERDICT_FIELDS.map((f) => `${a}.${f}`))]
}

const isOneOf = <T extends string>(list: readonly T[], name: string): name is T => (list as readonly string[]).includes(name)

/** The selection for a list of names; `unknown` is the first name that is none of fieldNames(). */
export function selectFields(names: readonly string[]): { ok: true; fields: FieldSelection } | { ok: false; unknown: string } {
  const record = new Set<RecordField>()
  const perAction = new Map<Action, Set<VerdictField>>(ACTIONS.map((a) => [a, new Set()]))
  const all = (set: Set<VerdictField>) => VERDICT_FIELDS.forEach((f) => set.add(f))
  for (const raw of names) {
    const inVerdicts = raw.startsWith('verdicts.')
    const [head = '', field, ...rest] = (inVerdicts ? raw.slice('verdicts.'.length) : raw).split('.')
    if (rest.length > 0 || (inVerdicts && !isOneOf(ACTIONS, head))) return { ok: false, unknown: raw }
    if (field === undefined && isOneOf(RECORD_FIELDS, head)) {
      if (head === 'verdicts') perAction.forEach(all)
      else record.add(head)
    } else if (field === undefined && isOneOf(ACTIONS, head)) all(perAction.get(head)!)
    else if (field === undefined && isOneOf(VERDICT_FIELDS, head)) perAction.forEach((set) => set.add(head))
    else if (field !== undefined && isOneOf(ACTIONS, head) && isOneOf(VERDICT_FIELDS, field)) perAction.get(head)!.add(field)
    else return { ok: false, unknown: raw }
  }
  for (const a of ACTIONS) if (perAction.get(a)!.size > 0) record.add('verdicts')
  return {
    ok: true,
    fields: {
      record: RECORD_FIELDS.filter((f) => record.has(f)),
      verdicts: ACTIONS.filter((a) => perAction.get(a)!.size > 0).map((a) => [a, VERDICT_FIELDS.filter((f) => perAction.get(a)!.has(f))]),
    },
  }
}

const LISTS = new WeakMap<object, string>()

/** rules, sources and steps: the policy's own arrays, the same every time; their JSON is made once. */
function listJson(list: readonly string[]): string {
  let json = LISTS.get(list)
  if (json === undefined) LISTS.set(list, (json = JSON.stringify(list)))
  return json
}

/**
 * One verdict field's JSON, from the core's verdict (codes): only `why`, `steps` and `note` are texts in `lang`,
 * and only a requested one is looked up or written (render/verdict.ts, as the full record has them).
 */
function verdictFieldJson(v: Judgement, f: VerdictField, lang: Lang): string {
  switch (f) {
    case 'status':
      return `"${v.status}"`
    case 'opens':
    case 'deadline':
    case 'latestDeadline':
      return dateOrNull(v[f])
    case 'daysLeft':
    case 'daysLeftLatest':
      return `${v[f]}`
    case 'why':
      return JSON.stringify(whyText(v.reason, lang))
    case 'note':
      return v.note === null ? 'null' : JSON.stringify(v.note[lang])
    case 'steps':
      return listJson(stepsOf(v.steps, lang))
    case 'deadlines': {
      let text = '['
      for (let i = 0; i < v.deadlines.length; i++) {
        const d = v.deadlines[i]!
        text += `${i > 0 ? ',' : ''}{"date":"${d.date}","basis":"${d.basis}","sources":${sourcesJson(d.sources)}}`
      }
      return text + ']'
    }
    default:
      return listJson(v[f])
  }
}

/**
 * `JSON.stringify` of the full record (render/verdict.ts, then writeCheckJson) with only the selected fields (and
 * `type`), in the record's order, then `end`: for `check --fields`. Written from the core's verdicts, so a field
 * not asked for is never turned into text: `--fields status` builds no sentence.
 */
export function writeCheckFields(w: ByteWriter, fields: FieldSelection, result: Judgements, lang: Lang, id?: string | number, line?: number, end = ''): void {
  let text = '{"type":"verdict"'
  for (const f of fields.record) {
    switch (f) {
      case 'id':
        if (id !== undefined) text += `,"id":${JSON.stringify(id)}`
        break
      case 'platform':
        text += `,"platform":${JSON.stringify(result.platform)}`
        break
      case 'issue':
        text += `,"issue":${result.issue === null ? 'null' : `"${result.issue}"`}`
        break
      case 'today':
      case 'reviewed':
        text += `,"${f}":${JSON.stringify(result[f])}`
        break
      case 'verdicts': {
        let sep = ',"verdicts":{'
        for (const [action, keys] of fields.verdicts) {
          const v = result.verdicts[action]
          text += `${sep}"${action}":{`
          for (let i = 0; i < keys.length; i++) text += `${i > 0 ? ',' : ''}"${keys[i]}":${verdictFieldJson(v, keys[i]!, lang)}`
          text += '}'
          sep = ','
        }
        text += '}'
        break
      }
      case 'assumptions':
        text += `,"assumptions":${result.assumptions.length === 0 ? '[]' : JSON.stringify(assumptionsIn(result.assumptions, lang))}`
        break
      case 'line':
        if (line !== undefined) text += `,"line":${line}`
        break
    }
  }
  w.text(text + '}' + end)
}
