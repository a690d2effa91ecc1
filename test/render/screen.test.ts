import { Chalk } from 'chalk'
import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { assessIn as assess } from '../../src/render/verdict.js'
import { parseDay } from '../../src/core/dates.js'
import { validateOrder } from '../../src/render/order.js'
import { LANGS, type Lang } from '../../src/i18n/lang.js'
import { renderEvidence } from '../../src/render/evidence.js'
import { sellerMessage } from '../../src/render/message.js'
import { planMessage } from '../../src/core/message-plan.js'
import { recommendedAction, renderAssessment, renderMessageOnly, wrap } from '../../src/render/result.js'
import { GLYPHS, renderTimeline, wantsAscii } from '../../src/render/timeline.js'
import { makeOrder, POLICIES, type OrderInput } from '../helpers.js'

const plain = new Chalk({ level: 0 })
const TODAY = '2026-11-22'

function setup(input: OrderInput, lang: Lang = 'en') {
  const result = validateOrder(input, POLICIES, parseDay(TODAY)!, lang)
  if (!result.ok) throw new Error(result.problem.message)
  const policy = POLICIES.get(result.order.platform)!
  return { order: result.order, policy, assessment: assess(result.order, policy, result.today, lang) }
}

// The POLICY.md worked examples, plus an Amazon order and a plain cancellation.
const ORDERS: Record<string, OrderInput> = {
  'not shipped, no eta': makeOrder({ issue: 'not_received', ordered: '2026-11-20' }),
  'defective, sources disagree': makeOrder({ issue: 'defective', ordered: '2026-09-01', shipped: '2026-09-04', delivered: '2026-11-10', id: 'A-17' }),
  'never came, seller contacted': makeOrder({ issue: 'not_received', ordered: '2026-10-01', shipped: '2026-10-03', eta: '2026-11-05', contacted: '2026-11-10' }),
  'amazon damaged': makeOrder({ platform: 'amazon', issue: 'damaged', ordered: '2026-11-01', shipped: '2026-11-02', delivered: '2026-11-05', contacted: '2026-11-06' }),
  'just cancel': makeOrder({ ordered: '2026-11-21' }),
}

describe('renderTimeline', () => {
  for (const lang of LANGS) {
    it(`the sources-disagree example in ${lang}`, () => {
      const s = setup(ORDERS['defective, sources disagree']!, lang)
      expect(renderTimeline({ ...s, lang, ascii: false, colours: plain }).join('\n')).toMatchSnapshot()
    })
  }

  it('draws the uncertain stretch apart from the open one', () => {
    const s = setup(ORDERS['defective, sources disagree']!)
    const dispute = renderTimeline({ ...s, lang: 'en', ascii: false, colours: plain }).find((l) => l.startsWith('Dispute'))!
    // Opens on delivery (Nov 10), open by every source until Nov 15, then only by one until Nov 25.
    expect(dispute).toMatch(/├━+░+┤ Nov 10–Nov 15\/Nov 25$/)
    const refund = renderTimeline({ ...s, lang: 'en', ascii: false, colours: plain }).find((l) => l.startsWith('Refund'))!
    expect(refund).toMatch(/├━+┤ Nov 10–Nov 25$/)
    expect(refund).not.toMatch(/░/)
  })

  it('a window opening after one source closed it: the latest deadline, the whole bar uncertain', () => {
    const input = makeOrder({ issue: 'not_received', ordered: '2026-08-06', shipped: '2026-08-08', eta: '2026-10-25' })
    const result = validateOrder({ ...input, today: '2026-10-22' }, POLICIES, parseDay('2026-10-22')!, 'en')
    if (!result.ok) throw new Error(result.problem.message)
    const policy = POLICIES.get(result.order.platform)!
    const assessment = assess(result.order, policy, result.today, 'en')
    const dispute = renderTimeline({ order: result.order, policy, assessment, lang: 'en', ascii: false, colours: plain }).find((l) => l.startsWith('Dispute'))!
    expect(dispute).toMatch(/├░+┤ Oct 26–Dec 24$/)
    const screen = renderAssessment(assessment, policy, { lang: 'en', colours: plain, order: result.order }).join('\n')
    expect(screen).toMatch(/opens Mon, Oct 26, 2026 · latest Thu, Dec 24, 2026 \(63 days left\)/)
    expect(screen).not.toMatch(/until Tue 20 Oct/)
  })

  it('marks an assumed estimate and an open-ended window', () => {
    const lines = renderTimeline({ ...setup(ORDERS['not shipped, no eta']!), lang: 'en', ascii: false, colours: plain })
    expect(lines.find((l) => l.startsWith('estimate'))).toMatch(/Jan 19 \(assumed\)$/)
    expect(lines.find((l) => l.startsWith('Cancel'))).toMatch(/├━+► Nov 20–$/)
  })

  it('degrades to ASCII', () => {
    for (const name of Object.keys(ORDERS)) {
      const text = renderTimeline({ ...setup(ORDERS[name]!), lang: 'en', ascii: true, colours: plain }).join('\n')
      expect(text, name).toMatch(/^[\x20-\x7e\n–]*$/) // the date ranges keep their en dash, nothing else
      expect(text).not.toContain(GLYPHS.unicode.open)
    }
    expect(renderTimeline({ ...setup(ORDERS['defective, sources disagree']!), lang: 'en', ascii: true, colours: plain }).join('\n')).toMatchSnapshot()
  })

  it('knows when a terminal needs ASCII', () => {
    expect(wantsAscii(false, { TERM: 'dumb', LANG: 'en_US.UTF-8' })).toBe(true)
    expect(wantsAscii(false, { LANG: 'C' })).toBe(true)
    expect(wantsAscii(false, { LANG: 'ko_KR.EUC-KR' })).toBe(true)
    expect(wantsAscii(false, { LC_ALL: 'POSIX', LANG: 'en_US.UTF-8' })).toBe(true)
    expect(wantsAscii(true, { LANG: 'en_US.UTF-8' })).toBe(true)
    expect(wantsAscii(false, { LANG: 'ro_RO.UTF-8', TERM: 'xterm-256color' })).toBe(false)
    expect(wantsAscii(false, { LANG: 'en_US.utf8' })).toBe(false)
    expect(wantsAscii(false, {})).toBe(false)
  })
})

