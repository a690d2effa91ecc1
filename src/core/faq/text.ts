/**
 * Text analysis shared by the index build and every query: folding, tokenising, stemming.
 * Pure and allocation-light: it runs once per KB field at build time and once per question at ask time.
 *
 * - Latin scripts are lower-cased and stripped of diacritics, so Romanian typed without them
 *   (`rambursare`, `anulez comanda`) and with either comma or cedilla forms (ș/ş, ț/ţ) meet the same terms.
 * - Latin words go through a light stemmer (plurals, -ing, -ed) that also drops doubled final
 *   consonants, so `cancelling`, `canceled` and `cancel` are one term.
 * - Romanian words lose their common inflections (articles and plural endings: `comanda`, `comenzii`).
 * - Korean runs lose a trailing particle or verb ending (`환불은`, `환불받고` → `환불`) and add character
 *   bigrams, which also match text typed without spaces (`환불신청기한`).
 */

const HANGUL = /[\uac00-\ud7a3]/
const HANGUL_RUNS = /[\uac00-\ud7a3]+|[^\uac00-\ud7a3]+/g
// Letters and digits of the scripts shoppers write in, spelled out: a \p{L} class costs ~1 ms to compile
// on every start. Anything else (punctuation, emoji, symbols, and Korean letters typed alone, ㅋㅋ or ㅠㅠ,
// which are feelings) separates words.
const WORDS = /[0-9a-z\u00b5\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]+/g
const MARKS = /[\u0300-\u036f]/g
const NON_ASCII = /[^\u0020-\u007e]/

/** Lower-case, strip Latin diacritics (ș ş → s, ț ţ → t, ă â → a, î → i), keep Hangul syllables whole. */
export function fold(text: string): string {
  const lower = text.toLowerCase()
  if (!NON_ASCII.test(lower)) return lower
  // NFD splits Hangul into jamo too; NFC puts the syllables back together after the marks are gone.
  return lower.normalize('NFD').replace(MARKS, '').normalize('NFC').toLowerCase()
}

/**
 * Words that carry no topic in English and Romanian questions ("how do I", "I need help with", "cum pot").
 * Generic request verbs are here too: "I want to check my refund" is about the refund, not about checking.
 */
const STOP_WORDS = new Set(
  (
    // English
    'a an the and or but if of at by for with about against between into through during before after above below to from up down in out on off over under ' +
    'again further then once here there where why how what which who whom whose this that these those am is are was were be been being have has had having ' +
    'do does did doing done i me my myself we our ours you your yours he him his she her it its they them their mine ' +
    'would should could ought can cannot cant will shall may might must im ive id youre dont doesnt didnt isnt arent wasnt wont couldnt wouldnt shouldnt hasnt havent hadnt ' +
    's t d ll m re ve u ur pls please plz hi hello hey thanks thank so too very just also still yet any some all each both few more most other such ' +
    'only own same than as no nor not anything something someone somebody anyone anybody everything ' +
    'need needs needed want wants wanted wanna gonna gotta got get gets getting help helping assist assistance assistant ' +
    'know tell show let like would information info find look looking see seeing try trying tried ' +
    'able way ways possible going go give me one ones thing things lot lots many much best good really check checks checking checked company companys corporate ' +
    // fillers of spoken and chat English: "the tracking *says*…", "where do I *actually* see it"
    'say says said saying actually basically anyway anyways even ever maybe perhaps ok okay yes yeah yep guess mean' +
    ' ' +
    // Romanian (without diacritics: queries and KB are folded first)
    'si sau dar daca de la pe in din cu fara pentru prin spre despre catre sub intr dintr printr ' +
    'eu tu el ea noi voi ei ele ma mi imi iti ne va le il o un una unei unui niste al ai ale a ' +
    'meu mea mei mele tau ta tale sau sa sai lui lor nostru noastra vostru ' +
    'este e sunt esti suntem era fost fi fie am ai are avem aveti au as ar aveam ' +
    'ce cum unde cine care cat cata cati cate de ce daca nu da mai foarte doar tot toate toti ' +
    'se s ca sa asa acest aceasta acesta aceste acestia acel acea acolo aici ' +
    // "*chiar* acum", "*nici* nu", "*însă*": as English "even", "either", "but"
    'altceva chiar nici niciun prea iar insa atunci fiecare ' +
    // the article of a word written with a hyphen (API-ul, email-ul, AWB-urile)
    'ul ului urile urilor ' +
    'pot poti poate putem puteti vreau vrei vrea vrem vor trebuie ajutor ajuta ajutati va rog buna ziua salut multumesc faci'
  ).split(/\s+/),
)

