import { chmodSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ndjson, run } from './run.js'

/**
 * What a user can get wrong, or an attacker can put in a file (issue 12), run against the built bin:
 * each is one line naming the file and what is wrong, with the exit code of src/errors.ts, or is shown
 * safely; never a stack trace, never "this is a bug".
 */

const TODAY = ['--today', '2026-11-22']
const KETTLE = ['--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--delivered', '2026-11-10']
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `buyerdesk-${name}-`))

function home() {
  const dir = tmp('abuse')
  return { dir, bd: (args: string[], input?: string) => run(args, { env: { BUYERDESK_CONFIG_DIR: dir }, input }) }
}

/** No stack trace, no internal error, one line. */
function oneLineError(stderr: string): void {
  expect(stderr).not.toMatch(/internal error|this is a bug|\n\s+at /i)
  expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(stderr).toMatch(/^buyerdesk: /)
}

describe('deadlines --ics writes only where the user meant', () => {
  const ics = (setup: (dir: string, out: string) => string[], expectStatus: number, stderr: RegExp, check?: (dir: string, out: string) => void) => () => {
    const { dir, bd } = home()
    expect(bd(['track', 'add', ...KETTLE, ...TODAY]).status).toBe(0)
    const out = tmp('ics')
    const r = bd(['deadlines', ...setup(dir, out), ...TODAY])
    expect(r.status).toBe(expectStatus)
    if (expectStatus === 2) oneLineError(r.stderr)
    expect(r.stderr).toMatch(stderr)
    check?.(dir, out)
  }
  const store = (dir: string) => readFileSync(join(dir, 'orders.json'), 'utf8')

  it('refuses the store (inside the buyerdesk folder) and leaves it whole', ics((dir) => ['--ics', join(dir, 'orders.json')], 2, /inside the buyerdesk folder/, (dir) => expect(JSON.parse(store(dir)).orders).toHaveLength(1)))
  it('refuses any new file inside the buyerdesk folder', ics((dir) => ['--ics', join(dir, 'x.ics')], 2, /inside the buyerdesk folder/))
  it('refuses a path that reaches the buyerdesk folder through a symbolic link', ics((dir, out) => (symlinkSync(dir, join(out, 'link')), ['--ics', join(out, 'link', 'orders.json')]), 2, /inside the buyerdesk folder/))
  it('refuses a value that is a flag (--ics --json writes no file named --json)', ics(() => ['--ics', '--json'], 2, /"--json" looks like a flag/))
  it('refuses an existing file that buyerdesk did not write, and keeps it', ics((_d, out) => (writeFileSync(join(out, 'notes.txt'), 'mine'), ['--ics', join(out, 'notes.txt')]), 2, /not a calendar written by buyerdesk.*--force/, (_d, out) => expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine')))
  it('replaces it with --force', ics((_d, out) => (writeFileSync(join(out, 'notes.txt'), 'mine'), ['--ics', join(out, 'notes.txt'), '--force']), 0, /^$/, (_d, out) => expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/)))
  it('refuses a folder, even with --force', ics((_d, out) => ['--ics', out, '--force'], 2, /is not a regular file \(EISDIR/))
  it('--quiet --ics writes the calendar and exits 3 for a deadline within 3 days, printing nothing', () => {
    const { bd } = home()
    bd(['track', 'add', ...KETTLE, ...TODAY])
    const file = join(tmp('ics'), 'd.ics')
    const r = bd(['deadlines', '--quiet', '--ics', file, ...TODAY])
    expect([r.status, r.stdout, r.stderr]).toEqual([3, '', ''])
    expect(readFileSync(file, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*PRODID:-\/\/buyerdesk\/\/deadlines\/\/EN[\s\S]*BEGIN:VEVENT/)
  })
  it('replaces a calendar it wrote before, atomically and keeping its mode', () => {
    const { bd } = home()
    bd(['track', 'add', ...KETTLE, ...TODAY])
    const file = join(tmp('ics'), 'd.ics')
    expect(bd(['deadlines', '--ics', file, ...TODAY]).status).toBe(0)
    chmodSync(file, 0o640)
    const r = bd(['deadlines', '--ics', file, '--within', '1', ...TODAY])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Wrote 0 deadlines/)
    expect(statSync(file).mode & 0o777).toBe(0o640)
  })
})

describe('untrusted text never drives the terminal', () => {
  const EVIL = 'a\u001b]0;pwned\u0007\u001b[2J\r\nFAKE LINE\u009b\u202e'
  it('notes from an imported file are shown escaped by deadlines, track list and track show', () => {
    const { bd } = home()
    const r = bd(['track', 'import', '-', ...TODAY], JSON.stringify({ id: 'N1', platform: 'aliexpress', issue: 'defective', ordered: '2026-09-01', delivered: '2026-11-10', note: EVIL }) + '\n')
    expect(r.status).toBe(0)
    for (const args of [['deadlines'], ['track', 'list'], ['track', 'show', 'N1']]) {
      const out = bd([...args, ...TODAY])
      expect(out.status).toBe(0)
       
      expect(out.stdout + out.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/)
      expect(out.stdout).not.toMatch(/^FAKE LINE/m)
    }
    // the table may wrap the note at its space: read it back with the lines joined
    expect(bd(['deadlines', ...TODAY]).stdout.replace(/\s+/g, ' ')).toContain('a\\x1b]0;pwned\\x07\\x1b[2J\\r\\nFAKE LINE\\x9b\\u202e')
  })

  it.each([
    ['track import (NDJSON)', (bd: ReturnType<typeof home>['bd']) => bd(['track', 'import', '-', ...TODAY], JSON.stringify({ id: 'x\u001b[2J', platform: 'aliexpress', ordered: '2026-10-01' }) + '\n')],
    ['track import (CSV)', (bd: ReturnType<typeof home>['bd']) => bd(['track', 'import', '-', '--input-format', 'csv', ...TODAY], 'id,platform,ordered\n"x\u0007y",aliexpress,2026-10-01\n')],
    ['track add --id', (bd: ReturnType<typeof home>['bd']) => bd(['track', 'add', '--id', 'x\u001b]0;t\u0007', ...KETTLE, ...TODAY])],
    ['track update --id', (bd: ReturnType<typeof home>['bd']) => (bd(['track', 'add', '--id', 'ok', ...KETTLE, ...TODAY]), bd(['track', 'update', 'ok', '--id', 'x\u009by', ...TODAY]))],
  ])('ids with control characters are refused: %s', (_what, go) => {
    const { dir, bd } = home()
    const r = go(bd)
    expect(r.status).not.toBe(0)
    expect(r.stderr).toMatch(/control character|cannot be used/)
     
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    const list = JSON.parse(bd(['track', 'list', '--json', ...TODAY]).stdout) as { id: string }[]
    expect(list.filter((o) => o.id !== 'ok')).toEqual([])
    expect(dir).toBeTruthy()
  })

  it('check - reports a control-character id as an error record, in place', () => {
    const r = run(['check', '-', ...TODAY], { input: JSON.stringify({ id: 'x\u001b[2J', platform: 'aliexpress', ordered: '2026-10-01' }) + '\n' })
    expect(r.status).toBe(1)
    expect(ndjson(r.stdout)).toMatchObject([{ type: 'error', line: 1, field: 'id' }])
  })

  it.each([
    ['name', (p: Record<string, unknown>) => (p.name = 'Kitten\u001b]0;owned\u0007Mart'), /name: contains a control character \(\\u001b\)/],
    ['a rule text', (p: Record<string, unknown>) => ((p.rules as { label: Record<string, string> }[])[0]!.label.en = 'x\u009by'), /rules\[0\]\.label\.en: contains a control character \(\\u009b\)/],
  ])('a policy pack with a control character in its %s is refused, naming the path', (_what, poison, says) => {
    const pack = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/policies/kittenmart.json'), 'utf8')) as Record<string, unknown>
    poison(pack)
    const file = join(tmp('pack'), 'evil.json')
    writeFileSync(file, JSON.stringify(pack))
    const r = run(['check', '--policy', file, '--platform', String(pack.platform), '--ordered', '2026-11-01', ...TODAY])
    expect(r.status).toBe(1)
    oneLineError(r.stderr)
    expect(r.stderr).toMatch(says)
  })

  it('JSON output escapes what JSON.stringify leaves raw (C1, bidi overrides)', () => {
    const { bd } = home()
    expect(bd(['track', 'add', '--id', 'J1', ...KETTLE, '--note', 'a\u009b2Jb\u202ec', ...TODAY]).status).toBe(0)
    const r = bd(['track', 'list', '--json', ...TODAY])
    expect(r.stdout).not.toMatch(/[\u007f-\u009f\u202e]/)
    expect(JSON.parse(r.stdout)[0].note).toBe('a\u009b2Jb\u202ec')
    const c = run(['check', '-', ...TODAY], { input: JSON.stringify({ id: 'x', platform: 'aliexpress', ordered: '2026-02-30\u009b' }) + '\n' })
    expect(c.stdout).not.toMatch(/[\u007f-\u009f]/)
    expect(ndjson(c.stdout)[0]).toMatchObject({ type: 'error', field: 'ordered' })
  })
})

