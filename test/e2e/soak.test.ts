import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BIN, run } from './run.js'

/**
 * The store under abuse (issue 12): imports, adds, updates and removals race each other in separate
 * processes while some of them are killed with SIGKILL at random moments. Afterwards every write that was
 * acknowledged (exit 0) is in the store, every killed one is there whole or not at all, and nothing else changed.
 */

const TODAY = ['--today', '2026-11-22']
const FACTS = ['--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--delivered', '2026-11-10']

interface Job {
  kind: 'add' | 'import' | 'update' | 'rm'
  args: string[]
  /** The ids this job writes (an import's explicit ids; generated ones are read from its output). */
  ids: string[]
  /** How many orders without an id an import adds. */
  generated: number
  target?: string
  note?: string
  killAfterMs?: number
}

interface Done {
  job: Job
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

function start(job: Job, env: NodeJS.ProcessEnv): Promise<Done> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...job.args], { env: { ...process.env, NO_COLOR: '1', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (status, signal) => resolve({ job, status, signal, stdout, stderr }))
    if (job.killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), job.killAfterMs)
  })
}

type Stored = { id: string; note?: string }

function storeOf(dir: string): Stored[] {
  return (JSON.parse(readFileSync(join(dir, 'orders.json'), 'utf8')) as { orders: Stored[] }).orders
}

describe('the store under concurrent writers and kill -9', () => {
  it('loses no acknowledged write and changes nothing else', async () => {
    const seed = Number(process.env.SOAK_SEED ?? 20260)
    const rand = fc.sample(fc.integer({ min: 0, max: 1_000_000 }), { seed, numRuns: 200 })
    let r = 0
    const next = (n: number) => rand[r++ % rand.length]! % n

    const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-soak-'))
    const env = { BUYERDESK_CONFIG_DIR: dir }
    // Orders to update (U*) and to remove (R*), saved before the race.
    const seeded = [...Array.from({ length: 6 }, (_, i) => `U${i}`), ...Array.from({ length: 6 }, (_, i) => `R${i}`)]
    const seedFile = join(dir, 'seed.ndjson')
    writeFileSync(seedFile, seeded.map((id) => JSON.stringify({ id, platform: 'amazon', ordered: '2026-11-01', note: 'before' })).join('\n') + '\n')
    expect(run(['track', 'import', seedFile, ...TODAY], { env }).status).toBe(0)

    const jobs: Job[] = []
    for (let i = 0; i < 8; i++) jobs.push({ kind: 'add', args: ['track', 'add', '--id', `A${i}`, ...FACTS, '--note', `add ${i}`, ...TODAY], ids: [`A${i}`], generated: 0 })
    for (let i = 0; i < 4; i++) {
      const file = join(dir, `import${i}.ndjson`)
      // The first is as large as the one that held the old lock for 10 s (15,000 rows, a third without ids).
      const rows = Array.from({ length: i === 0 ? 15_000 : 300 }, (_, k) => ({ ...(k % 3 === 0 ? {} : { id: `I${i}-${k}` }), platform: 'aliexpress', ordered: '2026-10-01', note: `import ${i}` }))
      writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n') + '\n')
      jobs.push({ kind: 'import', args: ['track', 'import', file, '--json', ...TODAY], ids: rows.flatMap((row) => (row.id ? [row.id] : [])), generated: rows.filter((row) => !row.id).length })
    }
    for (let i = 0; i < 6; i++) jobs.push({ kind: 'update', args: ['track', 'update', `U${i}`, '--note', `after ${i}`, ...TODAY], ids: [], generated: 0, target: `U${i}`, note: `after ${i}` })
    for (let i = 0; i < 6; i++) jobs.push({ kind: 'rm', args: ['track', 'rm', `R${i}`, ...TODAY], ids: [], generated: 0, target: `R${i}` })
    // About one job in three is killed, at a random moment of its run (start-up, reading, waiting, writing).
    for (const job of jobs) if (next(3) === 0) job.killAfterMs = 30 + next(400)

    // And the race starts with a lock left by a process killed while holding it: every writer finds it at once,
    // and exactly one may take it over (the others then wait for that one).
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    mkdirSync(join(dir, 'orders.json.lock'))
    writeFileSync(join(dir, 'orders.json.lock', 'owner.json'), JSON.stringify({ pid: Number(gone.stdout), start: null, host: hostname(), token: 'killed' }))

    const done = await Promise.all(jobs.map((job) => start(job, env)))
    // No lock is left held. What may be left is a record of a taken-over lock (`.dead-<token>`: the seeded one,
    // and one whose taker was itself killed before it swept it) or the unfinished lock of a killed process
    // (`.new-<token>`); the next writer sweeps them (src/io/lock.ts).
    const left = readdirSync(dir).filter((n) => n.startsWith('orders.json.lock'))
    expect(left).not.toContain('orders.json.lock')
    expect(left).toContain('orders.json.lock.dead-killed')
    for (const name of left) expect(name).toMatch(/^orders\.json\.lock\.(dead|new)-[\w-]+$/)
    const stored = storeOf(dir)
    const byId = new Map(stored.map((o) => [o.id, o]))

    // No duplicate ids, and no process that ran to its end failed (none was told "busy" or crashed).
    expect(byId.size).toBe(stored.length)
    for (const d of done) {
      if (d.signal === 'SIGKILL') continue
      expect({ args: d.job.args.join(' '), status: d.status, stderr: d.stderr }).toEqual({ args: d.job.args.join(' '), status: 0, stderr: '' })
    }

    const expected = new Set<string>(seeded)
    let acknowledged = 0
    let killed = 0
    for (const d of done) {
      const ok = d.status === 0
      if (ok) acknowledged++
      else killed++
      const { job } = d
      if (job.kind === 'add') {
        if (ok) expect(byId.get(job.ids[0]!)?.note).toBe(`add ${job.ids[0]!.slice(1)}`)
        if (byId.has(job.ids[0]!)) expected.add(job.ids[0]!)
      } else if (job.kind === 'import') {
        const present = job.ids.filter((id) => byId.has(id)).length
        const generated = stored.filter((o) => /^o\d+$/.test(o.id) && o.note === job.ids[0]!.replace(/^I(\d+)-.*/, 'import $1')).map((o) => o.id)
        // All or nothing, killed or not.
        expect([0, job.ids.length]).toContain(present)
        expect(generated.length).toBe(present === 0 ? 0 : job.generated)
        if (ok) {
          expect(present).toBe(job.ids.length)
          const saved = d.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; id: string })
          expect(saved.filter((s) => s.type === 'saved').map((s) => s.id).sort()).toEqual([...job.ids, ...generated].sort())
        }
        for (const id of [...(present ? job.ids : []), ...generated]) expected.add(id)
      } else if (job.kind === 'update') {
        const note = byId.get(job.target!)?.note
        if (ok) expect(note).toBe(job.note)
        else expect(['before', job.note]).toContain(note)
      } else {
        if (ok) expect(byId.has(job.target!)).toBe(false)
        if (!byId.has(job.target!)) expected.delete(job.target!)
      }
    }
    expect(new Set(byId.keys())).toEqual(expected)
    // Every order that was not written to is exactly as it was.
    for (const id of seeded) if (byId.has(id) && !id.startsWith('U')) expect(byId.get(id)!.note).toBe('before')
    expect(acknowledged).toBeGreaterThan(10)
    expect(killed + acknowledged).toBe(jobs.length)

    // A lock left by a killed holder is taken over at once: the next write does not wait for it.
    const t0 = Date.now()
    expect(run(['track', 'add', '--id', 'LATE', ...FACTS, ...TODAY], { env }).status).toBe(0)
    expect(Date.now() - t0).toBeLessThan(5_000)
    expect(storeOf(dir).some((o) => o.id === 'LATE')).toBe(true)
  }, 60_000)
})

