import { describe, expect, it } from 'vitest'
import { run } from './run.js'
import { inquirerSpy } from './wizard-helpers.js'

/** The built wizard without a terminal (stdin is a pipe): every answer as a flag, or exit 2 naming the missing ones. */
const DEFECTIVE = ['wizard', '--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--shipped', '2026-09-04', '--delivered', '2026-11-10', '--today', '2026-11-22']

describe('wizard with every answer as a flag', () => {
  it('shows the result screen with the POLICY.md verdicts (worked example 2)', () => {
    const r = run([...DEFECTIVE, '--id', 'A-17'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^order A-17 · AliExpress · defective · judged on Sun, Nov 22, 2026$/m)
    expect(r.stdout).toMatch(/^Cancel {4}✖ no longer possible$/m)
    expect(r.stdout).toMatch(/^Refund {4}✔ possible {2}last day Wed, Nov 25, 2026 · 3 days left$/m)
    expect(r.stdout).toMatch(/^Dispute {3}! sources disagree {2}latest Wed, Nov 25, 2026 \(3 days left\)$/m)
    expect(r.stdout).toMatch(/^Escalate {2}– doesn't apply$/m)
    expect(r.stdout).toMatch(/Last\s+day:\s+Sunday,\s+November\s+15,\s+2026\s+\(75\s+days\s+after\s+the\s+order\s+date\)\s+or\s+Wednesday,\s+November\s+25,\s+2026\s+\(15\s+days\s+after\s+the\s+delivery\s+date\)/)
    expect(r.stdout).toContain('Subject: Order A-17: defective item')
  })

  it('worked example 3 in Korean, with relative dates', () => {
    const r = run(['wizard', '--platform', 'aliexpress', '--issue', 'not_received', '--ordered', '52일 전', '--shipped', '2026-10-03', '--delivered', 'none', '--eta', '2026-11-05', '--contacted', '12일 전', '--request', 'reship', '--id', 'none', '--today', '2026-11-22', '--lang', 'ko'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^환불 {7}✔ 가능 {2}2026년 12월 15일 \(화\)까지 · 23일 남음$/m)
    expect(r.stdout).toMatch(/^분쟁 {7}✔ 가능 {2}2026년 12월 15일 \(화\)까지 · 23일 남음$/m)
    expect(r.stdout).toMatch(/^중재 요청 {2}✔ 가능 /m)
    expect(r.stdout).toContain('Please send me a replacement at no extra cost.')
    expect(r.stdout).toContain('추가 비용 없이 새 상품을 다시 보내 주세요.')
  })

  it('worked example 1 in Romanian: cancel while it has not shipped, eta assumed', () => {
    const r = run(['wizard', '--platform', 'aliexpress', '--issue', 'not_received', '--ordered', 'acum 2 zile', '--delivered', 'none', '--shipped', 'none', '--contacted', 'none', '--today', '2026-11-22', '--lang', 'ro'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Anulare {5}✔ posibilă$/m)
    expect(r.stdout).toMatch(/^Rambursare {2}… încă nu\n {12}se deschide miercuri, 20 ianuarie 2027\n {12}până la miercuri, 3 februarie 2027$/m)
    expect(r.stdout).toMatch(/^estimat +.*19\.01 \(presupus\)$/m)
    expect(r.stdout).toContain('Pașii următori: Anulare')
  })

  it('--message-only prints just the English message', () => {
    const r = run([...DEFECTIVE, '--id', 'A-17', '--request', 'partial', '--lang', 'ko', '--message-only'])
    expect(r.status).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('Subject: Order A-17: defective item')
    expect(r.stdout).toContain('Please give me a partial refund to make up for the problem.')
    expect(r.stdout).not.toMatch(/[가-힣]|Timeline|Refund {4}/)
  })

  it('draws with ASCII when asked', () => {
    const r = run([...DEFECTIVE, '--ascii'])
    expect(r.stdout).toMatch(/^Dispute +\[=+~+\] Nov 10-Nov 15\/Nov 25$/m)
    expect(r.stdout).toContain('[ ] A 10 to 20 second video showing the defect')
    expect(r.stdout).toMatch(/^[\x00-\x7f]*$/)
  })
})

describe('wizard without a terminal and with answers missing', () => {
  it.each([
    [[], /missing: --platform, --issue, --ordered\. Give them as flags, or use `buyerdesk check` with flags/],
    [['--platform', 'amazon', '--issue', 'late', '--ordered', '2026-11-01'], /missing: --eta\./],
    [['--platform', 'aliexpress'], /missing: --issue, --ordered\./],
  ])('%j → exit 2 naming the flags', (args, message) => {
    const r = run(['wizard', '--today', '2026-11-22', ...args])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('in the user language', () => {
    const r = run(['wizard', '--lang', 'ro'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/lipsesc: --platform, --issue, --ordered/)
  })

  it('a date flag that cannot be read, or that breaks the order of events, is a usage error', () => {
    expect(run(['wizard', '--platform', 'aliexpress', '--issue', 'none', '--ordered', 'someday']).stderr).toMatch(/--ordered: "someday" is not a date/)
    const r = run([...DEFECTIVE.slice(0, 7), '--delivered', '2026-08-01', '--today', '2026-11-22'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/delivered: 2026-08-01 is before ordered/)
  })

  it('bare buyerdesk without a terminal prints the help', () => {
    const r = run([])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/Usage: buyerdesk/)
    expect(r.stdout).toMatch(/wizard/)
  })

  it('a mistyped command is still reported as one', () => {
    const r = run(['wizzard'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/unknown command 'wizzard'\s+\(Did you mean wizard\?\)/)
  })
})

describe('the prompt library is loaded only when the wizard asks', () => {
  it.each([
    ['check', ['check', '--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--delivered', '2026-11-10', '--today', '2026-11-22']],
    ['ask', ['ask', 'how do I open a dispute']],
    ['wizard with every answer as a flag', [...DEFECTIVE, '--id', 'none']],
  ])('%s does not load the prompt library', (_name, args) => {
    const spy = inquirerSpy()
    const r = run(args, { env: spy.env })
    expect(r.stderr).not.toMatch(/Error/)
    expect(spy.loaded()).toEqual([])
  })
})
