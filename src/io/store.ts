import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type Conf from 'conf'
import { fill } from '../i18n/core-messages.js'
import type { Lang } from '../i18n/lang.js'
import { TRACK_TEXT } from '../i18n/track-messages.js'
import { DataError } from '../errors.js'
import { printError } from './output.js'
import { configDir, SETTINGS_TEXT } from './settings.js'

/**
 * Saved orders (issue 5): the facts of each order, never a verdict, so every run judges them afresh
 * against today's date and the current rules.
 *
 * - Reads are a plain readFileSync + JSON.parse (no conf, no lock): writers replace the file atomically
 *   (conf writes through `atomically`: temp file + rename), so a reader always sees one whole version.
 * - Every read-modify-write, and any read that must migrate or set aside a broken file, runs under a
 *   proper-lockfile lock: conf itself does not lock (sindresorhus/conf#117), and `xargs -P 40 buyerdesk track add`
 *   must keep all 40 orders.
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
  /** The user's own words, shown with the order. */
  note?: string
  /** The date the order was saved (YYYY-MM-DD). */
  added?: string
  /** The date the shop recorded a return (from Amazon's CustomerReturns export). */
  returned?: string
}

/** The date facts of StoredOrder, in the order they normally happen. */
export const STORED_DATES = ['ordered', 'shipped', 'delivered', 'eta', 'contacted'] as const

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

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
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

/**
 * Run `fn` while holding the cross-process lock of `file` (a `<file>.lock` folder, made atomically by mkdir).
 * Retries with jittered back-off for up to a minute; a lock left by a crashed process goes stale after 10 s
 * and is taken over.
 */
export async function withLock<T>(file: string, lang: Lang, fn: () => Promise<T> | T): Promise<T> {
  mkdirSync(dirname(file), { recursive: true })
  // NOTE: conf is loaded before the lock is taken, so the lock is held for a read and a write only. Loading it
  // inside cost 100 ms (seconds on a loaded machine) per holder, and 40 processes queued behind each other
  // ran past the retry budget in the full test run.
  const [{ lock }] = await Promise.all([import('proper-lockfile'), import('conf')])
  let release: () => Promise<void>
  try {
    release = await lock(file, {
      realpath: false,
      stale: 10_000,
      retries: { retries: 1000, factor: 1.2, minTimeout: 5, maxTimeout: 100, randomize: true, maxRetryTime: 60_000 },
    })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataError(fill(TRACK_TEXT.storeBusy[lang], { lock: `${file}.lock` }))
    throw err
  }
  try {
    return await fn()
  } finally {
    await release()
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

/** Read, under the lock: set aside a broken file, refuse a newer one, migrate an old one. */
async function openStore(file: string, lang: Lang): Promise<Conf<StoreData>> {
  const found = inspectStore(readText(file), lang)
  if (found.kind === 'newer') throw new DataError(fill(TRACK_TEXT.storeNewer[lang], { file, version: found.version, supported: STORE_VERSION }))
  if (found.kind === 'broken') setAside(file, found.why, TRACK_TEXT.storeCorrupt, lang)
  try {
    return await openConf<StoreData>(file, { projectVersion: STORE_VERSION, migrations: STORE_MIGRATIONS })
  } catch (err) {
    // conf restores the file when a migration throws (index.js `_migrate`), so nothing was lost.
    throw new DataError(fill(TRACK_TEXT.storeMigrationFailed[lang], { file, why: (err as Error).message }))
  }
}

/**
 * The saved orders as found (entries unchecked). Fast path: the current format is read without lock or
 * conf. A missing file is an empty list (and is not created). Anything else takes the lock and repairs.
 */
export async function readOrders(lang: Lang, file = storePath()): Promise<unknown[]> {
  const found = inspectStore(readText(file), lang)
  if (found.kind === 'missing') return []
  if (found.kind === 'current') return found.data.orders
  return withLock(file, lang, async () => {
    const store = await openStore(file, lang)
    return (store.get('orders') as unknown[] | undefined) ?? []
  })
}

/**
 * Read-modify-write under the lock. `change` gets the current entries and returns the new list (or
 * undefined to leave the file alone) and a result.
 */
export async function updateOrders<T>(
  lang: Lang,
  change: (orders: unknown[], ids: IdMaker) => { orders?: unknown[]; result: T },
  file = storePath(),
): Promise<T> {
  return withLock(file, lang, async () => {
    const store = await openStore(file, lang)
    const current = (store.get('orders') as unknown[] | undefined) ?? []
    const lastId = store.get('lastId')
    const ids = new IdMaker(typeof lastId === 'number' ? lastId : 0)
    const { orders, result } = change([...current], ids)
    if (orders !== undefined) store.set({ orders, lastId: ids.last } as Partial<StoreData>)
    return result
  })
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
 */
export class IdMaker {
  constructor(public last: number) {}

  next(orders: readonly unknown[]): string {
    for (const entry of orders) {
      const match = /^o(\d{1,9})$/.exec(entryId(entry) ?? '')
      if (match) this.last = Math.max(this.last, Number(match[1]))
    }
    this.last++
    return `o${this.last}`
  }
}
