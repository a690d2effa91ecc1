import type { AsPlainObject } from 'minisearch'
import { compactIndex, FrozenIndex, type CompactIndex, type FrozenResult } from './frozen.js'
import { analyse, type Word } from './text.js'
import type { KbEntry } from './types.js'
import type { Lang } from '../../i18n/lang.js'
import { detectLang } from './detect.js'

/**
 * The FAQ search: BM25 (MiniSearch's, see frozen.ts) over each entry's questions and title in the question's
 * language and its keywords in all three (FIELDS), with our own tokenizer (src/core/faq/text.ts), then a
 * calibrated confidence that decides whether to answer or abstain. Pure: the caller loads the entries and
 * the saved index.
 *
 * Confidence = coverage × strength:
 * - coverage: the share of the question's content words that the best entry matched. A question about
 *   something the knowledge base never mentions ("a recipe for kimchi") matches few of its words.
 * - strength: the BM25 score per content word, squashed to 0..1, so one weak generic match
 *   ("order" in "order a pizza") does not pass for an answer.
 * Two gates come before the confidence:
 * - the domain: the best entry must share with the question at least one of the domain's own words
 *   (DOMAIN_WORDS: order, refund, parcel, seller, account…). A match through everyday words alone ("what
 *   *time* does the bank *close*") is not an answer. The domain's vocabulary is finite; the rest of the world's
 *   is not, so this holds for questions no list foresaw.
 * - a short list of out-of-scope concepts (invoices, travel, food, films, weather): when the question
 *   uses one of their words and the best entry does not, the question is about that concept and not about
 *   anything the knowledge base answers ("the invoice of my last order" is not an order-history question).
 * The bar is per language, higher for a question that names none of the words that mean only shopping
 * (EVERYDAY_BAR: a noise *complaint*, a door *code*), and lower for a long question that tells a story
 * (STORY_WORDS).
 */

/** Bump whenever the tokenizer or the indexed fields change: a saved index of another version is rebuilt. */
export const INDEX_VERSION = 30

/**
 * Below this confidence `ask` abstains, by the question's language: the measure does not spread the same way
 * in each (Korean words match partly through their bigrams). Chosen on the sets bench/EVAL.md says were
 * looked at; the reasons are there.
 */
export const MIN_CONFIDENCE: Readonly<Record<Lang, number>> = {
  en: 0.16,
  ko: 0.16,
  ro: 0.28,
}

/**
 * Concepts outside the knowledge base whose questions share words with it ("the *invoice* of my last
 * *order*", "plane *ticket*"). A question using one of these words that the best entry does not match
 * is declined.
 */
