import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BIN, ndjson, run } from './run.js'

/**
 * Every failure a user can cause (issue 12), table-driven over the built bin: one line on stderr naming the
 * file and what is wrong, the exit code of src/errors.ts (2: the command line names a wrong thing; 1: a
 * broken pack, store, folder or disk), never a stack trace, never "this is a bug".
 */

const TODAY = ['--today', '2026-11-22']
const KETTLE = ['--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--delivered', '2026-11-10']
const PACK = join(import.meta.dirname, '../fixtures/policies/kittenmart.json')
const ORDER = JSON.stringify({ id: 'A1', platform: 'aliexpress', ordered: '2026-10-01' })

interface Case {
  name: string
  /** Makes the files the case needs in `dir` (its own) and returns the arguments. */
  args: (dir: string, home: string) => string[]
  code: number
  /** What stderr must say (the file's name is checked through it). */
  says: (dir: string, home: string) => RegExp
  env?: (dir: string, home: string) => NodeJS.ProcessEnv
  /** Checks after the run: nothing was changed. */
  after?: (dir: string, home: string) => void
  /** The command takes no --today. */
  noToday?: boolean
}

const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const write = (file: string, text: string) => (writeFileSync(file, text), file)

const CASES: Case[] = [
  // Input files
  { name: 'check: a missing NDJSON file', args: (d) => ['check', join(d, 'nope.ndjson')], code: 2, says: (d) => new RegExp(`${esc(join(d, 'nope.ndjson'))}: cannot read the input \\(ENOENT`) },
  { name: 'check: a missing CSV file', args: (d) => ['check', join(d, 'nope.csv')], code: 2, says: (d) => new RegExp(`${esc(join(d, 'nope.csv'))}: cannot read the input \\(ENOENT`) },
  { name: 'check: a folder as input', args: (d) => ['check', d], code: 2, says: (d) => new RegExp(`${esc(d)}: cannot read the input \\(EISDIR: a folder`) },
  { name: 'check: a path through a file', args: (d) => ['check', join(write(join(d, 'f'), ''), 'x.ndjson')], code: 2, says: () => /cannot read the input \(ENOTDIR/ },
  { name: 'check: a file that fails while read (EIO)', args: () => ['check', '/proc/self/mem'], code: 2, says: () => /\/proc\/self\/mem: cannot read the input \(EIO/ },
  { name: 'check: /dev/zero (an endless line)', args: () => ['check', '/dev/zero'], code: 2, says: () => /\/dev\/zero: a device, not a file/ },
  { name: 'track import: a missing file', args: (d) => ['track', 'import', join(d, 'nope.csv')], code: 2, says: (d) => new RegExp(`${esc(join(d, 'nope.csv'))}: cannot read the input \\(ENOENT`) },
  { name: 'track import: a folder', args: (d) => ['track', 'import', d], code: 2, says: (d) => new RegExp(`${esc(d)}: cannot read the input \\(EISDIR`) },
  { name: 'track import: /dev/urandom', args: () => ['track', 'import', '/dev/urandom'], code: 2, says: () => /\/dev\/urandom: a device/ },
  // Policy packs
  { name: 'a missing pack', args: (d) => ['check', '--policy', join(d, 'nope.json'), ...KETTLE], code: 1, says: (d) => new RegExp(`${esc(join(d, 'nope.json'))}: invalid policy pack: cannot read the file \\(ENOENT`) },
  { name: 'a folder as pack', args: (d) => ['check', '--policy', d, ...KETTLE], code: 1, says: (d) => new RegExp(`${esc(d)}: invalid policy pack: cannot read the file \\(EISDIR`) },
  { name: '/dev/zero as pack', args: () => ['check', '--policy', '/dev/zero', ...KETTLE], code: 1, says: () => /\/dev\/zero: invalid policy pack: not a regular file/ },
  { name: 'a named pipe as pack (no writer: must not wait for one)', args: (d) => (spawnSync('mkfifo', [join(d, 'fifo')]), ['check', '--policy', join(d, 'fifo'), ...KETTLE]), code: 1, says: () => /fifo: invalid policy pack: not a regular file/ },
  { name: 'deadlines --ics with an empty name', args: () => ['deadlines', '--ics', ''], code: 2, says: () => /--ics: "" is not a regular file/ },
  { name: 'a pack over 4 MiB', args: (d) => ['check', '--policy', write(join(d, 'big.json'), ' '.repeat(5 << 20)), ...KETTLE], code: 1, says: () => /big\.json: invalid policy pack: the file is 5242880 bytes, more than a policy pack may be/ },
  { name: 'a null pack', args: (d) => ['check', '--policy', write(join(d, 'null.json'), 'null'), ...KETTLE], code: 1, says: () => /null\.json: invalid policy pack: \(root\): expected a JSON object \(a policy pack\), got null/ },
  {
    name: 'a pack reviewed on 2026-02-30',
    args: (d) => ['check', '--policy', write(join(d, 'p.json'), readFileSync(PACK, 'utf8').replace(/"reviewed": "[^"]*"/, '"reviewed": "2026-02-30"')), ...KETTLE],
    code: 1,
    says: () => /p\.json: invalid policy pack: reviewed: "2026-02-30" is not a calendar date/,
  },
  // The store and the buyerdesk folder
  { name: 'track list: the store is a folder', args: (_d, h) => (mkdirSync(join(h, 'orders.json')), ['track', 'list']), code: 1, says: (_d, h) => new RegExp(`${esc(join(h, 'orders.json'))} \\(EISDIR: a folder`) },
  { name: 'track add: the store is a folder', args: (_d, h) => (mkdirSync(join(h, 'orders.json')), ['track', 'add', ...KETTLE]), code: 1, says: (_d, h) => new RegExp(`${esc(join(h, 'orders.json'))} \\(EISDIR`) },
  { name: 'track add: the buyerdesk folder is a file', args: () => ['track', 'add', ...KETTLE], env: (d) => ({ BUYERDESK_CONFIG_DIR: write(join(d, 'file'), '') }), code: 1, says: (d) => new RegExp(`the buyerdesk folder ${esc(join(d, 'file'))} cannot be used \\(E(EXIST|NOTDIR)`) },
  { name: 'track list: the buyerdesk folder is a file', args: () => ['track', 'list'], env: (d) => ({ BUYERDESK_CONFIG_DIR: write(join(d, 'file'), '') }), code: 1, says: () => /orders\.json \(ENOTDIR/ },
  { name: 'config set: the buyerdesk folder is a file', noToday: true, args: () => ['config', 'set', 'within', '5'], env: (d) => ({ BUYERDESK_CONFIG_DIR: write(join(d, 'file'), '') }), code: 1, says: () => /the buyerdesk folder .*file cannot be used/ },
  {
    name: 'track add: a read-only store (chmod 444) is kept, not replaced',
    args: (_d, h) => (writeFileSync(join(h, 'orders.json'), '{"orders":[],"__internal__":{"migrations":{"version":"1.0.0"}}}'), chmodSync(join(h, 'orders.json'), 0o444), ['track', 'add', ...KETTLE]),
    code: 1,
    says: (_d, h) => new RegExp(`${esc(join(h, 'orders.json'))} is read-only; nothing was saved`),
    after: (_d, h) => expect([readFileSync(join(h, 'orders.json'), 'utf8'), statSync(join(h, 'orders.json')).mode & 0o777]).toEqual(['{"orders":[],"__internal__":{"migrations":{"version":"1.0.0"}}}', 0o444]),
  },
  { name: 'deadlines --ics: a device', args: () => ['deadlines', '--ics', '/dev/full', '--force'], code: 2, says: () => /--ics: \/dev\/full is not a regular file/ },
  // Streams: a line over the limit in a CSV
  { name: 'check: --input-format with a flag as its value', args: () => ['check', '-', '--input-format', '--json'], code: 2, says: () => /--input-format|argument/ },
]

const roots: string[] = []
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

describe('user errors: one line, the right code, no stack trace', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-err-'))
    const home = join(dir, 'home')
    mkdirSync(home)
    roots.push(dir)
    const t0 = Date.now()
    const r = run([...c.args(dir, home), ...(c.noToday ? [] : TODAY)], { input: ORDER + '\n', env: { BUYERDESK_CONFIG_DIR: home, ...c.env?.(dir, home) } })
    expect(Date.now() - t0).toBeLessThan(10_000)
    expect(r.stderr).not.toMatch(/internal error|this is a bug|\n\s+at /i)
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(c.says(dir, home))
    expect(r.status).toBe(c.code)
    c.after?.(dir, home)
  })

  it('check - with /dev/zero as stdin is refused at once', () => {
    const fd = openSync('/dev/zero', 'r')
    try {
      const r = spawnSync(process.execPath, [BIN, 'check', '-'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 10_000 })
      expect([r.status, r.stderr]).toEqual([2, 'buyerdesk: stdin: a device, not a file; expected an NDJSON or CSV file, a pipe, or - for standard input\n'])
    } finally {
      closeSync(fd)
    }
  })

  it('check - with /dev/null as stdin is an empty stream', () => {
    const fd = openSync('/dev/null', 'r')
    try {
      const r = spawnSync(process.execPath, [BIN, 'check', '-'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' })
      expect([r.status, r.stdout, r.stderr]).toEqual([0, '', ''])
    } finally {
      closeSync(fd)
    }
  })
})

/** A small tmpfs of our own, when this machine lets us mount one (root on Linux): a full disk, a read-only one. */
function smallDisk(): string | null {
  if (process.platform !== 'linux') return null
  const at = mkdtempSync(join(tmpdir(), 'buyerdesk-disk-'))
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', at])
  return r.status === 0 ? at : null
}

const disk = smallDisk()
afterAll(() => {
  if (disk) spawnSync('umount', [disk])
})

describe.skipIf(disk === null)('disks that refuse a write', () => {
  it('a full disk: track add says so in one line, and the store is as it was', () => {
    const home = join(disk!, 'full')
    mkdirSync(home, { recursive: true })
    const env = { BUYERDESK_CONFIG_DIR: home }
    expect(run(['track', 'add', '--id', 'FIRST', ...KETTLE, '--note', 'x'.repeat(100), ...TODAY], { env }).status).toBe(0)
    const before = readFileSync(join(home, 'orders.json'), 'utf8')
    // Fill what is left.
    spawnSync('sh', ['-c', `cat /dev/zero > "${join(home, 'filler')}" 2>/dev/null`])
    try {
      const r = run(['track', 'add', '--id', 'SECOND', ...KETTLE, '--note', 'y'.repeat(4000), ...TODAY], { env })
      // Where the disk refuses first: the lock's folder, or the store's temporary file.
      expect(r.stderr).toMatch(new RegExp(`^buyerdesk: (cannot save to ${esc(join(home, 'orders.json'))} \\(ENOSPC: the disk is full\\); nothing was saved and the file is as it was|the buyerdesk folder ${esc(home)} cannot be used \\(ENOSPC: the disk is full\\).*)\\n$`))
      expect(r.status).toBe(1)
      expect(readFileSync(join(home, 'orders.json'), 'utf8')).toBe(before)
    } finally {
      rmSync(join(home, 'filler'))
    }
  })

  it('a read-only disk: track add and deadlines --ics say so in one line', () => {
    const home = join(disk!, 'ro')
    mkdirSync(home, { recursive: true })
    const env = { BUYERDESK_CONFIG_DIR: home }
    expect(run(['track', 'add', '--id', 'FIRST', ...KETTLE, ...TODAY], { env }).status).toBe(0)
    expect(spawnSync('mount', ['-o', 'remount,ro', disk!]).status).toBe(0)
    try {
      const r = run(['track', 'add', '--id', 'SECOND', ...KETTLE, ...TODAY], { env })
      expect(r.stderr).toMatch(/^buyerdesk: the buyerdesk folder .* cannot be used \(EROFS: the disk is read-only\)|^buyerdesk: cannot save to .*\(EROFS/)
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(r.status).toBe(1)
      const ics = run(['deadlines', '--ics', join(disk!, 'd.ics'), ...TODAY], { env: { BUYERDESK_CONFIG_DIR: join(tmpdir(), 'nowhere-' + process.pid) } })
      expect(ics.stderr).toMatch(/^buyerdesk: --ics: cannot write .*d\.ics \(EROFS: the disk is read-only\); nothing was written\n$/)
      expect(ics.status).toBe(1)
      expect(JSON.parse(run(['track', 'list', '--json', ...TODAY], { env }).stdout).map((o: { id: string }) => o.id)).toEqual(['FIRST'])
    } finally {
      spawnSync('mount', ['-o', 'remount,rw', disk!])
    }
  })
})

describe('a pack that changes under a running stream', () => {
  it('is read once: deleting it mid-stream changes no line and stops nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-pack-'))
    const pack = join(dir, 'kitten.json')
    copyFileSync(PACK, pack)
    const platform = (JSON.parse(readFileSync(PACK, 'utf8')) as { platform: string }).platform
    const n = 60_000
    const input = Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, platform: i % 2 ? platform : 'amazon', ordered: '2026-11-01' })).join('\n') + '\n'
    // Deleted as soon as the first results come out: the pack has been read, the workers are judging.
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'check', '-', '--policy', pack, ...TODAY], { env: { ...process.env, BUYERDESK_WORKERS: '2' } })
      let stdout = ''
      let stderr = ''
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        if (stdout === '') rmSync(pack)
        stdout += d
      })
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
      child.on('close', (status) => resolve({ status, stdout, stderr }))
      child.stdin.end(input)
    })
    expect(existsSync(pack)).toBe(false)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const out = ndjson(r.stdout)
    expect(out).toHaveLength(n)
    expect(out.every((o, i) => o.type === 'verdict' && o.line === i + 1)).toBe(true)
  }, 60_000)
})

