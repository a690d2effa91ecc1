import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ndjson, run } from './run.js'

/**
 * `check -` keeps input order whatever the line sizes and the worker count (issue 12): lines around the
 * 1 MiB limit (src/io/records.ts MAX_LINE) are judged inline, between blocks that worker threads judge,
 * and a line over the limit becomes an error record in its place.
 */

const LIMIT = 1 << 20
const TODAY = ['--today', '2026-11-22']

/** An order line of exactly `length` characters (a note pads it), whose id is its line number. */
function line(n: number, length: number): string {
  const base = JSON.stringify({ id: n, platform: 'amazon', ordered: '2026-11-01', note: '' })
  const pad = Math.max(0, length - base.length)
  return base.replace('"note":""', `"note":"${'x'.repeat(pad)}"`)
}

/** What every output line must be: its line number, and a verdict for its id or the too-long error. */
function expectInOrder(input: string[], stdout: string): void {
  const out = ndjson(stdout)
  expect(out).toHaveLength(input.length)
  const got = out.map((o) => `${o.line}:${o.type}:${o.type === 'verdict' ? o.id : String(o.message).startsWith('the line is longer than 1 MiB') ? 'too long' : o.message}`)
  const want = input.map((l, i) => `${i + 1}:${l.length > LIMIT ? 'error:too long' : `verdict:${i + 1}`}`)
  expect(got).toEqual(want)
}

describe('check -: output order is input order', () => {
  it('40,000 lines, one of 1.1 MB, 40,000 more, with worker threads (the reported case)', () => {
    const input = [...Array.from({ length: 40_000 }, (_, i) => line(i + 1, 60)), line(40_001, 1_100_000), ...Array.from({ length: 40_000 }, (_, i) => line(40_002 + i, 60))]
    const r = run(['check', '-', ...TODAY], { input: input.join('\n') + '\n', env: { BUYERDESK_WORKERS: '2' } })
    expect(r.stderr).toMatch(/1 of 80001 lines could not be judged/)
    expectInOrder(input, r.stdout)
  }, 60_000)

  it('property: random line sizes around the limit, random worker counts', () => {
    const size = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 60, max: 400 }) },
      { weight: 1, arbitrary: fc.constantFrom(LIMIT - 1, LIMIT, LIMIT + 1, 70_000, 1 << 16) },
      { weight: 1, arbitrary: fc.integer({ min: LIMIT - 2000, max: LIMIT + 2000 }) },
    )
    fc.assert(
      fc.property(fc.array(size, { minLength: 1, maxLength: 4000 }), fc.integer({ min: 0, max: 4 }), fc.boolean(), (sizes, workers, lastNewline) => {
        // A few long lines at most, so a run stays small.
        let long = 0
        const lengths = sizes.filter((s) => s < 1000 || ++long <= 4)
        const input = lengths.map((s, i) => line(i + 1, s))
        const r = run(['check', '-', ...TODAY], { input: input.join('\n') + (lastNewline ? '\n' : ''), env: { BUYERDESK_WORKERS: String(workers) } })
        expectInOrder(input, r.stdout)
        expect(r.status).toBe(input.some((l) => l.length > LIMIT) ? 1 : 0)
      }),
      { numRuns: 12, seed: Number(process.env.FC_SEED ?? 1212) },
    )
  }, 120_000)

  it('a 30 MB line costs linear time and bounded memory: an error record, the next line judged', () => {
    const input = [line(1, 30_000_000), line(2, 80)]
    const t0 = Date.now()
    const r = run(['check', '-', ...TODAY], { input: input.join('\n') + '\n' })
    expect(Date.now() - t0).toBeLessThan(10_000)
    expectInOrder(input, r.stdout)
  }, 30_000)

  it('a one-line JSON array piped in is one error record', () => {
    const array = '[' + Array.from({ length: 40_000 }, (_, i) => line(i + 1, 60)).join(',') + ']'
    const r = run(['check', '-', ...TODAY], { input: array })
    expect(ndjson(r.stdout)).toEqual([{ type: 'error', line: 1, message: expect.stringMatching(/longer than 1 MiB/) }])
    expect(r.status).toBe(1)
  })

  it('CSV: a record over the limit is one error record in its place, the next ones judged', () => {
    const csv = `id,platform,ordered,note\nA,amazon,2026-11-01,"${'x'.repeat(LIMIT + 10)}"\nB,amazon,2026-11-01,ok\nC,amazon,2026-11-01,"${'y'.repeat(3 * LIMIT)}"\nD,amazon,2026-11-01,\n`
    const r = run(['check', '-', '--input-format', 'csv', ...TODAY], { input: csv })
    expect(ndjson(r.stdout).map((o) => `${o.line}:${o.type}:${o.id ?? ''}`)).toEqual(['1:error:', '2:verdict:B', '3:error:', '4:verdict:D'])
    expect(r.status).toBe(1)
  })

  it('ask -: a line over the limit is an error record in its place, the next question answered', () => {
    const r = run(['ask', '-'], { input: 'x'.repeat(3 * LIMIT) + '\nhow do I cancel\r\n' })
    expect(ndjson(r.stdout).map((o) => `${o.type}:${o.question ?? ''}`)).toEqual(['error:', 'answer:how do I cancel'])
    expect(r.status).toBe(1)
  })

  it('track import: a line over the limit is reported, the others saved', () => {
    const input = [line(1, 80), line(2, LIMIT + 1), line(3, 80)].map((l) => l.replace(/"id":(\d+)/, '"id":"N$1"'))
    const home = { BUYERDESK_CONFIG_DIR: `${process.env.TMPDIR ?? '/tmp'}/buyerdesk-long-${process.pid}-${Date.now()}` }
    const r = run(['track', 'import', '-', '--json', ...TODAY], { input: input.join('\n') + '\n', env: home })
    expect(ndjson(r.stdout).map((o) => `${o.line}:${o.type}`)).toEqual(['1:saved', '2:error', '3:saved'])
    expect(r.status).toBe(1)
  })
})