export const OUT_OF_SCOPE: readonly { id: string; words: string }[] = [
  // NOTE: only words that do not also name something in scope, whole or once stemmed: not 저녁 (the
  // evening as well as dinner), "film" (the
  // unboxing), "news" (→ new), "plane" (→ plan), "booking" (→ book), "trip", "stock", 비자 (a Visa card),
  // Romanian "vremea" (→ vreme, time), "tax" or "VAT" (customs), "billing" (address), "holiday" (sales),
  // "menu" (app menus), "serial" (numbers). test/core/faq-search.test.ts checks them against the KB's text.
  {
    id: 'invoice',
    words: 'invoice invoices bill bills receipt receipts ' + '영수증 인보이스 세금계산서 청구서 계산서 현금영수증 ' + 'factura facturi facturile factură chitanta chitanță fiscal bon bonul',
  },
  {
    id: 'travel',
    words: 'flight flights airline airport hotel vacation train ' + '항공권 비행기 호텔 여행 공항 기차 ' + 'zbor zboruri avion aeroport hotel vacanta vacanță tren calatorie călătorie',
  },
  {
    id: 'food',
    words: 'recipe recipes cook cooking bake dinner lunch restaurant food meal pizza ' + '레시피 요리 맛집 음식 식당 치킨 피자 ' + 'reteta rețetă gatit gătit mancare mâncare restaurant cina cină',
  },
  {
    id: 'entertainment',
    // (Not "joke": "the seller's offer is a joke". Asking for one names nothing of the domain anyway.)
    words: 'movie movies cinema series music song songs game games poem ' + '영화 드라마 노래 음악 게임 ' + 'cinema muzica muzică cantec cântec joc poezie',
  },
  {
    id: 'weather',
    words: 'weather forecast rain snow temperature moon sunrise sunset football ' + '날씨 기온 일기예보 뉴스 축구 ' + 'meteo ploaie ninsoare temperatura stiri știri fotbal',
  },
  {
    // Other shops, apps and sites: buyerdesk knows AliExpress's and Amazon's rules only. (Not the wallets
    // AliExpress takes, such as Naver Pay or KakaoPay.)
    id: 'other-shops',
    words:
      'ebay etsy temu shein walmart coupang emag olx altex facebook instagram tiktok gmail ' +
      '쿠팡 배민 배달의민족 지마켓 옥션 무신사 당근마켓 중고나라 번개장터 인스타 페이스북 ' +
      'ebay temu shein emag olx altex vinted facebook instagram tiktok fizic',
  },
  {
    // Other places' opening hours ("what time does the pharmacy close") are not the shops' support hours.
    // NOTE: not banks: "when does the refund reach my bank" is a refund question; not schools: "a back to
    // school order".
    id: 'places',
    words:
      'pharmacy pharmacies supermarket gym museum hospital bakery ' +
      '약국 마트 편의점 헬스장 박물관 빵집 ' +
      'farmacia farmacie farmacii supermarket muzeu muzeul spital brutarie brutărie',
  },
  {
    // Renting a home, public offices. (Small talk needs no list: it names nothing of the domain, see DOMAIN.)
    id: 'home-and-offices',
    words:
      'landlord rent tenant lease embassy consulate dmv ' +
      '집주인 월세 전세 관리비 주민센터 구청 시청 동사무소 대사관 ' +
      'chirie chiria proprietarul chirias chiriaș ambasada ambasadă consulat primaria primăria',
  },
  {
    // Phone and internet plans: a carrier's business, not a shop's.
    id: 'telecom',
    words: 'vodafone verizon telekom wifi broadband router ' + '요금제 통신사 알뜰폰 와이파이 공유기 ' + 'vodafone telekom digi wifi nelimitat router routerul',
  },
  {
    // Selling on the platform: buyerdesk is for buyers. (Not "wholesale", 도매 or "angro": a buyer orders
    // in bulk too, "my wholesale order never came".)
    id: 'selling',
    words: 'sell selling dropshipping dropship merchant ' + '입점 셀러등록 판매자등록 ' + 'vinde vand vând dropshipping',
  },
  {
    // Buses and taxis: their tickets and apps are not a shop's orders. (Not cars: a car charger is bought online.)
    id: 'transport',
    words: 'bus buses taxi uber ' + '버스 고속버스 시외버스 택시 카카오택시 ktx 승차권 기차표 ' + 'autobuz autobuzul taxi uber',
  },
  {
    id: 'streaming',
    words: 'netflix spotify youtube disney hbo twitch ' + '넷플릭스 유튜브 스포티파이 디즈니 왓챠 티빙 웨이브 ' + 'netflix spotify youtube disney hbo voyo',
  },
  {
    id: 'money-and-work',
    words:
      'loan loans mortgage salary payroll irs job jobs interview hiring resume library atm freelancer employed employer ' +
      '대출 연말정산 국세청 급여 월급 취업 면접 채용 이력서 도서관 종합소득세 현금인출기 ' +
      'imprumut împrumut ipoteca ipotecă salariu anaf angajare interviu biblioteca bibliotecă bancomat pfa',
  },
  {
    id: 'other-services',
    words:
      'passport invest investing crypto bitcoin doctor medicine homework math python ' +
      '여권 주식 투자 코인 병원 숙제 수학 파이썬 공부 ' +
      'pasaport pașaport investitii investiții bitcoin doctor medicament tema matematica python',
  },
]

/**
 * Words for the thing bought and the story around it ("my *headphones* arrived *dead* *today*", "o *geacă*",
 * "*이어폰*"): a shopper's question names them, no entry is about them. A question's word that is one of
 * these and that the KB never uses is left out of its coverage, so a question with a story is not taken
 * for one about something else. Kept in the same map as the out-of-scope concepts, under this id.
 */
