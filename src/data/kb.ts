import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type MiniSearch from 'minisearch'
import type { AsPlainObject } from 'minisearch'
import { DataError } from '../errors.js'
import { validateContact, validateKb } from '../generated/validators.js'
import { buildIndex, INDEX_VERSION, loadIndex } from '../core/faq/search.js'
import { isTopic } from '../core/faq/topics.js'
import type { KbEntry, KbFile } from '../core/faq/types.js'
import type { ContactFile } from '../core/faq/hours.js'
import { dataDir, schemaProblems, type Loaded } from './load.js'

/** Platforms an entry may name (`common` is a file, not a platform). */
export const KB_PLATFORMS = ['aliexpress', 'amazon'] as const

const ID_PREFIX: Record<string, string> = { aliexpress: 'ali-', amazon: 'amz-', common: 'common-' }

/** Checks the schema cannot express: known topic and platforms, the id prefix of the file. Pure. */
export function kbProblems(file: KbFile): string[] {
  const problems: string[] = []
  const prefix = ID_PREFIX[file.platform]
  if (prefix === undefined) problems.push(`platform: expected one of ${Object.keys(ID_PREFIX).join(', ')}, got "${file.platform}"`)
  const seen = new Set<string>()
  file.entries.forEach((entry, i) => {
    if (seen.has(entry.id)) problems.push(`entries[${i}].id: duplicate id "${entry.id}"`)
    seen.add(entry.id)
    if (prefix !== undefined && !entry.id.startsWith(prefix)) problems.push(`entries[${i}].id: expected an id starting with "${prefix}", got "${entry.id}"`)
    if (!isTopic(entry.topic)) problems.push(`entries[${i}].topic: unknown topic "${entry.topic}", expected an id of shared/topics.json`)
    entry.platforms.forEach((p, j) => {
      if (!(KB_PLATFORMS as readonly string[]).includes(p)) problems.push(`entries[${i}].platforms[${j}]: expected one of ${KB_PLATFORMS.join(', ')}, got "${p}"`)
    })
  })
  return problems
}

function parse(text: string): Loaded<unknown> {
  try {
    return { value: JSON.parse(text), errors: [] }
  } catch (err) {
    return { value: null, errors: [`not valid JSON: ${(err as Error).message}`] }
  }
}

/** Parse and validate one knowledge-base file's text (schema, then the rules of kbProblems). */
export function validateKbText(text: string): Loaded<KbFile> {
  const parsed = parse(text)
  if (parsed.value === null) return { value: null, errors: parsed.errors }
  const schema = schemaProblems(validateKb, parsed.value)
  if (schema.length > 0) return { value: null, errors: schema }
  const file = parsed.value as KbFile
  const semantic = kbProblems(file)
  return semantic.length > 0 ? { value: null, errors: semantic } : { value: file, errors: [] }
}

function fail(name: string, what: string, errors: readonly string[]): never {
  const shown = errors.slice(0, 10).map((e) => `  ${e}`)
  if (errors.length > 10) shown.push(`  … and ${errors.length - 10} more`)
  throw new DataError(`${name}: invalid ${what}\n${shown.join('\n')}`)
}

export interface Kb {
  entries: KbEntry[]
  byId: Map<string, KbEntry>
  /** sha1 of the index version and every file's name and bytes: what a saved index was built from. */
  hash: string
}

/** The folder of the knowledge base; tests point it at a fixture. */
export function kbDir(): string {
  return process.env.BUYERDESK_KB_DIR ?? join(dataDir(), 'kb')
}

/**
 * Read data/kb/*.json. `validate: false` trusts files whose hash a build already validated
 * (the fast path of `ask`); anything else is checked and reported with JSON paths.
 */
export function readKb(dir: string = kbDir(), validate = true, trustedHash?: string): Kb {
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []
  if (names.length === 0) throw new DataError(`${dir}: the knowledge base is missing (no *.json files); reinstall the package`)
  const texts = names.map((name) => readFileSync(join(dir, name), 'utf8'))
  const hash = createHash('sha1')
  hash.update(`v${INDEX_VERSION}\n`)
  names.forEach((name, i) => hash.update(`${name}\n${texts[i]!}\n`))
  const digest = hash.digest('hex')
  const trusted = !validate && digest === trustedHash
  const entries: KbEntry[] = []
  const byId = new Map<string, KbEntry>()
  names.forEach((name, i) => {
    let file: KbFile
    if (trusted) file = JSON.parse(texts[i]!) as KbFile
    else {
      const loaded = validateKbText(texts[i]!)
      if (loaded.value === null) fail(`data/kb/${name}`, 'knowledge-base file', loaded.errors)
      file = loaded.value
    }
    for (const entry of file.entries) {
      if (byId.has(entry.id)) fail(`data/kb/${name}`, 'knowledge-base file', [`entries: id "${entry.id}" is also used in another file`])
      byId.set(entry.id, entry)
      entries.push(entry)
    }
  })
  return { entries, byId, hash: digest }
}

/** The saved index written by the build (dist/kb-index.json): `{ version, hash, index }`. */
export interface SavedIndex {
  version: number
  hash: string
  index: unknown
}

export function savedIndexPath(): string {
  return fileURLToPath(new URL('./kb-index.json', import.meta.url))
}

export interface Faq extends Kb {
  index: MiniSearch<{ id: string; q: string; k: string; t: string }>
  /** Whether the index came from the build (true) or was rebuilt because the KB changed since (false). */
  fromBuild: boolean
}

/**
 * The knowledge base and its search index. The index saved at build time is used when it was built
 * from exactly these files; if the KB changed since (hash mismatch), it is rebuilt in memory rather
 * than answering from a stale index.
 */
export function loadFaq(dir: string = kbDir(), indexFile: string = savedIndexPath()): Faq {
  let saved: { hash: string; text: string } | undefined
  if (existsSync(indexFile)) {
    const text = readFileSync(indexFile, 'utf8')
    // The hash sits at the start of the file: compare it before parsing the whole index.
    const head = /^\{"version":(\d+),"hash":"([0-9a-f]+)"/.exec(text.slice(0, 120))
    if (head && Number(head[1]) === INDEX_VERSION) saved = { hash: head[2]!, text }
  }
  // Files whose hash matches the build were validated by it; any other files are validated here.
  const kb = readKb(dir, false, saved?.hash)
  if (saved !== undefined && saved.hash === kb.hash) {
    return { ...kb, index: loadIndex((JSON.parse(saved.text) as SavedIndex).index as AsPlainObject), fromBuild: true }
  }
  return { ...kb, index: buildIndex(kb.entries), fromBuild: false }
}

/** The text of dist/kb-index.json for a knowledge base. */
export function serialiseIndex(kb: Kb): string {
  const index = buildIndex(kb.entries)
  return `{"version":${INDEX_VERSION},"hash":"${kb.hash}","index":${JSON.stringify(index)}}`
}

/** data/contact.json: the ways to reach each shop's support, validated like the KB. */
export function readContact(file: string = join(dataDir(), 'contact.json')): ContactFile {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    throw new DataError(`${file}: cannot read the contact data (${(err as NodeJS.ErrnoException).code ?? String(err)}); reinstall the package`)
  }
  const parsed = parse(text)
  if (parsed.value === null) fail('data/contact.json', 'contact data', parsed.errors)
  const problems = schemaProblems(validateContact, parsed.value)
  if (problems.length > 0) fail('data/contact.json', 'contact data', problems)
  return parsed.value as ContactFile
}
