import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { endianness } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DataError } from '../errors.js'
import type { ContactFile } from '../core/faq/hours.js'
import { OUT_OF_SCOPE, type FaqModel, type TopicModel } from '../core/faq/model.js'
import type { IssueCues } from '../core/faq/related.js'
import type { EntryLookup, ShopLexicon } from '../core/faq/search.js'
import { isTopic, TOPIC_IDS } from '../core/faq/topics.js'
import type { Example } from '../core/faq/train.js'
import type { KbEntry, KbFile, KbSeed } from '../core/faq/types.js'
import type { Loaded } from './load.js'

/**
 * The knowledge base (data/kb/*.json), the FAQ model saved by the build (dist/kb-model.bin, format:
 * src/core/faq/FORMAT.md), the training data and shop names it is fitted from (data/train, data/lexicon), and
 * the contact channels.
 *
 * NOTE: `ask` runs this on every start, so the fast path (files unchanged since the build) neither loads the
 * schema validators (~280 kB of generated code) nor the training code: both are imported only when something
 * has to be validated or refitted (bench/RESULTS.md, start-up figures).
 */

/** The version of dist/kb-model.bin's layout and of the features it was fitted on (FORMAT.md): bump on any change. */
export const MODEL_VERSION = 2

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
  /** Every file's seed table, merged. */
  seeds: Record<string, KbSeed>
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
  hash.update(`v${MODEL_VERSION}\n`)
  names.forEach((name, i) => hash.update(`${name}\n`).update(buffers[i]!).update('\n'))
  return { names, buffers, hash: hash.digest('hex') }
}

/** Read and validate data/kb/*.json; problems are reported with the file name and JSON paths. */
export async function readKb(dir: string = kbDir()): Promise<Kb> {
  const { names, buffers, hash } = hashKb(dir)
  const entries: KbEntry[] = []
  const byId = new Map<string, KbEntry>()
  const seeds: Record<string, KbSeed> = {}
  for (const [i, name] of names.entries()) {
    const loaded = await validateKbText(buffers[i]!.toString('utf8'))
    if (loaded.value === null) fail(`data/kb/${name}`, 'knowledge-base file', loaded.errors)
    Object.assign(seeds, loaded.value.seeds)
    for (const entry of loaded.value.entries) {
      if (byId.has(entry.id)) fail(`data/kb/${name}`, 'knowledge-base file', [`entries: id "${entry.id}" is also used in another file`])
      byId.set(entry.id, entry)
      entries.push(entry)
    }
  }
  // With a seed table, every seed an entry cites is in it: a person is told what each source is.
  if (Object.keys(seeds).length > 0) {
    const unknown = entries.flatMap((e) => e.sources.flatMap((src) => ('seed' in src && seeds[src.seed] === undefined ? [`${e.id}: seed "${src.seed}" is not in the seeds table, expected one of ${Object.keys(seeds).join(', ')}`] : [])))
    if (unknown.length > 0) fail('data/kb', 'knowledge base', unknown)
  }
  return { entries, byId, seeds, hash }
}

/** The header of dist/kb-model.bin (src/core/faq/FORMAT.md). */
interface SavedHeader {
  version: number
  /** hashKb of the KB the model was built from. */
  hash: string
  /** Per KB file: size and mtime at build, so an unchanged KB is recognised without reading it. */
  stats: Record<string, [number, number]>
  /** data/contact.json's size and mtime when the build validated it. */
  contact?: [number, number]
  lexicon: ShopLexicon
  issues: IssueCues
  seeds?: Record<string, KbSeed>
  dim: number
  labels: string[]
  scale: number
  threshold: Record<'en' | 'ko' | 'ro', number>
  outOfScopeRatio: Record<'en' | 'ko' | 'ro', number>
  ids: string[]
  topics: Record<string, string>
  platforms: Record<string, string[]>
  /** Byte ranges [start, end) of the sections and of each entry's JSON. */
  weights: [number, number]
  bias: [number, number]
  starts: [number, number]
  buckets: [number, number]
  values: [number, number]
  entries: Record<string, [number, number]>
}

export function savedModelPath(): string {
  return fileURLToPath(new URL('./kb-model.bin', import.meta.url))
}

const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key)

