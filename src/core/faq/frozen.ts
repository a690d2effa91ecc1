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
  /**
   * Count a swap of two adjacent letters (`cancle`) as one edit. MiniSearch counts two; this is the one
   * deliberate difference from its scoring (test/core/faq-frozen.test.ts compares with it switched off).
   */
  transpositions?: boolean
}

/** One result, shaped like MiniSearch's: `terms` are the document terms matched, `queryTerms` the query's. */
export interface FrozenResult {
  id: string
  score: number
  terms: string[]
  queryTerms: string[]
}

/**
 * The saved form of the index: MiniSearch's `toJSON()` flattened. Terms are sorted (exact and prefix lookups
 * are binary searches, so loading builds no Map) and postings are one flat array of integers, which the
 * saved file holds as raw little-endian 32-bit words (src/data/kb.ts): loading it allocates almost nothing.
 */
export interface CompactIndex {
  documentCount: number
  /** Document ids by position (MiniSearch's short ids in ascending order). */
  ids: string[]
  fieldIds: Record<string, number>
  /** Per document, the length of each field. */
  fieldLength: number[][]
  averageFieldLength: number[]
  /** Every term, sorted by UTF-16 code units: an array, or (the saved form) all of them in one string. */
  terms: readonly string[] | JoinedTerms
  /** Where each term's postings start in `postings` (terms.length + 1 entries). */
  offsets: ArrayLike<number>
  /** Per term, per field id in order: `count, doc, tf, doc, tf, …` in ascending doc order (MiniSearch's). */
  postings: ArrayLike<number>
  /**
   * Per term, the set of its letters a-z as bits, or 0 when it is not made of a-z only (typo matching is for
   * Latin words). Saved with the index at build time; computed on first use otherwise.
   */
  masks?: ArrayLike<number>
}

/** Sorted terms read by position: what FrozenIndex needs of them. */
interface TermList {
  readonly length: number
  at(i: number): string
  lengthOf(i: number): number
}

/**
 * The terms as the saved index holds them: one string, `\n` between terms, and where each term starts
 * (length + 1 entries). NOTE: splitting ~8,000 terms into strings cost ~1 ms of every `ask` start;
 * a lookup slices only the dozen terms its binary search visits.
 */
export class JoinedTerms implements TermList {
  constructor(
    readonly text: string,
    readonly starts: ArrayLike<number>,
  ) {}

  get length(): number {
    return this.starts.length - 1
  }

  at(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1)
  }

  lengthOf(i: number): number {
    return this.starts[i + 1]! - this.starts[i]! - 1
  }

  /** The form for these sorted terms. */
  static of(terms: readonly string[]): JoinedTerms {
    const starts = new Uint32Array(terms.length + 1)
    let at = 0
    terms.forEach((t, i) => {
      starts[i] = at
      at += t.length + 1
    })
    starts[terms.length] = at
    return new JoinedTerms(terms.join('\n'), starts)
  }
}

class ArrayTerms implements TermList {
  constructor(private readonly terms: readonly string[]) {}
  get length(): number {
    return this.terms.length
  }
  at(i: number): string {
    return this.terms[i]!
  }
  lengthOf(i: number): number {
    return this.terms[i]!.length
  }
}

/** CompactIndex.masks for these terms. */
export function letterMasks(terms: readonly string[] | TermList): Uint32Array {
  const list = Array.isArray(terms) ? new ArrayTerms(terms) : (terms as TermList)
  const masks = new Uint32Array(list.length)
  for (let i = 0; i < list.length; i++) {
    const t = list.at(i)
    masks[i] = isLowerLatin(t) ? letterSet(t) : 0
  }
  return masks
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
  const entries = (saved.index as [string, Record<string, Record<string, number>>][]).slice().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const terms: string[] = []
  const offsets: number[] = []
  const postings: number[] = []
  for (const [term, fields] of entries) {
    terms.push(term)
    offsets.push(postings.length)
    for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
      const docs = fields[fieldId] ?? {}
      const shorts = Object.keys(docs)
        .map(Number)
        .sort((a, b) => a - b)
      postings.push(shorts.length)
      for (const shortId of shorts) postings.push(position.get(shortId)!, docs[shortId]!)
    }
  }
  offsets.push(postings.length)
  return { documentCount: saved.documentCount, ids, fieldIds: saved.fieldIds, fieldLength, averageFieldLength: saved.averageFieldLength, terms, offsets, postings }
}