export const NEUTRAL = 'neutral'
const NEUTRAL_WORDS =
  'headphones headphone earbuds earbud earphones airpods jacket coat hoodie shirt tshirt dress skirt jeans trousers pants shoes sneakers boots socks ' +
  'bag backpack wallet watch smartwatch case charger cable adapter laptop tablet toy toys lamp jewelry jewellery ring necklace bracelet earrings ' +
  'glasses sunglasses keyboard mouse speaker drone tripod perfume makeup lipstick blender kettle vacuum thing things stuff ' +
  'rug carpet sofa couch chair pillow blanket curtains vase mug ' +
  'today yesterday tonight night morning evening weekend realised realized noticed completely totally literally left first ' +
  'flat apartment house mom mum dad wife husband friend son daughter kid kids birthday ' +
  '이어폰 블루투스 헤드폰 에어팟 신발 운동화 구두 옷 티셔츠 원피스 치마 바지 청바지 패딩 자켓 점퍼 양말 가방 백팩 지갑 시계 스마트워치 ' +
  '폰케이스 충전기 케이블 어댑터 노트북 태블릿 장난감 조명 목걸이 반지 팔찌 귀걸이 안경 선글라스 키보드 마우스 스피커 드론 향수 화장품 ' +
  '러그 카펫 소파 의자 베개 이불 커튼 꽃병 머그컵 ' +
  '오늘 어제 어젯밤 아침 저녁 주말 완전 진짜 엄마 아빠 남편 아내 친구 아들 딸 아이 생일 이사 ' +
  'casti căști geaca geacă haina haină hanorac tricou camasa cămașă rochie fusta fustă blugi pantaloni pantofi adidasi adidași ghete ciorapi ' +
  'geanta geantă rucsac portofel husa husă incarcator încărcător cablu adaptor laptop tableta tabletă jucarie jucărie jucarii jucării lampa lampă ' +
  'colier inel bratara brățară cercei ochelari tastatura tastatură mouse boxa boxă parfum lucruri lucrurile chestie chestii ' +
  'covor canapea scaun perna pernă patura pătură perdele vaza vază cana cană ' +
  'azi ieri aseara aseară dimineata dimineața seara weekend complet total mama tata sotul soțul sotia soția prieten prietena fiul fiica apartament ziua'

/**
 * The domain's own words: what a question about buying on AliExpress or Amazon names (the shop, an order,
 * a refund, a parcel, a seller, an account...). A best match that shares none of them with the question
 * matched it only through everyday words ("what *time* does the bank *close*", "how's your *day*") and is
 * not an answer. The outside world cannot be listed, but the domain can.
 */
