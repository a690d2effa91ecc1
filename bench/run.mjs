#!/usr/bin/env node
// Benchmarks for buyerdesk (issue 16), every figure a ratio to its floor, measured side by side in one run:
//   - start-up: `node -e 0`, an empty ES module and an empty CommonJS file, then each command's one-off run
//     (with the compiled-code cache warm, and `check --json` once more without it);
//   - streams on generated orders: `jq -c .`, a Node line-echo floor, a parse-and-emit floor, then `check FILE`
//     in each output mode (full record, `--fields status`, a list of four fields), one thread and two workers;
//   - peak memory at 100k, 1M and 3M orders, one thread and two workers;
//   - `ask -` throughput.
// Commands run interleaved, round by round, each round starting at the next command; a figure is the median
// over rounds of the command's time divided by its floor's time in the same round (load that drifts moves both
// sides of a pair alike), with the spread of those ratios (first to third quartile). CPU time (user + system)
// comes from GNU time. The load average is recorded before and after each section. Writes bench/RESULTS.md.
//
//   node bench/run.mjs [--rounds N] [--startup-rounds N] [--orders N] [--quick]
import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'bench/out')
mkdirSync(out, { recursive: true })
const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(name)
  return i === -1 ? fallback : Number(args[i + 1])
}
const quick = args.includes('--quick')
const ROUNDS = opt('--rounds', quick ? 2 : 5)
const STARTUP_ROUNDS = opt('--startup-rounds', quick ? 10 : 30)
const ORDERS = opt('--orders', quick ? 200_000 : 1_000_000)
const BIN = join(root, 'bin/buyerdesk.js')
const NODE = process.execPath
const TIME = '/usr/bin/time'
if (!existsSync(TIME)) throw new Error('bench/run.mjs needs GNU time at /usr/bin/time (CPU time and peak memory)')
if (!existsSync(join(root, 'dist/kb-model.bin'))) throw new Error('run `npm run build` first')

// The compiled-code cache of this run's own (src/code-cache.ts), warmed by the first round.
const CACHE = join(out, 'code-cache')
rmSync(CACHE, { recursive: true, force: true })
const ENV = { ...process.env, NO_COLOR: '1', BUYERDESK_CACHE_DIR: CACHE }
delete ENV.NODE_DISABLE_COMPILE_CACHE

const sorted = (xs) => [...xs].sort((a, b) => a - b)
const quantile = (xs, q) => {
  const s = sorted(xs)
  const at = (s.length - 1) * q
  const lo = Math.floor(at)
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo)
}
const median = (xs) => quantile(xs, 0.5)
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ')

/** Deterministic orders of every platform, issue and shape, as a support team's export would have. */
async function generate(file, n) {
  if (existsSync(file) && statSync(file).size > 0 && countLines(file) === n) return
  const issues = ['not_received', 'late', 'defective', 'damaged', 'not_as_described', 'changed_mind']
  const base = Date.UTC(2025, 0, 1)
  const day = (d) => new Date(base + d * 86_400_000).toISOString().slice(0, 10)
  const stream = createWriteStream(file)
  let buf = ''
  for (let i = 0; i < n; i++) {
    const o = (i * 7919) % 600
    const r = { id: `ORD-${i}`, platform: i % 2 ? 'aliexpress' : 'amazon', issue: issues[i % 6], ordered: day(o) }
    if (i % 5 !== 0) r.shipped = day(o + 1 + (i % 4))
    if (i % 3 !== 0) r.delivered = day(o + 12 + (i % 40))
    else r.eta = day(o + 20 + (i % 30))
    if (i % 4 === 0) r.contacted = day(o + 25)
    buf += JSON.stringify(r) + '\n'
    if (buf.length > 1 << 20) {
      if (!stream.write(buf)) await new Promise((res) => stream.once('drain', res))
      buf = ''
    }
  }
  stream.end(buf)
  await new Promise((res) => stream.on('finish', res))
}