/** Is this (folded) word one that carries no topic? */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word)
}

function hasVowel(word: string, end: number): boolean {
  for (let i = 0; i < end; i++) if ('aeiouy'.includes(word[i]!)) return true
  return false
}

/** A light English stemmer: Porter's step 1 (plurals, -ed, -ing, final y) and single final consonants. */
export function stemEnglish(word: string): string {
  let w = word
  if (w.length <= 3) return w
  if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('ies')) w = w.slice(0, -3) + 'y'
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1)
  if (w.endsWith('eed')) {
    if (w.length > 4) w = w.slice(0, -1)
  } else if (w.endsWith('ing') && w.length > 5 && hasVowel(w, w.length - 3)) {
    w = w.slice(0, -3)
    if (/(at|bl|iz)$/.test(w)) w += 'e'
  } else if (w.endsWith('ed') && w.length > 4 && hasVowel(w, w.length - 2)) {
    w = w.slice(0, -2)
    if (/(at|bl|iz)$/.test(w)) w += 'e'
  }
  // Drop a trailing e and a doubled consonant, so hope/hoped/hoping and cancel/cancelled meet.
  if (w.length > 4 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1)
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !'aeiou'.includes(w[w.length - 1]!)) w = w.slice(0, -1)
  if (w.length > 3 && w.endsWith('y')) w = w.slice(0, -1) + 'i'
  return w
}

/** Romanian endings, longest first: definite articles, plurals and the genitive/dative forms. */
const RO_ENDINGS = ['urilor', 'ului', 'ilor', 'elor', 'iile', 'ii', 'ile', 'ele', 'uri', 'ul', 'lor', 'ea', 'ua', 'ei', 'a', 'e', 'i', 'u']

/** A light Romanian stemmer: strips one inflectional ending, keeping at least four letters. */
export function stemRomanian(word: string): string {
  for (const end of RO_ENDINGS) {
    if (word.length - end.length >= 4 && word.endsWith(end)) return word.slice(0, -end.length)
  }
  return word
}

/**
 * Korean particles and verb endings, longest first. Stripped only when at least two syllables remain,
 * so a one-syllable noun keeps its ending rather than losing a real syllable (`아이` stays whole).
 */
const KO_ENDINGS = [
  // passive: 정지당함, 해킹당했어요 (got suspended, got hacked)
  '당했어요', '당했는데', '당했어', '당했음', '당함',
  // "it seems": 분실된거같아요, 불량인것같은데
  '된거같아요', '된것같아요', '인거같아요', '인것같아요', '거같아요', '것같아요', '된거같은데', '된것같은데', '거같은데', '것같은데', '같아요', '같은데',
  '됐습니다', '했습니다', '습니다', '이면', '났어요', '났는데', '났어', '났음',
  // a verb made a noun: 반품하는게 나을까요, 환불받는거
  '하는게', '하는거', '받는게', '받는거', '는게', '는거',
  '하려면', '하는데', '했는데', '됐는데', '되었는데', '받으려면', '받을', '받고', '받는', '받은', '받아', '받기',
  '할까요', '하나요', '한가요', '인가요', '되나요', '되요', '돼요', '됐어요', '됩니다', '합니다', '해야', '해요', '했어요', '하면', '하고', '하는', '하기', '하다', '할', '한', '해', '됨', '된',
  // casual endings: 보냄, 봄, 취소함, 짝퉁임, 열려면, 눌러야돼
  '으려면', '려면', '해야돼', '해야됨', '야돼', '야됨', '야해', '하냐', '했음', '됐음', '함', '임', '냄', '봄',
  // the copula before a noun or a clause: 불량인 거, 가품인데, 짝퉁인지
  // (not a bare 인: 로그인, 수령인, 온라인 end with it)
  '인데', '인지', '인거', '인것',
  '이에요', '예요', '에요', '이요', '나요', '까요', '어요', '아요', '세요', '어서', '아서', '는데', '은데', '지만',
  '에서는', '에서도', '으로는', '에게서', '으로', '에서', '에게', '한테', '까지', '부터', '처럼', '보다', '이나', '이랑', '랑',
  '은', '는', '이', '가', '을', '를', '에', '의', '도', '만', '와', '과', '로', '요',
]