/** Entries of a saved model, parsed on first use. */
class SavedEntries implements EntryLookup {
  private readonly parsed = new Map<string, KbEntry>()
  constructor(
    private readonly buffer: Buffer,
    private readonly header: SavedHeader,
  ) {}
  get(id: string): KbEntry | undefined {
    let entry = this.parsed.get(id)
    const range = own(this.header.entries, id) ? this.header.entries[id] : undefined
    if (entry === undefined && range !== undefined) {
      entry = JSON.parse(this.buffer.toString('utf8', range[0], range[1])) as KbEntry
      this.parsed.set(id, entry)
    }
    return entry
  }
  topic(id: string): string | undefined {
    return own(this.header.topics, id) ? this.header.topics[id] : undefined
  }
  platforms(id: string): readonly string[] | undefined {
    return own(this.header.platforms, id) ? this.header.platforms[id] : undefined
  }
}

/** Entries in memory (a KB read and validated now). */
export function entryLookup(entries: readonly KbEntry[]): EntryLookup {
  const byId = new Map(entries.map((e) => [e.id, e]))
  return { get: (id) => byId.get(id), topic: (id) => byId.get(id)?.topic, platforms: (id) => byId.get(id)?.platforms }
}

export interface Faq {
  model: FaqModel
  lexicon: ShopLexicon
  issues: IssueCues
  byId: EntryLookup
  /** The seed documents the entries cite, by file name (what each is, per language). */
  seeds: Record<string, KbSeed>
  /** data/contact.json as the build validated it (size, mtime), for readContact. */
  contactStat?: [number, number]
  /** Whether the model came from the build (true) or was (partly) refitted because the KB changed since (false). */
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

/** A typed view of a section; copied when misaligned (Buffer pools may place a small file anywhere). */
function view<T>(make: (b: ArrayBufferLike, at: number, n: number) => T, copy: (b: ArrayBuffer) => T, size: number, buffer: Buffer, [start, end]: [number, number]): T {
  const at = buffer.byteOffset + start
  return at % size === 0 ? make(buffer.buffer, at, (end - start) / size) : copy(buffer.buffer.slice(at, buffer.byteOffset + end) as ArrayBuffer)
}
const u32 = (b: Buffer, r: [number, number]) => view((a, at, n) => new Uint32Array(a, at, n), (a) => new Uint32Array(a), 4, b, r)
const f32 = (b: Buffer, r: [number, number]) => view((a, at, n) => new Float32Array(a, at, n), (a) => new Float32Array(a), 4, b, r)

function topicModelOf(buffer: Buffer, h: SavedHeader): TopicModel {
  const weights = new Int8Array(buffer.buffer, buffer.byteOffset + h.weights[0], h.weights[1] - h.weights[0])
  return { dim: h.dim, labels: h.labels, weights, scale: h.scale, bias: f32(buffer, h.bias), threshold: h.threshold, outOfScopeRatio: h.outOfScopeRatio }
}

/** The saved model file, if it is of this version; `same` when it was built from exactly the files in `dir`. */
function readSaved(dir: string, modelFile: string): { buffer: Buffer; header: SavedHeader; same: boolean } | undefined {
  if (endianness() !== 'LE' || !existsSync(modelFile)) return undefined
  const buffer = readFileSync(modelFile)
  const headerLength = buffer.readUInt32LE(0)
  const header = JSON.parse(buffer.toString('utf8', 4, 4 + headerLength)) as SavedHeader
  if (header.version !== MODEL_VERSION) return undefined
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []
  const stats = statsOf(dir, names)
  const unchanged = names.length === Object.keys(header.stats).length && names.every((n) => header.stats[n]?.[0] === stats[n]![0] && header.stats[n]?.[1] === stats[n]![1])
  // NOTE: like git's index, unchanged size and mtime mean unchanged content; anything else is hashed.
  return { buffer, header, same: unchanged || hashKb(dir).hash === header.hash }
}

const readJsonLines = (file: string): { line: number; value: unknown }[] => {
  const out: { line: number; value: unknown }[] = []
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (text.trim() === '') return
      try {
        out.push({ line: i + 1, value: JSON.parse(text) })
      } catch {
        throw new DataError(`${file}:${i + 1}: not valid JSON, expected one {"lang", "topic" or "category", "text"} object per line`)
      }
    })
  return out
}

/** One file of data/train as data/train/manifest.json lists it. */
interface TrainingFile {
  file: string
  labels: 'topic' | 'category'
  weight?: number
}

