// Fits the FAQ model as the build does and prints, for each line of a file (or each argument after --), the three
// most probable classes and the out-of-scope probability: to see which words move a question, by trying variants.
// Run: npx jiti bench/model/probe.ts FILE | -- "text" "text"...
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readKb, readLexicons, readTraining } from '../../src/data/kb.js'
import { TOPIC_IDS } from '../../src/core/faq/topics.js'
import { trainModel } from '../../src/core/faq/train.js'
import { classify, features } from '../../src/core/faq/model.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const dash = process.argv.indexOf('--')
const texts = dash >= 0 ? process.argv.slice(dash + 1) : readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.trim())
const kb = await readKb(join(root, 'data', 'kb'))
const { lexicon } = await readLexicons()
const model = trainModel(kb.entries, readTraining(join(root, 'data/train')), TOPIC_IDS, {}, lexicon)
for (const text of texts) {
  const p = classify(model.topics, features(text, model.topics.dim))
  const order = [...p.keys()].sort((a, b) => p[b]! - p[a]!)
  const oos = p[model.topics.labels.length - 1]!
  console.log(`${order.slice(0, 3).map((k) => `${model.topics.labels[k]} ${p[k]!.toFixed(2)}`).join(', ')}; oos ${oos.toFixed(2)}\t${text}`)
}
