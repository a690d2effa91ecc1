import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, run } from './run.js'

/** The README's GNU parallel recipe, run as written with Debian's parallel: the same bytes as one process. */
const hasParallel = spawnSync('sh', ['-c', 'command -v parallel']).status === 0

function orders(n: number): string {
  const lines: string[] = []
  for (let i = 0; i < n; i++) {
    const d = String(1 + (i % 28)).padStart(2, '0')
    // Blank lines, bad lines and every kind of verdict along the way (never a blank first line: see the README).
    if (i % 997 === 500) lines.push('')
    else if (i % 1013 === 7) lines.push('not json')
    else lines.push(JSON.stringify({ id: `o${i}`, platform: i % 2 ? 'aliexpress' : 'amazon', issue: ['defective', 'not_received', 'late', undefined][i % 4], ordered: `2026-10-${d}`, delivered: i % 3 ? `2026-11-${d}` : undefined, eta: `2026-11-${d}` }))
  }
  return lines.join('\n') + '\n'
}

describe('check - under GNU parallel', () => {
  it.skipIf(!hasParallel)('parallel --pipe --keep-order gives the same output as one process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-parallel-'))
    writeFileSync(join(dir, 'buyerdesk'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`)
    chmodSync(join(dir, 'buyerdesk'), 0o755)
    const input = join(dir, 'orders.ndjson')
    writeFileSync(input, orders(25_000))
    const one = run(['check', input, '--today', '2026-11-22'])
    expect(one.status).toBe(1)
    const recipe = `parallel --pipe --block 10M -N 5000 --keep-order 'buyerdesk check - --today 2026-11-22 --first-line $(( ({#} - 1) * 5000 + 1 ))' < orders.ndjson`
    const many = spawnSync('sh', ['-c', recipe], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, NO_COLOR: '1' }, maxBuffer: 1 << 28 })
    expect(many.stderr).not.toMatch(/parallel: (Warning|Error)/)
    // parallel exits with the number of jobs that failed: here every part has bad lines.
    expect(many.status).toBe(5)
    expect(many.stdout.length).toBeGreaterThan(1_000_000)
    expect(many.stdout === one.stdout).toBe(true)
    const lines = one.stdout.trimEnd().split('\n')
    expect(lines.length).toBe(25_000 - 25)
    expect(new Set(lines.map((l) => (JSON.parse(l) as { type: string }).type))).toEqual(new Set(['verdict', 'error']))
  }, 120_000)

  it('--first-line numbers the lines of a part of a stream, and must be a line number', () => {
    const r = run(['check', '-', '--today', '2026-11-22', '--first-line', '10001'], { input: '{"id":"a","platform":"aliexpress","ordered":"2026-11-01"}\n\nx\n' })
    expect(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { line: number }).line)).toEqual([10001, 10003])
    for (const bad of ['0', '-3', '1.5', 'x']) {
      const b = run(['check', '-', '--first-line', bad], { input: '' })
      expect(b.status, bad).toBe(2)
      expect(b.stderr, bad).toMatch(/^buyerdesk: --first-line: ".*" is not a line number/)
    }
  })
})
