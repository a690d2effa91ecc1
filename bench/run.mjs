#!/usr/bin/env node
// Benchmarks for buyerdesk, each figure a ratio measured side by side in one run (issue 2, 3):
//   - `check -` on 1,000,000 generated orders against `jq -c .` echoing the same file;
//   - peak memory of `check -` on 1,000,000 orders against 100,000 (streaming, not buffering);
//   - one `check` process against `node -e 0`.
// Commands are interleaved round by round, so drift in machine load hits all of them alike;
// medians are reported. Then bench/ask.mjs (if present) adds its section. Writes bench/RESULTS.md.
//
//   node bench/run.mjs [--rounds N] [--orders N] [--quick]
import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
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
const ROUNDS = opt('--rounds', quick ? 3 : 7)
const ORDERS = opt('--orders', quick ? 200_000 : 1_000_000)
const STARTUP_RUNS = quick ? 10 : 30
const BIN = join(root, 'bin/buyerdesk.js')
const NODE = process.execPath

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Deterministic orders of every platform, issue and shape, as a support team's export would have. */
async function generate(file, n) {
  if (existsSync(file) && statSync(file).size > 0 && readFileSync(file, 'utf8').length > 0 && countLines(file) === n) return
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

/** Wall time of one run, output to /dev/null; rejects on a failed run. */
function time(cmd, argv, env = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } })
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6
      if (code !== 0 && code !== 1) reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}: ${err}`))
      else resolve(ms)
    })
  })
}

/** Peak resident memory (KiB) of a run, from GNU time. */
function peakRss(argv) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
  const kb = Number(r.stderr.trim().split('\n').pop())
  return Number.isFinite(kb) ? kb : NaN
}

async function interleaved(cases, rounds) {
  const times = cases.map(() => [])
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < cases.length; i++) times[i].push(await time(...cases[i].run))
  }
  return cases.map((c, i) => ({ name: c.name, median: median(times[i]), runs: times[i] }))
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`)
const table = (rows, base, label) => [
  `| command | median | ratio to ${label} |`,
  '| --- | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${fmt(r.median)} | ${(r.median / base).toFixed(2)}x |`),
]

const jq = spawnSync('jq', ['--version'], { encoding: 'utf8' })
const hasJq = jq.status === 0
const machine = [
  `- Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${hasJq ? jq.stdout.trim() : 'jq not installed'}`,
  `- Date: ${new Date().toISOString().slice(0, 10)}; ${ROUNDS} interleaved rounds for streams, ${STARTUP_RUNS} for start-up; medians. Machines here are shared and noisy: read the ratios, not the absolute times.`,
]
const sections = []

// 1. Stream throughput.
const big = join(out, `orders-${ORDERS}.ndjson`)
const small = join(out, `orders-${ORDERS / 10}.ndjson`)
console.error(`generating ${ORDERS} and ${ORDERS / 10} orders…`)
await generate(big, ORDERS)
await generate(small, ORDERS / 10)
const TODAY = ['--today', '2026-11-22']
const streamCases = [
  ...(hasJq ? [{ name: '`jq -c .` (echo only)', run: ['jq', ['-c', '.', big]] }] : []),
  { name: '`buyerdesk check FILE`', run: [NODE, [BIN, 'check', big, ...TODAY]] },
  { name: '`buyerdesk check FILE`, one thread (BUYERDESK_WORKERS=0)', run: [NODE, [BIN, 'check', big, ...TODAY], { BUYERDESK_WORKERS: '0' }] },
]
console.error('stream throughput…')
const stream = await interleaved(streamCases, ROUNDS)
const jqMedian = hasJq ? stream[0].median : stream[1].median
sections.push(`## \`check -\` on ${ORDERS.toLocaleString('en')} orders`, '', ...table(stream, jqMedian, hasJq ? 'jq' : 'buyerdesk'), '')
sections.push(`Throughput: ${Math.round(ORDERS / (stream[1].median / 1000)).toLocaleString('en')} orders/s (median). Output goes to /dev/null for every command.`, '')

// 2. Peak memory: 10x the orders must not mean 10x the memory.
console.error('peak memory…')
const rssBig = median([0, 1, 2].map(() => peakRss([NODE, BIN, 'check', big, ...TODAY])))
const rssSmall = median([0, 1, 2].map(() => peakRss([NODE, BIN, 'check', small, ...TODAY])))
sections.push(
  '## Peak memory (constant-memory streaming)',
  '',
  '| orders | peak RSS (median of 3) |',
  '| ---: | ---: |',
  `| ${(ORDERS / 10).toLocaleString('en')} | ${(rssSmall / 1024).toFixed(0)} MiB |`,
  `| ${ORDERS.toLocaleString('en')} | ${(rssBig / 1024).toFixed(0)} MiB |`,
  '',
  `Ratio ${(rssBig / rssSmall).toFixed(2)}x for ten times the orders (target: within 1.20x).`,
  '',
)

// 3. Start-up of one process.
console.error('start-up…')
const ORDER = ['--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--shipped', '2026-09-04', '--delivered', '2026-11-10', ...TODAY]
const startup = await interleaved(
  [
    { name: '`node -e 0`', run: [NODE, ['-e', '0']] },
    { name: '`buyerdesk check … --json`', run: [NODE, [BIN, 'check', ...ORDER, '--json']] },
    { name: '`buyerdesk check …` (human output)', run: [NODE, [BIN, 'check', ...ORDER]] },
  ],
  STARTUP_RUNS,
)
sections.push('## One `check` process', '', ...table(startup, startup[0].median, '`node -e 0`'), '')

// 4. `ask`, measured by its own script.
if (existsSync(join(root, 'bench/ask.mjs'))) {
  console.error('ask…')
  const r = spawnSync(NODE, [join(root, 'bench/ask.mjs'), ...(quick ? ['--quick'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  if (r.status === 0 && existsSync(join(out, 'ask.md'))) sections.push(readFileSync(join(out, 'ask.md'), 'utf8').trim(), '')
  else sections.push('## ask', '', `bench/ask.mjs failed (exit ${r.status}).`, '')
}

const text = ['# Benchmark results', '', 'Made by `npm run bench` (bench/run.mjs).', '', ...machine, '', ...sections].join('\n')
writeFileSync(join(root, 'bench/RESULTS.md'), text + '\n')
console.log(text)
