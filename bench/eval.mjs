// `npm run eval`: measure `buyerdesk ask` on the sets of bench/eval/manifest.json and write bench/eval/RESULTS.md.
//
// Every question goes through the built CLI (`buyerdesk ask - --json`), exactly as a user's would.
// Figures per set and language: top-1 accuracy on in-scope questions (the answer's topic is one of the
// accepted ones; an abstention counts as a miss), false abstention on in-scope ones, abstention on
// out-of-scope ones (`"topics": []`), and top-1 on the "canon" questions (the ones shoppers ask most).
//
// Options: --set=ID (one set), --role=ROLE, --bin=PATH (another build, to compare), --out=FILE (write the
// table there instead of RESULTS.md), --failures (write bench/out/failures.jsonl: never for held-out sets,
// whose failures nobody may look at before they become tuning sets).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const bin = resolve(opt('bin') ?? join(root, 'bin', 'buyerdesk.js'))
const onlySet = opt('set')
const onlyRole = opt('role')
const outFile = opt('out') ?? join(root, 'bench', 'eval', 'RESULTS.md')
const manifest = JSON.parse(readFileSync(join(root, 'bench', 'eval', 'manifest.json'), 'utf8'))

const readJsonl = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l))

/** FNV-1a: a stable split of a shared file that does not depend on line order. */
function fnv(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

function items(set) {
  const all = readJsonl(join(root, set.file)).map((x) => ({ lang: 'en', ...x }))
  if (set.split === 'even') return all.filter((x) => fnv(x.text) % 2 === 0)
  if (set.split === 'odd') return all.filter((x) => fnv(x.text) % 2 === 1)
  return all
}

function run(list) {
  const input = list.map((x) => x.text.replace(/\s+/g, ' ')).join('\n') + '\n'
  const out = spawnSync(process.execPath, [bin, 'ask', '-', '--json'], { input, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } })
  if (out.status !== 0 && out.status !== 1) throw new Error(`ask - failed (${out.status}): ${out.stderr}`)
  const records = out.stdout.trim().split('\n').map((l) => JSON.parse(l))
  if (records.length !== list.length) throw new Error(`expected ${list.length} answers, got ${records.length}`)
  return records
}

const empty = () => ({ inN: 0, correct: 0, abstainIn: 0, outN: 0, abstainOut: 0, canonN: 0, canon: 0 })
function add(s, item, r) {
  if (item.topics.length === 0) {
    s.outN++
    if (r.topic === null) s.abstainOut++
    return
  }
  s.inN++
  const ok = item.topics.includes(r.topic)
  if (r.topic === null) s.abstainIn++
  else if (ok) s.correct++
  if (item.canon) {
    s.canonN++
    if (ok) s.canon++
  }
}
const pct = (n, d) => (d === 0 ? '–' : (n / d).toFixed(3))
const figures = (s) => `${pct(s.correct, s.inN)} / ${pct(s.abstainIn, s.inN)} / ${pct(s.abstainOut, s.outN)}`

const rows = []
const failures = []
const byRole = new Map()
for (const set of manifest.sets) {
  if (onlySet && set.id !== onlySet) continue
  if (onlyRole && set.role !== onlyRole) continue
  const list = items(set)
  const records = run(list)
  const byLang = new Map()
  list.forEach((item, i) => {
    const r = records[i]
    for (const key of [item.lang, 'all']) {
      if (!byLang.has(key)) byLang.set(key, empty())
      add(byLang.get(key), item, r)
      const roleKey = `${set.role}|${key}`
      if (!byRole.has(roleKey)) byRole.set(roleKey, empty())
      add(byRole.get(roleKey), item, r)
    }
    const ok = item.topics.length === 0 ? r.topic === null : item.topics.includes(r.topic)
    if (!ok && set.role !== 'held_out') failures.push({ set: set.id, text: item.text, want: item.topics.join('|') || '(abstain)', got: r.topic ?? `(abstain ${r.abstain ?? ''}; top ${r.matches[0]?.topic ?? '-'} ${r.matches[0]?.score ?? ''})` })
  })
  const langs = [...byLang.keys()].filter((k) => k !== 'all').sort()
  for (const lang of langs.length > 1 ? [...langs, 'all'] : langs) {
    const s = byLang.get(lang)
    rows.push(`| ${set.id} | ${set.role} | ${lang} | ${s.inN} | ${pct(s.correct, s.inN)} | ${pct(s.abstainIn, s.inN)} | ${s.outN} | ${pct(s.abstainOut, s.outN)} | ${s.canonN ? pct(s.canon, s.canonN) : '–'} |`)
  }
  console.error(`${set.id} (${set.role}): ${list.length} questions`)
}

const roleRows = [...byRole.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([key, s]) => {
    const [role, lang] = key.split('|')
    return `| ${role} | ${lang} | ${s.inN} | ${figures(s)} | ${s.canonN ? pct(s.canon, s.canonN) : '–'} |`
  })

const firstRuns = manifest.sets
  .filter((s) => s.firstRun)
  .map((s) => `| ${s.id} | ${s.role} | ${s.firstRun} |${(s.runs ?? []).map((r) => ` ${r.search}: ${r.figures}`).join('<br>')} |`)

const md = `# Search evaluation (\`npm run eval\`)

Generated by \`bench/eval.mjs\` from \`bench/eval/manifest.json\` on ${new Date().toISOString().slice(0, 10)} with Node ${process.version}.
Every question goes through the built CLI (\`buyerdesk ask - --json\`). *top-1*: the answer's topic is one of the
accepted topics (an abstention counts as a miss); *false abstention*: in-scope questions answered with "I don't
know"; *abstention*: out-of-scope questions (\`"topics": []\`) declined; *canon*: top-1 on the questions shoppers ask
most (marked \`"canon": true\`). A set's role is in the manifest: **held_out** sets are reported here but their
failures are never listed; the *first run* column is the figure that counts for them.

## Pooled by role

| role | lang | in-scope | top-1 / false abstention / abstention | canon |
| --- | --- | ---: | --- | ---: |
${roleRows.join('\n')}

## First runs (from the manifest: top-1 / false abstention / abstention)

| set | role | first run | each search's one run on it |
| --- | --- | --- | --- |
${firstRuns.join('\n')}

## Per set, now

| set | role | lang | in-scope | top-1 | false abstention | out-of-scope | abstention | canon |
| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}
`
writeFileSync(outFile, md)
if (args.includes('--failures')) {
  mkdirSync(join(root, 'bench', 'out'), { recursive: true })
  writeFileSync(join(root, 'bench', 'out', 'failures.jsonl'), failures.map((f) => JSON.stringify(f)).join('\n') + '\n')
}
console.error(`wrote ${outFile}`)