export const DOMAIN = 'domain'
const DOMAIN_WORDS = [
  // English
  'aliexpress ali amazon amzn prime order orders ordered purchase purchased bought buy buying cart basket checkout ' +
    'cancel cancellation refund refunds refunded reimburse reimbursement money return returns returned label ' +
    'dispute disputes claim claims case complaint complain escalate escalation mediation protection guarantee atoz ' +
    'seller sellers vendor supplier store shop parcel parcels package packages shipment shipping ship shipped delivery deliver delivered locker ' +
    'arrive arrived arrival courier carrier tracking track tracked insurance insured customs duty duties import vat ' +
    'coupon coupons promo promotion code voucher discount deal deals sale newsletter ' +
    'payment payments pay paid charge charged card paypal kakaopay wallet declined transaction ' +
    'account password login logged signin sign register registration signup user username profile personal email ' +
    'hacked suspended blocked banned locked verification scam scammed phishing fraud legit trustworthy reliable ' +
    'agent agents support customer representative human operator person assistant talk speak chat chatbot bot ticket contact ' +
    'evidence proof video photo photos screenshot unboxing item items product products received receive ' +
    'defective broken damaged faulty fake counterfeit crushed smashed cracked shattered scratched torn ripped dead ' +
    'wrong missing lost stolen review reviews rating ratings feedback suggestion price prices cheap cheaper address phone number fee fees penalty ' +
    'exchange size colour color chargeback link mail suspicious eva korean work working dent dented',
  // Korean (a compound such as 배송조회 counts through the word inside it)
  '알리 알리익스프레스 아마존 주문 주문내역 구매 구입 결제 장바구니 취소 환불 환급 반품 반송 교환 분쟁 클레임 판매자 셀러 업체 상점 스토어 ' +
    '택배 배송 배송비 송장 운송장 추적 조회 통관 관세 세관 부가세 직구 보험 쿠폰 할인 프로모션 코드 카드 카카오페이 네이버페이 페이팔 ' +
    '계정 비번 비밀번호 로그인 회원 회원가입 가입 탈퇴 이메일 프로필 아이디 해킹 정지 차단 사기 피싱 스미싱 먹튀 ' +
    '상담 상담원 상담사 고객센터 챗봇 채팅 문의 티켓 증거 영상 동영상 사진 ' +
    '불량 파손 고장 깨짐 찌그러짐 찌그러진 찌그러져 부서짐 박살 찢어짐 흠집 항의 가품 짝퉁 오배송 분실 리뷰 후기 평점 피드백 건의 ' +
    '가격 물건 상품 제품 주소 보호 구매자 중재 배상 보상 재발송 도착 수령 미수령 받은 받았 돈 전화번호 전화 휴대폰 핸드폰 번호 수수료 깨져 깨졌 칭찬 ' +
    '색상 사이즈 구성품 가짜 직원 로봇 제안 불만 인증 개인정보 에이투지 프라임 프라임데이 메일 링크 82 010 금 빨리',
  // Romanian
  'comanda comandă comenzi comandat cumparat cumpărat cumpar cumpăr cos coș anulare anula anulez rambursare ramburs rambursa bani ' +
    'returnare retur returna disputa dispută reclamatie reclamație plangere plângere litigiu escaladare mediere protectie protecție garantie ' +
    'vanzator vânzător vanzatorul vânzătorul furnizor magazin colet colete coletul pachet livrare livrat livra curier easybox locker ' +
    'transport expediere expediat urmarire urmărire awb asigurare vama vamă vamale cupon cupoane cod reducere voucher oferta ofertă promotional promoțional ' +
    'plata plată platit plătit card paypal portofel tranzactie comision penalitate ' +
    'cont parola parolă logare autentificare conectare inregistrare înregistrare inregistrez înregistrez utilizator email ' +
    'piratat suspendat blocat teapa țeapă frauda fraudă inselatorie înșelătorie phishing incredere încredere ' +
    'agent operator suport asistenta asistență clienti clienți persoana persoană robot chat bot tichet contact ' +
    'dovada dovadă dovezi video poze fotografii captura despachetare produs produse articol primit ' +
    'defect stricat deteriorat spart crapat crăpat fisurat zgariat zgâriat rupt fals contrafacut contrafăcut gresit greșit lipsa lipsă pierdut ' +
    'recenzie recenzii rating feedback sugestie parere părere pret preț ieftin adresa adresă telefon numar număr prefix prefixul ' +
    'culoare culoarea marime mărime marimea mărimea profil codul cosul coșul chargeback consultant verificare link mail coreea nr ' +
    // a human, not the bot: vorbesc cu un om / omul de la suport; the bot with its article (botul, robotul)
    'om omul uman botul robotul',
].join(' ')

/**
 * The domain words that mean shopping and nothing else (an order, a refund, a parcel, a seller, the shops'
 * names, the account and its password), against those the domain shares with everyday life (a *complaint*,
 * a *claim*, a *code*, a *return*, a *ticket*, a *card*). A question that names none of them may be about
 * something else that uses the same words ("file a noise *complaint*", "reset my garage door *code*", "the
 * *return* on a bond"), so its answer must clear a higher bar (EVERYDAY_BAR). Every one is also a domain word.
 */
