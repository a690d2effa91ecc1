import type { Lang } from '../lang.js'
import { fold, words } from './features.js'
import { classify, entrySimilarities, features, OUT_OF_SCOPE, type FaqModel } from './model.js'
import type { KbEntry } from './types.js'

/**
 * The FAQ search: which entry answers a question, or why none does. Pure: the caller loads the model
 * (src/data/kb.ts) and the entries.
 *
 * The decision is the model's (model.ts, fitted by train.ts on data/train and the KB): its best topic and that
 * topic's probability. It abstains when
 * - `other-shop`: the question names a shop buyerdesk does not cover (data/lexicon/shops.json) and none it
 *   covers: it gets its own honest answer rather than another shop's rules;
 * - `out-of-scope`: the out-of-scope class is more probable than the best topic by the language's ratio;
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

/** A name as it is matched: Hangul anywhere in the folded question, Latin as whole words of it. */
interface Name {
  hangul: boolean
  text: string
}
interface PreparedLexicon {
  covered: Name[]
  coveredWords: Set<string>
  others: { name: string; names: Name[] }[]
}
const prepared = new WeakMap<ShopLexicon, PreparedLexicon>()
const nameOf = (name: string): Name => {
  const folded = fold(name)
  return HANGUL.test(folded) ? { hangul: true, text: folded } : { hangul: false, text: ` ${words(folded).join(' ')} ` }
}
function prepare(lexicon: ShopLexicon): PreparedLexicon {
  let p = prepared.get(lexicon)
  if (p === undefined) {
    const covered = Object.values(lexicon.covered).flat()
    p = { covered: covered.map(nameOf), coveredWords: new Set(covered.flatMap((n) => words(n))), others: lexicon.others.map((o) => ({ name: o.name, names: o.names.map(nameOf) })) }
    prepared.set(lexicon, p)
  }
  return p
}
const names = (folded: string, joined: string, n: Name) => (n.hangul ? folded.includes(n.text) : joined.includes(n.text))

/** The shop not covered that a question names, when it names no covered one. */
export function otherShopNamed(lexicon: ShopLexicon, question: string): string | undefined {
  const p = prepare(lexicon)
  const folded = fold(question)
  const joined = ` ${words(question).join(' ')} `
  if (p.covered.some((n) => names(folded, joined, n))) return undefined
  return p.others.find((shop) => shop.names.some((n) => names(folded, joined, n)))?.name
}

/** Whether every word of the question is a covered shop's name ("AliExpress", "알리"). */
function onlyShop(lexicon: ShopLexicon, question: string): boolean {
  const all = prepare(lexicon).coveredWords
  return words(question).every((w) => all.has(w))
}

/** Per model and KB: the indices of each topic's entries. */
const byTopic = new WeakMap<FaqModel, WeakMap<EntryLookup, Map<string, number[]>>>()
function topicEntries(model: FaqModel, byId: EntryLookup): Map<string, number[]> {
  let perKb = byTopic.get(model)
  if (perKb === undefined) byTopic.set(model, (perKb = new WeakMap()))
  let map = perKb.get(byId)
  if (map === undefined) {
    map = new Map()
    model.entries.ids.forEach((id, i) => {
      const topic = byId.topic(id)
      if (topic === undefined) return
      const list = map!.get(topic)
      if (list === undefined) map!.set(topic, [i])
      else list.push(i)
    })
    perKb.set(byId, map)
  }
  return map
}

/** The entry of `topic` closest to the question among those of `platform` (any platform when undefined). */
function bestEntry(model: FaqModel, byId: EntryLookup, topic: string, feats: Uint32Array, platform: string | undefined): string | undefined {
  const { ids } = model.entries
  const candidates = (topicEntries(model, byId).get(topic) ?? []).filter((i) => platform === undefined || (byId.platforms(ids[i]!) ?? []).includes(platform))
  if (candidates.length <= 1) return candidates.length === 1 ? ids[candidates[0]!] : undefined
  const sims = entrySimilarities(model.entries, candidates, feats, model.topics.dim)
  let best = 0
  for (let k = 1; k < sims.length; k++) if (sims[k]! > sims[best]!) best = k
  return ids[candidates[best]!]
}

export function searchFaq(model: FaqModel, lexicon: ShopLexicon, byId: EntryLookup, question: string, query: FaqQuery = {}): FaqResult {
  const feats = features(question, model.topics.dim)
  if (feats.length === 0) return { matches: [], confident: false, abstain: 'no-words', outOfScope: 0 }
  const probs = classify(model.topics, feats)
  const labels = model.topics.labels
  const oosAt = labels.indexOf(OUT_OF_SCOPE)
  const outOfScope = Math.round((oosAt < 0 ? 0 : probs[oosAt]!) * 1000) / 1000
  const order = labels.map((_, i) => i).filter((i) => i !== oosAt).sort((a, b) => probs[b]! - probs[a]! || a - b)
  const limit = query.limit ?? 5
  const matches: FaqMatch[] = []
  for (const k of order) {
    if (matches.length >= limit) break
    const found = bestEntry(model, byId, labels[k]!, feats, query.platform)
    const entry = found === undefined ? undefined : byId.get(found)
    if (entry !== undefined) matches.push({ entry, score: Math.round(probs[k]! * 1000) / 1000 })
  }
  const base = { matches, outOfScope }
  const otherShop = otherShopNamed(lexicon, question)
  if (otherShop !== undefined) return { ...base, confident: false, abstain: 'other-shop', otherShop }
  if (onlyShop(lexicon, question)) return { ...base, confident: false, abstain: 'only-shop' }
  const top = order[0]!
  const lang = query.lang ?? 'en'
  if (oosAt >= 0 && probs[oosAt]! > probs[top]! * model.topics.outOfScopeRatio[lang]) return { ...base, confident: false, abstain: 'out-of-scope' }
  if (probs[top]! < model.topics.threshold[lang]) return { ...base, confident: false, abstain: 'unsure' }
  if (matches[0]?.entry.topic !== labels[top]) return { ...base, confident: false, abstain: 'no-entry' }
  return { ...base, confident: true }
}
