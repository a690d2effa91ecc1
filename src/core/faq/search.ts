import type { Lang } from '../../i18n/lang.js'
import { fold, words } from './features.js'
import { classify, entrySimilarity, features, OUT_OF_SCOPE, type FaqModel } from './model.js'
import type { KbEntry } from './types.js'

/**
 * The FAQ search: which entry answers a question, or why none does. Pure: the caller loads the model
 * (src/data/kb.ts) and the entries.
 *
 * The decision is the model's (model.ts, fitted by train.ts on data/train and the KB): its best topic and that
 * topic's probability. It abstains when
 * - `other-shop`: the question names a shop buyerdesk does not cover (data/lexicon/shops.json) and none it
 *   covers: it gets its own honest answer rather than another shop's rules;
 * - `out-of-scope`: the out-of-scope class is the most probable;
 * - `unsure`: the best topic's probability is under the model's threshold (the caller may offer "Did you
 *   mean…" with the matches);
 * - `only-shop`, `no-words`: the question names only a shop, or has no words at all;
 * - `no-entry`: the knowledge base has no entry for the topic and shop.
 */

export type AbstainReason = 'no-words' | 'only-shop' | 'other-shop' | 'out-of-scope' | 'unsure' | 'no-entry'

/** The shops' names (data/lexicon/shops.json): the ones buyerdesk covers, and others shoppers ask about. */
export interface ShopLexicon {
  covered: Record<string, string[]>
  others: { name: string; names: string[] }[]
}

/** What the search needs of the knowledge base: entries by id, each entry's topic and shops. */
export interface EntryLookup {
  get(id: string): KbEntry | undefined
  topic(id: string): string | undefined
  platforms(id: string): readonly string[] | undefined
}

export interface FaqMatch {
  entry: KbEntry
  /** The model's probability of the entry's topic, 0..1. */
  score: number
}

export interface FaqResult {
  /** The best entry of each likely topic, best first. */
  matches: FaqMatch[]
  /** Whether the best match is given as the answer. */
  confident: boolean
  abstain?: AbstainReason
  /** The model's probability that the question is out of scope. */
  outOfScope: number
  /** The shop not covered that the question names (`other-shop`). */
  otherShop?: string
}

export interface FaqQuery {
  /** Only entries for this platform (entries listing several platforms count for each). */
  platform?: string
  /** How many matches to return (default 5). */
  limit?: number
  /** The question's language: its abstention threshold (default English). */
  lang?: Lang
}

const HANGUL = /[\uac00-\ud7a3]/

/** Whether `name` (folded) occurs in the folded question: Hangul anywhere (Korean runs words together), Latin as whole words. */
function names(folded: string, joined: string, name: string): boolean {
  const n = fold(name)
  if (HANGUL.test(n)) return folded.includes(n)
  return ` ${joined} `.includes(` ${words(n).join(' ')} `)
}

/** The shop not covered that a question names, when it names no covered one. */
export function otherShopNamed(lexicon: ShopLexicon, question: string): string | undefined {
  const folded = fold(question)
  const joined = words(question).join(' ')
  const covered = Object.values(lexicon.covered).some((list) => list.some((n) => names(folded, joined, n)))
  if (covered) return undefined
  return lexicon.others.find((shop) => shop.names.some((n) => names(folded, joined, n)))?.name
}

/** Whether every word of the question is a covered shop's name ("AliExpress", "알리"). */
function onlyShop(lexicon: ShopLexicon, question: string): boolean {
  const all = new Set(Object.values(lexicon.covered).flatMap((list) => list.flatMap((n) => words(n))))
  return words(question).every((w) => all.has(w))
}

/** The entry of `topic` closest to the question among those of `platform` (any platform when undefined). */
function bestEntry(model: FaqModel, byId: EntryLookup, topic: string, feats: ReadonlySet<number>, platform: string | undefined): { id: string; similarity: number } | undefined {
  let best: { id: string; similarity: number } | undefined
  const { ids } = model.entries
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!
    if (byId.topic(id) !== topic) continue
    if (platform !== undefined && !(byId.platforms(id) ?? []).includes(platform)) continue
    const similarity = entrySimilarity(model.entries, i, feats)
    if (best === undefined || similarity > best.similarity) best = { id, similarity }
  }
  return best
}

export function searchFaq(model: FaqModel, lexicon: ShopLexicon, byId: EntryLookup, question: string, query: FaqQuery = {}): FaqResult {
  const feats = features(question, model.topics.dim)
  if (feats.length === 0) return { matches: [], confident: false, abstain: 'no-words', outOfScope: 0 }
  const probs = classify(model.topics, feats)
  const labels = model.topics.labels
  const oosAt = labels.indexOf(OUT_OF_SCOPE)
  const outOfScope = Math.round((oosAt < 0 ? 0 : probs[oosAt]!) * 1000) / 1000
  const order = labels.map((_, i) => i).filter((i) => i !== oosAt).sort((a, b) => probs[b]! - probs[a]! || a - b)
  const set = new Set(feats)
  const limit = query.limit ?? 5
  const matches: FaqMatch[] = []
  for (const k of order) {
    if (matches.length >= limit) break
    const found = bestEntry(model, byId, labels[k]!, set, query.platform)
    const entry = found === undefined ? undefined : byId.get(found.id)
    if (entry !== undefined) matches.push({ entry, score: Math.round(probs[k]! * 1000) / 1000 })
  }
  const base = { matches, outOfScope }
  const otherShop = otherShopNamed(lexicon, question)
  if (otherShop !== undefined) return { ...base, confident: false, abstain: 'other-shop', otherShop }
  if (onlyShop(lexicon, question)) return { ...base, confident: false, abstain: 'only-shop' }
  const top = order[0]!
  if (oosAt >= 0 && probs[oosAt]! > probs[top]!) return { ...base, confident: false, abstain: 'out-of-scope' }
  if (probs[top]! < model.topics.threshold[query.lang ?? 'en']) return { ...base, confident: false, abstain: 'unsure' }
  if (matches[0]?.entry.topic !== labels[top]) return { ...base, confident: false, abstain: 'no-entry' }
  return { ...base, confident: true }
}
