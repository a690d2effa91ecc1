import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DataError } from '../errors.js'
import { compactIndex, type CompactIndex, type FrozenIndex } from '../core/faq/frozen.js'
import type { ContactFile } from '../core/faq/hours.js'
import { freezeIndex, INDEX_VERSION, type EntryLookup } from '../core/faq/search.js'
import { isTopic } from '../core/faq/topics.js'
import type { KbEntry, KbFile } from '../core/faq/types.js'
import type { Loaded } from './load.js'

/**
 * The knowledge base (data/kb/*.json), its saved index (dist/kb-index.json) and the contact channels.
 *
 * NOTE: `ask` runs this on every start, so the fast path (files unchanged since the build) neither loads the
 * schema validators (~280 kB of generated code) nor MiniSearch: both are imported only when something has
 * to be validated or rebuilt (bench/RESULTS.md, start-up figures).
 */

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
export async function validateKbText(text: string): Promise<Loaded<KbFile>> {
  const parsed = parse(text)
  if (parsed.value === null) return { value: null, errors: parsed.errors }
  const [{ validateKb }, { schemaProblems }] = await Promise.all([import('../generated/validators.js'), import('./load.js')])
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

/**
 * data/ ships next to dist/ (package.json "files"): `dist/*.js` → `../data`, `src/data/kb.ts` → `../../data`.
 * Same rule as src/data/load.ts, repeated so `ask` does not load that module (it carries the validators).
 */
export function dataRoot(): string {
  for (const rel of ['../data/', '../../data/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url))
    if (existsSync(join(dir, 'kb'))) return dir
  }
  throw new DataError('the data/ folder is missing from the installation; reinstall the package')
}

/** The folder of the knowledge base. */
export function kbDir(): string {
  return join(dataRoot(), 'kb')
}

/** The KB files' bytes and their sha1 (index version, then each file's name and bytes): cheap, no parsing. */
export function hashKb(dir: string = kbDir()): { names: string[]; buffers: Buffer[]; hash: string } {
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []
  if (names.length === 0) throw new DataError(`${dir}: the knowledge base is missing (no *.json files); reinstall the package`)
  // Hash the bytes, not decoded strings: hashing strings re-encodes them (measured ~5 ms of `ask`'s start).
  const buffers = names.map((name) => readFileSync(join(dir, name)))
  const hash = createHash('sha1')
  hash.update(`v${INDEX_VERSION}\n`)
  names.forEach((name, i) => hash.update(`${name}\n`).update(buffers[i]!).update('\n'))
  return { names, buffers, hash: hash.digest('hex') }
}

/** Read and validate data/kb/*.json; problems are reported with the file name and JSON paths. */
export async function readKb(dir: string = kbDir()): Promise<Kb> {
  const { names, buffers, hash } = hashKb(dir)
  const entries: KbEntry[] = []
  const byId = new Map<string, KbEntry>()
  for (const [i, name] of names.entries()) {
    const loaded = await validateKbText(buffers[i]!.toString('utf8'))
    if (loaded.value === null) fail(`data/kb/${name}`, 'knowledge-base file', loaded.errors)
    for (const entry of loaded.value.entries) {
      if (byId.has(entry.id)) fail(`data/kb/${name}`, 'knowledge-base file', [`entries: id "${entry.id}" is also used in another file`])
      byId.set(entry.id, entry)
      entries.push(entry)
    }
  }
  return { entries, byId, hash }
}

/**
 * The saved index written by the build (dist/kb-index.json): the KB hash it was built from, the index,
 * and each entry as its own JSON text with its platforms, so `ask` parses only the entries it shows.
 */
export interface SavedIndex {
  version: number
  hash: string
  index: CompactIndex
  entries: Record<string, string>
  platforms: Record<string, string[]>
}

export function savedIndexPath(): string {
  return fileURLToPath(new URL('./kb-index.json', import.meta.url))
}

/** Entries of a saved index, parsed on first use. */
class SavedEntries implements EntryLookup {
  private readonly parsed = new Map<string, KbEntry>()
  constructor(private readonly saved: SavedIndex) {}
  get(id: string): KbEntry | undefined {
    let entry = this.parsed.get(id)
    if (entry === undefined && Object.prototype.hasOwnProperty.call(this.saved.entries, id)) {
      entry = JSON.parse(this.saved.entries[id]!) as KbEntry
      this.parsed.set(id, entry)
    }
    return entry
  }
  platforms(id: string): readonly string[] | undefined {
    return Object.prototype.hasOwnProperty.call(this.saved.platforms, id) ? this.saved.platforms[id] : undefined
  }
}

export interface Faq {
  index: FrozenIndex
  byId: EntryLookup
  hash: string
  /** Whether the index came from the build (true) or was rebuilt because the KB changed since (false). */
  fromBuild: boolean
}

/**
 * The knowledge base and its search index. The index saved at build time is used when it was built
 * from exactly these files; if the KB changed since (hash mismatch), the files are validated and the
 * index rebuilt in memory rather than answering from a stale one.
 */
export async function loadFaq(dir: string = kbDir(), indexFile: string = savedIndexPath()): Promise<Faq> {
  const { hash } = hashKb(dir)
  if (existsSync(indexFile)) {
    const text = readFileSync(indexFile, 'utf8')
    // The version and hash sit at the start of the file: compare them before parsing the whole index.
    const head = /^\{"version":(\d+),"hash":"([0-9a-f]+)"/.exec(text.slice(0, 120))
    if (head && Number(head[1]) === INDEX_VERSION && head[2] === hash) {
      const saved = JSON.parse(text) as SavedIndex
      return { index: freezeIndex(saved.index), byId: new SavedEntries(saved), hash, fromBuild: true }
    }
  }
  const [kb, { buildIndex }] = await Promise.all([readKb(dir), import('../core/faq/build.js')])
  return { index: buildIndex(kb.entries), byId: kb.byId, hash: kb.hash, fromBuild: false }
}

/** The text of dist/kb-index.json for a knowledge base. */
export async function serialiseIndex(kb: Kb): Promise<string> {
  const { buildMiniSearch } = await import('../core/faq/build.js')
  const index = compactIndex(buildMiniSearch(kb.entries).toJSON())
  const entries = Object.fromEntries(kb.entries.map((e) => [e.id, JSON.stringify(e)]))
  const platforms = Object.fromEntries(kb.entries.map((e) => [e.id, e.platforms]))
  return `{"version":${INDEX_VERSION},"hash":"${kb.hash}","index":${JSON.stringify(index)},"entries":${JSON.stringify(entries)},"platforms":${JSON.stringify(platforms)}}`
}

/** data/contact.json: the ways to reach each shop's support, validated like the KB. */
export async function readContact(file: string = join(dataRoot(), 'contact.json')): Promise<ContactFile> {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    throw new DataError(`${file}: cannot read the contact data (${(err as NodeJS.ErrnoException).code ?? String(err)}); reinstall the package`)
  }
  const parsed = parse(text)
  if (parsed.value === null) fail('data/contact.json', 'contact data', parsed.errors)
  const [{ validateContact }, { schemaProblems }] = await Promise.all([import('../generated/validators.js'), import('./load.js')])
  const problems = schemaProblems(validateContact, parsed.value)
  if (problems.length > 0) fail('data/contact.json', 'contact data', problems)
  return parsed.value as ContactFile
}
