import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'

/**
 * A cross-process lock that is stale only when its holder is gone, never because it is old.
 *
 * NOTE: why not proper-lockfile (used before): its staleness is an age (the lock folder's mtime, kept fresh by
 * a timer in the holder). A holder whose event loop was busy for longer than `stale` (a 15,000-row import took
 * 10 s with the lock held) lost its lock to the next process while still writing: 25 of 25 `track add` runs
 * that said "Saved" were lost in one measured run. Age cannot tell a slow holder from a dead one; the process
 * table can.
 *
 * - The lock is the folder `<file>.lock` holding `owner.json` = { pid, start, host, token }. It is taken by
 *   renaming a fully written temporary folder onto that name: rename(2) onto an existing non-empty folder
 *   fails, so taking it is atomic and a lock is never seen without its owner.
 * - A lock is stale when its host is this machine and its pid is not running, or runs with another start
 *   time (`/proc/<pid>/stat`, field 22; a reused pid). A lock from another host is never taken over.
 * - Taking over renames the stale folder to `<file>.lock.dead-<token of the dead owner>`. Two processes that
 *   judged the same dead owner rename to the same name; the second rename finds it there and fails, so the
 *   second can never move away the live lock the first has taken since. The graveyard is swept a minute later;
 *   a process frozen for longer than that between its look and its rename checks what it moved, and puts back
 *   a live lock it moved by mistake.
 * - Release renames the folder away first (atomic), then deletes it.
 * - A folder without `owner.json` is a lock of an older buyerdesk (proper-lockfile, refreshed every 5 s):
 *   stale after its 10 s rule.
 */

export interface LockOwner {
  pid: number
  /** The process's start time in clock ticks since boot (Linux), or null where it cannot be read. */
  start: string | null
  host: string
  token: string
}

const OWNER_FILE = 'owner.json'
const SWEEP_AFTER_MS = 60_000
const LEGACY_STALE_MS = 10_000

/** Field 22 of /proc/<pid>/stat, counted after the command name's closing parenthesis (it may hold spaces). */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null
  } catch {
    return null
  }
}

/** Whether the lock's holder may still be running (true when that cannot be known). */
export function holderAlive(owner: LockOwner, host = hostname()): boolean {
  if (owner.host !== host) return true
  try {
    process.kill(owner.pid, 0)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false
  }
  if (owner.start === null) return true
  const start = processStart(owner.pid)
  return start === null || start === owner.start
}

type Found = { kind: 'none' } | { kind: 'owner'; owner: LockOwner } | { kind: 'legacy'; changed: number }

function readLock(dir: string): Found {
  try {
    const owner = JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8')) as LockOwner
    if (typeof owner.pid === 'number' && typeof owner.token === 'string') return { kind: 'owner', owner }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code !== 'ENOENT' && !(err instanceof SyntaxError)) throw err
  }
  try {
    return { kind: 'legacy', changed: statSync(dir).mtimeMs }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' }
    throw err
  }
}

function taken(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code
  return code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM' || code === 'EISDIR'
}

export interface Held {
  /** Give the lock back (idempotent). */
  release(): void
}

export interface LockOptions {
  /** Give up (with `busy()`) after this long. */
  maxWaitMs?: number
  signal?: AbortSignal
  /** The error thrown when the lock stays held by a live process for maxWaitMs. */
  busy: () => Error
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One attempt, synchronous: the lock, or null when a live holder has it. */
export function tryLock(file: string, me: LockOwner = newOwner()): Held | null {
  const lock = `${file}.lock`
  const fresh = `${lock}.new-${me.token}`
  mkdirSync(fresh)
  try {
    writeFileSync(join(fresh, OWNER_FILE), JSON.stringify(me))
    // rename(2) replaces an empty folder: an older buyerdesk's live lock would be taken without this look.
    const before = readLock(lock)
    if (before.kind === 'legacy' && Date.now() - before.changed <= LEGACY_STALE_MS) return null
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        renameSync(fresh, lock)
        return held(lock, me)
      } catch (err) {
        if (!taken(err)) throw err
      }
      const found = readLock(lock)
      if (found.kind === 'none') continue
      const stale = found.kind === 'owner' ? !holderAlive(found.owner) : Date.now() - found.changed > LEGACY_STALE_MS
      if (!stale) return null
      const token = found.kind === 'owner' ? found.owner.token : `legacy-${found.changed}`
      const grave = `${lock}.dead-${token}`
      try {
        renameSync(lock, grave)
      } catch (err) {
        // Someone else took this dead lock over first: theirs is the lock now.
        if (taken(err) || (err as NodeJS.ErrnoException).code === 'ENOENT') continue
        throw err
      }
      // Only if this process stalled for longer than the sweep between its look and its rename can the folder
      // moved be another's live lock: then it goes back (when nobody has taken the name since).
      const moved = readLock(grave)
      if (found.kind === 'owner' && moved.kind === 'owner' && moved.owner.token !== found.owner.token) {
        try {
          renameSync(grave, lock)
        } catch {
          // NOTE: best effort; the live holder's release then finds its lock gone and leaves the new one alone.
        }
        return null
      }
    }
    return null
  } finally {
    rmSync(fresh, { recursive: true, force: true })
  }
}

function held(lock: string, me: LockOwner): Held {
  let done = false
  sweep(lock)
  return {
    release() {
      if (done) return
      done = true
      const found = readLock(lock)
      if (found.kind !== 'owner' || found.owner.token !== me.token) return
      const gone = `${lock}.released-${me.token}`
      renameSync(lock, gone)
      rmSync(gone, { recursive: true, force: true })
    },
  }
}

/** Remove what crashed processes left beside the lock: old graveyards, and temporary folders of dead owners. */
function sweep(lock: string): void {
  const dir = dirname(lock)
  const prefix = `${basename(lock)}.`
  let names: string[]
  try {
    names = readdirSync(dir).filter((n) => n.startsWith(prefix))
  } catch {
    return
  }
  for (const name of names) {
    const path = join(dir, name)
    const rest = name.slice(prefix.length)
    try {
      if (rest.startsWith('released-')) rmSync(path, { recursive: true, force: true })
      else if (rest.startsWith('dead-')) {
        if (Date.now() - statSync(path).ctimeMs > SWEEP_AFTER_MS) rmSync(path, { recursive: true, force: true })
      } else if (rest.startsWith('new-')) {
        const found = readLock(path)
        const dead = found.kind === 'owner' ? !holderAlive(found.owner) : Date.now() - statSync(path).ctimeMs > SWEEP_AFTER_MS
        if (dead) rmSync(path, { recursive: true, force: true })
      }
    } catch {
      // NOTE: best effort; another process may be sweeping the same folder.
    }
  }
}

let ownStart: string | null | undefined

export function newOwner(): LockOwner {
  if (ownStart === undefined) ownStart = processStart(process.pid)
  return { pid: process.pid, start: ownStart, host: hostname(), token: randomBytes(8).toString('hex') }
}

/**
 * Wait for the lock (jittered back-off) and return it held. Nothing after the last await here runs
 * before the caller's code: a caller that does its read-change-write synchronously holds the lock only
 * for that.
 */
export async function acquire(file: string, opts: LockOptions): Promise<Held> {
  const deadline = Date.now() + (opts.maxWaitMs ?? 60_000)
  let wait = 2
  for (;;) {
    opts.signal?.throwIfAborted()
    const lock = tryLock(file)
    if (lock !== null) return lock
    if (Date.now() > deadline) throw opts.busy()
    await sleep(wait * (0.5 + Math.random()))
    wait = Math.min(wait * 1.5, 50)
  }
}