describe('the small ones', () => {
  const home = () => mkdtempSync(join(tmpdir(), 'buyerdesk-small-'))
  const BOM = '\uFEFF'

  it.each([
    ['an NDJSON file', (d: string) => ['check', write(join(d, 'o.ndjson'), BOM + ORDER + '\n')]],
    ['NDJSON on stdin', () => ['check', '-']],
    ['a CSV file', (d: string) => ['check', write(join(d, 'o.csv'), BOM + 'id,platform,ordered\nA1,aliexpress,2026-10-01\n')]],
    ['a policy pack', (d: string) => ['check', '--policy', write(join(d, 'p.json'), BOM + readFileSync(PACK, 'utf8')), '--json', ...KETTLE]],
    ['track import', (d: string) => ['track', 'import', write(join(d, 'o.ndjson'), BOM + ORDER + '\n')]],
  ])('a UTF-8 BOM at the start of %s is accepted', (_what, args) => {
    const d = home()
    const r = run([...args(d), ...TODAY], { input: BOM + ORDER + '\n', env: { BUYERDESK_CONFIG_DIR: join(d, 'home') } })
    expect([r.status, r.stderr]).toEqual([0, ''])
  })

  it('a BOM at the start of the store and of the settings file is accepted', () => {
    const d = home()
    writeFileSync(join(d, 'orders.json'), BOM + JSON.stringify({ orders: [{ id: 'B1', platform: 'amazon', ordered: '2026-11-01' }], __internal__: { migrations: { version: '1.0.0' } } }))
    writeFileSync(join(d, 'config.json'), BOM + JSON.stringify({ lang: 'ro' }))
    const r = run(['track', 'list', '--json', ...TODAY], { env: { BUYERDESK_CONFIG_DIR: d, LANG: 'C' } })
    expect([r.status, r.stderr]).toEqual([0, ''])
    expect(JSON.parse(r.stdout).map((o: { id: string }) => o.id)).toEqual(['B1'])
    expect(run(['config', 'get', 'lang'], { env: { BUYERDESK_CONFIG_DIR: d } }).stdout).toBe('ro\n')
    // And the next write keeps it a valid store.
    expect(run(['track', 'add', '--id', 'B2', ...KETTLE, ...TODAY], { env: { BUYERDESK_CONFIG_DIR: d } }).status).toBe(0)
    expect(JSON.parse(readFileSync(join(d, 'orders.json'), 'utf8')).orders.map((o: { id: string }) => o.id)).toEqual(['B1', 'B2'])
  })

  it.each([
    ['81870012345678901', '{"id":81870012345678901,"platform":"aliexpress","ordered":"2026-10-01"}'],
    ['1e400', '{"id":1e400,"platform":"aliexpress","ordered":"2026-10-01"}'],
    ['-1e400', '{"id":-1e400,"platform":"aliexpress","ordered":"2026-10-01"}'],
  ])('a numeric id %s that JSON numbers cannot keep is refused by check - and track import', (_id, row) => {
    const c = run(['check', '-', ...TODAY], { input: row + '\n' })
    expect(ndjson(c.stdout)).toMatchObject([{ type: 'error', line: 1, field: 'id', message: expect.stringMatching(/write the id as text, in quotes/) }])
    expect(c.status).toBe(1)
    const d = home()
    const t = run(['track', 'import', '-', ...TODAY], { input: row + '\n', env: { BUYERDESK_CONFIG_DIR: d } })
    expect(t.status).toBe(1)
    expect(t.stderr).toMatch(/^line 1: id: a number that is not finite/)
    // A safe one is kept exactly.
    expect(ndjson(run(['check', '-', ...TODAY], { input: '{"id":9007199254740991,"platform":"aliexpress","ordered":"2026-10-01"}\n' }).stdout)[0]).toMatchObject({ id: 9007199254740991 })
  })

  it('a misspelt saved time zone is reported as a setting of the settings file, not as a --timezone flag', () => {
    const d = home()
    writeFileSync(join(d, 'config.json'), JSON.stringify({ timezone: 'Asia/Seol' }))
    for (const args of [['contact', 'amazon'], ['check', ...KETTLE]]) {
      const r = run(args, { env: { BUYERDESK_CONFIG_DIR: d } })
      expect(r.status).toBe(0)
      expect(r.stderr).toMatch(new RegExp(`^buyerdesk: ${esc(join(d, 'config.json'))}: timezone: "Asia/Seol" is not accepted; expected an IANA time zone name such as [^;\\n]+; ignored\\n$`))
      expect(r.stderr).not.toMatch(/--timezone/)
    }
  })

  it('the store keeps its permissions (0600) across writes', () => {
    const d = home()
    expect(run(['track', 'add', '--id', 'P1', ...KETTLE, ...TODAY], { env: { BUYERDESK_CONFIG_DIR: d } }).status).toBe(0)
    chmodSync(join(d, 'orders.json'), 0o600)
    expect(run(['track', 'add', '--id', 'P2', ...KETTLE, ...TODAY], { env: { BUYERDESK_CONFIG_DIR: d } }).status).toBe(0)
    expect(statSync(join(d, 'orders.json')).mode & 0o777).toBe(0o600)
  })

  it('a deadline past year 9999 is left out of the .ics, with a note, instead of becoming 1970', () => {
    const d = home()
    const env = { BUYERDESK_CONFIG_DIR: d }
    expect(run(['track', 'add', '--platform', 'amazon', '--issue', 'not_received', '--ordered', '2026-11-01', '--eta', '9999-12-20', ...TODAY], { env }).status).toBe(0)
    const r = run(['deadlines', '--ics', '-', ...TODAY], { env })
    expect(r.status).toBe(0)
    expect(r.stdout).not.toMatch(/1970/)
    expect(r.stdout).toMatch(/^BEGIN:VCALENDAR/)
    expect(r.stderr).toMatch(/^buyerdesk: --ics: deadlines after 9999-12-30 left out of the calendar \(\d+\)/)
  })

  it('track import refuses a file over its line limit before saving anything', () => {
    const d = home()
    const big = join(d, 'big.ndjson')
    writeFileSync(big, (ORDER.replace('"A1"', '""') + '\n').repeat(200_001))
    const r = run(['track', 'import', big, ...TODAY], { env: { BUYERDESK_CONFIG_DIR: join(d, 'home') } })
    expect(r.stderr).toMatch(/big\.ndjson: more than 200,000 lines; .*nothing was saved/)
    expect(r.status).toBe(2)
    expect(existsSync(join(d, 'home', 'orders.json'))).toBe(false)
  }, 30_000)
})
