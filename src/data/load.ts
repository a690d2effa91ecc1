import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs'
import { daysInMonth } from '../core/dates.js'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { VALIDATED } from '../generated/policy-stamps.js'
// Types only (erased): the validator itself is imported when a pack needs it (readPolicy).
import type { SchemaError, Validator } from '../generated/validate-policy.js'
import { DataError } from '../errors.js'
import type { Policy } from '../core/types.js'
import { parseDay } from '../core/dates.js'
import { errnoText } from '../io/errno.js'

/**
 * data/ ships next to dist/ (package.json "files") and is found from this module's location,
 * never from process.cwd() (STYLE.md §1): `dist/*.js` → `../data`, `src/data/load.ts` → `../../data`.
 */
export function dataDir(): string {
  for (const rel of ['../data/', '../../data/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url))
    if (existsSync(join(dir, 'policies'))) return dir
  }
  throw new DataError('buyerdesk: the data/ folder is missing from the installation; reinstall the package')
}

/** `/rules/2/deadlines/0/days` → `rules[2].deadlines[0].days` */
export function jsonPath(pointer: string): string {
  let out = ''
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`
  }
  return out || '(root)'
}

/** One readable line per schema problem, naming the JSON path and what was expected. */
export function describeSchemaErrors(errors: readonly SchemaError[]): string[] {
  const lines = new Set<string>()
  for (const e of errors) {
    const path = jsonPath(e.instancePath)
    const p = e.params
    let what: string
    switch (e.keyword) {
      case 'additionalProperties':
        what = `unknown field "${String(p.additionalProperty)}"`
        break
      case 'required':
        what = `missing required field "${String(p.missingProperty)}"`
        break
      case 'enum':
        what = `expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
        break
      case 'const':
        what = `expected ${JSON.stringify(p.allowedValue)}`
        break
      case 'type':
        what = `expected ${String(p.type)}`
        break
      case 'pattern':
        what = `expected text matching ${String(p.pattern)}`
        break
      case 'oneOf':
      case 'anyOf':
        what = 'does not match any of the accepted forms'
        break
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        what = `expected a number ${String(p.comparison)} ${String(p.limit)}`
        break
      case 'minLength':
        what = `expected text of at least ${String(p.limit)} character(s)`
        break
      case 'minItems':
        what = `expected at least ${String(p.limit)} item(s)`
        break
      case 'uniqueItems':
        what = 'expected no duplicate items'
        break
      default:
        what = e.message ?? `fails the "${e.keyword}" rule`
    }
    lines.add(`${path}: ${what}`)
  }
  return [...lines]
}

export interface Loaded<T> {
  value: T | null
  errors: string[]
}

function parseText(text: string): Loaded<unknown> {
  let value: unknown
  try {
    // A UTF-8 byte-order mark (editors on Windows write one) is not part of the JSON.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (err) {
    return { value: null, errors: [`not valid JSON: ${(err as Error).message}`] }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { value: null, errors: [`(root): expected a JSON object (a policy pack), got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`] }
  }
  return { value, errors: [] }
}

/** The largest policy pack read (the built-in ones are about 30 KiB): a bigger file is refused unread. */
export const MAX_PACK_BYTES = 4 << 20

/** The pack's text; a folder, a device (/dev/zero), or a file over MAX_PACK_BYTES is refused before reading. */
function readPackText(file: string): { text?: string; error?: string } {
  let fd: number
  try {
    // Non-blocking: opening a named pipe would otherwise wait for a writer forever.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (err) {
    return { error: `cannot read the file (${errnoText(err)})` }
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) return { error: 'cannot read the file (EISDIR: a folder, not a file)' }
    if (!stat.isFile()) return { error: 'not a regular file (a device or a pipe); expected a JSON file' }
    if (stat.size > MAX_PACK_BYTES) return { error: `the file is ${stat.size} bytes, more than a policy pack may be (${MAX_PACK_BYTES} bytes, 4 MiB)` }
    return { text: readFileSync(fd, 'utf8') }
  } catch (err) {
    return { error: `cannot read the file (${errnoText(err)})` }
  } finally {
    closeSync(fd)
  }
}

/** Validate with a precompiled schema; returns the readable problems. */
export function schemaProblems(validate: Validator, value: unknown): string[] {
  return validate(value) ? [] : describeSchemaErrors(validate.errors ?? [])
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

/** Every text of a pack that holds a control character (newlines and tabs aside): a pack's texts reach terminals. */
function controlProblems(value: unknown, path: string, out: string[]): void {
  if (out.length >= 10) return
  if (typeof value === 'string') {
    const bad = CONTROL.exec(value)
    if (bad) out.push(`${path || '(root)'}: contains a control character (\\u${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}), expected printable text`)
  } else if (Array.isArray(value)) value.forEach((v, i) => controlProblems(v, `${path}[${i}]`, out))
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const key = CONTROL.test(k) ? JSON.stringify(k) : k
      controlProblems(v, path ? `${path}.${key}` : key, out)
    }
  }
}