describe('sellerMessage', () => {
  /** The message for an order as check would write it: the plan comes from the verdicts. */
  const messageFor = (input: OrderInput, lang: Lang = 'en', request: 'refund' | 'partial_refund' | 'reship' = 'refund', today = TODAY) => {
    const r = validateOrder(input, POLICIES, parseDay(today)!, lang)
    if (!r.ok) throw new Error(r.problem.message)
    const policy = POLICIES.get(r.order.platform)!
    const assessment = assess(r.order, policy, r.today, lang)
    return sellerMessage({ order: r.order, today: r.today, platformName: policy.name, request, plan: planMessage(assessment, policy, r.order, r.today) }, lang)
  }

  for (const lang of LANGS) {
    for (const name of ['defective, sources disagree', 'never came, seller contacted', 'just cancel']) {
      it(`${name}, in ${lang}`, () => {
        expect(messageFor(ORDERS[name]!, lang).join('\n')).toMatchSnapshot()
      })
    }
  }

  const received = makeOrder({ issue: 'defective', ordered: '2026-11-01', delivered: '2026-11-10' })
  const message = (o: OrderInput, request: 'refund' | 'partial_refund' | 'reship' = 'refund') => messageFor({ ...received, ...o }, 'en', request).join('\n')

  it('fills the order id, and only the facts that were given', () => {
    expect(message({ id: 'X-9' })).toMatch(/^Subject: Order X-9: defective item/)
    expect(message({ id: 'X-9' })).toContain('I placed order X-9 on 1 November 2026.')
    expect(message({})).toMatch(/^Subject: My order of 1 November 2026: defective item/)
    expect(message({})).toContain('It was delivered on 10 November 2026.')
    expect(message({})).not.toMatch(/shipped|wrote to you/)
    expect(message({ contacted: '2026-11-12' })).toContain('I first wrote to you about this on 12 November 2026.')
  })

  it('asks for what the buyer wants', () => {
    expect(message({})).toContain('Please give me a full refund.')
    expect(message({}, 'partial_refund')).toContain('Please give me a partial refund')
    expect(message({}, 'reship')).toContain('Please send me a replacement')
  })

  it('says a "delivered" scan never reached the buyer', () => {
    expect(message({ issue: 'not_received' })).toContain('The tracking page shows it as delivered on 10 November 2026, but I never received it.')
  })

  it('the contradictions of issue 11 are gone', () => {
    // Every window closed: no full refund, no escalation, a goodwill request said plainly.
    const closed = message({ ordered: '2026-06-01', shipped: '2026-06-03', delivered: '2026-06-20', contacted: '2026-06-22' })
    expect(closed).toContain('the time to ask AliExpress for a refund has passed')
    expect(closed).not.toMatch(/full refund|step in|buyer protection/)
    // A parcel due on 20 December: news of the shipment, not a refund by 3 December.
    const due = messageFor(makeOrder({ issue: 'not_received', ordered: '2026-11-10', shipped: '2026-11-12', eta: '2026-12-20' }), 'en', 'refund', '2026-12-01').join('\n')
    expect(due).toContain('where the parcel is now')
    expect(due).not.toMatch(/refund/)
    expect(due).toContain("buyer protection from 21 December 2026")
    // Not shipped: cancel it, and no word of a defect or a video.
    const unshipped = message({ ordered: '2026-11-20', delivered: undefined })
    expect(unshipped).toContain('Please cancel it and refund my payment.')
    expect(unshipped).not.toMatch(/defective|video/)
  })

  it('names the date escalation becomes possible, and asks for a reply in time to act before the earliest deadline', () => {
    const soon = message({ contacted: '2026-11-20' })
    expect(soon).toContain('I will ask AliExpress to step in from 27 November 2026.')
    // delivered + 15 is 25 November, 3 days ahead: reply by the 23rd, two days before it.
    expect(soon).toContain('Please reply by 23 November 2026.')
    const tight = message({ delivered: '2026-11-08' })
    expect(tight).toContain('Please reply today: I have to file my request with AliExpress by 23 November 2026.')
  })
})