describe('track import and Ctrl-C', () => {
  /** Start an import from stdin (left open unless `close`), send SIGINT after `waitMs`, and collect the end. */
  function interrupt(env: NodeJS.ProcessEnv, input: string, waitMs: number, close: boolean): Promise<{ status: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, 'track', 'import', '-', ...TODAY], { env: { ...process.env, NO_COLOR: '1', ...env } })
      let stderr = ''
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
      child.stdout.resume()
      if (close) child.stdin.end(input)
      else child.stdin.write(input)
      setTimeout(() => child.kill('SIGINT'), waitMs)
      child.on('close', (status) => resolve({ status, stderr }))
    })
  }

  const row = (id: string) => JSON.stringify({ id, platform: 'aliexpress', ordered: '2026-10-01' }) + '\n'

  it.each([
    ['while the file is still being read', false],
    ['while waiting for the lock', true],
  ])('Ctrl-C %s: exit 130, one line saying nothing was saved, the store as it was', async (_when, locked) => {
    const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-sigint-'))
    const env = { BUYERDESK_CONFIG_DIR: dir }
    expect(run(['track', 'add', '--id', 'KEEP', ...FACTS, ...TODAY], { env }).status).toBe(0)
    const before = readFileSync(join(dir, 'orders.json'), 'utf8')
    const { tryLock } = await import('../../src/io/lock.js')
    // A live holder (this test process) keeps the lock, so the import waits for it.
    const held = locked ? tryLock(join(dir, 'orders.json')) : null
    const input = Array.from({ length: 2000 }, (_, i) => row(`N${i}`)).join('')
    // When waiting for the lock, stdin is closed: the import has read everything and is at its commit.
    const r = await interrupt(env, input, 1500, locked)
    held?.release()
    expect(r.status).toBe(130)
    expect(r.stderr).toMatch(/^buyerdesk: import canceled before saving: the saved orders are as they were \(.*orders\.json\)\n$/)
    expect(readFileSync(join(dir, 'orders.json'), 'utf8')).toBe(before)
  }, 20_000)
})
