import { josa } from 'es-hangul'

/**
 * Korean particles after a word filled in at run time (`{file}을(를)` → `orders.json을`, `Temu는`): the
 * templates keep the written both-forms spelling a translator reads, and the output gets the one form that
 * fits the word (es-hangul's `josa`). A word that ends in a digit or a Latin letter is read as Koreans say it
 * (0 영, 1 일, … ; L 엘, M 엠, N 엔, R 알 …), since es-hangul reads only Hangul.
 */
const PAIRS = {
  '은(는)': '은/는',
  '는(은)': '은/는',
  '이(가)': '이/가',
  '가(이)': '이/가',
  '을(를)': '을/를',
  '를(을)': '을/를',
  '와(과)': '와/과',
  '과(와)': '와/과',
  '(으)로': '으로/로',
} as const
export type ParticlePair = (typeof PAIRS)[keyof typeof PAIRS]

/** A particle written both ways, after optional closing quotes or brackets, at the start of a literal. */
export const PARTICLE_AT_START = /^(["'”’」』)\]]*)(은\(는\)|는\(은\)|이\(가\)|가\(이\)|을\(를\)|를\(을\)|와\(과\)|과\(와\)|\(으\)로)/

const DIGITS = '영일이삼사오육칠팔구'
const LETTERS: Record<string, string> = {
  a: '에이', b: '비', c: '씨', d: '디', e: '이', f: '에프', g: '지', h: '에이치', i: '아이', j: '제이', k: '케이', l: '엘', m: '엠',
  n: '엔', o: '오', p: '피', q: '큐', r: '알', s: '에스', t: '티', u: '유', v: '브이', w: '더블유', x: '엑스', y: '와이', z: '지',
}

/** The syllable the word ends on as it is read aloud (punctuation skipped), or '' when there is none. */
function lastSound(word: string): string {
  for (let i = word.length - 1; i >= 0; i--) {
    const ch = word[i]!
    if (/[가-힣]/.test(ch)) return ch
    if (/[0-9]/.test(ch)) return DIGITS[Number(ch)]!
    const letter = LETTERS[ch.toLowerCase()]
    if (letter) return letter.at(-1)!
  }
  return ''
}

/** The particle of `pair` (`은(는)`) that fits after `word`. */
export function particleFor(word: string, written: string): string {
  const pair = PAIRS[written as keyof typeof PAIRS]
  const sound = lastSound(word)
  if (!pair || sound === '') return written
  return josa.pick(sound, pair)
}

/** `word` followed by the fitting particle: `withParticle('Temu', '은(는)')` → `Temu는`. */
export function withParticle(word: string, written: keyof typeof PAIRS): string {
  return word + particleFor(word, written)
}