/** Checks the schema cannot express: every cited source exists, ids are unique, texts are printable. Pure. */
export function policyProblems(policy: Policy): string[] {
  const problems: string[] = []
  controlProblems(policy, '', problems)
  // The schema checks the form (YYYY-MM-DD); 2026-02-30 has it and is still no date.
  if (typeof policy.reviewed === 'string' && parseDay(policy.reviewed) === null) problems.push(`reviewed: "${policy.reviewed}" is not a calendar date, expected YYYY-MM-DD`)
  const cite = (path: string, ids: readonly string[]) => {
    ids.forEach((id, i) => {
      if (!Object.prototype.hasOwnProperty.call(policy.sources, id)) problems.push(`${path}[${i}]: unknown source "${id}", expected one of the ids in sources`)
    })
  }
  const seen = new Set<string>()
  const unique = (path: string, id: string) => {
    if (seen.has(id)) problems.push(`${path}: duplicate id "${id}"`)
    seen.add(id)
  }
  if (policy.eta.whenMissing === 'assume') cite('eta.sources', policy.eta.sources)
  policy.rules.forEach((rule, r) => {
    unique(`rules[${r}].id`, rule.id)
    cite(`rules[${r}].sources`, rule.sources)
    rule.deadlines.forEach((d, i) => {
      cite(`rules[${r}].deadlines[${i}].sources`, d.sources)
      const cal = d.calendar
      if (cal && cal.day > daysInMonth(2024, cal.month)) problems.push(`rules[${r}].deadlines[${i}].calendar.day: ${cal.day} is not a day of month ${cal.month}`)
      if (cal && cal.when.from > cal.when.to) problems.push(`rules[${r}].deadlines[${i}].calendar.when: from ${cal.when.from} is after to ${cal.when.to}, expected a window within one year`)
    })
    // A window within another is judged after it: the other action's rules must not lie within a third (no cycles).
    if (rule.within) {
      const target = rule.within.action
      if (target === rule.action) problems.push(`rules[${r}].within.action: "${target}" is the rule's own action, expected another action`)
      else if (policy.rules.some((o) => o.action === target && o.within)) problems.push(`rules[${r}].within.action: the "${target}" rules lie within another action themselves, expected an action whose rules have no within`)
    }
  })
  policy.fallbacks.forEach((f, i) => {
    unique(`fallbacks[${i}].id`, f.id)
    cite(`fallbacks[${i}].sources`, f.sources)
  })
  policy.info.forEach((info, i) => cite(`info[${i}].sources`, info.sources))
  return problems
}

/**
 * Read, parse and validate one policy pack. Data never executes code: it is only JSON.
 * `builtIn`: a pack shipped in data/policies. The build validated those and kept their exact text
 * (src/generated/policy-stamps.js); when the file still reads the same, the schema pass is skipped and
 * its validator never loaded (together ~6 ms of a run; bench/RESULTS.md). Anything else is validated in full.
 */
export async function readPolicy(file: string, builtIn = false): Promise<Loaded<Policy>> {
  const read = readPackText(file)
  if (read.text === undefined) return { value: null, errors: [read.error!] }
  const text = read.text
  const parsed = parseText(text)
  if (parsed.value === null) return { value: null, errors: parsed.errors }
  if (!(builtIn && VALIDATED[basename(file)] === text)) {
    const { validatePolicy } = await import('../generated/validate-policy.js')
    const schema = schemaProblems(validatePolicy, parsed.value)
    if (schema.length > 0) return { value: null, errors: schema }
  }
  const policy = parsed.value as Policy
  const semantic = policyProblems(policy)
  return semantic.length > 0 ? { value: null, errors: semantic } : { value: policy, errors: [] }
}

function fail(file: string, errors: string[]): never {
  if (errors.length === 1) throw new DataError(`${file}: invalid policy pack: ${errors[0]}`)
  const shown = errors.slice(0, 10).map((e) => `  ${e}`)
  if (errors.length > 10) shown.push(`  … and ${errors.length - 10} more`)
  throw new DataError(`${file}: invalid policy pack\n${shown.join('\n')}`)
}

/**
 * The built-in packs (data/policies/*.json) plus a user's own `--policy FILE` packs, keyed by platform id.
 * A user pack with a built-in platform id replaces the built-in one.
 * `only`: the caller needs just this platform (one order from flags); when it is a built-in pack and no
 * user pack is given, only its file is read. Otherwise, and for an unknown id, every pack is loaded, so
 * that an error can list the platforms there are.
 */
export async function loadPolicies(extraFiles: readonly string[] = [], only?: string): Promise<Map<string, Policy>> {
  const policies = new Map<string, Policy>()
  const dir = join(dataDir(), 'policies')
  if (only !== undefined && extraFiles.length === 0 && /^[a-z0-9][a-z0-9-]*$/.test(only)) {
    const file = join(dir, `${only}.json`)
    if (existsSync(file)) {
      const { value, errors } = await readPolicy(file, true)
      if (value === null) fail(`data/policies/${only}.json`, errors)
      if (value.platform === only) return policies.set(only, value)
    }
  }
  const builtIn = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f))
  for (const file of [...builtIn, ...extraFiles]) {
    const { value, errors } = await readPolicy(file, !extraFiles.includes(file))
    if (value === null) fail(extraFiles.includes(file) ? file : `data/policies/${basename(file)}`, errors)
    policies.set(value.platform, value)
  }
  return policies
}
