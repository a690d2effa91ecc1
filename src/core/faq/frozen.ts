import type { AsPlainObject } from 'minisearch'

/**
 * A read-only view of a saved MiniSearch index that scores queries exactly as `MiniSearch#search` does
 * (BM25+, field boosts, prefix and fuzzy weights, the "quality" factor), straight from the plain object
 * `toJSON()` produced (in the flattened form of CompactIndex).
 *
 * NOTE: why not `MiniSearch.loadJS()`: rebuilding the radix tree of ~2,800 terms costs ~55 ms in a fresh
 * process (hyperfine, bench/RESULTS.md), more than the whole start-up budget of `buyerdesk ask`, while
 * `JSON.parse` plus a Map of terms costs ~2 ms. MiniSearch still builds the index (at build time, or in memory
 * when the KB changed since); test/core/faq-frozen.test.ts checks this scorer against MiniSearch's own
 * results on the real KB.
 */

export interface FrozenOptions {
  fields: readonly string[]
  boost: Record<string, number>
  bm25: { k: number; b: number; d: number }
  weights: { fuzzy: number; prefix: number }
  /** Max edit distance for a query term, or false: MiniSearch's `fuzzy` function. */
  fuzzy: (term: string) => number | false
  prefix: (term: string) => boolean
}

/** One result, shaped like MiniSearch's: `terms` are the document terms matched, `queryTerms` the query's. */
export interface FrozenResult {
  id: string
  score: number
  terms: string[]
  queryTerms: string[]
}

/**
 * The saved form of the index (dist/kb-index.json): MiniSearch's `toJSON()` flattened into arrays, which
 * `JSON.parse` builds several times faster than MiniSearch's nested objects of postings.
 */
export interface CompactIndex {
  documentCount: number
  /** Document ids by MiniSearch's short id. */
  ids: string[]
  fieldIds: Record<string, number>
  /** Per document, the length of each field. */
  fieldLength: number[][]
  averageFieldLength: number[]
  terms: string[]
  /** Per term, per field id: `[doc, tf, doc, tf, …]` in ascending doc order (MiniSearch's iteration order). */
  postings: number[][][]
}

/** MiniSearch's `toJSON()` → CompactIndex. */
export function compactIndex(saved: AsPlainObject): CompactIndex {
  const fieldCount = Object.keys(saved.fieldIds).length
  const ids: string[] = []
  const fieldLength: number[][] = []
  const shortIds = Object.keys(saved.documentIds)
    .map(Number)
    .sort((a, b) => a - b)
  const position = new Map<number, number>()
  for (const shortId of shortIds) {
    position.set(shortId, ids.length)
    ids.push(String(saved.documentIds[shortId]))
    fieldLength.push(saved.fieldLength[shortId]!)
  }
  const terms: string[] = []
  const postings: number[][][] = []
  for (const [term, fields] of saved.index as [string, Record<string, Record<string, number>>][]) {
    terms.push(term)
    const perField: number[][] = Array.from({ length: fieldCount }, () => [])
    for (const [fieldId, docs] of Object.entries(fields)) {
      for (const shortId of Object.keys(docs).map(Number).sort((a, b) => a - b)) perField[Number(fieldId)]!.push(position.get(shortId)!, docs[shortId]!)
    }
    postings.push(perField)
  }
  return { documentCount: saved.documentCount, ids, fieldIds: saved.fieldIds, fieldLength, averageFieldLength: saved.averageFieldLength, terms, postings }
}

interface Accumulated {
  score: number
  terms: string[]
  match: Set<string>
}