/** One-syllable nouns shoppers use with a particle (`돈을`, `폰이`, `옷은`): these may lose it down to one syllable. */
const KO_SHORT_NOUNS = new Set(['돈', '폰', '옷', '값'])

/** `환불은` → `환불`, `환불받고` → `환불`, `알리에서` → `알리`, `돈을` → `돈`. */
export function stripKorean(word: string): string {
  if (word.length >= 2 && KO_SHORT_NOUNS.has(word[0]!) && KO_ENDINGS.includes(word.slice(1))) return word[0]!
  let w = word
  // Two passes: `환불받고요` → `환불받고` → `환불`.
  for (let pass = 0; pass < 2; pass++) {
    let changed = false
    for (const end of KO_ENDINGS) {
      if (w.length - end.length >= 2 && w.endsWith(end)) {
        w = w.slice(0, -end.length)
        changed = true
        break
      }
    }
    if (!changed) break
  }
  return w
}

/** Very common Korean words and endings that say nothing about the topic. */
const KO_STOP = new Set([
  // casual and typed-fast forms of the same (어케 = 어떻게, 왜케 = 왜 이렇게)
  '어케', '어떡해', '어떡하죠', '왜케', '왜이리', '있어', '있음', '있냐', '없어', '없음', '뭐야', '뭔가요', '뭐임', '어디임', '어딨어', '어딨음', '돼', '되나', '됨', '해줘', '알려줄래', '궁금', '궁금함',
  '어떻게', '어디서', '어디', '무엇', '뭐', '왜', '그리고', '그런데', '있나요', '있어요', '있는', '없어요', '없나요', '알려', '알려줘', '알려주세요', '좀', '제가', '저는', '나는', '내가', '이거', '그거', '저거', '수', '있', '것', '거', '방법', '하나요', '해요', '되나요', '가능', '가능한가요', '궁금해요', '싶어', '싶어요', '싶은데', '싶습니다', '주세요', '해주세요', '하고싶어요', '아무것도', '아무', '안했는데', '안했어요', '안했어', '같은데', '같아요', '같아'])

/** One-syllable endings that are also the last syllable of common nouns (`기한`, `방법이`…`). */
const KO_AMBIGUOUS = new Set(['한', '할', '해', '된', '이', '가', '도', '만', '의', '로', '요', '과', '와', '은', '는', '을', '를', '에'])

/**
 * Bigrams that are pieces of verb endings, not of words (`바꾸고싶어` → 고싶, 싶어; `확인했습니다` → 습니, 니다):
 * as votes they would pull any question towards the entries written in the same politeness.
 */
const KO_STOP_BIGRAMS = new Set([
  // question words typed onto the verb (`어디서받아요`, `어떻게해요`): as stop words as when typed apart
  '어디', '디서', '어떻', '떻게',
  '고싶', '싶어', '싶은', '싶습', '싶다', '습니', '니다', '니까', '해요', '어요', '아요', '세요', '나요', '까요', '는데', '은데', '해서', '어서', '하고', '하는', '하기', '하면', '해야', '했어', '했는', '했습', '되나', '되는', '되면', '돼요', '주세', '해주', '있어', '있나', '있는', '없어', '없나', '없는'])