function countLines(file) {
  const r = spawnSync('wc', ['-l', file], { encoding: 'utf8' })
  return Number(r.stdout.trim().split(/\s+/)[0])
}

/** One run under GNU time, output to /dev/null: wall ms, CPU ms (user + system), peak RSS KiB. */
function measure([cmd, argv, env = {}], input) {
  return new Promise((resolve, reject) => {
    const child = spawn(TIME, ['-f', 'BENCH %e %U %S %M', cmd, ...argv], { stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'], env: { ...ENV, ...env } })
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    child.on('error', reject)
    if (input !== undefined) child.stdin.end(input)
    const start = process.hrtime.bigint()
    child.on('close', () => {
      const wall = Number(process.hrtime.bigint() - start) / 1e6
      const m = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(err)
      const status = /Command exited with non-zero status (\d+)/.exec(err)
      if (!m) return reject(new Error(`${cmd} ${argv.join(' ')}: no timing (${err.slice(0, 300)})`))
      if (status && !['1', '3'].includes(status[1])) return reject(new Error(`${cmd} ${argv.join(' ')} exited ${status[1]}: ${err.slice(0, 300)}`))
      resolve({ wall, cpu: (Number(m[2]) + Number(m[3])) * 1000, rss: Number(m[4]) })
    })
  })
}

/** Rounds of every case, each round starting at the next case; warm-up rounds are dropped. */
async function interleaved(cases, rounds, warmup = 0) {
  const runs = cases.map(() => [])
  for (let r = 0; r < rounds + warmup; r++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (r + k) % cases.length
      const m = await measure(cases[i].run, cases[i].input)
      if (r >= warmup) runs[i][r - warmup] = m
    }
  }
  return runs
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`)
const x = (v) => `${v.toFixed(2)}x`

/** A table of paired ratios to case `base` (wall), with spread, and CPU as a ratio of medians. */
function ratioTable(cases, runs, base, label, targets = {}) {
  const rows = cases.map((c, i) => {
    const ratios = runs[i].map((m, r) => m.wall / runs[base][r].wall)
    const cpu = median(runs[i].map((m) => m.cpu)) / median(runs[base].map((m) => m.cpu))
    const target = targets[c.name] ?? ''
    return `| ${c.name} | ${fmt(median(runs[i].map((m) => m.wall)))} | **${x(median(ratios))}** | ${x(quantile(ratios, 0.25))}–${x(quantile(ratios, 0.75))} | ${x(cpu)} | ${target} |`
  })
  return [`| command | median wall | paired ratio to ${label} | spread (q1–q3) | CPU ratio | target |`, '| --- | ---: | ---: | ---: | ---: | --- |', ...rows]
}

const jq = spawnSync('jq', ['--version'], { encoding: 'utf8' })
const hasJq = jq.status === 0
const sections = []
const loads = []

// 1. Start-up.
console.error('start-up…')
const emptyEsm = join(out, 'empty.mjs')
const emptyCjs = join(out, 'empty.cjs')
writeFileSync(emptyEsm, '')
writeFileSync(emptyCjs, '')
const TODAY = ['--today', '2026-11-22']
const ORDER = ['--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--shipped', '2026-09-04', '--delivered', '2026-11-10', ...TODAY]
const startupCases = [
  { name: '`node -e 0`', run: [NODE, ['-e', '0']] },
  { name: 'empty ES module', run: [NODE, [emptyEsm]] },
  { name: 'empty CommonJS file', run: [NODE, [emptyCjs]] },
  { name: '`buyerdesk --version`', run: [NODE, [BIN, '--version']] },
  { name: '`buyerdesk --help`', run: [NODE, [BIN, '--help']] },
  { name: '`buyerdesk check … --json`', run: [NODE, [BIN, 'check', ...ORDER, '--json']] },
  { name: '`buyerdesk check … --json`, no code cache', run: [NODE, [BIN, 'check', ...ORDER, '--json'], { NODE_DISABLE_COMPILE_CACHE: '1' }] },
  { name: '`buyerdesk check …` (human output)', run: [NODE, [BIN, 'check', ...ORDER]] },
  { name: '`buyerdesk ask "알리 분쟁 기한이 며칠이에요?"`', run: [NODE, [BIN, 'ask', '알리 분쟁 기한이 며칠이에요?']] },
  { name: '`buyerdesk ask --json "amazon return label"`', run: [NODE, [BIN, 'ask', '--json', 'amazon return label']] },
  { name: '`buyerdesk ask` (abstains)', run: [NODE, [BIN, 'ask', 'Cât costă un bilet de avion spre Paris?']] },
]
loads.push(['start-up', load()])
const startup = await interleaved(startupCases, STARTUP_ROUNDS, 2)
const le125 = '≤ 1.25x'
sections.push(
  '## Start-up of one process',
  '',
  ...ratioTable(startupCases, startup, 0, '`node -e 0`', {
    '`buyerdesk --help`': le125,
    '`buyerdesk check … --json`': le125,
    '`buyerdesk check …` (human output)': le125,
    '`buyerdesk ask "알리 분쟁 기한이 며칠이에요?"`': le125,
    '`buyerdesk ask --json "amazon return label"`': le125,
    '`buyerdesk ask` (abstains)': le125,
  }),
  '',
  `${STARTUP_ROUNDS} rounds after 2 warm-up rounds (which also fill the compiled-code cache, BUYERDESK_CACHE_DIR=bench/out/code-cache).`,
  '',
)
loads[loads.length - 1].push(load())

// 2. Streams.
const files = { 100_000: join(out, 'orders-100000.ndjson'), [ORDERS]: join(out, `orders-${ORDERS}.ndjson`), 3_000_000: join(out, 'orders-3000000.ndjson') }
console.error(`generating orders…`)
for (const [n, file] of Object.entries(files)) await generate(file, Number(n))
const big = files[ORDERS]
const echo = join(root, 'bench/floor-echo.mjs')
const parseEmit = join(root, 'bench/floor-parse.mjs')
const check = (extra, workers) => [NODE, [BIN, 'check', big, ...TODAY, ...extra], { BUYERDESK_WORKERS: String(workers) }]
const FOUR = ['--fields', 'id,refund.status,refund.deadline,dispute.status']
const streamCases = [
  ...(hasJq ? [{ name: '`jq -c .`', run: ['jq', ['-c', '.', big]] }] : []),
  { name: 'Node line echo (floor)', run: [NODE, [echo, big]] },
  { name: 'Node JSON.parse + JSON.stringify per line (floor)', run: [NODE, [parseEmit, big]] },
  { name: '`check FILE`, full record, one thread', run: check([], 0) },
  { name: '`check FILE`, full record, 2 workers', run: check([], 2) },
  { name: '`check FILE --fields status`, one thread', run: check(['--fields', 'status'], 0) },
  { name: '`check FILE --fields status`, 2 workers', run: check(['--fields', 'status'], 2) },
  { name: '`check FILE --fields id,refund.status,refund.deadline,dispute.status`, one thread', run: check(FOUR, 0) },
]
console.error('streams…')
loads.push(['streams', load()])
const stream = await interleaved(streamCases, ROUNDS)
loads[loads.length - 1].push(load())
sections.push(
  `## \`check\` on ${ORDERS.toLocaleString('en')} orders (${(statSync(big).size / 2 ** 20).toFixed(0)} MiB of NDJSON)`,
  '',
  ...ratioTable(streamCases, stream, 0, hasJq ? '`jq -c .`' : 'the line echo', {
    '`check FILE`, full record, one thread': '≤ 1.0x',
    '`check FILE`, full record, 2 workers': '≤ 0.7x (two free cores)',
    '`check FILE --fields status`, one thread': '≤ 0.5x',
    '`check FILE --fields status`, 2 workers': '≤ 0.5x',
  }),
  '',
  `${ROUNDS} rounds. Output goes to /dev/null. Workers are forced here (BUYERDESK_WORKERS=0 or 2); by default they start only when the load average leaves a core free. CPU ratio: median CPU time (user + system) over jq's; above 1 with workers, it is the cost of handing blocks over.`,
  '',
)

// 3. Peak memory.
console.error('peak memory…')
loads.push(['memory', load()])
const memRows = []
for (const workers of [0, 2]) {
  const rss = {}
  for (const [n, file] of Object.entries(files)) {
    const runs = []
    for (let i = 0; i < (quick ? 1 : 2); i++) runs.push((await measure([NODE, [BIN, 'check', file, ...TODAY], { BUYERDESK_WORKERS: String(workers) }])).rss)
    rss[n] = median(runs)
  }
  const ns = Object.keys(rss).sort((a, b) => a - b)
  memRows.push(`| ${workers === 0 ? 'one thread' : '2 workers'} | ${ns.map((n) => `${(rss[n] / 1024).toFixed(0)} MiB`).join(' | ')} | **${x(rss[ns[ns.length - 1]] / rss[ns[0]])}** |`)
}
loads[loads.length - 1].push(load())
const memNs = Object.keys(files).sort((a, b) => a - b)
sections.push(
  '## Peak memory of `check FILE` (full record)',
  '',
  `| | ${memNs.map((n) => `${Number(n).toLocaleString('en')} orders`).join(' | ')} | ${Number(memNs[memNs.length - 1]).toLocaleString('en')} over ${Number(memNs[0]).toLocaleString('en')} |`,
  `| --- | ${memNs.map(() => '---:').join(' | ')} | ---: |`,
  ...memRows,
  '',
  `Peak resident memory (GNU time), median of ${quick ? 1 : 2} runs. Target: 3M within 10% of 100k (≤ 1.10x).`,
  '',
)

// 4. `ask -` throughput.
console.error('ask -…')
const readLines = (file) => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text) : [])
const pool = [...readLines(join(root, 'bench/eval/sets/questions-extra.jsonl')), ...readLines(join(root, '../shared/eval/questions-dev.jsonl'))]
const N = 20_000
if (pool.length > 0) {
  const input = Array.from({ length: N }, (_, i) => pool[i % pool.length]).join('\n') + '\n'
  loads.push(['ask -', load()])
  const runs = []
  for (let i = 0; i < (quick ? 2 : 5); i++) runs.push(await measure([NODE, [BIN, 'ask', '-', '--json']], input))
  loads[loads.length - 1].push(load())
  const wall = median(runs.map((m) => m.wall))
  const cpu = median(runs.map((m) => m.cpu))
  sections.push(
    '## `ask -`',
    '',
    `${N.toLocaleString('en')} questions (bench/eval/sets and the shared dev set, repeated), median of ${runs.length} runs: ${fmt(wall)} → **${Math.round(N / (wall / 1000)).toLocaleString('en')} questions/second** by wall clock, process start included; ${Math.round(N / (cpu / 1000)).toLocaleString('en')} by CPU time. Target: ≥ 10,000.`,
    '',
  )
}

const machine = [
  `- Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${hasJq ? jq.stdout.trim() : 'jq not installed'}; ${new Date().toISOString().slice(0, 16)}Z.`,
  `- Load average (1, 5, 15 min) before → after each section: ${loads.map(([s, a, b]) => `${s} ${a} → ${b}`).join('; ')}. The machine is shared: read the paired ratios, not the absolute times.`,
]
const text = ['# Benchmark results', '', 'Made by `npm run bench` (bench/run.mjs): every figure side by side with its floor, in one run.', '', ...machine, '', ...sections].join('\n')
writeFileSync(join(root, 'bench/RESULTS.md'), text + '\n')
console.log(text)
