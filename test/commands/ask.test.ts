import { Chalk } from 'chalk'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { answerQuestion, parseLimitFlag, parsePlatformFlag, questionProblem, renderAnswer, type AnswerContext } from '../../src/commands/ask.js'
import { loadFaq, readContact } from '../../src/data/kb.js'
import { UsageError } from '../../src/errors.js'

// The command's own logic against the fixture KB, on the topic model the build fitted (npm test builds first).
const FIXTURE = fileURLToPath(new URL('../fixtures/kb/', import.meta.url))
const MODEL = fileURLToPath(new URL('../../dist/kb-model.bin', import.meta.url))
const faq = await loadFaq(FIXTURE, MODEL)
const contact = await readContact()
const plain = new Chalk({ level: 0 })
// Content, not layout: wide enough that no line wraps (test/render/layout.test.ts checks the wrapping).
const WIDE = { now: new Date('2026-11-22T10:00:00Z'), timeZone: 'Europe/Bucharest', width: 1000, seeds: {} }
const ctx = (over: Partial<AnswerContext> = {}): AnswerContext => ({ fallbackLang: 'en', limit: 3, ...over })

describe('answerQuestion', () => {
  it('answers in the language of the question, with steps and sources', () => {
    const { record } = answerQuestion(faq, '환불 기한이 언제까지예요?', ctx())
    expect(record).toMatchObject({ lang: 'ko', topic: 'refund.request', answer: '수령 후 15일 이내예요.' })
    expect(record.steps).toEqual(['내 주문을 여세요.', '환불을 고르세요.'])
    expect(record.sources).toEqual([{ seed: '001_f48e80dde54bdc2a.txt' }])
  })

  it('--lang wins over the question; --platform over the shop it names; the saved shop only when none is named', () => {
    expect(answerQuestion(faq, 'refund money back', ctx({ lang: 'ro' })).record.lang).toBe('ro')
    expect(answerQuestion(faq, 'aliexpress refund', ctx({ platform: 'amazon' })).record.matches[0]!.id).toBe('amz-refund-window')
    expect(answerQuestion(faq, 'amazon refund', ctx({ savedPlatform: 'aliexpress' })).record.platform).toBe('amazon')
    expect(answerQuestion(faq, 'refund', ctx({ savedPlatform: 'amazon' })).record.platform).toBe('amazon')
  })

  it('a question with no language clue uses the fallback language', () => {
    expect(answerQuestion(faq, 'AliExpress?', ctx({ fallbackLang: 'ko' })).record.lang).toBe('ko')
  })

  it('a question whose words do not tell its language is answered in the language the user asked for or uses', async () => {
    const real = await loadFaq(fileURLToPath(new URL('../../data/kb/', import.meta.url)), MODEL)
    // "recenzie amazon": a review, in Romanian; read as English it would be a seller's rating
    expect(answerQuestion(real, 'recenzie amazon', ctx({ fallbackLang: 'ro' })).record).toMatchObject({ lang: 'ro', topic: 'feedback.submit' })
    expect(answerQuestion(real, 'recenzie amazon', ctx({ lang: 'ro' })).record).toMatchObject({ lang: 'ro', topic: 'feedback.submit' })
    // the model reads every language the same way: the review is a review whatever the user's language
    expect(answerQuestion(real, 'recenzie amazon', ctx({ fallbackLang: 'en' })).record).toMatchObject({ lang: 'en', topic: 'feedback.submit' })
  })

  it('abstains with topic and answer null', () => {
    const { record, entry } = answerQuestion(faq, 'recommend me a horror movie', ctx())
    expect(entry).toBeNull()
    expect(record).toMatchObject({ topic: null, answer: null, steps: [], sources: [] })
  })
})

