// Sweeps the abstention threshold per language on the TUNING sets of bench/eval/manifest.json (never a
// held-out one), from the built CLI's --json records (matches[0].score is the best topic's probability), and
// prints, per language, each threshold's top-1 / false abstention / out-of-scope abstention and its worst
// margin to the targets (top-1 0.95, false abstention 0.03, abstention 0.90). Run after `npm run build`.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const readJsonl = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
const manifest = JSON.parse(readFileSync(join(root, 'bench/eval/manifest.json'), 'utf8'))
const items = []
for (const set of manifest.sets) {
  if (set.role !== 'tuning' || set.id.startsWith('bitext')) continue
  items.push(...readJsonl(join(root, set.file)).map((x) => ({ lang: 'en', ...x })))
}
const input = items.map((x) => x.text.replace(/\s+/g, ' ')).join('\n') + '\n'
const out = spawnSync(process.execPath, [join(root, 'bin/buyerdesk.js'), 'ask', '-', '--json'], { input, encoding: 'utf8', maxBuffer: 1 << 30 })
const records = out.stdout.trim().split('\n').map((l) => JSON.parse(l))
for (const lang of ['en', 'ko', 'ro']) {
  const rows = []
  for (let t = 0.1; t <= 0.71; t += 0.05) {
    let inN = 0, ok = 0, fa = 0, outN = 0, ab = 0
    items.forEach((it, i) => {
      if (it.lang !== lang) return
      const r = records[i]
      const top = r.matches[0]
      const answered = (r.abstain === null || r.abstain === 'unsure') && top !== undefined && top.score >= t
      if (it.topics.length === 0) { outN++; if (!answered) ab++ } else { inN++; if (!answered) fa++; else if (it.topics.includes(top.topic)) ok++ }
    })
    const m = [ok / inN - 0.95, 0.03 - fa / inN, ab / outN - 0.9]
    rows.push(`${t.toFixed(2)}: ${(ok / inN).toFixed(3)} / ${(fa / inN).toFixed(3)} / ${(ab / outN).toFixed(3)}  worst margin ${Math.min(...m).toFixed(3)}`)
  }
  console.log(`${lang}\n  ${rows.join('\n  ')}`)
}