/** Levenshtein distance if it is at most `max`, else max + 1 (stops as soon as a row exceeds `max`). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev: number[] = []
  for (let j = 0; j <= b.length; j++) prev.push(j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1))
      cur.push(v)
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return max + 1
    prev = cur
  }
  return Math.min(prev[b.length]!, max + 1)
}

export class FrozenIndex {
  private readonly terms: Map<string, number[][]>
  private sorted?: string[]
  private byLength?: Map<number, string[]>

  constructor(
    private readonly saved: CompactIndex,
    private readonly options: FrozenOptions,
  ) {
    this.terms = new Map()
    saved.terms.forEach((term, i) => this.terms.set(term, saved.postings[i]!))
  }

  private readonly df = new Map<string, number>()

  /** Number of documents with this exact term in any field (0 when the index does not know it). */
  documentFrequency(term: string): number {
    let n = this.df.get(term)
    if (n === undefined) {
      const postings = this.terms.get(term)
      const docs = new Set<number>()
      for (const field of postings ?? []) for (let i = 0; i < field.length; i += 2) docs.add(field[i]!)
      n = docs.size
      this.df.set(term, n)
    }
    return n
  }

  get size(): number {
    return this.saved.documentCount
  }

  /** Whether the index has this exact term. */
  has(term: string): boolean {
    return this.terms.has(term)
  }

  /** Every term of the index that starts with `prefix` (sorted array + binary search, built on first use). */
  private withPrefix(prefix: string): string[] {
    this.sorted ??= [...this.terms.keys()].sort()
    const sorted = this.sorted
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid]! < prefix) lo = mid + 1
      else hi = mid
    }
    const out: string[] = []
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!)
    return out
  }

  /** Terms within `max` edits of `term`, with their distance (length buckets, built on first use). */
  private fuzzy(term: string, max: number): Map<string, number> {
    if (this.byLength === undefined) {
      this.byLength = new Map()
      for (const t of this.terms.keys()) {
        const bucket = this.byLength.get(t.length)
        if (bucket) bucket.push(t)
        else this.byLength.set(t.length, [t])
      }
    }
    const out = new Map<string, number>()
    for (let len = term.length - max; len <= term.length + max; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        const d = boundedDistance(term, candidate, max)
        if (d <= max) out.set(candidate, d)
      }
    }
    return out
  }

  private termResults(source: string, derived: string, weight: number, postings: number[][] | undefined, results: Map<number, Accumulated>): void {
    if (postings === undefined) return
    const { k, b, d } = this.options.bm25
    const { documentCount, fieldLength, averageFieldLength, fieldIds } = this.saved
    for (const field of this.options.fields) {
      const fieldId = fieldIds[field]!
      const docs = postings[fieldId]
      if (docs === undefined || docs.length === 0) continue
      const boost = this.options.boost[field] || 1
      const matching = docs.length / 2
      const avg = averageFieldLength[fieldId]!
      const idf = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5))
      for (let i = 0; i < docs.length; i += 2) {
        const doc = docs[i]!
        const tf = docs[i + 1]!
        const length = fieldLength[doc]![fieldId]!
        const raw = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / avg)))
        const score = weight * boost * raw
        const acc = results.get(doc)
        if (acc === undefined) results.set(doc, { score, terms: [source], match: new Set([derived]) })
        else {
          acc.score += score
          if (!acc.terms.includes(source)) acc.terms.push(source)
          acc.match.add(derived)
        }
      }
    }
  }

  /** MiniSearch's `search()` for already-processed terms combined with OR; `filter` sees the document id. */
  search(queryTerms: readonly string[], filter?: (id: string) => boolean): FrozenResult[] {
    const combined = new Map<number, Accumulated>()
    const { fuzzy: fuzzyWeight, prefix: prefixWeight } = this.options.weights
    for (const term of queryTerms) {
      const results = new Map<number, Accumulated>()
      this.termResults(term, term, 1, this.terms.get(term), results)
      const maxDistance = this.options.fuzzy(term)
      const fuzzyMatches = maxDistance ? this.fuzzy(term, maxDistance) : undefined
      if (this.options.prefix(term)) {
        for (const derived of this.withPrefix(term)) {
          const distance = derived.length - term.length
          if (!distance) continue
          fuzzyMatches?.delete(derived)
          this.termResults(term, derived, (prefixWeight * derived.length) / (derived.length + 0.3 * distance), this.terms.get(derived), results)
        }
      }
      if (fuzzyMatches) {
        for (const [derived, distance] of fuzzyMatches) {
          if (!distance) continue
          this.termResults(term, derived, (fuzzyWeight * derived.length) / (derived.length + distance), this.terms.get(derived), results)
        }
      }
      for (const [docId, r] of results) {
        const acc = combined.get(docId)
        if (acc === undefined) combined.set(docId, r)
        else {
          acc.score += r.score
          for (const m of r.match) acc.match.add(m)
          for (const t of r.terms) if (!acc.terms.includes(t)) acc.terms.push(t)
        }
      }
    }
    const out: FrozenResult[] = []
    for (const [docId, r] of combined) {
      const id = this.saved.ids[docId]!
      if (filter !== undefined && !filter(id)) continue
      out.push({ id, score: r.score * (r.terms.length || 1), terms: [...r.match], queryTerms: r.terms })
    }
    return out.sort((x, y) => y.score - x.score)
  }
}
