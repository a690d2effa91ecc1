import MiniSearch, { type Options } from 'minisearch'
import { fieldBoosts, FIELDS, freezeIndex, fuzzyFor, prefixFor, TUNING, type Field } from './search.js'
import type { FrozenIndex } from './frozen.js'
import { indexTokens } from './text.js'
import type { KbEntry } from './types.js'

/**
 * Building the index with MiniSearch: at build time (src/build-index.ts → dist/kb-index.bin) and, only
 * when the KB changed after the build, in memory. `ask` itself never loads this module on the fast path.
 */

/** A document of the index: one knowledge-base entry, its questions and title per language, its keywords in all three. */
export type IndexDoc = { id: string } & Record<Field, string>

/** The MiniSearch options; its `searchOptions` are what FrozenIndex replicates (test/core/faq-frozen.test.ts). */
export function indexOptions(tuning = TUNING): Options<IndexDoc> {
  return {
    idField: 'id',
    fields: [...FIELDS],
    storeFields: [],
    tokenize: (text) => indexTokens(text),
    processTerm: (term) => term,
    searchOptions: {
      // Query terms are already analysed by `analyse()`; they are passed space-separated.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boost: fieldBoosts(tuning),
      bm25: tuning.bm25,
      fuzzy: (term) => fuzzyFor(term),
      prefix: (term) => prefixFor(term),
      weights: { fuzzy: tuning.fuzzy, prefix: tuning.prefix },
    },
  }
}

function toDoc(entry: KbEntry): IndexDoc {
  const { questions: q, title: t, keywords } = entry
  return {
    id: entry.id,
    q_en: q.en.join('\n'),
    q_ko: q.ko.join('\n'),
    q_ro: q.ro.join('\n'),
    t_en: t.en,
    t_ko: t.ko,
    t_ro: t.ro,
    k: Object.values(keywords).flat().join('\n'),
  }
}

/** A MiniSearch index of the entries. */
export function buildMiniSearch(entries: readonly KbEntry[], tuning = TUNING): MiniSearch<IndexDoc> {
  const index = new MiniSearch<IndexDoc>(indexOptions(tuning))
  index.addAll(entries.map(toDoc))
  return index
}

/** Build and freeze in one go: what `ask` searches when the saved index is stale, and what tests use. */
export function buildIndex(entries: readonly KbEntry[], tuning = TUNING): FrozenIndex {
  return freezeIndex(buildMiniSearch(entries, tuning).toJSON(), tuning)
}
