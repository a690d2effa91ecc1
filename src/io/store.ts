import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type Conf from 'conf'
import { fill } from '../i18n/core-messages.js'
import type { Lang } from '../i18n/lang.js'
import { TRACK_TEXT } from '../i18n/track-messages.js'
import { DataError } from '../errors.js'
import { printError } from './output.js'
import { errnoText } from './errno.js'
import { acquire, type Held } from './lock.js'
import { configDir, SETTINGS_TEXT } from './settings.js'

/**
 * Saved orders (issue 5): the facts of each order, never a verdict, so every run judges them afresh
 * against today's date and the current rules.
 *
 * - Reads are a plain readFileSync + JSON.parse (no conf, no lock): writers replace the file atomically
 *   (temp file, fsync, rename), so a reader always sees one whole version.
 * - Every read-modify-write runs under the lock of src/io/lock.ts (stale only once its holder has exited),
 *   and synchronously from taking the lock to releasing it: the lock is held for one read and one write,
 *   whatever else the command does. conf itself does not lock (sindresorhus/conf#117).
 * - A broken file is renamed beside the original (`orders.corrupt-<time>.json`), reported in one line, and
 *   replaced by an empty store, so the command goes on. Nothing is ever deleted.
 */

/** The store format (semver, conf's `projectVersion`): bump it and add a migration when the shape changes. */
export const STORE_VERSION = '1.0.0'
export const STORE_FILE_NAME = 'orders'

/** One saved order as stored: POLICY.md field names, dates as YYYY-MM-DD. */
export interface StoredOrder {
  id: string
  platform: string
  issue?: string
  ordered: string
  shipped?: string
  delivered?: string
  eta?: string
  contacted?: string
  disputed?: string
  /** The user's own words, shown with the order. */
  note?: string
  /** The date the order was saved (YYYY-MM-DD). */
  added?: string
  /** The date the shop recorded a return (from Amazon's CustomerReturns export). */
  returned?: string
}

/** The date facts of StoredOrder, in the order they normally happen. */
export const STORED_DATES = ['ordered', 'shipped', 'delivered', 'eta', 'contacted', 'disputed'] as const

/**
 * v1 on disk: `{ "orders": [StoredOrder…], "__internal__": { "migrations": { "version": "1.0.0" } } }`.
 * Entries are kept as found (`unknown`): a hand-edited entry that is not an order is reported and skipped,
 * but stays in the file.
 */
export type StoreData = {
  orders: unknown[]
  /** The number of the last generated id (`o7` → 7), so a removed order's id is never handed out again. */
  lastId?: number
}

export function storePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), `${STORE_FILE_NAME}.json`)
}

const INTERNAL_KEY = '__internal__'

/** A YYYY-MM-DDT… timestamp (how a Date went through JSON.stringify) → its calendar date. */
function v0Date(value: unknown): unknown {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value
}

/**
 * v0 → v1. v0 (unversioned prototypes) kept `orders` as an object keyed by order id, with the dates as
 * JSON-serialised Date timestamps (`"2026-11-10T00:00:00.000Z"`). v1 keeps a list (insertion order is the
 * list order), each entry carrying its own `id`, and plain calendar dates. A store with no `orders` at all
 * (a new file) gets an empty list.
 */
export function migrateV0(data: Record<string, unknown>): StoreData {
  const orders = data.orders
  if (orders === undefined || orders === null) return { orders: [] }
  if (Array.isArray(orders)) return { orders }
  const list: unknown[] = []
  for (const [id, facts] of Object.entries(orders as Record<string, unknown>)) {
    if (facts === null || typeof facts !== 'object' || Array.isArray(facts)) {
      // Not an order, but not ours to drop: kept, and reported when the list is read.
      list.push(facts)
      continue
    }
    const entry: Record<string, unknown> = { id }
    for (const [key, value] of Object.entries(facts as Record<string, unknown>)) {
      if (key === 'id') continue
      entry[key] = (STORED_DATES as readonly string[]).includes(key) || key === 'added' ? v0Date(value) : value
    }
    list.push(entry)
  }
  return { orders: list }
}

