import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VALIDATED } from '../../src/generated/policy-stamps.js'
import { jsonPath, loadPolicies, readPolicy } from '../../src/data/load.js'
import { judge, summary } from '../helpers.js'

const FIXTURE = join(import.meta.dirname, '../fixtures/policies/kittenmart.json')
const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-policy-'))

/** Write a variant of the fixture pack changed by `edit`, and read it back. */
async function variant(edit: (pack: Record<string, any>) => void): Promise<string[]> {
  const pack = JSON.parse(readFileSync(FIXTURE, 'utf8'))
  edit(pack)
  const file = join(dir, `pack-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify(pack))
  return (await readPolicy(file)).errors
}

describe('policy packs', () => {
  it('the built-in packs load and validate', async () => {
    const policies = await loadPolicies()
    expect([...policies.keys()].sort()).toEqual(['aliexpress', 'amazon'])
    for (const p of policies.values()) expect(p.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('a third shop works from data alone', async () => {
    const policies = await loadPolicies([FIXTURE])
    const a = judge({ platform: 'kittenmart', issue: 'not_received', ordered: '2026-11-01', shipped: '2026-11-02' }, '2026-11-20', policies)
    // eta assumed shipped + 10 = 11-12; claim opens eta + 5 = 11-17; deadlines ordered + 40 = 12-11, eta + 30 = 12-12.
    expect(summary(a, 'dispute')).toBe('eligible 2026-11-17 2026-12-11 2026-12-12 21')
    expect(a.assumptions[0]).toMatchObject({ field: 'eta', value: '2026-11-12' })
    expect(summary(a, 'cancel')).toBe('closed 2026-11-01 2026-11-02 2026-11-02 -18')
  })

  it.each([
    ['a wrong type', (p: any) => (p.rules[1].deadlines[0].days = '14'), 'rules[1].deadlines[0].days: expected integer'],
    ['a negative day count', (p: any) => (p.rules[1].deadlines[0].days = -3), 'rules[1].deadlines[0].days: expected a number >= 0'],
    ['an unknown action', (p: any) => (p.rules[0].action = 'complain'), 'rules[0].action: expected one of "cancel", "refund", "dispute", "escalate"'],
    ['a missing language', (p: any) => delete p.rules[2].label.ro, 'rules[2].label: missing required field "ro"'],
    ['an unknown field', (p: any) => (p.rules[0].script = 'process.exit(1)'), 'rules[0]: unknown field "script"'],
    ['an impossible review date', (p: any) => (p.reviewed = '2026-13-01'), 'reviewed: expected text matching'],
    ['an unknown source id', (p: any) => (p.rules[1].deadlines[0].sources = ['nowhere']), 'rules[1].deadlines[0].sources[0]: unknown source "nowhere"'],
    ['a duplicate rule id', (p: any) => (p.rules[1].id = 'km.cancel'), 'rules[1].id: duplicate id "km.cancel"'],
  ])('reports %s with its JSON path', async (_name, edit, message) => {
    const errors = await variant(edit)
    expect(errors.join('\n')).toContain(message)
  })

  it('reports a file that is not JSON', async () => {
    const file = join(dir, 'broken.json')
    writeFileSync(file, '{"platform": "x",')
    expect((await readPolicy(file)).errors[0]).toMatch(/^not valid JSON/)
    await expect(loadPolicies([file])).rejects.toThrow(/broken\.json: invalid policy pack/)
  })

  it('the build validated and kept exactly the shipped packs', () => {
    for (const name of ['aliexpress.json', 'amazon.json']) {
      const text = readFileSync(join(import.meta.dirname, '../../data/policies', name), 'utf8')
      expect(VALIDATED[name]).toBe(text)
    }
  })

  it('one platform asked for: only its pack; an unknown one: all, to list them', async () => {
    expect([...(await loadPolicies([], 'amazon')).keys()]).toEqual(['amazon'])
    expect([...(await loadPolicies([], 'shopzilla')).keys()].sort()).toEqual(['aliexpress', 'amazon'])
    expect([...(await loadPolicies([FIXTURE], 'amazon')).keys()].sort()).toEqual(['aliexpress', 'amazon', 'kittenmart'])
  })

  it('a built-in pack edited after the build is validated again', async () => {
    const sub = mkdtempSync(join(tmpdir(), 'buyerdesk-builtin-'))
    const pack = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/policies/aliexpress.json'), 'utf8'))
    pack.rules[1].deadlines[0].days = 'fifteen'
    writeFileSync(join(sub, 'aliexpress.json'), JSON.stringify(pack))
    expect((await readPolicy(join(sub, 'aliexpress.json'), true)).errors).toContain('rules[1].deadlines[0].days: expected integer')
  })

  it.each([
    ['/rules/2/deadlines/0/days', 'rules[2].deadlines[0].days'],
    ['', '(root)'],
    ['/sources/a~1b', 'sources.a/b'],
  ])('jsonPath(%j) = %s', (pointer, path) => expect(jsonPath(pointer)).toBe(path))
})
