import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseDay } from '../../src/core/dates.js'
import { CancelledError, UsageError } from '../../src/errors.js'
import type { SelectQuestion, TextQuestion } from '../../src/io/prompts.js'

/**
 * The question flow with the prompt module mocked (STYLE.md §4). Each scripted answer goes through the
 * prompt's own validate(), as inquirer does: a refused answer is recorded with its message and the same
 * prompt takes the next scripted answer, i.e. asks again.
 */
const script: string[] = []
const asked: string[] = []
const refused: { question: string; answer: string; message: string }[] = []

vi.mock('../../src/io/prompts.js', () => ({
  askSelect: vi.fn(async (q: SelectQuestion<unknown>) => {
    asked.push(q.message)
    const answer = script.shift()
    if (answer === undefined) throw new Error(`no scripted answer for "${q.message}"`)
    if (answer === '^C') throw new CancelledError()
    const choice = q.choices.find((c) => String(c.value) === answer)
    if (!choice) throw new Error(`"${answer}" is not a choice of "${q.message}": ${q.choices.map((c) => String(c.value)).join(', ')}`)
    return choice.value
  }),
  askText: vi.fn(async (q: TextQuestion) => {
    asked.push(q.message)
    for (;;) {
      const answer = script.shift()
      if (answer === undefined) throw new Error(`no scripted answer for "${q.message}"`)
      if (answer === '^C') throw new CancelledError()
      const verdict = q.validate?.(answer) ?? true
      if (verdict === true) return answer
      refused.push({ question: q.message, answer, message: verdict })
    }
  }),
}))

const { nextQuestion, wizard } = await import('../../src/commands/wizard.js')
const { POLICIES } = await import('../helpers.js')

const TODAY = parseDay('2026-11-22')!
let out = ''

beforeEach(() => {
  script.length = 0
  asked.length = 0
  refused.length = 0
  out = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk)
    return true
  })
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
})
afterEach(() => vi.restoreAllMocks())

/** Run the wizard with these answers typed in, and these flags; returns which prompts were shown (message keys). */
async function run(answers: string[], args: Record<string, string> = {}, lang: 'en' | 'ko' | 'ro' = 'en') {
  script.push(...answers)
  const result = await wizard({ args, today: TODAY, lang, interactive: true })
  expect(script, 'every scripted answer was used').toEqual([])
  return result
}

