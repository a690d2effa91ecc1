import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { acquire, holderAlive, newOwner, processStart, tryLock, type LockOwner } from '../../src/io/lock.js'

const fresh = () => join(mkdtempSync(join(tmpdir(), 'buyerdesk-lock-')), 'orders.json')

/** A lock folder as another process would have left it. */
function plant(file: string, owner: Partial<LockOwner> | null, ageMs = 0): void {
  const lock = `${file}.lock`
  mkdirSync(lock)
  if (owner !== null) writeFileSync(join(lock, 'owner.json'), JSON.stringify({ ...newOwner(), ...owner }))
  const then = new Date(Date.now() - ageMs)
  utimesSync(lock, then, then)
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  return Number(r.stdout)
}

const busy = () => new Error('busy')

describe('lock: stale only when the holder is gone', () => {
  it.each([
    ['a live holder, however old its lock', () => ({ pid: process.pid, start: processStart(process.pid) }), 3_600_000, false],
    ['a holder that has exited', () => ({ pid: deadPid(), start: null }), 0, true],
    ['a reused pid (same pid, another start time)', () => ({ pid: process.pid, start: '1' }), 0, true],
    ['a holder on another machine, even if old', () => ({ pid: deadPid(), host: 'elsewhere.invalid' }), 3_600_000, false],
  ] as const)('%s → taken over: %s', (_what, owner, age, takeOver) => {
    const file = fresh()
    plant(file, owner(), age)
    const held = tryLock(file)
    expect(held !== null).toBe(takeOver)
    held?.release()
  })

  it.each([
    ['fresh', 0, false],
    ['11 s old', 11_000, true],
  ] as const)('a lock of an older buyerdesk (empty folder), %s → taken over: %s', (_what, age, takeOver) => {
    const file = fresh()
    plant(file, null, age)
    expect(tryLock(file) !== null).toBe(takeOver)
  })

  it('holderAlive reads the start time from /proc where there is one', () => {
    const me = newOwner()
    expect(holderAlive(me)).toBe(true)
    if (existsSync('/proc/self/stat')) expect(me.start).toMatch(/^\d+$/)
  })

  it('a second process that judged the same dead owner cannot move the new holder\'s lock away', () => {
    const file = fresh()
    const dead = { pid: deadPid(), start: null, token: 'deadbeef' }
    plant(file, dead)
    const first = tryLock(file)
    expect(first).not.toBeNull()
    // What the second one would do, having read the dead owner before the first took over.
    expect(() => renameSync(`${file}.lock`, `${file}.lock.dead-${dead.token}`)).toThrow(/ENOTEMPTY|EEXIST/)
    const owner = JSON.parse(readFileSync(join(`${file}.lock`, 'owner.json'), 'utf8')) as LockOwner
    expect(owner.pid).toBe(process.pid)
    first!.release()
    expect(readdirSync(join(file, '..')).filter((n) => n.includes('.lock') && !n.includes('.dead-'))).toEqual([])
  })

  it('waits for a live holder, then gets the lock once it is released', async () => {
    const file = fresh()
    const first = tryLock(file)!
    expect(tryLock(file)).toBeNull()
    setTimeout(() => first.release(), 50)
    const second = await acquire(file, { busy, maxWaitMs: 5_000 })
    second.release()
  })

  it('gives up with the caller\'s error when a live holder keeps it', async () => {
    const file = fresh()
    const first = tryLock(file)!
    await expect(acquire(file, { busy, maxWaitMs: 100 })).rejects.toThrow('busy')
    first.release()
  })
})
