// Fits the FAQ model with given options and measures it in-process on the TUNING sets of bench/eval/manifest.json
// only (never a held-out one): top-1 / false abstention / out-of-scope abstention per language at a range of
// thresholds. Run: npx jiti bench/model/experiment.ts [dim=16] [epochs=12] [rate=0.4] [l2=1e-6]
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readKb } from '../../src/data/kb.js'
import { TOPIC_IDS } from '../../src/core/faq/topics.js'
import { trainModel, type Example } from '../../src/core/faq/train.js'
import { classify, features, OUT_OF_SCOPE } from '../../src/core/faq/model.js'
import { detectLang } from '../../src/core/faq/detect.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const arg = (name: string, def: number) => Number(process.argv.find((a) => a.startsWith(`${name}=`))?.split('=')[1] ?? def)
const readJsonl = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
const fnv = (text: string) => { let h = 0x811c9dc5; for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0 } return h }

const kb = await readKb(join(root, 'data', 'kb'))
const train: Example[] = [
  ...readJsonl(join(root, 'data/train/questions.jsonl')).map((x) => ({ text: x.text, label: x.topic })),
  ...readJsonl(join(root, 'data/train/out-of-scope.jsonl')).map((x) => ({ text: x.text, label: OUT_OF_SCOPE, weight: arg('oosw', 1) })),
]
const opts = { dim: 1 << arg('dim', 16), epochs: arg('epochs', 6), rate: arg('rate', 0.4), l2: arg('l2', 1e-6), dropout: arg('dropout', 0) }
const t0 = performance.now()
const model = trainModel(kb.entries, train, TOPIC_IDS, opts)
console.log(`trained on ${train.length} + KB in ${(performance.now() - t0).toFixed(0)} ms`, opts)
const manifest = JSON.parse(readFileSync(join(root, 'bench/eval/manifest.json'), 'utf8'))
const items: { lang: string; text: string; topics: string[]; set: string }[] = []
for (const set of manifest.sets) {
  if (set.role !== 'tuning') continue
  type Item = { lang: string; text: string; topics: string[]; set: string }
  let list: Item[] = readJsonl(join(root, set.file)).map((x: Omit<Item, 'set'>) => ({ lang: 'en', ...x, set: set.id }))
  if (set.split === 'even') list = list.filter((x) => fnv(x.text) % 2 === 0)
  if (set.split === 'odd') list = list.filter((x) => fnv(x.text) % 2 === 1)
  items.push(...list)
}
const preds = items.map((it) => {
  const p = classify(model.topics, features(it.text, model.topics.dim))
  let best = 0
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k
  return { label: model.topics.labels[best]!, p: p[best]! }
})
const groups = (name: string) => (name.startsWith('bitext') ? 'bitext' : detectLang('') ?? 'x')
for (const t of [0.2, 0.3, 0.4, 0.5, 0.6]) {
  const row: string[] = []
  for (const g of ['en', 'ko', 'ro', 'bitext']) {
    let inN = 0, ok = 0, fa = 0, outN = 0, ab = 0
    items.forEach((it, i) => {
      const isB = it.set.startsWith('bitext')
      if ((g === 'bitext') !== isB || (!isB && it.lang !== g)) return
      const { label, p } = preds[i]!
      const answered = label !== OUT_OF_SCOPE && p >= t
      if (it.topics.length === 0) { outN++; if (!answered) ab++ } else { inN++; if (!answered) fa++; else if (it.topics.includes(label)) ok++ }
    })
    row.push(`${g} ${(ok / inN).toFixed(3)}/${(fa / inN).toFixed(3)}/${(ab / outN).toFixed(3)}`)
  }
  console.log(`t=${t}: ${row.join('  ')}`)
}
void groups
if (process.argv.includes('--dump')) {
  const t = arg('t', 0.4)
  const lines: string[] = []
  items.forEach((it, i) => {
    const { label, p } = preds[i]!
    const answered = label !== OUT_OF_SCOPE && p >= t
    const ok = it.topics.length === 0 ? !answered : answered && it.topics.includes(label)
    if (!ok) lines.push(`${it.set}\t${it.lang}\t${it.topics.join('|') || '-'}\t${label}:${p.toFixed(2)}\t${it.text}`)
  })
  const { writeFileSync } = await import('node:fs')
  writeFileSync('/tmp/w14/fail.tsv', lines.join('\n') + '\n')
}
