#!/usr/bin/env node
// A short start-up check, for a loaded machine between full runs of bench/run.mjs: `node -e 0` and four one-off
// commands, interleaved round by round; each figure is the median over rounds of the command's wall time over
// `node -e 0`'s in the same round, with the spread (q1–q3). The code cache is bench/run.mjs's (warmed first).
//
//   node bench/startup-pairs.mjs [rounds]
import { spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const BIN = join(root, 'bin/buyerdesk.js')
const ROUNDS = Number(process.argv[2] ?? 60)
const ORDER = ['--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--shipped', '2026-09-04', '--delivered', '2026-11-10', '--today', '2026-11-22']
const env = { ...process.env, NO_COLOR: '1', BUYERDESK_CACHE_DIR: join(root, 'bench/out/code-cache') }
delete env.NODE_DISABLE_COMPILE_CACHE
const FLOOR = ['-e', '0']
const cases = {
  '`buyerdesk --help`': [BIN, '--help'],
  '`buyerdesk check … --json`': [BIN, 'check', ...ORDER, '--json'],
  '`buyerdesk check …` (human output)': [BIN, 'check', ...ORDER],
  '`buyerdesk ask --json "amazon return label"`': [BIN, 'ask', '--json', 'amazon return label'],
}
const wall = (argv) => {
  const start = process.hrtime.bigint()
  spawnSync(process.execPath, argv, { env, stdio: 'ignore' })
  return Number(process.hrtime.bigint() - start) / 1e6
}
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b)
  const at = (s.length - 1) * q
  const lo = Math.floor(at)
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo)
}
for (const argv of Object.values(cases)) wall(argv)
const before = loadavg().map((l) => l.toFixed(2)).join(' ')
const floor = []
const ratios = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
for (let r = 0; r < ROUNDS; r++) {
  const base = wall(FLOOR)
  floor.push(base)
  for (const [name, argv] of Object.entries(cases)) ratios[name].push(wall(argv) / base)
}
console.log(`${ROUNDS} rounds; load average ${before} → ${loadavg().map((l) => l.toFixed(2)).join(' ')}; \`node -e 0\` median ${quantile(floor, 0.5).toFixed(1)} ms`)
for (const [name, rs] of Object.entries(ratios)) console.log(`| ${name} | **${quantile(rs, 0.5).toFixed(2)}x** | ${quantile(rs, 0.25).toFixed(2)}x–${quantile(rs, 0.75).toFixed(2)}x |`)