function koreanTerms(run: string, out: string[]): void {
  if (KO_STOP.has(run)) return
  const stem = stripKorean(run)
  if (KO_STOP.has(stem)) return
  out.push(stem)
  if (stem.length > 2) {
    for (let i = 0; i + 2 <= stem.length; i++) {
      const bigram = stem.slice(i, i + 2)
      if (!KO_STOP_BIGRAMS.has(bigram)) out.push(bigram)
    }
  }
  // `신청기한` must keep `기한` even though `한` is also an ending: add the bigram across the cut.
  if (stem.length >= 3 && stem.length < run.length && KO_AMBIGUOUS.has(run[stem.length]!)) out.push(run.slice(stem.length - 1, stem.length + 1))
}

/** A word of the question together with the index terms it produced (for coverage scoring). */
export interface Word {
  text: string
  terms: string[]
}

/**
 * Chat shorthand shoppers type for the domain's words (`how do i msg the seller`, `my pkg never came`),
 * read as the word itself before stemming. Only unambiguous ones.
 */
const SHORTHAND: Readonly<Record<string, string>> = {
  msg: 'message',
  msgs: 'messages',
  pkg: 'package',
  pkgs: 'packages',
  acct: 'account',
  acc: 'account',
  pwd: 'password',
  addr: 'address',
  txn: 'transaction',
  // Romanian
  msj: 'mesaj',
  mesj: 'mesaj',
}

function latinTerms(raw: string, out: string[]): void {
  // Own keys only: `constructor` or `toString` typed in a question are words, not the object's methods.
  const word = Object.hasOwn(SHORTHAND, raw) ? SHORTHAND[raw]! : raw
  if (STOP_WORDS.has(word)) return
  // Romanian and English share the folded alphabet: one pipeline serves both. A Romanian ending is
  // stripped if there is one (`comenzile` → `comenz`), else the English ones (`cancelled` → `cancel`);
  // never both, or `close` would lose its e and then its s. Both sides of the index use it.
  if (/^\d/.test(word)) out.push(word)
  else {
    const ro = stemRomanian(word)
    out.push(ro !== word ? ro : stemEnglish(word))
  }
}

/** The words of a text with their terms; words that carry no topic have none and are left out. */
export function analyse(text: string): Word[] {
  const words: Word[] = []
  const folded = fold(text)
  for (const match of folded.matchAll(WORDS)) {
    const token = match[0]
    if (!HANGUL.test(token)) {
      const terms: string[] = []
      latinTerms(token, terms)
      if (terms.length > 0) words.push({ text: token, terms })
      continue
    }
    for (const part of token.match(HANGUL_RUNS) ?? []) {
      const terms: string[] = []
      if (HANGUL.test(part)) koreanTerms(part, terms)
      else latinTerms(part, terms)
      if (terms.length > 0) words.push({ text: part, terms })
    }
  }
  return words
}

/** The index terms of a text (MiniSearch's `tokenize`). */
export function tokenize(text: string): string[] {
  const out: string[] = []
  for (const word of analyse(text)) for (const term of word.terms) out.push(term)
  return out
}

const SPACED_HANGUL = /([\uac00-\ud7a3])\s+(?=([\uac00-\ud7a3]))/g
const HANGUL_PHRASE = /[\uac00-\ud7a3]+(?:\s+[\uac00-\ud7a3]+)+/g

/**
 * The terms of a knowledge-base text (MiniSearch's `tokenize` at build time): its words' terms plus, for
 * each space between two Korean words, the bigram across it (`몇시` typed without a space still meets
 * `몇 시`) and the two words joined as one compound, the way shoppers type them (`주문 내역을` → `주문내역`,
 * `환불을 신청` → `환불신청`).
 */
export function indexTokens(text: string): string[] {
  const out = tokenize(text)
  const folded = fold(text)
  for (const m of folded.matchAll(SPACED_HANGUL)) out.push(m[1]! + m[2]!)
  for (const m of folded.matchAll(HANGUL_PHRASE)) {
    const stems = m[0].split(/\s+/).map((w) => (KO_STOP.has(w) ? '' : stripKorean(w)))
    for (let i = 0; i + 1 < stems.length; i++) {
      const [a, b] = [stems[i]!, stems[i + 1]!]
      if (a !== '' && b !== '' && !KO_STOP.has(a) && !KO_STOP.has(b)) out.push(a + b)
    }
  }
  return out
}