/** The first words of each question shown, to keep the expectations short. */
const questions = () => asked.map((m) => m.replace(/\x1b\[[0-9;]*m/g, '').replace(/ \(.*\)$/, ''))

describe('which questions are asked', () => {
  it('a plain cancellation: only whether it has shipped', async () => {
    const r = await run(['aliexpress', 'none', '2 days ago', '', ''])
    expect(questions()).toEqual(['Where did you buy it?', 'What went wrong?', 'When did you place the order?', 'When did the seller ship it?', 'Order number, for the message to the seller'])
    expect(r.assessment.verdicts.cancel.status).toBe('eligible')
  })

  it('a defective item that arrived: the delivery date, the contact, no shipping date and no estimate', async () => {
    const r = await run(['aliexpress', 'defective', '2026-09-01', '2026-11-10', '', '', 'refund', 'A-17'])
    expect(questions()).toEqual([
      'Where did you buy it?',
      'What went wrong?',
      'When did you place the order?',
      'When was it delivered?',
      'When did you first contact the seller about it?',
      'Have you already opened a dispute or claim with AliExpress? If so, on which date?',
      'What do you want to ask the seller for?',
      'Order number, for the message to the seller',
    ])
    expect(r.assessment.verdicts.refund).toMatchObject({ status: 'eligible', deadline: '2026-11-25', daysLeft: 3 })
    expect(r.assessment.verdicts.dispute).toMatchObject({ status: 'uncertain', deadline: '2026-11-15', latestDeadline: '2026-11-25' })
    expect(out).toContain('Subject: Order A-17: defective item')
  })

  it('a parcel that never came: asks whether the scan says delivered, then shipping and the estimate', async () => {
    const r = await run(['aliexpress', 'not_received', '2026-10-01', '', '2026-10-03', '2026-11-05', '2026-11-10', '', 'reship', ''])
    expect(questions()).toEqual([
      'Where did you buy it?',
      'What went wrong?',
      'When did you place the order?',
      'Does the tracking page show it as delivered? On which date?',
      'When did the seller ship it?',
      'What is the latest estimated delivery date shown for the order?',
      'When did you first contact the seller about it?',
      'Have you already opened a dispute or claim with AliExpress? If so, on which date?',
      'What do you want to ask the seller for?',
      'Order number, for the message to the seller',
    ])
    // POLICY.md worked example 3.
    expect(r.assessment.verdicts.dispute).toMatchObject({ status: 'eligible', deadline: '2026-12-15', latestDeadline: '2027-01-04' })
    expect(r.assessment.verdicts.escalate).toMatchObject({ status: 'eligible', opens: '2026-11-17' })
    expect(out).toContain('Please send me a replacement')
  })

  it('changed my mind: no question about what to ask for (it is a return)', async () => {
    await run(['amazon', 'changed_mind', '2026-11-01', '2026-11-05', '', ''])
    expect(questions()).not.toContain('What do you want to ask the seller for?')
    expect(questions()).not.toContain('When did you first contact the seller about it?')
  })

  it('flags skip their questions', async () => {
    await run(['2026-11-10', '', '', ''], { platform: 'aliexpress', issue: 'defective', ordered: '2026-09-01', request: 'refund' })
    expect(questions()).toEqual(['When was it delivered?', 'When did you first contact the seller about it?', 'Have you already opened a dispute or claim with AliExpress? If so, on which date?', 'Order number, for the message to the seller'])
  })

  it('asks in the user language', async () => {
    await run(['aliexpress', 'defective', '3일 전', '어제', '', '', 'refund', ''], {}, 'ko')
    expect(questions()).toEqual(['어디에서 구매했나요?', '어떤 문제가 있나요?', '언제 주문했나요?', '언제 도착했나요?', '이 문제로 판매자에게 처음 연락한 날은 언제인가요?', expect.stringMatching(/^AliExpress에 이미 분쟁이나 클레임을 열었나요\?/), '판매자에게 무엇을 요청할까요?', '주문 번호(판매자에게 보낼 메시지에 넣어요)'])
    expect(out).toContain('환불')
  })

  it('nextQuestion is pure and stops when the rules have what they need', () => {
    expect(nextQuestion({}, POLICIES)).toBe('platform')
    expect(nextQuestion({ platform: 'nope' }, POLICIES)).toBe('platform')
    expect(nextQuestion({ platform: 'amazon', issue: 'late', ordered: 1, delivered: null, shipped: null }, POLICIES)).toBe('eta')
    expect(nextQuestion({ platform: 'amazon', issue: 'late', ordered: 1, delivered: 5 }, POLICIES)).toBe('contacted')
    expect(nextQuestion({ platform: 'amazon', issue: 'late', ordered: 1, delivered: 5, contacted: null }, POLICIES)).toBe('disputed')
    // Amazon's holiday period reads the shipping date: asked when it could fall in a November–December window.
    const nov = parseDay('2026-11-05')!
    expect(nextQuestion({ platform: 'amazon', issue: 'changed_mind', ordered: nov - 10, delivered: nov }, POLICIES)).toBe('shipped')
    expect(nextQuestion({ platform: 'aliexpress', issue: 'changed_mind', ordered: nov - 10, delivered: nov }, POLICIES)).not.toBe('shipped')
    expect(nextQuestion({ platform: 'aliexpress', issue: null, ordered: 1, shipped: null, id: null }, POLICIES)).toBeNull()
  })
})

describe('re-asking after an invalid date', () => {
  it.each([
    ['an unreadable date', 'last tuesday', /"last tuesday" is not a date I can read/],
    ['an impossible date', '2026-02-30', /2026-02-30 is not in the calendar/],
    ['a date after today', '2026-12-01', /Tue, Dec 1, 2026 is after today \(Sun, Nov 22, 2026\)/],
  ])('%s for the order date', async (_name, bad, message) => {
    await run(['aliexpress', 'none', bad, '2026-11-20', '', ''])
    expect(refused).toHaveLength(1)
    expect(refused[0]).toMatchObject({ answer: bad, message: expect.stringMatching(message) })
  })

  it('delivered before ordered', async () => {
    const r = await run(['aliexpress', 'damaged', '2026-11-10', '2026-11-01', 'yesterday', '', '', 'partial_refund', ''])
    expect(refused).toEqual([{ question: expect.stringMatching(/When did it arrive/), answer: '2026-11-01', message: 'Sun, Nov 1, 2026 is before the order date (Tue, Nov 10, 2026). Enter a date on or after it.' }])
    expect(r.order.delivered).toBe(TODAY - 1)
  })

  it('an order date after a delivery already given as a flag', async () => {
    await run(['2026-11-12', '2026-11-01', '', '', 'refund', ''], { platform: 'aliexpress', issue: 'defective', delivered: '2026-11-10' })
    expect(refused).toEqual([expect.objectContaining({ answer: '2026-11-12', message: 'Thu, Nov 12, 2026 is after the delivery date (Tue, Nov 10, 2026). Enter a date on or before it.' })])
  })

  it('a required date cannot be skipped; an optional one can', async () => {
    await run(['aliexpress', 'none', '', 'today', '', ''])
    expect(refused).toEqual([expect.objectContaining({ answer: '', message: expect.stringMatching(/Please enter a date/) })])
  })

  it('says why in Korean and Romanian too', async () => {
    await run(['aliexpress', 'none', '2026-02-30', '오늘', '', ''], {}, 'ko')
    expect(refused[0]!.message).toBe('2026-02-30은 달력에 없는 날짜예요. 월과 일을 확인해 주세요.')
    refused.length = 0
    await run(['aliexpress', 'none', 'mâine', 'azi', '', ''], {}, 'ro')
    expect(refused[0]!.message).toMatch(/^luni, 23 noiembrie 2026 este după ziua de azi/)
  })

  it('Amazon needs the estimate of a parcel that has not come', async () => {
    await run(['amazon', 'late', '2026-11-01', '', '2026-11-02', '', '2026-11-12', '', '', 'refund', ''])
    expect(refused).toEqual([expect.objectContaining({ question: expect.stringMatching(/estimated delivery/), answer: '' })])
  })
})

describe('leaving', () => {
  it('Ctrl-C at a prompt is a cancellation, not a crash', async () => {
    script.push('aliexpress', '^C')
    await expect(wizard({ args: {}, today: TODAY, lang: 'en', interactive: true })).rejects.toBeInstanceOf(CancelledError)
    expect(out).toBe('')
  })

  it('without a terminal, names the missing flags and points to check', async () => {
    const err = await wizard({ args: { platform: 'amazon', issue: 'late' }, today: TODAY, lang: 'en', interactive: false }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UsageError)
    expect((err as UsageError).exitCode).toBe(2)
    expect((err as Error).message).toMatch(/missing: --ordered, --eta\. .*buyerdesk check/)
    expect(asked).toEqual([])
  })

  it('without a terminal and with every answer given, no prompt is loaded', async () => {
    const r = await wizard({ args: { platform: 'aliexpress', issue: 'none', ordered: '2026-11-20' }, today: TODAY, lang: 'en', interactive: false })
    expect(asked).toEqual([])
    expect(r.assessment.verdicts.cancel.status).toBe('eligible')
  })
})