describe('renderEvidence', () => {
  for (const lang of LANGS) {
    it(`the defective checklist in ${lang}`, () => {
      expect(renderEvidence(POLICIES.get('aliexpress')!, 'defective', lang, false)).toMatchSnapshot()
    })
  }
  it('asks for a video, photos, tracking, chat and receipt for a defect', () => {
    const items = renderEvidence(POLICIES.get('aliexpress')!, 'defective', 'en', false).join('\n')
    for (const word of ['video', 'Photos', 'tracking', 'chat', 'receipt']) expect(items).toContain(word)
  })
  it('has nothing to prepare for a plain cancellation; ASCII boxes on demand', () => {
    expect(renderEvidence(POLICIES.get('aliexpress')!, null, 'en', false)).toEqual([])
    expect(renderEvidence(POLICIES.get('amazon')!, 'damaged', 'en', true)[0]).toMatch(/^\[ \] /)
  })
})

describe('the result screen', () => {
  it('fits 80 columns, in every language, for every example', () => {
    for (const lang of LANGS) {
      for (const [name, input] of Object.entries(ORDERS)) {
        const s = setup(input, lang)
        for (const ascii of [false, true]) {
          const lines = renderAssessment(s.assessment, s.policy, { lang, colours: plain, order: s.order, ascii })
          // A URL is never cut: a line holding one whole URL alone may pass the width (the terminal folds it).
          for (const line of lines) if (!/^ *<?https?:\/\/\S+$/.test(line)) expect(stringWidth(line), `${lang} ${name}: ${line}`).toBeLessThanOrEqual(80)
        }
      }
    }
  })

  it('shows the sections in order, with the next steps of the recommended action', () => {
    const s = setup(ORDERS['defective, sources disagree']!)
    const text = renderAssessment(s.assessment, s.policy, { lang: 'en', colours: plain, order: s.order }).join('\n')
    const order = ['Timeline', 'What you can do', 'Next steps: Refund', 'What to prepare', 'Message to the seller', 'Subject: Order A-17', 'Rules last reviewed']
    const at = order.map((h) => text.indexOf(h))
    expect(at.every((i) => i >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(text).toMatch(/Refund {4}✔ possible {2}last day Wed, Nov 25, 2026 · 3 days left/)
  })

  it('colours an urgent deadline (3 days or fewer) in bold red', () => {
    const s = setup(ORDERS['defective, sources disagree']!)
    const coloured = new Chalk({ level: 1 })
    const line = renderAssessment(s.assessment, s.policy, { lang: 'en', colours: coloured, order: s.order }).find((l) => l.includes('3 days left'))!
    expect(line).toContain(coloured.red.bold('last day Wed, Nov 25, 2026 · 3 days left'))
    const later = setup(ORDERS['never came, seller contacted']!)
    const calm = renderAssessment(later.assessment, later.policy, { lang: 'en', colours: coloured, order: later.order }).find((l) => l.includes('23 days left'))!
    expect(calm).not.toContain(coloured.red.bold('until'))
  })

  it('shows the message in the user language too, but sends English', () => {
    const s = setup(ORDERS['defective, sources disagree']!, 'ko')
    const text = renderAssessment(s.assessment, s.policy, { lang: 'ko', colours: plain, order: s.order }).join('\n')
    expect(text).toContain('Subject: Order A-17: defective item')
    expect(text).toContain('한국어로 옮기면')
    expect(text).toContain('제목: 주문 A-17: 불량 상품')
    expect(renderMessageOnly(s.assessment, s.policy, s.order).join('\n')).not.toMatch(/[가-힣]/)
  })

  it('recommends cancelling an unshipped order, else the open window, else the next to open', () => {
    expect(recommendedAction(setup(ORDERS['not shipped, no eta']!).assessment)).toBe('cancel')
    expect(recommendedAction(setup(ORDERS['defective, sources disagree']!).assessment)).toBe('refund')
    expect(recommendedAction(setup(makeOrder({ issue: 'not_received', ordered: '2026-11-01', shipped: '2026-11-03', eta: '2026-12-20' })).assessment)).toBe('refund')
    expect(recommendedAction(setup(makeOrder({ platform: 'amazon', issue: 'not_received', ordered: '2026-11-01', shipped: '2026-11-03', eta: '2026-11-10' })).assessment)).toBe('dispute')
  })
})

describe('wrap', () => {
  it('wraps by display width, so Korean takes two columns a character', () => {
    const lines = wrap('가나다라 마바사아 자차카타 파하', 10)
    expect(lines).toEqual(['가나다라', '마바사아', '자차카타', '파하'])
  })
  it('indents, hangs, and never cuts a word longer than a line: it stands alone', () => {
    expect(wrap('one two three four', 9, '- ', '  ')).toEqual(['- one two', '  three', '  four'])
    expect(wrap('ab abcdefghijkl cd', 5)).toEqual(['ab', 'abcdefghijkl', 'cd'])
  })
})
