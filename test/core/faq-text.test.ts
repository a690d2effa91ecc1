import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectLang, detectPlatform } from '../../src/core/faq/detect.js'
import { fold, indexTokens, stemEnglish, stripKorean, tokenize } from '../../src/core/faq/text.js'

const t = (text: string) => tokenize(text)

describe('fold', () => {
  it.each([
    ['Rambursare în 15 zile', 'rambursare in 15 zile'],
    ['Rambursare ÎN', 'rambursare in'],
    // comma-below (ș ț) and cedilla (ş ţ) forms meet
    ['țară șir', 'tara sir'],
    ['ţară şir', 'tara sir'],
    ['Ăsta Â', 'asta a'],
    ['환불은 언제', '환불은 언제'],
  ])('%s → %s', (input, expected) => expect(fold(input)).toBe(expected))

  it('is idempotent on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fold(fold(s)) === fold(s)))
  })
})

describe('Korean: particles and endings are stripped, bigrams added', () => {
  it.each([
    ['환불은', '환불'],
    ['환불이', '환불'],
    ['환불을', '환불'],
    ['환불받고', '환불'],
    ['알리에서', '알리'],
    ['배송이', '배송'],
    // one-syllable nouns keep their ending rather than losing a real syllable
    ['아이', '아이'],
  ])('%s → %s', (word, stem) => expect(stripKorean(word)).toBe(stem))

  it('the same terms with or without particles', () => {
    expect(t('환불은')).toEqual(t('환불'))
    expect(t('환불받고 싶어요')).toEqual(['환불'])
  })

  it('the index also holds the bigram across a space, for questions typed without it', () => {
    expect(indexTokens('몇 시까지 해요')).toContain('몇시')
    expect(tokenize('몇시까지')).toEqual(['몇시'])
  })

  it('the index also holds two adjacent words joined, without their particles, as shoppers type compounds', () => {
    expect(indexTokens('주문 내역을 확인하세요')).toContain('주문내역')
    expect(indexTokens('환불을 신청하려면')).toContain('환불신청')
    // a question typed with the compound finds it whole
    expect(tokenize('주문내역은')[0]).toBe('주문내역')
    // not across a stop word
    expect(indexTokens('어떻게 환불')).not.toContain('어떻게환불')
  })

  it.each([
    ['어케 환불함', ['환불']],
    ['짝퉁임', ['짝퉁']],
    ['취소해야돼', ['취소']],
    ['배송 언제 됨', ['배송', '언제']],
    ['주문내역 어디서봄', ['주문내역', '주문', '문내', '내역']],
  ])('casual forms: %s → %j', (text, terms) => expect(tokenize(text)).toEqual(terms))

  it.each([
    ['정지당함', ['정지']],
    ['해킹당했어요', ['해킹']],
    ['불량인데', ['불량']],
    ['가품인지', ['가품']],
    // nouns ending in the copula's syllable keep it
    ['배송확인', ['배송확인', '배송', '송확', '확인']],
    ['수령인', ['수령인', '수령', '령인']],
    ['로그인', ['로그인', '로그', '그인']],
    ['분실된거같아요', ['분실']],
    ['분실된거같은데', ['분실']],
    ['정지됐습니다', ['정지']],
    ['불량이면', ['불량']],
    ['반품하는게', ['반품']],
    ['고장났어요', ['고장']],
    // a one-syllable noun loses its particle too (돈을 → 돈), a longer word starting with it does not
    ['돈을', ['돈']],
    ['돈가스', ['돈가스', '돈가', '가스']],
    ['부분환불받는거', ['부분환불', '부분', '분환', '환불']],
    // bare jamo are feelings, not words, also typed onto a word
    ['환불 ㅠㅠ', ['환불']],
    ['ㅋㅋㅋ', []],
    ['분실된거같아요ㅠㅠ', ['분실']],
    ['refundㅋㅋ', ['refund']],
    ['ᄏᄏ 환불', ['환불']],
  ])('passive and copula endings, jamo: %s → %j', (text, terms) => expect(tokenize(text)).toEqual(terms))

  it('pieces of verb endings are not bigrams: they would only match the same politeness', () => {
    const terms = tokenize('비밀번호 바꾸고싶어')
    expect(terms).toContain('바꾸')
    expect(terms).not.toContain('고싶')
    expect(terms).not.toContain('싶어')
  })

  it('text typed without spaces meets the spaced words through bigrams', () => {
    const spaced = t('환불 신청 기한')
    const joined = t('환불신청기한이')
    for (const term of spaced) expect(joined).toContain(term)
  })
})

