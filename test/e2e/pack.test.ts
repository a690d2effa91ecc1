import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')

// The published package: `npm pack`, installed into an empty folder, must run with its data files
// (policies, knowledge base, search index) and need nothing else: dependencies are bundled into dist/.
describe('the npm pack tarball', () => {
  it('installs into another folder and answers from its own data', () => {
    const work = mkdtempSync(join(tmpdir(), 'buyerdesk-pack-'))
    // dist/ is already built by `npm test`; skip prepare so packing does not rebuild it under a running test.
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: root, stdio: 'ignore' })
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!
    const app = join(work, 'app')
    execFileSync('mkdir', ['-p', app])
    writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}')
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, tarball)], { cwd: app, stdio: 'ignore' })
    const bin = join(app, 'node_modules/.bin/buyerdesk')
    const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })

    const check = run(['check', '--platform', 'amazon', '--issue', 'defective', '--ordered', '2026-10-20', '--delivered', '2026-10-25', '--today', '2026-11-22', '--json'])
    expect(check.stderr).toBe('')
    expect(JSON.parse(check.stdout).verdicts.refund).toMatchObject({ status: 'eligible', deadline: '2026-11-24' })
    const ask = run(['ask', '--json', '알리 환불 기한이 며칠이에요?'])
    expect(ask.status).toBe(0)
    expect(JSON.parse(ask.stdout).topic).not.toBeNull()
    const big = Array.from({ length: 30_000 }, (_, i) => JSON.stringify({ id: i, platform: 'aliexpress', ordered: '2026-11-01' })).join('\n')
    const stream = spawnSync(process.execPath, [bin, 'check', '-', '--today', '2026-11-22'], { input: big, encoding: 'utf8', env: { ...process.env, BUYERDESK_WORKERS: '2' }, maxBuffer: 1 << 28 })
    expect(stream.status).toBe(0)
    expect(stream.stdout.trim().split('\n')).toHaveLength(30_000)
  }, 120_000)
})
