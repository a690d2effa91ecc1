import { Readable } from 'node:stream'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { assess, checkStream, loadPolicy, OrderError, searchFaq } from '../../src/index.js'
import { ndjson, run } from '../e2e/run.js'

const TODAY = { today: '2026-11-22' }

describe('the library API', () => {
  afterEach(() => vi.restoreAllMocks())

  it('assess: the record check --json prints, for the POLICY.md worked example', async () => {
    const policy = await loadPolicy('aliexpress')
    const v = assess({ platform: 'aliexpress', issue: 'defective', ordered: '2026-09-01', shipped: '2026-09-04', delivered: '2026-11-10', id: 'A-17' }, policy, TODAY)
    const cli = JSON.parse(run(['check', '--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--shipped', '2026-09-04', '--delivered', '2026-11-10', '--id', 'A-17', '--today', '2026-11-22', '--json']).stdout)
    expect(v).toEqual(cli)
    expect(v.verdicts.dispute).toMatchObject({ status: 'uncertain', deadline: '2026-11-15', latestDeadline: '2026-11-25' })
  })

  it.each([
    [{ platform: 'aliexpress', ordered: '2026-02-30' }, 'ordered'],
    [{ platform: 'aliexpress', ordered: '2026-11-01', delivered: '2026-10-01' }, 'delivered'],
    [{ platform: 'aliexpress', issue: 'lost' as never, ordered: '2026-11-01' }, 'issue'],
  ])('assess throws an OrderError naming the field: %j', async (order, field) => {
    const policy = await loadPolicy('aliexpress')
    expect(() => assess(order, policy, TODAY)).toThrow(OrderError)
    try {
      assess(order, policy, TODAY)
    } catch (err) {
      expect((err as OrderError).field).toBe(field)
    }
  })

  it('loadPolicy: a pack file, validated; an unknown shop is an error, not an exit', async () => {
    const kitten = await loadPolicy(join(import.meta.dirname, '../fixtures/policies/kittenmart.json'))
    expect(kitten.platform).toBeTruthy()
    await expect(loadPolicy('temu')).rejects.toThrow(/not a built-in policy pack/)
    await expect(loadPolicy('/nonexistent/pack.json')).rejects.toThrow(/cannot read the file/)
  })

  it('checkStream: the same records as `check -`, from lines, strings or a Readable, blank lines skipped', async () => {
    const input = ['{"id":"a","platform":"aliexpress","issue":"defective","ordered":"2026-09-01","delivered":"2026-11-10"}', '', 'not json', '{"id":"c","platform":"amazon","ordered":"2026-11-01"}', '{"id":"d","platform":"amazon","ordered":"2026-13-01"}']
    const cli = ndjson(run(['check', '-', '--today', '2026-11-22'], { input: input.join('\n') + '\n' }).stdout)
    const collect = async (src: Parameters<typeof checkStream>[0]) => {
      const out = []
      for await (const r of checkStream(src, TODAY)) out.push(r)
      return out
    }
    const fromLines = await collect(input)
    expect(fromLines.map((r) => [r.type, r.line])).toEqual([['verdict', 1], ['error', 3], ['verdict', 4], ['error', 5]])
    expect(fromLines.filter((r) => r.type === 'verdict')).toEqual(cli.filter((r) => r.type === 'verdict'))
    expect(fromLines.filter((r) => r.type === 'error').map((r) => r.line)).toEqual(cli.filter((r) => r.type === 'error').map((r) => r.line))
    // Chunks cut anywhere, even inside a multi-byte character, give the same records.
    const bytes = Buffer.from(input.join('\n').replace('defective', 'defective","note":"주문'))
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7))
    expect((await collect(Readable.from(chunks))).map((r) => [r.type, r.line])).toEqual(fromLines.map((r) => [r.type, r.line]))
  })

  it('searchFaq: the ask --json record', async () => {
    const answer = await searchFaq('how do I cancel an order?', { platform: 'amazon' })
    expect(answer).toMatchObject({ type: 'answer', lang: 'en', platform: 'amazon', topic: 'order.cancel' })
    await expect(searchFaq('x', { lang: 'de' as never })).rejects.toThrow(RangeError)
  })

  it('never prints nor exits', async () => {
    const out = vi.spyOn(process.stdout, 'write')
    const err = vi.spyOn(process.stderr, 'write')
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
    const policy = await loadPolicy('amazon')
    expect(() => assess({ platform: 'amazon', ordered: 'soon' }, policy, TODAY)).toThrow(OrderError)
    for await (const r of checkStream(['{', '{"platform":"amazon","ordered":"2026-11-20"}'], TODAY)) expect(r.type).toBeDefined()
    await searchFaq('refund')
    expect(out).not.toHaveBeenCalled()
    expect(err).not.toHaveBeenCalled()
    expect(exit).not.toHaveBeenCalled()
  })
})
