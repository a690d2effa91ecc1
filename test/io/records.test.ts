import { Readable } from 'node:stream'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatHint, lineBlocks, parseLine, readRecords, type LineBlock } from '../../src/io/records.js'
import { ndjson, run } from '../e2e/run.js'

async function* chunks(parts: string[]): AsyncGenerator<string> {
  for (const p of parts) yield p
}

/** The lines as lineBlocks reports them: text, or null for one over the limit. */
async function linesOf(parts: string[], limit: number): Promise<(string | null)[]> {
  const out: (string | null)[] = []
  let expectLine = 1
  for await (const block of lineBlocks(chunks(parts), limit) as AsyncGenerator<LineBlock>) {
    expect(block.firstLine).toBe(expectLine)
    if (block.long) out.push(null)
    else {
      const lines = block.text.endsWith('\n') ? block.text.slice(0, -1).split('\n') : block.text.split('\n')
      expect(lines).toHaveLength(block.lines)
      out.push(...lines)
    }
    expectLine += block.lines
  }
  return out
}

describe('lineBlocks: whole lines, in order, a line over the limit dropped', () => {
  it('property: any text cut into any chunks gives the same lines', async () => {
    const limit = 40
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 1, maxLength: 60 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 30 }),
        async (lengths, lastNewline, cuts) => {
          const lines = lengths.map((n, i) => String.fromCharCode(97 + (i % 26)).repeat(n))
          const text = lines.join('\n') + (lastNewline ? '\n' : '')
          const parts: string[] = []
          let at = 0
          for (let i = 0; at < text.length; i++) {
            const n = cuts[i % cuts.length]!
            parts.push(text.slice(at, at + n))
            at += n
          }
          // A text ending without a newline ends on its last line; an empty last line is no line.
          const want = (lastNewline || lines.at(-1) !== '' ? lines : lines.slice(0, -1)).map((l) => (l.length > limit ? null : l))
          expect(await linesOf(parts, limit)).toEqual(want)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('numbers from firstLine (check --first-line), blank lines counted', async () => {
    const got: [number, number][] = []
    for await (const block of lineBlocks(chunks(['a\n\nb\n', 'x'.repeat(20) + '\nc\n']), 10, 10001)) got.push([block.firstLine, block.lines])
    expect(got).toEqual([
      [10001, 3],
      [10004, 1],
      [10005, 1],
    ])
  })

  it('drops a BOM at the start only', async () => {
    expect(await linesOf(['\uFEFFa\n\uFEFFb\n'], 10)).toEqual(['a', '\uFEFFb'])
  })
})

async function records(text: string, format: 'csv' | 'ndjson') {
  const out = []
  for await (const item of readRecords({ input: '-', format, stdin: Readable.from([Buffer.from(text)]), lang: 'en' })) out.push(item)
  return out
}

describe('input conventions', () => {
  it.each([
    ['id,platform,ordered', 'ndjson', /looks like CSV/],
    ['id;platform;ordered', 'ndjson', /looks like CSV/],
    ['id\tplatform', 'ndjson', /looks like CSV/],
    ['{"id":"A1"}', 'ndjson', undefined],
    ['[1,2]', 'ndjson', undefined],
    ['how do I cancel', 'ndjson', undefined],
    ['{"id":"A1","platform":"amazon"}', 'csv', /looks like NDJSON/],
    ['\uFEFFid,platform', 'csv', undefined],
    ['', 'csv', undefined],
  ] as const)('hint for %j read as %s', (line, format, want) => {
    const hint = formatHint(line, format, 'en')
    if (want === undefined) expect(hint).toBeUndefined()
    else expect(hint).toMatch(want)
  })

  it('a blank NDJSON line is skipped, and still counted in line numbers', async () => {
    expect(parseLine('  \r', 0, 3, 1, 'en')).toBeNull()
    const items = await records('{"id":"a"}\n\n   \n{"id":"b"}\n\n', 'ndjson')
    expect(items).toEqual([
      { line: 1, record: { id: 'a' } },
      { line: 4, record: { id: 'b' } },
    ])
  })

  it.each([
    [',', 'id,platform,ordered\nA1,aliexpress,2026-09-01\n'],
    [';', 'id;platform;ordered\r\nA1;aliexpress;2026-09-01\r\n'],
    ['tab', 'id\tplatform\tordered\nA1\taliexpress\t2026-09-01\n'],
    ['; with a BOM and a quoted comma', '\uFEFF"id";"platform";"ordered";"note"\nA1;aliexpress;2026-09-01;"blue, big"\n'],
  ])('CSV separated by %s', async (_name, text) => {
    const [item] = await records(text, 'csv')
    expect(item!.record).toMatchObject({ id: 'A1', platform: 'aliexpress', ordered: '2026-09-01' })
  })
})

describe('input conventions, end to end', () => {
  it('check - skips blank lines (exit 0) and hints at --input-format csv for a CSV', () => {
    let r = run(['check', '-', '--today', '2026-11-22'], { input: '{"id":"A1","platform":"aliexpress","ordered":"2026-09-01"}\n\n{"id":"A2","platform":"aliexpress","ordered":"2026-09-01"}\n\n' })
    expect(r.status).toBe(0)
    expect(ndjson(r.stdout).map((o) => [o.id, o.line])).toEqual([['A1', 1], ['A2', 3]])
    r = run(['check', '-', '--today', '2026-11-22'], { input: 'id,platform,ordered\nA1,aliexpress,2026-09-01\n' })
    expect(r.status).toBe(1)
    expect(r.stderr.split('\n').filter((l) => /hint/.test(l))).toEqual(['buyerdesk: hint: the input looks like CSV (a header row), not NDJSON; read it with --input-format csv'])
    r = run(['check', '-', '--input-format', 'csv', '--today', '2026-11-22'], { input: 'id;platform;ordered\nA1;aliexpress;2026-09-01\n' })
    expect(r.status).toBe(0)
    expect(ndjson(r.stdout)[0]).toMatchObject({ type: 'verdict', id: 'A1' })
  })

  it('ask - skips blank lines', () => {
    const r = run(['ask', '-'], { input: 'how do I cancel\n\n  \n' })
    expect(r.status).toBe(0)
    expect(ndjson(r.stdout)).toHaveLength(1)
  })
})
