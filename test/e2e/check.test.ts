import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ndjson, run, BIN } from './run.js'
import { spawnSync } from 'node:child_process'

const ROW2 = ['--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--shipped', '2026-09-04', '--delivered', '2026-11-10', '--today', '2026-11-22']
const FIXTURE = join(import.meta.dirname, '../fixtures/policies/kittenmart.json')
const tmp = mkdtempSync(join(tmpdir(), 'buyerdesk-e2e-'))

describe('buyerdesk check: one order from flags', () => {
  it('--json prints one verdict object', () => {
    const r = run(['check', ...ROW2, '--id', 'A-17', '--json'])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({ type: 'verdict', id: 'A-17', platform: 'aliexpress', issue: 'defective', today: '2026-11-22', reviewed: '2026-11-22' })
    expect(Object.keys(out.verdicts)).toEqual(['cancel', 'refund', 'dispute', 'escalate'])
    expect(out.verdicts.refund).toMatchObject({ status: 'eligible', deadline: '2026-11-25', daysLeft: 3 })
    expect(out.verdicts.dispute).toMatchObject({ status: 'uncertain', deadline: '2026-11-15', latestDeadline: '2026-11-25' })
    expect(out.verdicts.refund.sources).toEqual(['000_b1e7b33682776c5f.txt', '001_f48e80dde54bdc2a.txt', '002_3df4ace3e69a3238.txt'])
  })

  it.each([
    ['en', /Refund\s+✔ possible\s+last day Wed, Nov 25, 2026 · 3 days left/, /Rules last reviewed Sunday, November 22, 2026\.\s+Shops change their\s+rules/],
    ['ko', /환불\s+✔ 가능\s+2026년 11월 25일 \(수\)까지 · 3일 남음/, /2026년 11월 22일 일요일/],
    ['ro', /Rambursare\s+✔ posibilă\s+până la miercuri, 25 noiembrie 2026 · mai sunt 3 zile/, /duminică, 22 noiembrie 2026/],
  ])('human output in %s', (lang, statusLine, reviewed) => {
    const r = run(['check', ...ROW2, '--lang', lang])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(statusLine)
    expect(r.stdout).toMatch(reviewed)
    expect(r.stdout).not.toMatch(/\x1b\[/) // NO_COLOR
  })

  it('colours for a terminal only (chalk, with src/io/isatty.ts for node:tty)', () => {
    // A terminal as a user has one: chalk (supports-color) also turns colour off on CI and without TERM.
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color' }
    for (const key of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'GITHUB_ACTIONS', 'TF_BUILD', 'TEAMCITY_VERSION']) delete env[key]
    const piped = spawnSync(process.execPath, [BIN, 'check', ...ROW2], { env, encoding: 'utf8' })
    expect(piped.stdout).toMatch(/Refund/)
    expect(piped.stdout).not.toMatch(/\x1b\[/)
    if (!existsSync('/usr/bin/script')) return
    const log = join(tmp, 'tty.log')
    spawnSync('script', ['-qc', `"${process.execPath}" "${BIN}" check ${ROW2.join(' ')}`, log], { env, stdio: 'ignore' })
    expect(readFileSync(log, 'utf8')).toMatch(/\x1b\[[0-9;]*m.*Refund|Refund.*\x1b\[/)
  })

  it('takes the language from LANG when --lang is absent', () => {
    expect(run(['check', ...ROW2], { env: { LANG: 'ko_KR.UTF-8' } }).stdout).toMatch(/환불/)
    expect(run(['check', ...ROW2], { env: { LANG: 'de_DE.UTF-8' } }).stdout).toMatch(/Refund/)
  })

  it('colours only when asked (FORCE_COLOR) and not under NO_COLOR', () => {
    expect(run(['check', ...ROW2], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[/)
    expect(run(['check', ...ROW2], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/)
  })

  it('gives the same JSON under every TZ', () => {
    const outputs = ['UTC', 'Asia/Seoul', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((TZ) => run(['check', ...ROW2, '--json'], { env: { TZ } }).stdout)
    expect(new Set(outputs).size).toBe(1)
  })

  it.each([
    ['an impossible date', ['--delivered', '2026-02-30'], /--delivered: "2026-02-30" is not a calendar date \(no such day\)/],
    ['a date no one can read', ['--delivered', 'last week-ish'], /--delivered: "last week-ish" is not a date; expected YYYY-MM-DD, today, yesterday or 3 days ago/],
    ['a dispute before the order', ['--disputed', '2026-08-01'], /disputed: 2026-08-01 is before ordered \(2026-09-01\)/],
    ['a contact before the order', ['--contacted', '2026-08-01'], /contacted: 2026-08-01 is before ordered \(2026-09-01\)/],
    ['none for the order date', ['--ordered', 'none'], /--ordered: "none" is not a date/],
    ['dates in the wrong order', ['--delivered', '2026-08-01'], /delivered: 2026-08-01 is before ordered \(2026-09-01\)/],
    ['a date after today', ['--delivered', '2026-12-01'], /delivered: 2026-12-01 is after today \(2026-11-22\)/],
    ['an unknown issue', ['--issue', 'broken'], /issue: "broken" is not known, expected one of not_received/],
    ['an unknown platform', ['--platform', 'ebay'], /platform: "ebay" is not known, expected one of aliexpress, amazon/],
    ['a bad --today', ['--today', 'someday'], /--today: "someday" is not a date; expected YYYY-MM-DD/],
    ['an unknown flag', ['--colour'], /unknown option '--colour'/],
    ['a bad --lang', ['--lang', 'de'], /--lang <lang>' argument 'de' is invalid\. Allowed choices are en, ko, ro/],
  ])('%s is a usage error (exit 2) naming the field, without a stack', (_name, extra, message) => {
    const r = run(['check', ...ROW2, ...extra])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(r.stdout).toBe('')
  })

  it('says usage errors in the chosen language', () => {
    const ko = run(['check', ...ROW2, '--today', 'someday', '--lang', 'ko'])
    const ro = run(['check', ...ROW2, '--delivered', '2026-02-30', '--lang', 'ro'])
    expect(ko.status).toBe(2)
    expect(ko.stderr).toMatch(/--today: 날짜로 읽을 수 없습니다\("someday"\)/)
    expect(ro.stderr).toMatch(/--delivered: „2026-02-30” nu există în calendar/)
  })

  it('every date flag reads what the wizard reads, against --today; the result is the same as with YYYY-MM-DD', () => {
    const iso = run(['check', ...ROW2, '--json'])
    const friendly = run(['check', '--platform', 'aliexpress', '--issue', 'defective', '--ordered', '82 days ago', '--shipped', '2026-09-04', '--delivered', '12일 전', '--contacted', 'none', '--today', '2026-11-22', '--json'])
    expect(friendly.status).toBe(0)
    expect(friendly.stdout).toBe(iso.stdout)
    const relativeToday = run(['check', '--platform', 'aliexpress', '--ordered', 'acum 2 zile', '--shipped', 'none', '--today', '2026-11-22', '--json'])
    expect(JSON.parse(relativeToday.stdout).verdicts.cancel.status).toBe('eligible')
  })

  it('--fail-on-ineligible exits 3 only when the action is not open', () => {
    expect(run(['check', ...ROW2, '--fail-on-ineligible', 'cancel', '--json']).status).toBe(3)
    expect(run(['check', ...ROW2, '--fail-on-ineligible', 'dispute']).status).toBe(0) // uncertain counts as open
    expect(run(['check', ...ROW2, '--fail-on-ineligible', 'refund']).status).toBe(0)
  })

  it('--policy loads a third shop with no code change', () => {
    const r = run(['check', '--policy', FIXTURE, '--platform', 'kittenmart', '--issue', 'defective', '--ordered', '2026-11-01', '--delivered', '2026-11-05', '--today', '2026-11-10', '--json'])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).verdicts.refund).toMatchObject({ status: 'eligible', deadline: '2026-11-19', rules: ['km.refund'] })
  })

  it('a broken --policy pack is a data error (exit 1) with its JSON path', () => {
    const file = join(tmp, 'bad-pack.json')
    writeFileSync(file, JSON.stringify({ platform: 'x', name: 'X', reviewed: '2026-01-01', sources: {}, eta: { whenMissing: 'error', why: { en: 'a', ko: 'b', ro: 'c' } }, rules: [], fallbacks: [], evidence: {}, info: [] }))
    const r = run(['check', '--policy', file, ...ROW2])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/bad-pack\.json: invalid policy pack/)
    expect(r.stderr).toMatch(/rules: expected at least 1 item/)
  })
})

describe('buyerdesk check -: NDJSON streams', () => {
  const good = (id: string, extra: Record<string, string> = {}) => JSON.stringify({ id, platform: 'aliexpress', issue: 'defective', ordered: '2026-09-01', shipped: '2026-09-04', delivered: '2026-11-10', today: '2026-11-22', ...extra })

  it('answers one line per input line, in order, with errors in place', () => {
    const input = [
      good('a'),
      '{"id":"b","platform":"aliexpress","ordered":"2026-02-30"}',
      'this is not json',
      '',
      '[1,2]',
      good('f', { platform: 'amazon' }),
      '{"id":"g","platform":"amazon","issue":"not_received","ordered":"2026-11-01","today":"2026-11-22"}',
      good('h'),
    ].join('\n')
    const r = run(['check', '-', '--today', '2026-11-22'], { input: input + '\n' })
    expect(r.status).toBe(1)
    const lines = ndjson(r.stdout)
    // The blank line 4 is skipped, as jq skips it, and still counted.
    expect(lines.map((l) => [l.type, l.line])).toEqual([
      ['verdict', 1],
      ['error', 2],
      ['error', 3],
      ['error', 5],
      ['verdict', 6],
      ['error', 7],
      ['verdict', 8],
    ])
    expect(lines[1]).toMatchObject({ id: 'b', field: 'ordered', message: expect.stringMatching(/expected YYYY-MM-DD/) })
    expect(lines[2]!.message).toMatch(/not valid JSON/)
    expect(lines[5]).toMatchObject({ id: 'g', field: 'eta' })
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', undefined, undefined, 'f', 'g', 'h'])
    expect(r.stderr).toMatch(/4 of 7 lines could not be judged/)
  })

  it('exits 0 on a clean stream and reads a file argument', () => {
    const file = join(tmp, 'orders.ndjson')
    writeFileSync(file, [good('x'), good('y')].join('\n'))
    const r = run(['check', file])
    expect(r.status).toBe(0)
    expect(ndjson(r.stdout).map((l) => l.id)).toEqual(['x', 'y'])
  })

  it('reads CSV with a header row', () => {
    const file = join(tmp, 'orders.csv')
    writeFileSync(file, 'id,platform,issue,ordered,shipped,delivered,eta,contacted\nc1,aliexpress,defective,2026-09-01,2026-09-04,2026-11-10,,\nc2,amazon,late,2026-13-01,,,,\n"c,3",amazon,defective,2026-10-20,2026-10-21,2026-10-25,,2026-10-26\n')
    const r = run(['check', file, '--today', '2026-11-22'])
    expect(r.status).toBe(1)
    const lines = ndjson(r.stdout)
    expect(lines.map((l) => [l.type, l.line, l.id])).toEqual([
      ['verdict', 1, 'c1'],
      ['error', 2, 'c2'],
      ['verdict', 3, 'c,3'],
    ])
  })

  it('input keys such as __proto__ change nothing', () => {
    const r = run(['check', '-'], { input: '{"__proto__":{"platform":"amazon"},"platform":"aliexpress","ordered":"2026-11-01","today":"2026-11-22"}\n' })
    expect(r.status).toBe(0)
    expect(ndjson(r.stdout)[0]).toMatchObject({ type: 'verdict', platform: 'aliexpress' })
  })

  it('ends quietly when the reader goes away (| head -1)', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => good(`o${i}`)).join('\n')
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check - | head -1`], { input: many, encoding: 'utf8', timeout: 60_000 })
    expect(r.status).toBe(0)
    expect(ndjson(r.stdout)).toHaveLength(1)
    expect(r.stderr).toBe('')
  })

  it('--fail-on-ineligible over a stream exits 3 when any order is not open', () => {
    expect(run(['check', '-', '--fail-on-ineligible', 'refund'], { input: good('a') + '\n' }).status).toBe(0)
    expect(run(['check', '-', '--fail-on-ineligible', 'cancel'], { input: good('a') + '\n' }).status).toBe(3)
  })
})

describe('buyerdesk check -: large streams in worker threads', () => {
  it('gives the same lines, in order, with or without workers', () => {
    const lines: string[] = []
    for (let i = 0; i < 6000; i++) {
      if (i % 997 === 13) lines.push('{"id":"broken", "platform":')
      else if (i % 1499 === 7) lines.push(JSON.stringify({ id: `d${i}`, platform: 'aliexpress', ordered: '2026-02-30' }))
      else lines.push(JSON.stringify({ id: `o${i}`, platform: i % 2 ? 'aliexpress' : 'amazon', issue: 'defective', ordered: '2026-09-01', shipped: '2026-09-04', delivered: '2026-11-10' }))
    }
    const input = lines.join('\n') // no final newline: the last line still counts
    const inline = run(['check', '-', '--today', '2026-11-22'], { input, env: { BUYERDESK_WORKERS: '0' } })
    const threaded = run(['check', '-', '--today', '2026-11-22'], { input, env: { BUYERDESK_WORKERS: '2' } })
    expect(threaded.status).toBe(1)
    expect(threaded.stdout).toBe(inline.stdout)
    const out = ndjson(threaded.stdout)
    expect(out).toHaveLength(6000)
    expect(out.map((l) => l.line)).toEqual(Array.from({ length: 6000 }, (_, i) => i + 1))
    expect(out.filter((l) => l.type === 'error')).toHaveLength(lines.filter((l) => !l.includes('"issue"')).length)
    expect(threaded.stderr).toBe(inline.stderr)
  })
})