export const SHOPPING = 'shopping'
export const SHOPPING_WORDS = [
  // English
  'aliexpress ali amazon amzn prime order orders ordered purchase purchased bought buy buying cart basket checkout ' +
    'refund refunds refunded dispute disputes seller sellers vendor supplier parcel parcels package packages shipment shipping shipped ' +
    'delivery deliver delivered courier tracking customs coupon coupons promo voucher item items product products unboxing chargeback atoz ' +
    'account password login signin signup suspended payment paypal chatbot feedback',
  // Korean (a compound counts through the word inside it, as for DOMAIN_WORDS)
  '알리 알리익스프레스 아마존 주문 주문내역 구매 구입 장바구니 환불 반품 분쟁 판매자 셀러 택배 배송 배송비 송장 운송장 통관 관세 직구 쿠폰 ' +
    '물건 상품 제품 오배송 미수령 에이투지 계정 비번 비밀번호 로그인 결제 정지 건의 인천 상담원 챗봇',
  // Romanian
  'comanda comandă comenzi comandat cumparat cumpărat cumpar cumpăr cos coș rambursare ramburs rambursa returnare retur disputa dispută ' +
    'vanzator vânzător vanzatorul vânzătorul colet colete coletul livrare livrat livra curier easybox awb vama vamă vamale cupon cupoane ' +
    'voucher produs produse articol despachetare chargeback cont contul parola parolă logare plata plată asigurare urmarire urmărire ' +
    'feedback operator suport',
].join(' ')

/**
 * The bar for a question that names none of the SHOPPING words, whatever its language, lowered for a long
 * question as MIN_CONFIDENCE is (STORY_WORDS); the per-language bar still applies when it is higher. Chosen
 * with MIN_CONFIDENCE; bench/eval.mjs.
 */
export const EVERYDAY_BAR = 0.25

/**
 * The indexed fields: each language's questions and title apart, and the keywords of all three together.
 * A question searches its own language's fields and the keywords (`fieldsFor`): the words of the other two
 * languages neither match it nor, through BM25's field lengths, move its scores, so a Romanian phrasing
 * added to an entry cannot change an English answer; keywords are where the languages meet ("money back",
 * "rambursare" and "환불" are each a keyword of the refund entries).
 */
export const FIELDS = ['q_en', 'q_ko', 'q_ro', 't_en', 't_ko', 't_ro', 'k'] as const
export type Field = (typeof FIELDS)[number]

/** The fields a question in `lang` searches. */
export function fieldsFor(lang: Lang): readonly Field[] {
  return FIELD_SETS[lang]
}
const FIELD_SETS: Readonly<Record<Lang, readonly Field[]>> = { en: ['q_en', 't_en', 'k'], ko: ['q_ko', 't_ko', 'k'], ro: ['q_ro', 't_ro', 'k'] }

/** Each field's boost: TUNING's for its kind (questions, titles, keywords). */
export function fieldBoosts(tuning = TUNING): Record<Field, number> {
  return Object.fromEntries(FIELDS.map((f) => [f, tuning.boost[f[0] as 'q' | 'k' | 't']])) as Record<Field, number>
}

/** Term → concept id (an out-of-scope concept, or NEUTRAL). */
export interface Vocabulary {
  get(term: string): string | undefined
  entries(): Iterable<[string, string]>
}

let oosTerms: Vocabulary | undefined

/**
 * Term → concept id, analysed like everything else. The build saves it with the index (`ask` then skips
 * tokenising the list on every start) and `ask` looks terms up in the parsed object as it is: turning its
 * ~1,000 keys into a Map cost ~1 ms of every start. Otherwise it is built on first use.
 */
export function outOfScopeTerms(saved?: Record<string, string>): Vocabulary {
  if (oosTerms === undefined && saved !== undefined) {
    const object = saved
    oosTerms = { get: (term) => (Object.hasOwn(object, term) ? object[term] : undefined), entries: () => Object.entries(object) }
  }
  if (oosTerms === undefined) {
    const map = new Map<string, string>()
    // Whole words only (a Korean word without its particle, not its bigrams): `셀러등록` is about selling,
    // its bigram `셀러` (a seller) is not; `고객센터`'s bigram `센터` is not the domain's. A word in two lists
    // keeps the first: out of scope, then shopping, then the rest of the domain, then neutral.
    const add = (words: string, id: string) => {
      for (const word of analyse(words)) if (!map.has(word.terms[0]!)) map.set(word.terms[0]!, id)
    }
    for (const concept of OUT_OF_SCOPE) add(concept.words, concept.id)
    add(SHOPPING_WORDS, SHOPPING)
    add(DOMAIN_WORDS, DOMAIN)
    add(NEUTRAL_WORDS, NEUTRAL)
    oosTerms = map
  }
  return oosTerms
}

