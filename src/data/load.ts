import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { daysInMonth } from '../core/dates.js'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { VALIDATED } from '../generated/policy-stamps.js'
// Types only (erased): the validator itself is imported when a pack needs it (readPolicy).
import type { SchemaError, Validator } from '../generated/validate-policy.js'
import { DataError } from '../errors.js'
import type { Policy } from '../core/types.js'

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
  try {
    return { value: JSON.parse(text), errors: [] }
  } catch (err) {
    return { value: null, errors: [`not valid JSON: ${(err as Error).message}`] }
  }
}

/** Validate with a precompiled schema; returns the readable problems. */
export function schemaProblems(validate: Validator, value: unknown): string[] {
  return validate(value) ? [] : describeSchemaErrors(validate.errors ?? [])
}

/** Checks the schema cannot express: every cited source exists, ids are unique. Pure. */
export function policyProblems(policy: Policy): string[] {
  const problems: string[] = []
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
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    return { value: null, errors: [`cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`] }
  }
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
