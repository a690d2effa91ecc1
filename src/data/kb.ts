import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { endianness } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DataError } from '../errors.js'
import { compactIndex, JoinedTerms, letterMasks, type CompactIndex, type FrozenIndex } from '../core/faq/frozen.js'
import type { ContactFile } from '../core/faq/hours.js'
import { freezeIndex, INDEX_VERSION, outOfScopeTerms, type EntryLookup } from '../core/faq/search.js'
import { isTopic } from '../core/faq/topics.js'
import type { KbEntry, KbFile } from '../core/faq/types.js'
import type { Loaded } from './load.js'

/**
 * The knowledge base (data/kb/*.json), its saved index (dist/kb-index.bin) and the contact channels.
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
  const [{ validateKb }, { schemaProblems }] = await Promise.all([import('../generated/validate-kb.js'), import('./load.js')])
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
  // node:crypto only when the KB must be hashed (loading it cost ~3 ms of every `ask` otherwise).
  const hash = process.getBuiltinModule('node:crypto').createHash('sha1')
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
 * The saved index written by the build (dist/kb-index.bin), laid out so that loading it decodes almost
 * nothing: a 4-byte length and a JSON header (hash, file stats, documents, entry byte ranges), then the sorted
 * terms as UTF-8 lines, the term offsets and postings as little-endian 32-bit words, then every entry's JSON.
 * `ask` parses the header, splits the terms and reads only the entries it shows.
 */
interface SavedHeader {
  version: number
  hash: string
  /** Per KB file: size and mtime at build, so an unchanged KB is recognised without reading it. */
  stats: Record<string, [number, number]>
  documentCount: number
  ids: string[]
  fieldIds: Record<string, number>
  fieldLength: number[][]
  averageFieldLength: number[]
  platforms: Record<string, string[]>
  /** data/contact.json's size and mtime when the build validated it. */
  contact?: [number, number]
  /** The out-of-scope concepts' terms (search.ts OUT_OF_SCOPE), already analysed. */
  outOfScope: Record<string, string>
  /**
   * Byte ranges: [start, end) of the terms (one UTF-16LE string, `\n` between terms: decoding it is a copy),
   * where each term starts in it, the offsets, postings, letter masks and each entry's JSON.
   */
  terms: [number, number]
  termStarts: [number, number]
  offsets: [number, number]
  postings: [number, number]
  masks: [number, number]
  entries: Record<string, [number, number]>
}

export function savedIndexPath(): string {
  return fileURLToPath(new URL('./kb-index.bin', import.meta.url))
}

/** Entries of a saved index, parsed on first use. */
class SavedEntries implements EntryLookup {
  private readonly parsed = new Map<string, KbEntry>()
  constructor(
    private readonly buffer: Buffer,
    private readonly header: SavedHeader,
  ) {}
  get(id: string): KbEntry | undefined {
    let entry = this.parsed.get(id)
    const range = Object.prototype.hasOwnProperty.call(this.header.entries, id) ? this.header.entries[id] : undefined
    if (entry === undefined && range !== undefined) {
      entry = JSON.parse(this.buffer.toString('utf8', range[0], range[1])) as KbEntry
      this.parsed.set(id, entry)
    }
    return entry
  }
  platforms(id: string): readonly string[] | undefined {
    return Object.prototype.hasOwnProperty.call(this.header.platforms, id) ? this.header.platforms[id] : undefined
  }
}

export interface Faq {
  index: FrozenIndex
  byId: EntryLookup
  /** data/contact.json as the build validated it (size, mtime), for readContact. */
  contactStat?: [number, number]
  /** Whether the index came from the build (true) or was rebuilt because the KB changed since (false). */
  fromBuild: boolean
}

function statsOf(dir: string, names: readonly string[]): Record<string, [number, number]> {
  return Object.fromEntries(
    names.map((name) => {
      const st = statSync(join(dir, name))
      return [name, [st.size, st.mtimeMs]]
    }),
  )
}

function words(buffer: Buffer, [start, end]: [number, number]): Uint32Array {
  const at = buffer.byteOffset + start
  // A view needs 4-byte alignment; Buffer pools may place a small file anywhere, so copy when misaligned.
  return at % 4 === 0 ? new Uint32Array(buffer.buffer, at, (end - start) / 4) : new Uint32Array(buffer.buffer.slice(at, buffer.byteOffset + end))
}

/** The saved index, if it was built from exactly the files in `dir` (same stats, else same hash). */
function readSaved(dir: string, indexFile: string): { buffer: Buffer; header: SavedHeader } | undefined {
  if (endianness() !== 'LE' || !existsSync(indexFile)) return undefined
  const buffer = readFileSync(indexFile)
  const headerLength = buffer.readUInt32LE(0)
  const header = JSON.parse(buffer.toString('utf8', 4, 4 + headerLength)) as SavedHeader
  if (header.version !== INDEX_VERSION) return undefined
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []
  const stats = statsOf(dir, names)
  const same = names.length === Object.keys(header.stats).length && names.every((n) => header.stats[n]?.[0] === stats[n]![0] && header.stats[n]?.[1] === stats[n]![1])
  // NOTE: like git's index, unchanged size and mtime mean unchanged content; anything else is hashed.
  if (!same && hashKb(dir).hash !== header.hash) return undefined
  return { buffer, header }
}

/**
 * The knowledge base and its search index. The index saved at build time is used when it was built
 * from exactly these files; if the KB changed since (hash mismatch), the files are validated and the
 * index rebuilt in memory rather than answering from a stale one.
 */