describe('Romanian: diacritics folded, endings stripped', () => {
  it('with and without diacritics give the same terms', () => {
    expect(t('Cum anulez o comandă?')).toEqual(t('Cum anulez o comanda'))
    expect(t('rambursarea banilor')).toEqual(t('Rambursarea banilor'))
    expect(t('țară')).toEqual(t('ţară'))
  })
  it('articles and plural endings meet the bare word', () => {
    expect(t('coletul')).toEqual(t('colet'))
    expect(t('vânzătorului')).toEqual(t('vanzator'))
    expect(t('rambursare')).toEqual(t('rambursarea'))
  })
  it('function words carry no terms', () => expect(t('Cum pot să')).toEqual([]))
})

describe('English: light stemming', () => {
  it.each([
    ['cancelling', 'cancel'],
    ['canceled', 'cancel'],
    ['cancelled', 'cancel'],
    ['refunds', 'refund'],
    ['deliveries', stemEnglish('delivery')],
    ['tracking', 'track'],
  ])('%s → %s', (word, stem) => expect(stemEnglish(word)).toBe(stem))
  it('stop words and request verbs carry no terms', () => expect(t('I need help with the')).toEqual([]))
  it("words that are names of an object's own properties are words like any other", () => {
    for (const w of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) for (const term of t(w)) expect(typeof term).toBe('string')
    expect(t('constructor')).toEqual([stemEnglish('constructor')])
  })
  it('fillers of chat English carry no terms, the words around them do', () => {
    expect(t('it says actually ok yeah')).toEqual([])
    expect(t('the tracking says delivered')).toEqual(t('tracking delivered'))
  })
  it('Romanian fillers carry no terms, but "ori" (times) does: "de 2 ori" is a double charge', () => {
    expect(t('chiar nici însă atunci')).toEqual([])
    expect(t('mi-a luat banii de 2 ori')).toContain('ori')
  })
  it.each([
    ['msg', 'message'],
    ['Msgs', 'messages'],
    ['pkg', 'package'],
    ['acct', 'account'],
    ['pwd', 'password'],
    ['addr', 'address'],
    ['msj', 'mesaj'],
  ])('chat shorthand %s is read as %s', (short, word) => {
    expect(t(short)).toEqual(t(word))
    expect(t(short).length).toBeGreaterThan(0)
  })
})

describe('detectLang', () => {
  it.each([
    ['환불은 언제 되나요', 'ko'],
    ['how do I cancel my order', 'en'],
    ['Cum anulez comanda', 'ro'],
    ['Cât durează livrarea?', 'ro'],
    ['AliExpress?', undefined],
  ])('%s → %s', (q, lang) => expect(detectLang(q)).toBe(lang))
})

describe('detectPlatform', () => {
  it.each([
    ['아마존 반품', 'amazon'],
    ['amazon return label', 'amazon'],
    ['Comanda de pe Amazonul', 'amazon'],
    ['알리 분쟁 기한', 'aliexpress'],
    ['aliexpress refund', 'aliexpress'],
    ['ali express refund', 'aliexpress'],
    ['my parcel is late', undefined],
    ['amazon or aliexpress?', undefined],
  ])('%s → %s', (q, p) => expect(detectPlatform(q)).toBe(p))
})