/** conf migrations, keyed by the store version they produce. */
export const STORE_MIGRATIONS = {
  '1.0.0': (store: Conf<StoreData>) => {
    const migrated = migrateV0(store.store as unknown as Record<string, unknown>)
    store.set('orders', migrated.orders)
  },
}

function versionOf(data: Record<string, unknown>): unknown {
  const internal = data[INTERNAL_KEY] as { migrations?: { version?: unknown } } | undefined
  return internal?.migrations?.version
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0)
  return 0
}

type Inspection =
  | { kind: 'missing' }
  | { kind: 'current'; data: StoreData }
  | { kind: 'old' }
  | { kind: 'newer'; version: string }
  | { kind: 'broken'; why: string }

/** What the file holds, without changing it. Pure apart from the read. */
export function inspectStore(text: string | null, lang: Lang = 'en'): Inspection {
  if (text === null) return { kind: 'missing' }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    return { kind: 'broken', why: (err as Error).message }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { kind: 'broken', why: SETTINGS_TEXT.notAnObject[lang] }
  const data = value as Record<string, unknown>
  const version = versionOf(data)
  if (version !== undefined && (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version))) {
    return { kind: 'broken', why: fill(TRACK_TEXT.badVersion[lang], { version: JSON.stringify(version) }) }
  }
  const orders = data.orders
  const ordersOk = orders === undefined || Array.isArray(orders) || (version === undefined && orders !== null && typeof orders === 'object')
  if (!ordersOk) return { kind: 'broken', why: TRACK_TEXT.notAList[lang] }
  if (version === undefined) return { kind: 'old' }
  const cmp = compareVersions(version, STORE_VERSION)
  if (cmp > 0) return { kind: 'newer', version }
  if (cmp < 0) return { kind: 'old' }
  if (!Array.isArray(orders)) return { kind: 'broken', why: TRACK_TEXT.notAList[lang] }
  return { kind: 'current', data: { orders, ...(typeof data.lastId === 'number' ? { lastId: data.lastId } : {}) } }
}

/** The file's text (a UTF-8 BOM dropped), or null when there is none. Anything else is the user's to fix. */
function readText(file: string, lang: Lang): string | null {
  try {
    return stripBom(readFileSync(file, 'utf8'))
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return null
    throw new DataError(fill(TRACK_TEXT.storeUnreadable[lang], { file, why: errnoText(err, lang) }))
  }
}

/** Editors on Windows start UTF-8 files with a byte-order mark; it is not part of the JSON. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** A parser's message (which may quote the file, newlines and all) as a short single line. */
export function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat
}

