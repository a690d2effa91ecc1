import { describe, expect, it } from 'vitest'
import { ndjson, run } from './run.js'

const TODAY = ['--today', '2026-11-22']
const issues = ['not_received', 'late', 'defective', 'damaged', 'not_as_described', 'changed_mind']
/** Enough lines for the worker threads to start (more than the blocks judged inline), with bad lines among them. */
const LINES = Array.from({ length: 40_000 }, (_, i) =>
  i % 997 === 5
    ? '{"id":"bad","platform":"aliexpress","ordered":"2026-02-30"}'
    : JSON.stringify({ id: `O${i}`, platform: i % 2 ? 'aliexpress' : 'amazon', issue: issues[i % 6], ordered: '2026-09-01', ...(i % 3 ? { delivered: '2026-10-01' } : { eta: '2026-10-10' }) }),
)
const STREAM = LINES.join('\n') + '\n'

describe('buyerdesk check --fields', () => {
  it('each line is the full record with only the chosen fields, one thread or workers', () => {
    const full = ndjson(run(['check', '-', ...TODAY], { input: STREAM, env: { BUYERDESK_WORKERS: '0' } }).stdout)
    const fields = 'id,refund.status,refund.deadline,dispute.status,line'
    const one = run(['check', '-', ...TODAY, '--fields', fields], { input: STREAM, env: { BUYERDESK_WORKERS: '0' } })
    const two = run(['check', '-', ...TODAY, '--fields', fields], { input: STREAM, env: { BUYERDESK_WORKERS: '2' } })
    expect(one.status).toBe(1)
    expect(two).toEqual(one)
    const got = ndjson(one.stdout)
    expect(got).toHaveLength(LINES.length)
    got.forEach((rec, i) => {
      const f = full[i] as Record<string, any>
      if (f.type === 'error') return expect(rec).toEqual(f)
      expect(rec).toEqual({ type: 'verdict', id: f.id, verdicts: { refund: { status: f.verdicts.refund.status, deadline: f.verdicts.refund.deadline }, dispute: { status: f.verdicts.dispute.status } }, line: f.line })
    })
  })

  it('--fields status on one order from flags: every action’s status as JSON', () => {
    const r = run(['check', '--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--shipped', '2026-09-04', '--delivered', '2026-11-10', ...TODAY, '--fields', 'status'])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ type: 'verdict', verdicts: { cancel: { status: 'closed' }, refund: { status: 'eligible' }, dispute: { status: 'uncertain' }, escalate: { status: 'not_applicable' } } })
  })

  it.each([
    ['en', /^buyerdesk: --fields: unknown field "refund\.state"; valid fields: id, platform, .*, note, and ACTION\.FIELD such as refund\.status\n$/],
    ['ko', /^buyerdesk: --fields: 알 수 없는 필드예요: "refund\.state"\. 쓸 수 있는 필드: id, .*동작\.필드 형식으로도 쓸 수 있어요\n$/],
    ['ro', /^buyerdesk: --fields: câmpul „refund\.state” nu există; câmpuri valide: id, .* și ACȚIUNE\.CÂMP, de ex\. refund\.status\n$/],
  ])('an unknown field is a usage error (exit 2) in %s, one line, before any input is read', (lang, message) => {
    const r = run(['check', '-', ...TODAY, '--fields', 'refund.state', '--lang', lang], { input: STREAM })
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
  })
})