interface Accumulated {
  score: number
  terms: string[]
  match: Set<string>
}

/**
 * Levenshtein distance (optionally counting a swap of adjacent letters as one edit) if it is at most `max`,
 * else max + 1; stops as soon as the rows that can still lead to the answer exceed `max`.
 */
export function boundedDistance(a: string, b: string, max: number, transpositions = false): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before: number[] = []
  let prev: number[] = []
  for (let j = 0; j <= b.length; j++) prev.push(j)
  let prevMin = 0
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let rowMin = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1)
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1))
      // Optimal string alignment: two adjacent letters swapped are one edit.
      if (transpositions && i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, before[j - 2]! + 1)
      cur.push(v)
      if (v < rowMin) rowMin = v
    }
    // A swap reaches back two rows, so with transpositions both rows must be past `max` to stop.
    if (rowMin > max && (!transpositions || prevMin > max)) return max + 1
    before = prev
    prev = cur
    prevMin = rowMin
  }
  return Math.min(prev[b.length]!, max + 1)
}

/** The set of letters a-z in a word, as bits. */
function letterSet(word: string): number {
  let bits = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97
    if (c >= 0 && c < 26) bits |= 1 << c
  }
  return bits
}

/** Whether a word is made of the letters a-z only. */
function isLowerLatin(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c < 97 || c > 122) return false
  }
  return word.length > 0
}

function popcount(x: number): number {
  let n = 0
  for (let v = x >>> 0; v !== 0; v &= v - 1) n++
  return n
}

export class FrozenIndex {
  private readonly terms: TermList
  private masks?: ArrayLike<number>
  private latin?: [number, number]
  private readonly df = new Map<string, number>()

  constructor(
    private readonly saved: CompactIndex,
    private readonly options: FrozenOptions,
  ) {
    this.terms = saved.terms instanceof JoinedTerms ? saved.terms : new ArrayTerms(saved.terms)
  }