export async function loadFaq(dir: string = kbDir(), indexFile: string = savedIndexPath()): Promise<Faq> {
  const saved = readSaved(dir, indexFile)
  if (saved !== undefined) {
    const { buffer, header } = saved
    outOfScopeTerms(header.outOfScope)
    const compact: CompactIndex = {
      documentCount: header.documentCount,
      ids: header.ids,
      fieldIds: header.fieldIds,
      fieldLength: header.fieldLength,
      averageFieldLength: header.averageFieldLength,
      terms: new JoinedTerms(buffer.toString('utf16le', header.terms[0], header.terms[1]), words(buffer, header.termStarts)),
      offsets: words(buffer, header.offsets),
      postings: words(buffer, header.postings),
      masks: words(buffer, header.masks),
    }
    return { index: freezeIndex(compact), byId: new SavedEntries(buffer, header), contactStat: header.contact, fromBuild: true }
  }
  const [kb, { buildIndex }] = await Promise.all([readKb(dir), import('../core/faq/build.js')])
  return { index: buildIndex(kb.entries), byId: kb.byId, fromBuild: false }
}

/** The bytes of dist/kb-index.bin for the knowledge base in `dir`. */
export async function serialiseIndex(dir: string = kbDir(), contactFile: string = join(dataRoot(), 'contact.json')): Promise<Buffer> {
  const kb = await readKb(dir)
  // Validate the contact channels now too, so an "I don't know" at run time only parses them.
  await readContact(contactFile)
  const contactStat = statSync(contactFile)
  const { buildMiniSearch } = await import('../core/faq/build.js')
  const index = compactIndex(buildMiniSearch(kb.entries).toJSON())
  const names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  const pad = (b: Buffer): Buffer => (b.length % 4 === 0 ? b : Buffer.concat([b, Buffer.alloc(4 - (b.length % 4), 10)]))
  const joined = JoinedTerms.of(index.terms as readonly string[])
  const termsLength = Buffer.byteLength(joined.text, 'utf16le')
  const terms = pad(Buffer.from(joined.text, 'utf16le'))
  const termStarts = Buffer.from(new Uint32Array(Array.from(joined.starts)).buffer)
  const offsets = Buffer.from(new Uint32Array(Array.from(index.offsets)).buffer)
  const postings = Buffer.from(new Uint32Array(Array.from(index.postings)).buffer)
  const masks = Buffer.from(letterMasks(index.terms).buffer)
  const entryBytes = kb.entries.map((e) => Buffer.from(JSON.stringify(e), 'utf8'))
  // The header holds byte positions that depend on its own length: lay it out twice, padded to 4 bytes.
  const layout = (headerLength: number): SavedHeader => {
    let at = 4 + headerLength
    const range = (length: number, padded = length): [number, number] => {
      const r: [number, number] = [at, at + length]
      at += padded
      return r
    }
    const termsRange = range(termsLength, terms.length)
    const termStartsRange = range(termStarts.length)
    const offsetsRange = range(offsets.length)
    const postingsRange = range(postings.length)
    const masksRange = range(masks.length)
    const entries = Object.fromEntries(kb.entries.map((e, i) => [e.id, range(entryBytes[i]!.length)]))
    return {
      version: INDEX_VERSION,
      hash: kb.hash,
      stats: statsOf(dir, names),
      documentCount: index.documentCount,
      ids: index.ids,
      fieldIds: index.fieldIds,
      fieldLength: index.fieldLength,
      averageFieldLength: index.averageFieldLength,
      platforms: Object.fromEntries(kb.entries.map((e) => [e.id, e.platforms])),
      contact: [contactStat.size, contactStat.mtimeMs],
      outOfScope: Object.fromEntries(outOfScopeTerms().entries()),
      terms: termsRange,
      termStarts: termStartsRange,
      offsets: offsetsRange,
      postings: postingsRange,
      masks: masksRange,
      entries,
    }
  }
  let headerLength = 0
  let header: Buffer = Buffer.alloc(0)
  for (let pass = 0; pass < 3; pass++) {
    header = pad(Buffer.from(JSON.stringify(layout(headerLength)), 'utf8'))
    if (header.length === headerLength) break
    headerLength = header.length
  }
  const length = Buffer.alloc(4)
  length.writeUInt32LE(headerLength)
  return Buffer.concat([length, header, terms, termStarts, offsets, postings, masks, ...entryBytes])
}

/** data/contact.json: the ways to reach each shop's support, validated like the KB. */
export async function readContact(file: string = join(dataRoot(), 'contact.json'), trusted?: [number, number]): Promise<ContactFile> {
  let text: string
  try {
    if (trusted !== undefined) {
      // Validated by the build and unchanged since (size and mtime): parse only.
      const st = statSync(file)
      if (st.size === trusted[0] && st.mtimeMs === trusted[1]) return JSON.parse(readFileSync(file, 'utf8')) as ContactFile
    }
    text = readFileSync(file, 'utf8')
  } catch (err) {
    throw new DataError(`${file}: cannot read the contact data (${(err as NodeJS.ErrnoException).code ?? String(err)}); reinstall the package`)
  }
  const parsed = parse(text)
  if (parsed.value === null) fail('data/contact.json', 'contact data', parsed.errors)
  const [{ validateContact }, { schemaProblems }] = await Promise.all([import('../generated/validate-contact.js'), import('./load.js')])
  const problems = schemaProblems(validateContact, parsed.value)
  if (problems.length > 0) fail('data/contact.json', 'contact data', problems)
  return parsed.value as ContactFile
}
