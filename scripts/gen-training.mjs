// Generates the training questions of `ask`'s model (data/train/questions.jsonl, data/train/out-of-scope.jsonl)
// from the hand-written fragments in data/train/fragments/{en,ko,ro}.json: each fragment is a short phrasing of
// a topic (or of an out-of-scope question), combined with the slots it names ({shop}, {item}, {n}, {other}),
// an opening and a closing as shoppers type them, and the noise of real typing (a typo, no diacritics, Korean
// without spaces). Deterministic (seeded), so the files change only when the fragments do.
//
// These are TRAINING data: never copy an evaluation question (bench/eval/sets) into a fragment.
// Usage: node scripts/gen-training.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const VARIANTS = 9
const OOS_VARIANTS = 14

/** mulberry32: a small seeded generator, so the output is the same on every run. */
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function typo(text, rand) {
  const words = text.split(' ')
  const i = Math.floor(rand() * words.length)
  const w = words[i]
  if (w.length < 5) return text
  const j = 1 + Math.floor(rand() * (w.length - 2))
  const kind = rand()
  words[i] = kind < 0.4 ? w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2) : kind < 0.8 ? w.slice(0, j) + w.slice(j + 1) : w.slice(0, j) + w[j] + w.slice(j)
  return words.join(' ')
}

const RO_ACCENTS = [
  [/\bsa\b/g, 'să'], [/\bvanzator/g, 'vânzător'], [/\bcat\b/g, 'cât'], [/\bcand\b/g, 'când'], [/\bramburs/g, 'ramburs'],
  [/\bplatesc\b/g, 'plătesc'], [/\binapoi\b/g, 'înapoi'], [/\bdisputa\b/g, 'disputa'], [/\bcomanda\b/g, 'comanda'], [/\bpot\b/g, 'pot'],
  [/\bintrebare\b/g, 'întrebare'], [/\bmultumesc\b/g, 'mulțumesc'], [/\bbanii\b/g, 'banii'], [/\bnu am\b/g, 'nu am'], [/\bsi\b/g, 'și'],
  [/\bprimesc\b/g, 'primesc'], [/\bunde\b/g, 'unde'], [/\btaxa\b/g, 'taxă'], [/\bvama\b/g, 'vamă'], [/\bparola\b/g, 'parola'],
]

function fill(template, slots, rand, other) {
  return template.replace(/\{(\w+)\}/g, (_, name) => {
    const values = name === 'other' ? other : slots[name]
    if (!values) throw new Error(`unknown slot {${name}} in "${template}"`)
    return values[Math.floor(rand() * values.length)]
  })
}

function vary(lang, core, frag, rand, other, inScope) {
  const pick = (list) => list[Math.floor(rand() * list.length)]
  let text = fill(core, frag.slots, rand, other)
  // A request opening ("i need help to", "cum pot sa") before the phrasing, as customer-service chats start.
  const opening = rand() < (lang === "en" ? 0.35 : 0.25) ? pick(frag.request_prefixes) : pick(frag.prefixes)
  text = opening + text + pick(frag.suffixes)
  // A story before the question: what was bought and when (in scope only), or a few words of life (both, so
  // that they tell nothing either way).
  const story = rand()
  if (inScope && story < 0.4) text = fill(pick(frag.stories.shopping), frag.slots, rand, other) + ' ' + (rand() < 0.4 ? fill(pick(frag.stories.shopping), frag.slots, rand, other) + ' ' : '') + text
  else if (story > 0.88) text = pick(frag.stories.life) + ' ' + text
  if (lang === 'ko') {
    if (rand() < 0.3) text = text.replace(/ /g, '')
  } else {
    if (rand() < 0.2) text = typo(text, rand)
    if (lang === 'ro' && rand() < 0.3) for (const [re, to] of RO_ACCENTS) text = text.replace(re, to)
    if (rand() < 0.15) text = text[0].toUpperCase() + text.slice(1)
  }
  return text.replace(/\s+/g, ' ').trim()
}

// Never an evaluation question: any generated text that is one (compared without case, diacritics or
// punctuation) is left out, and counted.
const norm = (t) => t.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? ''
const evalDir = join(root, 'bench', 'eval', 'sets')
const evalTexts = new Set(
  readdirSync(evalDir).flatMap((f) =>
    readFileSync(join(evalDir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => norm(JSON.parse(l).text)),
  ),
)
let dropped = 0
const validateFragments = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(root, 'data', 'schema', 'fragments.schema.json'), 'utf8')))
const questions = []
const outOfScope = []
for (const lang of ['en', 'ko', 'ro']) {
  const frag = JSON.parse(readFileSync(join(root, 'data', 'train', 'fragments', `${lang}.json`), 'utf8'))
  if (!validateFragments(frag)) {
    console.error(`data/train/fragments/${lang}.json: invalid fragments`)
    for (const e of validateFragments.errors) console.error(`  ${e.instancePath || '(root)'}: ${e.message}`)
    process.exit(1)
  }
  // (Topic ids are checked by the build, which refuses a training question of an unknown topic with its line.)
  const rand = rng(lang === 'en' ? 1 : lang === 'ko' ? 2 : 3)
  for (const [topic, cores] of Object.entries(frag.topics)) {
    const seen = new Set()
    for (const core of cores) {
      for (let v = 0; v < VARIANTS; v++) {
        const text = v === 0 ? fill(core, frag.slots, rand, frag.other).replace(/\s+/g, ' ').trim() : vary(lang, core, frag, rand, frag.other, true)
        if (text === '' || seen.has(text)) continue
        seen.add(text)
        if (evalTexts.has(norm(text))) {
          dropped++
          continue
        }
        questions.push({ lang, topic, text })
      }
    }
  }
  for (const [category, cores] of Object.entries(frag.out_of_scope)) {
    const seen = new Set()
    for (const core of cores) {
      for (let v = 0; v < OOS_VARIANTS; v++) {
        const text = vary(lang, core, frag, rand, frag.other, false)
        if (text === '' || seen.has(text)) continue
        seen.add(text)
        if (evalTexts.has(norm(text))) {
          dropped++
          continue
        }
        outOfScope.push({ lang, category, text })
      }
    }
  }
}
const jsonl = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n'
writeFileSync(join(root, 'data', 'train', 'questions.jsonl'), jsonl(questions))
writeFileSync(join(root, 'data', 'train', 'out-of-scope.jsonl'), jsonl(outOfScope))
console.log(`data/train: ${questions.length} questions, ${outOfScope.length} out of scope (${dropped} left out: the same as an evaluation question)`)