  /** Position of the first term ≥ `term` in the sorted terms. */
  private lowerBound(term: string): number {
    const terms = this.terms
    let lo = 0
    let hi = terms.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (terms.at(mid) < term) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  private find(term: string): number {
    const i = this.lowerBound(term)
    return i < this.terms.length && this.terms.at(i) === term ? i : -1
  }

  /** Whether the index has this exact term (in one of `fields`, when given). */
  has(term: string, fields?: readonly string[]): boolean {
    return fields === undefined ? this.find(term) >= 0 : this.documentFrequency(term, fields) > 0
  }

  get size(): number {
    return this.saved.documentCount
  }

  /**
   * Number of documents with this exact term in any field, or in one of `fields` when given (0 when the
   * index does not know it there). A question searches its own language's fields: a word that only the
   * other languages' phrasings use is, for it, a word the KB does not use.
   */
  documentFrequency(term: string, fields?: readonly string[]): number {
    const key = fields === undefined ? term : `${term}\u0000${fields.join(',')}`
    let n = this.df.get(key)
    if (n === undefined) {
      const wanted = fields === undefined ? undefined : new Set(fields.map((f) => this.saved.fieldIds[f]))
      const docs = new Set<number>()
      const i = this.find(term)
      if (i >= 0) {
        const p = this.saved.postings
        let pos = this.saved.offsets[i]!
        const end = this.saved.offsets[i + 1]!
        // One block per field id, in order: `count, doc, tf, …`.
        for (let fieldId = 0; pos < end; fieldId++) {
          const count = p[pos++]!
          if (wanted === undefined || wanted.has(fieldId)) for (let j = 0; j < count; j++) docs.add(p[pos + 2 * j]!)
          pos += 2 * count
        }
      }
      n = docs.size
      if (this.df.size > 50_000) this.df.clear()
      this.df.set(key, n)
    }
    return n
  }

  /** Every term of the index that starts with `prefix`. */
  private withPrefix(prefix: string): string[] {
    const terms = this.terms
    const out: string[] = []
    for (let i = this.lowerBound(prefix); i < terms.length; i++) {
      const t = terms.at(i)
      if (!t.startsWith(prefix)) break
      out.push(t)
    }
    return out
  }

  /**
   * Terms within `max` edits of `term`, with their distance. Candidates are Latin terms (sorted, they lie
   * between "a" and "{", the code unit after "z") of a close length whose letter sets differ by at most
   * 2·max letters (one edit changes at most two): a bit test that skips most of the Levenshtein work.
   */
  private fuzzy(term: string, max: number): Map<string, number> {
    if (this.masks === undefined) this.masks = this.saved.masks ?? letterMasks(this.terms)
    if (this.latin === undefined) this.latin = [this.lowerBound('a'), this.lowerBound('{')]
    const terms = this.terms
    const masks = this.masks
    const out = new Map<string, number>()
    const letters = letterSet(term)
    const shortest = term.length - max
    const longest = term.length + max
    for (let i = this.latin[0]; i < this.latin[1]; i++) {
      const mask = masks[i]!
      if (mask === 0 || popcount(letters ^ mask) > 2 * max) continue
      const length = terms.lengthOf(i)
      if (length < shortest || length > longest) continue
      const candidate = terms.at(i)
      const d = boundedDistance(term, candidate, max, this.options.transpositions)
      if (d <= max) out.set(candidate, d)
    }
    return out
  }

  private termResults(source: string, derived: string, weight: number, results: Map<number, Accumulated>, fields: readonly string[]): void {
    const i = this.find(derived)
    if (i < 0) return
    const { k, b, d } = this.options.bm25
    const { documentCount, fieldLength, averageFieldLength, fieldIds, offsets, postings } = this.saved
    // Where each field's block starts: `count, doc, tf, …` per field id, in field-id order.
    const starts: number[] = []
    for (let pos = offsets[i]!; pos < offsets[i + 1]!; pos += 1 + 2 * postings[pos]!) starts.push(pos)
    for (const field of fields) {
      const fieldId = fieldIds[field]!
      const start = starts[fieldId]
      if (start === undefined) continue
      const matching = postings[start]!
      if (matching === 0) continue
      const boost = this.options.boost[field] || 1
      const avg = averageFieldLength[fieldId]!
      const idf = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5))
      for (let j = 0, pos = start + 1; j < matching; j++, pos += 2) {
        const doc = postings[pos]!
        const tf = postings[pos + 1]!
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

  /**
   * MiniSearch's `search()` for already-processed terms combined with OR; `filter` sees the document id,
   * `fields` are those to search (MiniSearch's `fields` search option; default: all).
   */
  search(queryTerms: readonly string[], filter?: (id: string) => boolean, fields: readonly string[] = this.options.fields): FrozenResult[] {
    const combined = new Map<number, Accumulated>()
    const { fuzzy: fuzzyWeight, prefix: prefixWeight } = this.options.weights
    for (const term of queryTerms) {
      const results = new Map<number, Accumulated>()
      this.termResults(term, term, 1, results, fields)
      const maxDistance = this.options.fuzzy(term)
      const fuzzyMatches = maxDistance ? this.fuzzy(term, maxDistance) : undefined
      if (this.options.prefix(term)) {
        for (const derived of this.withPrefix(term)) {
          const distance = derived.length - term.length
          if (!distance) continue
          fuzzyMatches?.delete(derived)
          this.termResults(term, derived, (prefixWeight * derived.length) / (derived.length + 0.3 * distance), results, fields)
        }
      }
      if (fuzzyMatches) {
        for (const [derived, distance] of fuzzyMatches) {
          if (!distance) continue
          this.termResults(term, derived, (fuzzyWeight * derived.length) / (derived.length + distance), results, fields)
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
