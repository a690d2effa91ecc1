/**
 * What the FAQ model sees of a question: hashed word and character n-grams. Pure.
 *
 * - Latin text is lower-cased and loses its diacritics (ș/ş, ț/ţ, ă, â, î), so Romanian typed without them is
 *   the same text; words give unigrams, adjacent words bigrams, and each word padded as `<word>` gives its
 *   character 3- and 4-grams, so a typo or another ending ("comanda", "comenzile") still shares most features.
 * - Korean is read with its spaces removed ("배송 조회" = "배송조회"): character 1- to 3-grams of each Hangul run
 *   and 4-grams of its letters (jamo, so a typo in one letter keeps most of them), plus each spaced word
 *   whole. Particles and endings need no list: they are n-grams the model learns to
 *   weigh (or ignore) from the training data.
 * Every feature is hashed (FNV-1a) into `dim` buckets: the model stores no vocabulary.
 */

const MARKS = /[\u0300-\u036f]/g
const NON_ASCII = /[^ -~\t\n\r]/

/** Lower-case, without Latin diacritics; Hangul syllables are kept whole. */
export function fold(text: string): string {
  const lower = text.toLowerCase()
  if (!NON_ASCII.test(lower)) return lower
  // NFD splits Hangul into jamo too; NFC puts the syllables back together after the marks are gone.
  return lower.normalize('NFD').replace(MARKS, '').normalize('NFC')
}

const TOKEN = /[\p{L}\p{N}]+/gu
const HANGUL_RUN = /[\uac00-\ud7a3]+/g
const LATIN_WORD = /^[a-z0-9]+$/

/** The words of a question, folded. */
export function words(text: string): string[] {
  return fold(text).match(TOKEN) ?? []
}

/** FNV-1a's start, seeded by a feature kind so "w:ab" and "c:ab" differ. */
const start = (kind: number) => (0x811c9dc5 ^ kind) >>> 0
/** FNV-1a over text[from, to) (UTF-16 code units), continuing from `h`: no substring is made. */
function more(h: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h
}

const WORD = 1
const BIGRAM = 2
const CHAR = 3
const HANGUL = 4
const JAMO = 5
const SPACE = ' '

/**
 * A Hangul run as its letters (jamo): each syllable's initial, vowel and final consonant. A typo changes one
 * letter, not the whole syllable ("배숑" for "배송"), so the letters' 4-grams around it still match.
 */
function jamo(run: string): string {
  let out = ''
  for (let j = 0; j < run.length; j++) {
    const s = run.charCodeAt(j) - 0xac00
    out += String.fromCharCode(0x1100 + Math.floor(s / 588), 0x1161 + Math.floor((s % 588) / 28))
    if (s % 28 !== 0) out += String.fromCharCode(0x11a7 + (s % 28))
  }
  return out
}

// Deduplication without a Set: a scratch mark per bucket, cleared after each question (the hot path of `ask -`).
let seen = new Uint8Array(0)

/**
 * The feature buckets of a question (distinct, in no particular order), each bucket in 0..dim-1 (`dim` a power
 * of two). An empty array when the question has no letters or digits.
 */
export function features(text: string, dim: number): Uint32Array {
  const mask = dim - 1
  if (seen.length < dim) seen = new Uint8Array(dim)
  const out: number[] = []
  const add = (h: number) => {
    const b = (h >>> 0) & mask
    if (seen[b] === 0) {
      seen[b] = 1
      out.push(b)
    }
  }
  const tokens = words(text)
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!
    add(more(start(WORD), w))
    if (i > 0) add(more(more(more(start(BIGRAM), tokens[i - 1]!), SPACE), w))
    if (LATIN_WORD.test(w)) {
      const padded = `<${w}>`
      for (let n = 3; n <= 4; n++) for (let j = 0; j + n <= padded.length; j++) add(more(start(CHAR), padded, j, j + n))
    }
  }
  for (const run of tokens.join('').match(HANGUL_RUN) ?? []) {
    for (let n = 1; n <= 3; n++) for (let j = 0; j + n <= run.length; j++) add(more(start(HANGUL), run, j, j + n))
    const letters = jamo(run)
    for (let j = 0; j + 4 <= letters.length; j++) add(more(start(JAMO), letters, j, j + 4))
  }
  for (const b of out) seen[b] = 0
  return Uint32Array.from(out)
}
