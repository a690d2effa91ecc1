// `node bench/ask.mjs`: start-up of one `buyerdesk ask` process against `node -e 0`, measured side by side
// in one run, and the throughput of `ask -`. Prints a markdown section and writes it to bench/out/ask.md.
//
// Start-up: hyperfine when installed (`-N`, warm-up 3, ≥ 15 runs each, medians), else a small runner that
// alternates the commands (spawnSync) so machine load hits each of them alike. Ratios are medians over medians.
// Throughput: `ask - --json` over 20,000 questions (our own extra questions and the dev set, repeated),
// five runs, median; the figure includes the process start, so it understates the steady rate.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(root, 'bin', 'buyerdesk.js')
const RUNS = Number(process.env.BENCH_RUNS ?? 31)
if (!existsSync(join(root, 'dist', 'kb-model.bin'))) {
  console.error('bench/ask.mjs: run `npm run build` first (dist/kb-model.bin is missing)')
  process.exit(1)
}

const node = process.execPath
const CASES = [
  { name: '`node -e 0`', args: ['-e', '0'] },
  // For reference: what any buyerdesk command costs before it does anything (entry, commander, settings).
  { name: '`buyerdesk --version` (reference)', args: [bin, '--version'] },
  { name: '`buyerdesk ask "알리 분쟁 기한이 며칠이에요?"` (answer)', args: [bin, 'ask', '알리 분쟁 기한이 며칠이에요?'] },
  { name: '`buyerdesk ask --json "amazon return label"`', args: [bin, 'ask', '--json', 'amazon return label'] },
  { name: '`buyerdesk ask "Cât costă un bilet de avion spre Paris?"` (abstains)', args: [bin, 'ask', 'Cât costă un bilet de avion spre Paris?'] },
]

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const quote = (a) => (/^[\w./=-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)

function startupWithHyperfine() {
  const out = join(tmpdir(), `buyerdesk-bench-${process.pid}.json`)
  const cmds = CASES.map((c) => [node, ...c.args].map(quote).join(' '))
  const r = spawnSync('hyperfine', ['-N', '--warmup', '3', '--runs', String(RUNS), '--export-json', out, ...cmds], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  if (r.status !== 0) return null
  const json = JSON.parse(readFileSync(out, 'utf8'))
  return { tool: `hyperfine -N, warm-up 3, ${RUNS} runs each`, medians: json.results.map((x) => x.median * 1000) }
}

function startupWithNode() {
  const times = CASES.map(() => [])
  // Each round starts at the next command: a periodic stall of the machine (seen here: one command's median
  // 1.8x while its neighbours' stayed put) cannot fall on the same command round after round.
  for (let i = 0; i < RUNS + 3; i++) {
    for (let k = 0; k < CASES.length; k++) {
      const j = (i + k) % CASES.length
      const t0 = process.hrtime.bigint()
      spawnSync(node, CASES[j].args, { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } })
      if (i >= 3) times[j].push(Number(process.hrtime.bigint() - t0) / 1e6)
    }
  }
  // Paired: each round's time over `node -e 0`'s in the same round, then the median of those ratios. Load
  // that drifts over seconds moves both sides of a pair alike and drops out.
  const paired = times.map((ts) => median(ts.map((t, round) => t / times[0][round])))
  return { tool: `node runner (spawnSync, alternating, each round starting at the next command, ${RUNS} runs each after 3 warm-ups)`, medians: times.map(median), paired }
}

const hasHyperfine = spawnSync('hyperfine', ['--version']).status === 0
const startup = (hasHyperfine && startupWithHyperfine()) || startupWithNode()
const base = startup.medians[0]

// Throughput of `ask -`.
const readLines = (file) => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text) : [])
const pool = [...readLines(join(root, 'bench', 'eval', 'sets', 'questions-extra.jsonl')), ...readLines(join(root, '..', 'shared', 'eval', 'questions-dev.jsonl'))]
const N = 20000
const input = Array.from({ length: N }, (_, i) => pool[i % pool.length]).join('\n') + '\n'
const streamTimes = []
for (let i = 0; i < 5; i++) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(node, [bin, 'ask', '-', '--json'], { input, encoding: 'utf8', maxBuffer: 1 << 30 })
  streamTimes.push(Number(process.hrtime.bigint() - t0) / 1e6)

  if (r.status !== 0) throw new Error(`ask - failed: ${r.stderr}`)
  if (r.stdout.split('\n').length - 1 !== N) throw new Error('ask - did not answer every line')
}
const streamMs = median(streamTimes)
const qps = N / (streamMs / 1000)
// bash's `times` after the run: the children's user and system CPU time, which the machine's other load does not inflate.
const cpu = spawnSync('bash', ['-c', `${quote(node)} ${quote(bin)} ask - --json > /dev/null; times`], { input, encoding: 'utf8' })
const secs = (t) => { const m = /(\d+)m([\d.]+)s/.exec(t); return m ? Number(m[1]) * 60 + Number(m[2]) : NaN }
const [user, sys] = (cpu.stdout.trim().split('\n').pop() ?? '').split(/\s+/).map(secs)
const cpuQps = N / (user + sys)

const lines = [
  '## `buyerdesk ask` speed',
  '',
  `Measured by \`node bench/ask.mjs\` on ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${cpus().length} CPUs; start-up with ${startup.tool}.`,
  '',
  ...(startup.paired
    ? [
        '| command | median | ratio of medians | median of paired ratios |',
        '| --- | ---: | ---: | ---: |',
        ...CASES.map((c, i) => `| ${c.name} | ${startup.medians[i].toFixed(1)} ms | ${(startup.medians[i] / base).toFixed(2)}x | ${startup.paired[i].toFixed(2)}x |`),
        '',
        'Paired ratio: each round, the command\'s time over `node -e 0`\'s in the same round; the median over rounds.',
      ]
    : ['| command | median | ratio to `node -e 0` |', '| --- | ---: | ---: |', ...CASES.map((c, i) => `| ${c.name} | ${startup.medians[i].toFixed(1)} ms | ${(startup.medians[i] / base).toFixed(2)}x |`)]),
  '',
  `\`buyerdesk ask - --json\` over ${N.toLocaleString('en')} questions: median ${streamMs.toFixed(0)} ms of 5 runs → **${Math.round(qps).toLocaleString('en')} questions/second** (wall clock, process start included); by CPU time (user + system, not inflated by the machine's other load) ${Math.round(cpuQps).toLocaleString('en')} questions/second.`,
  '',
  'Targets: one `ask` at most 1.5x `node -e 0`; `ask -` at least 5,000 questions/second; the shipped model and KB (dist/kb-model.bin) under 5 MB: ' + `${(statSync(join(root, 'dist', 'kb-model.bin')).size / 1e6).toFixed(2)} MB.`,
  '',
]
const md = lines.join('\n')
mkdirSync(join(root, 'bench', 'out'), { recursive: true })
writeFileSync(join(root, 'bench', 'out', 'ask.md'), md)
console.log(md)