/** `orders.json` → `orders.corrupt-20261122T043000Z.json`, never over an earlier one. */
export function corruptName(file: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  const ext = file.endsWith('.json') ? '.json' : ''
  const base = ext ? file.slice(0, -ext.length) : file
  let candidate = `${base}.corrupt-${stamp}${ext}`
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}.corrupt-${stamp}-${n}${ext}`
  return candidate
}

/** Move a broken file aside (a rename: the bytes are kept as they were) and say so in one line on stderr. */
export function setAside(file: string, why: string, message: Record<Lang, string>, lang: Lang): string {
  const kept = corruptName(file)
  renameSync(file, kept)
  printError(`buyerdesk: ${fill(message[lang], { file, why: oneLine(why), kept: basename(kept) })}`)
  return kept
}

/** The lock's errors as user errors: the folder it lives in may be missing, a file, or read-only. */
function lockError(file: string, lang: Lang, err: unknown): unknown {
  if (err instanceof Error && (err as NodeJS.ErrnoException).code !== undefined) return new DataError(fill(TRACK_TEXT.configDirBad[lang], { dir: dirname(file), why: errnoText(err, lang) }))
  return err
}

async function takeLock(file: string, lang: Lang, signal?: AbortSignal): Promise<Held> {
  try {
    mkdirSync(dirname(file), { recursive: true })
    return await acquire(file, { signal, busy: () => new DataError(fill(TRACK_TEXT.storeBusy[lang], { lock: `${file}.lock` })) })
  } catch (err) {
    if (signal?.aborted) throw err
    throw lockError(file, lang, err)
  }
}

/**
 * Run `fn` while holding the cross-process lock of `file` (src/io/lock.ts: stale only when its holder has
 * exited). Waits up to a minute for a live holder.
 */
export async function withLock<T>(file: string, lang: Lang, fn: () => Promise<T> | T): Promise<T> {
  await import('conf')
  const lock = await takeLock(file, lang)
  try {
    return await fn()
  } finally {
    lock.release()
  }
}

/** Open a JSON file of ours with conf (writes are atomic); `file` decides the folder and name. */
export async function openConf<T extends Record<string, unknown>>(
  file: string,
  extra: { projectVersion?: string; migrations?: Record<string, (store: Conf<T>) => void> } = {},
): Promise<Conf<T>> {
  const { default: ConfClass } = await import('conf')
  return new ConfClass<T>({
    projectName: 'buyerdesk',
    cwd: dirname(file),
    configName: basename(file, '.json'),
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    ...extra,
  })
}

type ConfClass = typeof Conf

/**
 * Under the lock, synchronously: the file's current contents as an object, after setting aside a broken file,
 * refusing a newer one, and migrating an old one through conf's migrations.
 */
function openStore(file: string, lang: Lang, Conf: ConfClass): Record<string, unknown> {
  const text = readText(file, lang)
  const found = inspectStore(text, lang)
  if (found.kind === 'missing') return {}
  if (found.kind === 'current') return JSON.parse(text!) as Record<string, unknown>
  if (found.kind === 'newer') throw new DataError(fill(TRACK_TEXT.storeNewer[lang], { file, version: found.version, supported: STORE_VERSION }))
  if (found.kind === 'broken') {
    setAside(file, found.why, TRACK_TEXT.storeCorrupt, lang)
    return {}
  }
  try {
    new Conf<StoreData>({ projectName: 'buyerdesk', cwd: dirname(file), configName: basename(file, '.json'), accessPropertiesByDotNotation: false, clearInvalidConfig: false, projectVersion: STORE_VERSION, migrations: STORE_MIGRATIONS })
  } catch (err) {
    // conf restores the file when a migration throws (index.js `_migrate`), so nothing was lost.
    throw new DataError(fill(TRACK_TEXT.storeMigrationFailed[lang], { file, why: (err as Error).message }))
  }
  const migrated = readText(file, lang)
  return migrated === null ? {} : (JSON.parse(migrated) as Record<string, unknown>)
}

/**
 * The saved orders as found (entries unchecked). Fast path: the current format is read without lock or
 * conf. A missing file is an empty list (and is not created). Anything else takes the lock and repairs.
 */
export async function readOrders(lang: Lang, file = storePath()): Promise<unknown[]> {
  const found = inspectStore(readText(file, lang), lang)
  if (found.kind === 'missing') return []
  if (found.kind === 'current') return found.data.orders
  if (found.kind === 'newer') throw new DataError(fill(TRACK_TEXT.storeNewer[lang], { file, version: found.version, supported: STORE_VERSION }))
  const { default: Conf } = await import('conf')
  const lock = await takeLock(file, lang)
  try {
    return (openStore(file, lang, Conf).orders as unknown[] | undefined) ?? []
  } finally {
    lock.release()
  }
}

/** Write the whole store atomically (temp file, fsync, rename), keeping the file's mode and owner. */
function writeStore(file: string, data: Record<string, unknown>, lang: Lang, writeFileAtomic: (file: string, text: string) => void): void {
  try {
    const mode = statSync(file).mode
    // As root, access(W_OK) says yes to a 0444 file: the mode bits are the user's wish.
    if ((mode & 0o200) === 0) throw new DataError(fill(TRACK_TEXT.storeReadOnly[lang], { file }))
  } catch (err) {
    if (err instanceof DataError) throw err
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new DataError(fill(TRACK_TEXT.storeUnwritable[lang], { file, why: errnoText(err, lang) }))
  }
  try {
    writeFileAtomic(file, JSON.stringify(data, undefined, '\t'))
  } catch (err) {
    throw new DataError(fill(TRACK_TEXT.storeUnwritable[lang], { file, why: errnoText(err, lang) }))
  }
}

export interface UpdateOptions {
  file?: string
  /** Aborted (Ctrl-C): give up before the commit, leaving the file as it was. */
  signal?: AbortSignal
}

/**
 * Read-modify-write under the lock. `change` gets the current entries and returns the new list (or
 * undefined to leave the file alone) and a result. It must be quick and synchronous: everything from
 * taking the lock to releasing it runs without yielding, so the lock is held for one read and one write,
 * and a signal can only arrive before the lock is taken or after the file is committed.
 */
export async function updateOrders<T>(
  lang: Lang,
  change: (orders: unknown[], ids: IdMaker) => { orders?: unknown[]; result: T },
  fileOrOptions: string | UpdateOptions = {},
): Promise<T> {
  const opts = typeof fileOrOptions === 'string' ? { file: fileOrOptions } : fileOrOptions
  const file = opts.file ?? storePath()
  const [{ default: Conf }, { writeFileSync: writeFileAtomic }] = await Promise.all([import('conf'), import('atomically')])
  const lock = await takeLock(file, lang, opts.signal)
  try {
    opts.signal?.throwIfAborted()
    const data = openStore(file, lang, Conf)
    const current = Array.isArray(data.orders) ? (data.orders as unknown[]) : []
    const ids = IdMaker.over(current, typeof data.lastId === 'number' ? data.lastId : 0)
    const { orders, result } = change([...current], ids)
    if (orders !== undefined) {
      const internal = (data[INTERNAL_KEY] as Record<string, unknown> | undefined) ?? {}
      writeStore(file, { ...data, orders, lastId: ids.last, [INTERNAL_KEY]: { ...internal, migrations: { version: STORE_VERSION } } }, lang, (f, t) => writeFileAtomic(f, t))
    }
    return result
  } finally {
    lock.release()
  }
}

/** The id of a stored entry, when it has a usable one. */
export function entryId(entry: unknown): string | undefined {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return undefined
  const id = (entry as Record<string, unknown>).id
  return typeof id === 'string' && id !== '' ? id : typeof id === 'number' ? String(id) : undefined
}

/**
 * Generated ids `o1`, `o2`, …: after both the stored counter and the highest such id in the list (a
 * hand-added `o9` is not handed out twice), and never one that was removed. Shop ids (8187…) are left alone.
 * The list is scanned once (IdMaker.over); each id after that costs nothing, so an import is linear.
 */
export class IdMaker {
  constructor(public last: number) {}

  /** A maker that has seen every id of `orders`. */
  static over(orders: readonly unknown[], last: number): IdMaker {
    const maker = new IdMaker(last)
    for (const entry of orders) maker.see(entryId(entry))
    return maker
  }

  /** An id that is or will be in the list: a generated id never repeats it. */
  see(id: string | undefined): void {
    const match = /^o(\d{1,15})$/.exec(id ?? '')
    if (match) this.last = Math.max(this.last, Number(match[1]))
  }

  /** The next free id; `orders` (optional) are scanned first, for callers that did not use `over`. */
  next(orders: readonly unknown[] = []): string {
    for (const entry of orders) this.see(entryId(entry))
    this.last++
    return `o${this.last}`
  }
}