function trainingFiles(dir: string): TrainingFile[] {
  const file = join(dir, 'manifest.json')
  if (!existsSync(file)) throw new DataError(`${file}: the training manifest is missing; reinstall the package`)
  const parsed = parse(readFileSync(file, 'utf8'))
  const files = (parsed.value as { files?: unknown } | null)?.files
  if (!Array.isArray(files)) throw new DataError(`data/train/manifest.json: expected {"files": [{"file": "NAME.jsonl", "labels": "topic"|"category", "weight"?: number}]}`)
  files.forEach((f: Partial<TrainingFile>, i) => {
    if (typeof f?.file !== 'string' || !f.file.endsWith('.jsonl') || (f.labels !== 'topic' && f.labels !== 'category') || (f.weight !== undefined && !(typeof f.weight === 'number' && f.weight > 0))) {
      throw new DataError(`data/train/manifest.json: files[${i}]: expected {"file": "NAME.jsonl", "labels": "topic"|"category", "weight"?: a number > 0}`)
    }
    if (!existsSync(join(dir, f.file))) throw new DataError(`data/train/manifest.json: files[${i}]: ${f.file} is missing from data/train${f.file === 'questions.jsonl' ? '; run node scripts/gen-training.mjs' : ''}`)
  })
  const listed = new Set(files.map((f: TrainingFile) => f.file))
  const unlisted = readdirSync(dir).find((f) => f.endsWith('.jsonl') && !listed.has(f))
  if (unlisted !== undefined) throw new DataError(`data/train/${unlisted}: not listed in data/train/manifest.json (say who wrote it and how)`)
  return files as TrainingFile[]
}

/**
 * data/train: the files of data/train/manifest.json, questions labelled by `topic` or out-of-scope ones by
 * `category`, each weighted by its file's `weight`. `weights` overrides a file's weight (0 leaves it out:
 * bench/model/experiment.ts measures what one file brings).
 */
export function readTraining(dir: string = join(dataRoot(), 'train'), weights: Record<string, number> = {}): Example[] {
  const out: Example[] = []
  for (const { file: name, labels: key, weight: listedWeight } of trainingFiles(dir)) {
    const weight = weights[name] ?? listedWeight ?? 1
    if (weight === 0) continue
    for (const { line, value } of readJsonLines(join(dir, name))) {
      const v = value as Record<string, unknown>
      const label = v[key]
      if (typeof v.text !== 'string' || v.text.trim() === '' || typeof label !== 'string' || !['en', 'ko', 'ro'].includes(v.lang as string)) {
        throw new DataError(`data/train/${name}:${line}: expected {"lang": "en"|"ko"|"ro", "${key}": "...", "text": "..."}`)
      }
      if (key === 'topic' && !isTopic(label)) throw new DataError(`data/train/${name}:${line}: topic: unknown topic "${label}", expected an id of shared/topics.json`)
      out.push(weight === 1 ? { text: v.text, label: key === 'topic' ? label : OUT_OF_SCOPE } : { text: v.text, label: key === 'topic' ? label : OUT_OF_SCOPE, weight })
    }
  }
  return out
}

/** A data/lexicon file, validated by its schema. */
async function readLexiconFile<T>(name: string, what: string, validator: 'validateLexicon' | 'validateIssues'): Promise<T> {
  const file = join(dataRoot(), 'lexicon', name)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    throw new DataError(`${file}: cannot read the ${what} (${(err as NodeJS.ErrnoException).code ?? String(err)}); reinstall the package`)
  }
  const parsed = parse(text)
  if (parsed.value === null) fail(`data/lexicon/${name}`, what, parsed.errors)
  const [validators, { schemaProblems }] = await Promise.all([import('../generated/validators.js'), import('./load.js')])
  const problems = schemaProblems(validators[validator], parsed.value)
  if (problems.length > 0) fail(`data/lexicon/${name}`, what, problems)
  return parsed.value as T
}

/** data/lexicon/shops.json and issues.json, validated. */
export async function readLexicons(): Promise<{ lexicon: ShopLexicon; issues: IssueCues }> {
  const [lexicon, issues] = await Promise.all([readLexiconFile<ShopLexicon>('shops.json', 'shop lexicon', 'validateLexicon'), readLexiconFile<IssueCues>('issues.json', 'issue cues', 'validateIssues')])
  return { lexicon, issues }
}

/**
 * The knowledge base and its model. The model saved at build time is used as it is when it was built from
 * exactly these KB files. If the KB changed since, its files are validated and the entries' vectors
 * recomputed (milliseconds), with the saved topic model; with no saved model at all (tests, a broken build),
 * the whole model is fitted in memory (seconds).
 */