/** Typos in Latin words only: Korean bigrams are already forgiving and two syllables leave no room. */
export function fuzzyFor(term: string): number | false {
  if (term.length < 5 || /[^a-z]/.test(term)) return false
  return term.length >= 9 ? 2 : 1
}

export function prefixFor(term: string): boolean {
  return term.length >= 5 && !/[^a-z]/.test(term)
}

/** Ranking knobs, fixed here and measured by bench/eval.mjs (BM25 k1/b/delta, field boosts). */
export const TUNING = {
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  boost: { q: 1.5, k: 2, t: 1 },
  fuzzy: 0.4,
  prefix: 0.3,
  /** Typos that swap two letters (`cancle`, `adress` aside) count as one edit. */
  transpositions: true,
}

/** A saved index (MiniSearch's `toJSON()`, or its compact form) ready to search, without MiniSearch's tree. */
export function freezeIndex(saved: AsPlainObject | CompactIndex, tuning = TUNING): FrozenIndex {
  const compact = 'ids' in saved ? saved : compactIndex(saved)
  return new FrozenIndex(compact, { fields: FIELDS, boost: fieldBoosts(tuning), bm25: tuning.bm25, weights: { fuzzy: tuning.fuzzy, prefix: tuning.prefix }, fuzzy: fuzzyFor, prefix: prefixFor, transpositions: tuning.transpositions })
}

export interface FaqMatch {
  entry: KbEntry
  /** Calibrated confidence, 0..1. */
  score: number
}

export interface FaqResult {
  /** Best first. */
  matches: FaqMatch[]
  /** Whether the best match is confident enough to be given as the answer. */
  confident: boolean
  /** The out-of-scope concept the question is about, when it is about one. */
  outOfScope?: string
  /** The best match shares none of the domain's words with the question (DOMAIN_WORDS): not an answer. */
  offDomain?: true
}

export interface FaqQuery {
  /**
   * The question's language: the fields it searches and its confidence threshold (default: detected from the
   * question, else English). Not the language of the answer, which the caller picks.
   */
  lang?: Lang
  /** Only entries for this platform (entries listing several platforms count for each). */
  platform?: string
  /** How many matches to return (default 5). */
  limit?: number
}

let shops: Set<string> | undefined
/** The shops' names as the analyser gives them (`aliexpress` → its stem). */
function shopNames(): Set<string> {
  shops ??= new Set(analyse('aliexpress ali express amazon amzn 알리 알리익스프레스 아마존').map((w) => w.terms[0]!))
  return shops
}

/** Content words beyond which a question is taken to tell a story (see `searchFaq`); chosen with MIN_CONFIDENCE. */
export const STORY_WORDS = 6
/** However long the story, the bar is not lowered below this share of it. */
export const STORY_FLOOR = 0.5

/** BM25 per content word at which strength reaches ~0.63; calibrated with MIN_CONFIDENCE. */
const STRENGTH_SCALE = 2.5

/** Coverage of a word matched only through a typo or a prefix: likely, not certain. */
const LOOSE_MATCH = 0.6

/**
 * How much of the question the result answers: each word weighs its rarity in the KB (the IDF of its best
 * term; a word the KB never uses weighs the most), and counts as covered when the result has it exactly,
 * partly when only through a typo or a prefix, and, for a Korean word known only by its bigrams, in
 * proportion to the bigrams the result has.
 */
function coverage(index: FrozenIndex, result: FrozenResult, words: readonly Word[], fields?: readonly Field[]): number {
  const loose = new Set(result.queryTerms)
  const exact = new Set(result.terms)
  const n = index.size
  const idf = (term: string) => {
    const df = index.documentFrequency(term, fields)
    return Math.log(1 + (n - df + 0.5) / (df + 0.5))
  }
  let covered = 0
  let total = 0
  for (const word of words) {
    const weight = Math.max(...word.terms.map(idf))
    total += weight
    const parts = word.terms.length > 1 ? word.terms.slice(1) : word.terms
    const hits = parts.filter((t) => exact.has(t)).length
    if (hits > 0) covered += (weight * hits) / parts.length
    else if (word.terms.some((t) => loose.has(t))) covered += weight * LOOSE_MATCH
  }
  return total === 0 ? 0 : covered / total
}

