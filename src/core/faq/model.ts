import type { Lang } from '../lang.js'
import { features } from './features.js'

/**
 * The FAQ model as `ask` runs it (format: src/core/faq/FORMAT.md). Pure.
 *
 * - topics: a multinomial logistic regression over the hashed n-grams of src/core/faq/features.ts, one class
 *   per topic of shared/topics.json plus OUT_OF_SCOPE, fitted at build time (train.ts) on data/train and the
 *   KB's phrasings. Its probabilities decide whether to answer and with which topic.
 * - entries: within the chosen topic, the KB entry whose phrasings are closest (cosine of the same features
 *   against each entry's centroid), among the entries of the question's shop.
 */

/** The label of the out-of-scope class. */
export const OUT_OF_SCOPE = '-'

export interface TopicModel {
  /** Hash buckets, a power of two. */
  dim: number
  /** Class labels: topic ids, and OUT_OF_SCOPE. */
  labels: string[]
  /** dim × labels.length weights, bucket-major, quantised: weight = value × scale. */
  weights: Int8Array
  scale: number
  bias: Float32Array
  /** Below this probability of its best topic, by the question's language, the model is unsure and `ask` abstains. */
  threshold: Record<Lang, number>
  /**
   * By language, how many times more probable than the best topic the out-of-scope class must be for `ask` to
   * abstain as out of scope (1: whichever is more probable; more: the out-of-scope class's prior is discounted,
   * as its thousands of hard negatives make it overconfident on in-scope questions).
   */
  outOfScopeRatio: Record<Lang, number>
}

/** Each entry's centroid: sparse, sorted buckets and their weights, unit length. */
export interface EntryVectors {
  ids: string[]
  /** ids.length + 1 offsets into buckets/values. */
  starts: Uint32Array
  buckets: Uint32Array
  values: Float32Array
}

export interface FaqModel {
  topics: TopicModel
  entries: EntryVectors
}

/** The probabilities of each class (same order as labels) for a question's features. */
export function classify(model: TopicModel, feats: Uint32Array): Float64Array {
  const c = model.labels.length
  const z = new Float64Array(c)
  const x = feats.length === 0 ? 0 : model.scale / Math.sqrt(feats.length)
  for (const f of feats) {
    const row = f * c
    for (let k = 0; k < c; k++) z[k]! += model.weights[row + k]! * x
  }
  let max = -Infinity
  for (let k = 0; k < c; k++) {
    z[k]! += model.bias[k]!
    if (z[k]! > max) max = z[k]!
  }
  let sum = 0
  for (let k = 0; k < c; k++) sum += z[k] = Math.exp(z[k]! - max)
  for (let k = 0; k < c; k++) z[k]! /= sum
  return z
}

let marks = new Uint8Array(0)

/**
 * Cosine of a question's features with each of the entries `indices` (same order). The question's buckets are
 * marked in a scratch array once, then each entry's buckets are read against it: a sequential pass per entry
 * (measured ~5x faster than a binary search of each feature, bench/eval/MODEL.md).
 */
export function entrySimilarities(vectors: EntryVectors, indices: readonly number[], feats: Uint32Array, dim: number): number[] {
  if (feats.length === 0) return indices.map(() => 0)
  if (marks.length < dim) marks = new Uint8Array(dim)
  for (const f of feats) marks[f] = 1
  const { buckets, values, starts } = vectors
  const out = indices.map((i) => {
    let dot = 0
    for (let j = starts[i]!; j < starts[i + 1]!; j++) if (marks[buckets[j]!] === 1) dot += values[j]!
    return dot / Math.sqrt(feats.length)
  })
  for (const f of feats) marks[f] = 0
  return out
}

export { features }