describe('renderAnswer', () => {
  it('shows the related command and the sources', () => {
    const { record, entry } = answerQuestion(faq, 'refund deadline', ctx({ platform: 'aliexpress' }))
    const text = renderAnswer(record, entry, null, plain, WIDE).join('\n')
    expect(text).toContain('Check your own order: buyerdesk check --platform aliexpress --issue defective --ordered YYYY-MM-DD')
    // the fixture KB has no seed table: the source is named as a guide, its file name in brackets
    expect(text).toContain('Sources: a guide to shopping support (001_f48e80dde54bdc2a.txt)')
  })

  it('"I don\'t know" names the closest topics and how to reach the shop, in the user\'s language', () => {
    const { record, entry } = answerQuestion(faq, 'refund for my cinema ticket and popcorn', ctx({ platform: 'aliexpress', lang: 'ro' }))
    expect(entry).toBeNull()
    const text = renderAnswer(record, entry, contact, plain, WIDE).join('\n')
    expect(text).toContain('Nu am găsit un răspuns')
    expect(text).toContain('buyerdesk show ali-refund-window')
    expect(text).toContain('Chatbot (Eva): deschis non-stop')
    expect(text).toContain('09:00–15:00')
    // nobody at either shop speaks Romanian: said plainly, and the English channels lead
    expect(text).toContain('AliExpress nu are serviciu clienți în română')
    // no phone line: not offered as a way to reach AliExpress
    expect(text).not.toContain('Telefon:')
    expect(text).toContain('buyerdesk contact aliexpress')
    // the hours on the user's clock, Seoul's named
    expect(text).toContain('02:00–08:00 ora locală (09:00–15:00 ora standard a Coreei, Asia/Seoul)')
  })

  it.each([
    ['ko', '한국어 상담원(채팅)', null],
    ['en', 'Chat bot (Eva)', null],
    ['ro', 'Chatbot (Eva)', 'AliExpress nu are serviciu clienți în română'],
  ] as const)('"I don\'t know" in %s leads with the channel that serves the language', (lang, first, missing) => {
    const { record, entry } = answerQuestion(faq, 'refund for my cinema ticket and popcorn', ctx({ platform: 'aliexpress', lang }))
    expect(entry).toBeNull()
    const lines = renderAnswer(record, entry, contact, plain, WIDE)
    expect(lines.find((l) => l.startsWith('  - ') && !l.includes('buyerdesk show'))).toContain(first)
    if (missing !== null) expect(lines.join('\n')).toContain(missing)
    else expect(lines.join('\n')).not.toMatch(/상담이 없어요|no \w+-speaking support/)
  })
})

describe('other shops, abstentions and the filled command', () => {
  it.each([
    ['테무 주문취소 어케함', 'ko', 'buyerdesk는 알리익스프레스와 아마존만 다뤄요. Temu 쇼핑몰은 다루지 않아서', '페이팔'],
    ['doordash order never came', 'en', 'DoorDash isn\'t covered: buyerdesk knows only the rules of AliExpress and Amazon.', 'PayPal'],
    ['cum anulez o comanda pe Glovo', 'ro', 'buyerdesk se ocupă doar de AliExpress și Amazon; despre Glovo nu există informații aici', 'PayPal'],
  ])('%s: an honest "not covered" in the question\'s language, with advice for any shop', (q, lang, text, paypal) => {
    const { record, entry } = answerQuestion(faq, q, ctx())
    expect(record).toMatchObject({ lang, topic: null, abstain: 'other-shop' })
    const out = renderAnswer(record, entry, contact, plain, WIDE).join('\n')
    expect(out).toContain(text)
    expect(out).toContain(paypal)
    // not another shop's rules, nor AliExpress's channels
    expect(out).not.toContain('buyerdesk show')
  })

  it('the JSON record keeps the reason for abstaining and the out-of-scope probability', () => {
    const { record } = answerQuestion(faq, 'recommend me a horror movie', ctx())
    expect(['out-of-scope', 'unsure']).toContain(record.abstain)
    expect(record.outOfScope).toBeGreaterThan(0)
    expect(record.command).toBeNull()
    const answered = answerQuestion(faq, 'cancel my order', ctx()).record
    expect(answered).toMatchObject({ abstain: null, otherShop: null })
  })

  it('"Did you mean" heads the closest topics when the model is unsure', () => {
    const record = { ...answerQuestion(faq, 'recommend me a horror movie', ctx()).record, abstain: 'unsure' as const }
    expect(renderAnswer(record, null, contact, plain, WIDE).join('\n')).toContain('Did you mean:')
  })

  it('the check command is filled with the shop and the issue the question tells', async () => {
    const real = await loadFaq(fileURLToPath(new URL('../../data/kb/', import.meta.url)), MODEL)
    const { record } = answerQuestion(real, 'my package never arrived, how long do i have to open a dispute on amazon', ctx())
    expect(record.topic).toBe('dispute.open')
    expect(record.command).toBe('buyerdesk wizard --platform amazon --issue not_received')
  })
})

describe('flags and lines', () => {
  it.each([['Amazon', 'amazon'], [' aliexpress ', 'aliexpress'], [undefined, undefined]])('--platform %j → %j', (arg, out) => expect(parsePlatformFlag(arg)).toBe(out))
  it('an unknown shop is a usage error naming the flag', () => {
    expect(() => parsePlatformFlag('ebay')).toThrow(UsageError)
    expect(() => parsePlatformFlag('ebay')).toThrow('--platform: "ebay" is not a shop buyerdesk knows; expected one of aliexpress, amazon')
  })
  it.each(['0', '-1', 'many', '2.5'])('--limit %j is a usage error', (arg) => expect(() => parseLimitFlag(arg)).toThrow(/--limit/))
  it('empty and overlong lines are not questions', () => {
    expect(questionProblem('  ')).toMatch(/^empty line/)
    expect(questionProblem('x'.repeat(1001))).toMatch(/^line too long/)
    expect(questionProblem('refund?')).toBeUndefined()
  })
})
