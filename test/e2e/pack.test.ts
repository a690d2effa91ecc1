import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
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

    // A global install puts the man page where man(1) finds it (package.json "man").
    const prefix = join(work, 'global')
    execFileSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(work, tarball)], { stdio: 'ignore' })
    if (spawnSync('sh', ['-c', 'command -v man']).status === 0) {
      const man = spawnSync('man', ['-M', join(prefix, 'share/man'), 'buyerdesk'], { encoding: 'utf8', env: { ...process.env, MANWIDTH: '80', PAGER: 'cat' } })
      expect(man.status).toBe(0)
      expect(man.stdout.replace(/.\x08/g, '')).toMatch(/^BUYERDESK\(1\)/)
    }
    expect(spawnSync(join(prefix, 'bin/buyerdesk'), ['completion', 'bash'], { encoding: 'utf8' }).stdout).toMatch(/complete -F __buyerdesk_complete buyerdesk/)

    // The library: the README's example, as written, from the installed package, printing what it says.
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const example = /<!-- api-example[^>]*-->\n```js\n([\s\S]*?)```/.exec(readme)![1]!
    writeFileSync(join(app, 'example.mjs'), example)
    const api = spawnSync(process.execPath, ['example.mjs'], { cwd: app, encoding: 'utf8' })
    expect(api.stderr).toBe('')
    expect(api.status).toBe(0)
    const promised = [...example.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]!.trim())
    expect(promised.length).toBeGreaterThanOrEqual(4)
    expect(api.stdout.trim().split('\n')).toEqual(promised)

    // Its declarations: a strict TypeScript user type-checks against the shipped .d.ts.
    writeFileSync(
      join(app, 'use.ts'),
      [
        "import { assess, loadPolicy, checkStream, searchFaq, OrderError, type VerdictRecord } from 'buyerdesk'",
        "const policy = await loadPolicy('amazon')",
        "const v: VerdictRecord = assess({ platform: 'amazon', ordered: '2026-11-20' }, policy, { lang: 'ko' })",
        'const status: string = v.verdicts.refund.status',
        "for await (const r of checkStream(process.stdin)) if (r.type === 'error') console.log(r.line, r.message)",
        "const topic: string | null = (await searchFaq('refund', { platform: 'aliexpress' })).topic",
        'console.log(status, topic, OrderError.name)',
        '',
      ].join('\n'),
    )
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', typeRoots: [join(root, 'node_modules/@types')], types: ['node'] }, files: ['use.ts'] }))
    writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true,"type":"module"}')
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app, encoding: 'utf8' })
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
    // A wrong use is caught by those types.
    writeFileSync(join(app, 'use.ts'), "import { assess } from 'buyerdesk'\nassess({ platform: 'amazon' }, null)\n")
    expect(spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app, encoding: 'utf8' }).status).not.toBe(0)
  }, 180_000)
})