/** Confidence and its parts (for bench/eval.mjs and debugging). */
export function confidenceParts(index: FrozenIndex, result: FrozenResult, words: readonly Word[], fields?: readonly Field[]): { coverage: number; strength: number; confidence: number } {
  const strength = 1 - Math.exp(-result.score / words.length / STRENGTH_SCALE)
  const cov = coverage(index, result, words, fields)
  return { coverage: cov, strength, confidence: cov * strength }
}

function confidence(index: FrozenIndex, result: FrozenResult, words: readonly Word[], fields: readonly Field[]): number {
  return confidenceParts(index, result, words, fields).confidence
}

/** The out-of-scope concept a question is about: one of its whole words is a concept word the best entry lacks. */
function outOfScopeConcept(words: readonly Word[], best: FrozenResult | undefined): string | undefined {
  const oos = outOfScopeTerms()
  const exact = new Set(best?.terms ?? [])
  for (const word of words) {
    // The first term is the whole word (Korean: without its particle); bigrams and typos do not count.
    const whole = word.terms[0]!
    const concept = oos.get(whole)
    if (concept !== undefined && concept !== NEUTRAL && concept !== DOMAIN && concept !== SHOPPING && !exact.has(whole)) return concept
  }
  return undefined
}

/** The longest Korean domain word, in syllables (알리익스프레스): compounds are searched for words up to it. */
export const KO_DOMAIN_LONGEST = 7
const KO_PARTICLE = new Set(['이', '가', '을', '를', '은', '는', '도', '만', '으', '로'])
const domainCache = new Map<string, boolean>()

/**
 * Whether a term is one of the domain's words, or a Korean compound holding one (`배송조회`, `부분환불`,
 * `분쟁제기`), or a one-syllable one with its particle (`돈이`: stripping it would leave one syllable).
 */
export function isDomain(term: string): boolean {
  return holds(term, isDomainConcept, domainCache)
}

const shoppingCache = new Map<string, boolean>()

/** Whether a term is one of the SHOPPING words, or a Korean compound holding one (`배송조회`, `환불신청`). */
export function isShopping(term: string): boolean {
  return holds(term, (concept) => concept === SHOPPING, shoppingCache)
}

const isDomainConcept = (concept: string | undefined) => concept === DOMAIN || concept === SHOPPING

function holds(term: string, accept: (concept: string | undefined) => boolean, cache: Map<string, boolean>): boolean {
  const known = cache.get(term)
  if (known !== undefined) return known
  const vocabulary = outOfScopeTerms()
  let found = accept(vocabulary.get(term))
  if (!found && term.length >= 2 && /^[\uac00-\ud7a3]+$/.test(term)) {
    if (term.length === 2) found = KO_PARTICLE.has(term[1]!) && accept(vocabulary.get(term[0]!))
    else
      for (let i = 0; i + 2 <= term.length && !found; i++)
        for (let j = i + 2; j <= Math.min(term.length, i + KO_DOMAIN_LONGEST) && !found; j++) if (j - i < term.length && accept(vocabulary.get(term.slice(i, j)))) found = true
  }
  if (cache.size > 10_000) cache.clear()
  cache.set(term, found)
  return found
}

/**
 * Whether the result matched one of the question's domain words. A typo or a prefix of one counts when it
 * keeps the word's first letter (`refnud` → refund, not `border` → order or `teller` → seller: a typo rarely
 * changes the first letter). A Korean run the index does not know whole (`판매자한테메시지보내는법`) matches only
 * through its bigrams: it counts when the run holds a domain word and one of its bigrams matched.
 */
function anchored(result: FrozenResult, words: readonly Word[]): boolean {
  const asked = new Set(result.queryTerms)
  if (result.queryTerms.some(isDomain)) return true
  if (result.terms.some((t) => isDomain(t) && (asked.has(t) || result.queryTerms.some((q) => q[0] === t[0])))) return true
  return words.some((w) => w.terms.length > 1 && w.terms.slice(1).some((t) => asked.has(t)) && isDomain(w.terms[0]!))
}

