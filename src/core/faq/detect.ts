import type { Lang } from '../lang.js'
import { fold } from './features.js'

const HANGUL = /[\uac00-\ud7a3\u3131-\u318e]/
const RO_LETTERS = /[ăâîșşțţ]/i
const LATIN_WORDS = /[a-z]+/g

/** Function words and frequent shopping words that only one of the two Latin-script languages uses. */
const RO_HINTS = new Set(
  (
    'cum ce unde cand cat cate cati este sunt nu si sa pot poti vreau imi mi meu mea mei mele am fost pentru despre din prin ' +
    'care daca dupa inca deja mai acum asta aceasta acest sau dar ca fara la pe cu un o niste zile zi ' +
    'comanda comenzi comanzii coletul colet banii bani inapoi rambursare rambursarea retur returnez anulez anulare livrare livrarea ' +
    'parola contul cont plata platesc cardul vanzator vanzatorul reclamatie disputa disputei produs produsul primit ajuns ' +
    'taxe vama cod reducere cupon suport asistenta telefon ajutor gasesc verific schimb adresa'
  ).split(' '),
)
const EN_HINTS = new Set(
  (
    'the how what where when why who which is are was were do does did can could would should will my me i you your it its ' +
    'to of for with and or not no have has had get got be been an this that there their they we our from by about after ' +
    'order orders refund money back return item parcel package delivery shipping cancel account password seller help want need ' +
    'days long still yet arrived received'
  ).split(' '),
)

/**
 * The language a question is written in, or undefined when it gives no clue (`AliExpress?`).
 * Hangul means Korean; Romanian letters or Romanian words outnumbering English ones mean Romanian.
 */
export function detectLang(question: string): Lang | undefined {
  if (HANGUL.test(question)) return 'ko'
  if (RO_LETTERS.test(question)) return 'ro'
  let ro = 0
  let en = 0
  for (const word of fold(question).match(LATIN_WORDS) ?? []) {
    if (RO_HINTS.has(word)) ro++
    if (EN_HINTS.has(word)) en++
  }
  if (ro > en) return 'ro'
  if (en > ro) return 'en'
  return undefined
}

/** Platform ids the knowledge base knows, in the order used when a question names several. */
export const PLATFORMS = ['aliexpress', 'amazon'] as const
export type Platform = (typeof PLATFORMS)[number]

// Names as shoppers type them: `Ali`, `AliExpress`, `알리`, `알리익스프레스`, `Amazon`, `Amazonul`, `아마존`.
const PLATFORM_NAMES: Record<Platform, RegExp> = {
  aliexpress: /\bali\s?express\w*|\bali\b|\baliexp\w*|알리|익스프레스/,
  amazon: /\bamazon\w*|\bamzn\b|아마존|\bprime\b/,
}

/** The platform a question names, or undefined when it names none (or both). */
export function detectPlatform(question: string): Platform | undefined {
  const folded = fold(question)
  const named = PLATFORMS.filter((p) => PLATFORM_NAMES[p].test(folded))
  return named.length === 1 ? named[0] : undefined
}
