import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lineBlocks, type LineBlock } from '../../src/io/records.js'

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

  it('drops a BOM at the start only', async () => {
    expect(await linesOf(['\uFEFFa\n\uFEFFb\n'], 10)).toEqual(['a', '\uFEFFb'])
  })
})
