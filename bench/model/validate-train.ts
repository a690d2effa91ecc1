// Checks a training file before it joins data/train (and every file already there): each line a JSON object
// {"lang", "topic" | "category", "text"}, a topic of shared/topics.json, the language the text is written in
// (detectLang agrees, or cannot tell), no text repeated within the file or already in another training file,
// and none equal to an evaluation question (bench/eval/sets and the shared sets of the manifest; compared as
// folded words, like the test). Prints the problems and a count per language; exit 1 on a problem.
// A Latin text that detectLang reads as the other Latin language is only a warning (its word lists are short:
// "customer care" reads as Romanian); Korean without Hangul, or Hangul in an en/ro line, is a problem.
// With --out=DIR, writes each file there without its problem lines (how a new file joins data/train).
// Run: npx jiti bench/model/validate-train.ts [--out=DIR] FILE.jsonl... (out of scope when the name starts "oos-" or "out-of-scope")
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { detectLang } from '../../src/core/faq/detect.js'
import { words } from '../../src/core/faq/features.js'
import { isTopic } from '../../src/core/faq/topics.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const readLines = (file: string) => readFileSync(file, 'utf8').split('\n').map((text, i) => ({ text, line: i + 1 })).filter((l) => l.text.trim() !== '')
const key = (text: string) => words(text).join(' ')

const manifest = JSON.parse(readFileSync(join(root, 'bench/eval/manifest.json'), 'utf8')) as { sets: { file: string }[] }
const evalTexts = new Set<string>()
for (const file of new Set(manifest.sets.map((s) => join(root, s.file)))) for (const { text } of readLines(file)) evalTexts.add(key((JSON.parse(text) as { text: string }).text))

const outDir = process.argv.find((a) => a.startsWith('--out='))?.slice(6)
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const trainDir = join(root, 'data/train')
let problems = 0
for (const file of files) {
  const name = basename(file)
  const others = new Set<string>()
  for (const f of readdirSync(trainDir).filter((f) => f.endsWith('.jsonl') && f !== name)) for (const { text } of readLines(join(trainDir, f))) others.add(key((JSON.parse(text) as { text: string }).text))
  const outOfScope = /^(out-of-scope|oos-)/.test(name)
  const seen = new Set<string>()
  const count: Record<string, number> = {}
  const kept: string[] = []
  let bad = false
  const report = (line: number, what: string) => {
    problems++
    bad = true
    console.log(`${name}:${line}: ${what}`)
  }
  for (const { text, line } of readLines(file)) {
    bad = false
    let v: Record<string, unknown>
    try {
      v = JSON.parse(text) as Record<string, unknown>
    } catch {
      report(line, 'not JSON')
      continue
    }
    const label = outOfScope ? v.category : v.topic
    if (typeof v.text !== 'string' || typeof label !== 'string' || !['en', 'ko', 'ro'].includes(v.lang as string)) {
      report(line, `expected {"lang": "en"|"ko"|"ro", "${outOfScope ? 'category' : 'topic'}": "...", "text": "..."}`)
      continue
    }
    if (!outOfScope && !isTopic(label)) report(line, `unknown topic "${label}"`)
    const detected = detectLang(v.text)
    // Korean must have Hangul; a Latin text detected as the other Latin language is flagged (undefined = no clue).
    if ((v.lang === 'ko') !== (detected === 'ko')) report(line, `lang "${v.lang as string}" but the text reads as ${detected ?? 'unknown'}: ${v.text}`)
    else if (detected !== undefined && detected !== v.lang) console.log(`${name}:${line}: warning: lang "${v.lang as string}" but detectLang reads ${detected}: ${v.text}`)
    const k = key(v.text)
    if (evalTexts.has(k)) report(line, `equal to an evaluation question: ${v.text}`)
    if (seen.has(k)) report(line, `repeated in the file: ${v.text}`)
    else if (others.has(k)) report(line, `already in another training file: ${v.text}`)
    seen.add(k)
    if (bad) continue
    kept.push(JSON.stringify({ lang: v.lang, [outOfScope ? 'category' : 'topic']: label, text: v.text }))
    count[v.lang as string] = (count[v.lang as string] ?? 0) + 1
  }
  console.log(`${name}: kept ${JSON.stringify(count)}`)
  if (outDir !== undefined) writeFileSync(join(outDir, name), kept.join('\n') + '\n')
}
process.exit(problems > 0 && outDir === undefined ? 1 : 0)
