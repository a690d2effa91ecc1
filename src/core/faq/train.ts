import type { Lang } from '../lang.js'
import { features } from './features.js'
import { OUT_OF_SCOPE, type EntryVectors, type FaqModel, type TopicModel } from './model.js'
import { otherShopNamed, type ShopLexicon } from './search.js'
import type { KbEntry } from './types.js'

/**
 * Fitting the FAQ model at build time (src/build-index.ts), from labelled questions: the KB's phrasings, the
 * training questions of data/train and its out-of-scope set. Pure and deterministic (seeded order).
 *
 * Multinomial logistic regression, AdaGrad over shuffled examples, L2 on the weights a step touches. Each
 * question is its binary feature vector scaled to unit length, so a long story weighs no more than a
 * keyword query. (bench/eval/MODEL.md: what was tried and measured.)
 */

export interface Example {
  text: string
  /** A topic id, or OUT_OF_SCOPE. */
  label: string
  /** How much the example counts (KB keywords less than whole questions). */
  weight?: number
}

export interface TrainOptions {
  dim: number
  epochs: number
  rate: number
  l2: number
  threshold: Record<Lang, number>
  outOfScopeRatio: Record<Lang, number>
  seed: number
  /** Each time an example is seen, this share of its features is left out (dropout), so no one n-gram decides. */
  dropout: number
}

/**
 * The abstention settings per language: the best topic's probability under which `ask` is unsure, and how many
 * times more probable the out-of-scope class must be (TopicModel.outOfScopeRatio). Chosen on the tuning sets of
 * bench/eval/manifest.json (never a held-out one) by the rule of bench/eval/MODEL.md: among the settings within
 * 0.005 of the largest worst margin to the three targets, the one with the largest out-of-scope abstention
 * (bench/model/experiment.ts prints the choice).
 */
export const THRESHOLDS: Record<Lang, number> = { en: 0.1, ko: 0.25, ro: 0.2 }
export const OUT_OF_SCOPE_RATIOS: Record<Lang, number> = { en: 3, ko: 1, ro: 1.5 }

export const TRAIN_DEFAULTS: TrainOptions = { dim: 1 << 16, epochs: 6, rate: 0.4, l2: 3e-4, threshold: THRESHOLDS, outOfScopeRatio: OUT_OF_SCOPE_RATIOS, seed: 14, dropout: 0 }

function shuffle<T>(list: T[], seed: number): T[] {
  let a = seed >>> 0
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[list[i], list[j]] = [list[j]!, list[i]!]
  }
  return list
}

/** The examples the KB itself gives: every phrasing and title of an entry labelled with its topic; keywords weigh less. */
export function kbExamples(entries: readonly KbEntry[]): Example[] {
  const out: Example[] = []
  for (const e of entries) {
    for (const list of Object.values(e.questions)) for (const text of list) out.push({ text, label: e.topic })
    for (const text of Object.values(e.title)) out.push({ text, label: e.topic })
    for (const list of Object.values(e.keywords)) for (const text of list) out.push({ text, label: e.topic, weight: 0.3 })
  }
  return out
}