export async function loadFaq(dir: string = kbDir(), modelFile: string = savedModelPath()): Promise<Faq> {
  const saved = readSaved(dir, modelFile)
  if (saved?.same === true) {
    const { buffer, header: h } = saved
    const model: FaqModel = { topics: topicModelOf(buffer, h), entries: { ids: h.ids, starts: u32(buffer, h.starts), buckets: u32(buffer, h.buckets), values: f32(buffer, h.values) } }
    return { model, lexicon: h.lexicon, issues: h.issues, byId: new SavedEntries(buffer, h), seeds: h.seeds ?? {}, contactStat: h.contact, fromBuild: true }
  }
  const [kb, train] = await Promise.all([readKb(dir), import('../core/faq/train.js')])
  if (saved !== undefined) {
    const topics = topicModelOf(saved.buffer, saved.header)
    return { model: { topics, entries: train.entryVectors(kb.entries, topics.dim) }, lexicon: saved.header.lexicon, issues: saved.header.issues, byId: entryLookup(kb.entries), seeds: kb.seeds, fromBuild: false }
  }
  const lexicons = await readLexicons()
  const model = train.trainModel(kb.entries, readTraining(), TOPIC_IDS, {}, lexicons.lexicon)
  return { model, ...lexicons, byId: entryLookup(kb.entries), seeds: kb.seeds, fromBuild: false }
}

/** The bytes of dist/kb-model.bin: the model fitted on the KB in `dir` and data/train (FORMAT.md). */
export async function serialiseModel(dir: string = kbDir(), contactFile: string = join(dataRoot(), 'contact.json')): Promise<Buffer> {
  const kb = await readKb(dir)
  // Validate the contact channels now too, so an "I don't know" at run time only parses them.
  await readContact(contactFile)
  const contactStat = statSync(contactFile)
  const { lexicon, issues } = await readLexicons()
  const { trainModel } = await import('../core/faq/train.js')
  const model = trainModel(kb.entries, readTraining(), TOPIC_IDS, {}, lexicon)
  const names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  const pad = (b: Buffer): Buffer => (b.length % 4 === 0 ? b : Buffer.concat([b, Buffer.alloc(4 - (b.length % 4), 0)]))
  const bytes = (a: ArrayBufferView) => pad(Buffer.from(a.buffer, a.byteOffset, a.byteLength))
  const sections = [model.topics.weights, model.topics.bias, model.entries.starts, model.entries.buckets, model.entries.values].map(bytes)
  const entryBytes = kb.entries.map((e) => Buffer.from(JSON.stringify(e), 'utf8'))
  // The header holds byte positions that depend on its own length: lay it out until it stops changing.
  const layout = (headerLength: number): SavedHeader => {
    let at = 4 + headerLength
    const range = (length: number, padded = length): [number, number] => {
      const r: [number, number] = [at, at + length]
      at += padded
      return r
    }
    const [weights, bias, starts, buckets, values] = sections.map((s) => range(s.length))
    return {
      version: MODEL_VERSION,
      hash: kb.hash,
      stats: statsOf(dir, names),
      contact: [contactStat.size, contactStat.mtimeMs],
      lexicon,
      issues,
      seeds: kb.seeds,
      dim: model.topics.dim,
      labels: model.topics.labels,
      scale: model.topics.scale,
      threshold: model.topics.threshold,
      outOfScopeRatio: model.topics.outOfScopeRatio,
      ids: model.entries.ids,
      topics: Object.fromEntries(kb.entries.map((e) => [e.id, e.topic])),
      platforms: Object.fromEntries(kb.entries.map((e) => [e.id, e.platforms])),
      weights: weights!,
      bias: bias!,
      starts: starts!,
      buckets: buckets!,
      values: values!,
      entries: Object.fromEntries(kb.entries.map((e, i) => [e.id, range(entryBytes[i]!.length)])),
    }
  }
  const padJson = (b: Buffer): Buffer => (b.length % 4 === 0 ? b : Buffer.concat([b, Buffer.alloc(4 - (b.length % 4), 0x20)]))
  let headerLength = 0
  let header: Buffer = Buffer.alloc(0)
  for (let pass = 0; pass < 4; pass++) {
    header = padJson(Buffer.from(JSON.stringify(layout(headerLength)), 'utf8'))
    if (header.length === headerLength) break
    headerLength = header.length
  }
  const length = Buffer.alloc(4)
  length.writeUInt32LE(headerLength)
  return Buffer.concat([length, header, ...sections, ...entryBytes])
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