/**
 * The entries that answer a question, best first, and whether the best one is confident.
 * Never throws on any input: an empty or wordless question simply matches nothing.
 */
/** What the search needs of the entries: an entry by id (parsed on demand) and, cheaply, its platforms. */
export interface EntryLookup {
  get(id: string): KbEntry | undefined
  platforms?(id: string): readonly string[] | undefined
}

export function searchFaq(index: FrozenIndex, byId: EntryLookup, question: string, query: FaqQuery = {}): FaqResult {
  // A Korean word the index knows whole (`불량품`) is searched as that word only; its bigrams are the
  // fallback for words typed differently or run together (`환불신청기한`), not extra votes for the same word.
  // The thing bought and the story around it (NEUTRAL) are left out when the KB never uses them: they
  // would only dilute the confidence or fuzzy-match something unrelated (`jacket` ~ `packet`). So are
  // numbers the KB never uses (`4.8 stars`, `a $900 lens`); those it does use stay (`+82`, `15 days`). The first
  // term of a Korean word is the whole word; its bigrams go with it.
  const vocabulary = outOfScopeTerms()
  const lang = query.lang ?? detectLang(question) ?? 'en'
  const fields = fieldsFor(lang)
  const words = analyse(question)
    .filter((w) => (vocabulary.get(w.terms[0]!) !== NEUTRAL && !/^\d+$/.test(w.terms[0]!)) || index.has(w.terms[0]!, fields))
    .map((w) => (w.terms.length > 1 && index.has(w.terms[0]!, fields) ? { text: w.text, terms: [w.terms[0]!] } : w))
  if (words.length === 0) return { matches: [], confident: false }
  const terms = words.flatMap((w) => w.terms)
  const platform = query.platform
  const found = index.search(terms, platform === undefined ? undefined : (id) => (byId.platforms?.(id) ?? byId.get(id)?.platforms)?.includes(platform) ?? false, fields)
  // An entry that shares one of the domain's words with the question comes before one that matched only
  // everyday words ("the *first* thing to do" about a *cracked* jar is not the first-order coupon).
  const anchors = new Map<FrozenResult, boolean>()
  const isAnchored = (r: FrozenResult) => {
    let a = anchors.get(r)
    if (a === undefined) anchors.set(r, (a = anchored(r, words)))
    return a
  }
  const results = found.length > 1 && !isAnchored(found[0]!) ? [...found.filter(isAnchored), ...found.filter((r) => !isAnchored(r))] : found
  const limit = query.limit ?? 5
  const matches: FaqMatch[] = []
  for (const result of results) {
    const entry = byId.get(String(result.id))
    if (entry === undefined) continue
    matches.push({ entry, score: Math.round(confidence(index, result, words, fields) * 1000) / 1000 })
    if (matches.length >= limit) break
  }
  const outOfScope = outOfScopeConcept(words, results[0])
  const offDomain = results[0] !== undefined && !isAnchored(results[0])
  // A long question tells a story, and most of its words are the story, not the question ("I'm a teacher and
  // ordered 40 packs of markers for my classroom… can I still change the address?"): past STORY_WORDS
  // content words, the bar is lowered in proportion, down to half of it. The domain gate above still applies.
  const story = Math.max(STORY_FLOOR, Math.min(1, STORY_WORDS / words.length))
  const threshold = MIN_CONFIDENCE[lang] * story
  // A question that names nothing only shopping means ("file a noise *complaint*", "reset the *code* of my
  // garage door") may be about something else that shares the domain's words: it needs a clearer match
  // (lowered for a long story in the same proportion).
  const bar = words.some((w) => isShopping(w.terms[0]!)) ? threshold : Math.max(threshold, EVERYDAY_BAR * story)
  // A question that only names a shop ("AliExpress", "알리") asks nothing yet: the closest entries, no answer.
  const onlyShop = words.every((w) => shopNames().has(w.terms[0]!))
  const confident = !onlyShop && outOfScope === undefined && !offDomain && matches.length > 0 && matches[0]!.score >= bar
  return { matches, confident, ...(outOfScope !== undefined ? { outOfScope } : {}), ...(offDomain ? { offDomain } : {}) }
}