/** Fit the topic classifier: `labels` are the topics, OUT_OF_SCOPE is added last. */
export function trainTopics(examples: readonly Example[], topics: readonly string[], options: Partial<TrainOptions> = {}): TopicModel {
  const o = { ...TRAIN_DEFAULTS, ...options }
  const labels = [...topics, OUT_OF_SCOPE]
  const c = labels.length
  const index = new Map(labels.map((l, i) => [l, i]))
  const data = examples.map((ex) => {
    const y = index.get(ex.label)
    if (y === undefined) throw new Error(`training example "${ex.text}": unknown label "${ex.label}"`)
    return { feats: features(ex.text, o.dim), y, weight: ex.weight ?? 1 }
  })
  const w = new Float32Array(o.dim * c)
  const g2 = new Float32Array(o.dim * c).fill(1e-8)
  const bias = new Float32Array(c)
  const b2 = new Float32Array(c).fill(1e-8)
  const z = new Float64Array(c)
  let state = o.seed >>> 0
  const rand = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const example of shuffle([...data], o.seed + epoch)) {
      const { y, weight } = example
      const feats = o.dropout > 0 && example.feats.length > 3 ? example.feats.filter(() => rand() >= o.dropout) : example.feats
      if (feats.length === 0) continue
      const x = 1 / Math.sqrt(feats.length)
      z.set(bias)
      for (const f of feats) for (let k = 0; k < c; k++) z[k]! += w[f * c + k]! * x
      let max = -Infinity
      for (let k = 0; k < c; k++) if (z[k]! > max) max = z[k]!
      let sum = 0
      for (let k = 0; k < c; k++) sum += z[k] = Math.exp(z[k]! - max)
      for (let k = 0; k < c; k++) {
        const g = (z[k]! / sum - (k === y ? 1 : 0)) * weight
        b2[k]! += g * g
        bias[k]! -= (o.rate * g) / Math.sqrt(b2[k]!)
        for (const f of feats) {
          const at = f * c + k
          const gw = g * x + o.l2 * w[at]!
          g2[at]! += gw * gw
          w[at]! -= (o.rate * gw) / Math.sqrt(g2[at]!)
        }
      }
    }
  }
  let maxAbs = 0
  for (const v of w) if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v)
  const scale = maxAbs === 0 ? 1 : maxAbs / 127
  const weights = new Int8Array(w.length)
  for (let i = 0; i < w.length; i++) weights[i] = Math.round(w[i]! / scale)
  return { dim: o.dim, labels, weights, scale, bias, threshold: o.threshold, outOfScopeRatio: o.outOfScopeRatio }
}

/** The features kept per entry centroid. */
export const CENTROID_FEATURES = 700

/** Each entry's centroid over its phrasings, titles and keywords in every language, unit length. */
export function entryVectors(entries: readonly KbEntry[], dim: number): EntryVectors {
  const ids: string[] = []
  const starts = [0]
  const buckets: number[] = []
  const values: number[] = []
  for (const e of entries) {
    const sum = new Map<number, number>()
    const texts = [...Object.values(e.questions).flat(), ...Object.values(e.title), ...Object.values(e.keywords).flat()]
    for (const text of texts) {
      const feats = features(text, dim)
      for (const f of feats) sum.set(f, (sum.get(f) ?? 0) + 1 / Math.sqrt(feats.length))
    }
    // Only the entry's strongest features: its centroid is read for every question whose topic it has, and
    // the weak tail (n-grams of one phrasing) hardly moves the cosine (bench/eval/MODEL.md).
    const kept = [...sum.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CENTROID_FEATURES)
    const norm = Math.sqrt(kept.reduce((s, [, v]) => s + v * v, 0)) || 1
    for (const [f, v] of kept.sort((a, b) => a[0] - b[0])) {
      buckets.push(f)
      values.push(v / norm)
    }
    ids.push(e.id)
    starts.push(buckets.length)
  }
  return { ids, starts: Uint32Array.from(starts), buckets: Uint32Array.from(buckets), values: Float32Array.from(values) }
}

/**
 * The examples the model learns from, given the shop names `ask` abstains on before the model (search.ts):
 * an out-of-scope example that names another shop is the lexicon's to decide, so it is left out; kept, its
 * shopping words ("refund not showing", "charged twice") would count as out of scope in questions about the
 * shops buyerdesk covers (bench/eval/MODEL.md).
 */
export function modelExamples(examples: readonly Example[], lexicon?: ShopLexicon): Example[] {
  if (lexicon === undefined) return [...examples]
  return examples.filter((e) => e.label !== OUT_OF_SCOPE || otherShopNamed(lexicon, e.text) === undefined)
}

/** The whole model: topics from the examples (without those the shop lexicon decides), entries from the KB. */
export function trainModel(entries: readonly KbEntry[], examples: readonly Example[], topics: readonly string[], options: Partial<TrainOptions> = {}, lexicon?: ShopLexicon): FaqModel {
  const topicModel = trainTopics([...kbExamples(entries), ...modelExamples(examples, lexicon)], topics, options)
  return { topics: topicModel, entries: entryVectors(entries, topicModel.dim) }
}
