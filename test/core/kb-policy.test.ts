import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { KbEntry } from '../../src/core/faq/types.js'
import { readKb } from '../../src/data/kb.js'
import { LANGS, type Lang } from '../../src/i18n/lang.js'

// The knowledge base must not state a number of days, a window or a calendar day that the shop's
// policy pack does not: `ask` and `check` are read by the same shopper. The figures are read out of
// the texts and compared with what the pack itself states, so a pack change shows up here.

const kb = await readKb(fileURLToPath(new URL('../../data/kb/', import.meta.url)))
const pack = (platform: string): any => JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/policies/${platform}.json`, import.meta.url)), 'utf8'))
const PLATFORMS = ['aliexpress', 'amazon'] as const

/** A figure as a text states it: one number of days, or a range ("3 to 15 days"). */
interface Figure {
  days: number
  to?: number
  /** The words it was read from, for the failure message. */
  text: string
}

const n = (s: string) => Number(s)
const L = '(?![\\p{L}\\d])'
// Per language: [pattern, how to turn a match into days]. Ranges come first and their text is
// blanked out before singles are read, so "3 to 15 days" is one figure, not "15 days" alone.
type Reader = [RegExp, (m: RegExpMatchArray) => { days: number; to?: number }]
const unit = (u: string) => (/^(hours?|시간|ore|oră)$/u.test(u) ? 1 / 24 : /^(weeks?|주|săptămâni|săptămână)$/u.test(u) ? 7 : 1)
const READERS: Record<Lang, Reader[]> = {
  en: [
    [new RegExp(`\\b(\\d+)\\s*(?:to|–|-|~|and)\\s*(\\d+)[\\s-]*(?:business\\s+|working\\s+)?(days?|hours?|weeks?)${L}`, 'giu'), (m) => ({ days: n(m[1]!) * unit(m[3]!), to: n(m[2]!) * unit(m[3]!) })],
    [new RegExp(`\\b(\\d+)[\\s-]*(?:business\\s+|working\\s+)?(days?|hours?|weeks?)${L}`, 'giu'), (m) => ({ days: n(m[1]!) * unit(m[2]!) })],
  ],
  ko: [
    [new RegExp(`(?<!\\d\\s*월\\s*)(\\d+)\\s*(?:일|시간|주)?\\s*(?:~|–|-|에서)\\s*(\\d+)\\s*(일|시간|주)`, 'gu'), (m) => ({ days: n(m[1]!) * unit(m[3]!), to: n(m[2]!) * unit(m[3]!) })],
    // "1월 31일" is a day of the calendar, not a number of days
    [new RegExp(`(?<!\\d\\s*월\\s*)(?<!\\d)(\\d+)\\s*(일|시간|주)`, 'gu'), (m) => ({ days: n(m[1]!) * unit(m[2]!) })],
  ],
  ro: [
    [new RegExp(`\\b(\\d+)\\s*(?:–|-|~|până la|și)\\s*(\\d+)\\s*(?:de\\s+)?(zile|zi|ore|oră|săptămâni)${L}`, 'giu'), (m) => ({ days: n(m[1]!) * unit(m[3]!), to: n(m[2]!) * unit(m[3]!) })],
    // "a 3-a zi după…": the third day after
    [new RegExp(`\\ba\\s+(\\d+)-a\\s+zi${L}`, 'giu'), (m) => ({ days: n(m[1]!) })],
    [new RegExp(`\\b(\\d+)\\s*(?:de\\s+)?(zile|zi|ore|oră|săptămâni|săptămână)${L}`, 'giu'), (m) => ({ days: n(m[1]!) * unit(m[2]!) })],
  ],
}

export function figures(text: string, lang: Lang): Figure[] {
  const found: Figure[] = []
  let rest = text
  for (const [re, read] of READERS[lang]) {
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpMatchArray
      found.push({ ...read(m), text: m[0]! })
      return ' '.repeat(m[0]!.length)
    })
  }
  return found
}

/** Every text of a pack where it states a number, besides the rules' offsets: its info notes and why the eta is assumed. */
function packTexts(p: any): Array<[Lang, string]> {
  const out: Array<[Lang, string]> = []
  const add = (t: Record<Lang, string> | undefined) => t && LANGS.forEach((l) => out.push([l, t[l]]))
  for (const info of p.info ?? []) add(info.text)
  if (p.eta?.whenMissing === 'assume') add(p.eta.why)
  return out
}

const key = (f: { days: number; to?: number }) => (f.to === undefined ? String(f.days) : `${f.days}–${f.to}`)

/** What a pack states: the day offsets of its rules and of its eta assumption, and the figures of its texts. */
export function packFigures(p: any): Set<string> {
  const allowed = new Set<string>()
  for (const rule of [...(p.rules ?? []), ...(p.fallbacks ?? [])])
    for (const offset of [...(rule.opens ?? []), ...(rule.deadlines ?? [])]) if (typeof offset.days === 'number') allowed.add(String(offset.days))
  if (p.eta?.whenMissing === 'assume') allowed.add(String(p.eta.days))
  for (const [lang, text] of packTexts(p)) for (const f of figures(text, lang)) allowed.add(key(f))
  return allowed
}

/** The days of the calendar a pack names (a deadline on a fixed month and day, and the window it applies in), as "M-D". */
export function packCalendarDays(p: any): Set<string> {
  const days = new Set<string>()
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk)
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>
      if (typeof o.month === 'number' && typeof o.day === 'number') days.add(`${o.month}-${o.day}`)
      Object.values(o).forEach(walk)
    } else if (typeof v === 'string') {
      const m = /^(?:--)?(\d{2})-(\d{2})$/.exec(v)
      if (m) days.add(`${Number(m[1])}-${Number(m[2])}`)
    }
  }
  walk(p)
  return days
}

const MONTHS: Record<'en' | 'ro', string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ro: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
}

/** The days of the calendar a text names ("31 January", "January 31", "1월 31일", "31 ianuarie"), as "M-D". */
export function calendarDays(text: string, lang: Lang): string[] {
  if (lang === 'ko') return [...text.matchAll(/(\d{1,2})\s*월\s*(\d{1,2})\s*일/gu)].map((m) => `${n(m[1]!)}-${n(m[2]!)}`)
  const names = MONTHS[lang].join('|')
  const out: string[] = []
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+(${names})\\b|\\b(${names})\\s+(\\d{1,2})\\b`, 'giu'))) {
    const month = MONTHS[lang].indexOf((m[2] ?? m[3])!.toLowerCase()) + 1
    out.push(`${month}-${n((m[1] ?? m[4])!)}`)
  }
  return out
}

/**
 * Figures that are not a deadline nor from a pack, each with why it may stay. Keyed by entry, so the
 * same number elsewhere is still checked.
 */
const ALLOWED: Array<{ id: string; days: number; why: string }> = [
  { id: 'ali-shipping-fast-5day', days: 5, why: "the delivery time of AliExpress's 5-day delivery programme (seed 000), not a deadline" },
  { id: 'ali-sales-events', days: 5, why: 'the same 5-day delivery programme, named in passing' },
  { id: 'amz-contact-hours', days: 1, why: '"24시간": chat and phone are open around the clock, opening hours and not a deadline' },
  { id: 'amz-shipping-customs', days: 60, why: 'when Amazon pays back the difference on an import fees deposit: its own processing time, not a deadline for the buyer' },
]

/** Each text of an entry in one language: title, answer, steps. */
const texts = (e: KbEntry, lang: Lang): string[] => [e.title[lang], e.answer[lang], ...(e.steps?.[lang] ?? [])]
const entriesOf = (platform: string) => kb.entries.filter((e) => e.platforms.includes(platform))

describe('reading figures out of a text', () => {
  it.each<[Lang, string, string[]]>([
    ['en', 'within 15 days of delivery, 3 to 15 days later, wait 48 hours, a 75-day protection, 3 to 5 business days', ['15', '3–15', '2', '75', '3–5']],
    ['en', 'a 10 to 20 second video, $3 off $10, +82 10-1234-5678, 24/7', []],
    ['ko', '수령 후 15일 안에, 3~15일, 48시간, 영업일 기준 3~5일, 15일에서 60일 사이, 예정일 3일 후부터 90일 이내', ['15', '3–15', '2', '3–5', '15–60', '3', '90']],
    ['ko', '11월 1일부터 12월 31일까지, 다음 해 1월 31일, 10~20초 동영상', []],
    ['ro', 'în 15 zile, 20 de zile, 3–15 zile, 48 de ore, între 15 și 60 de zile, 15 până la 60 de zile, a 3-a zi după', ['15', '20', '3–15', '2', '15–60', '15–60', '3']],
    ['ro', 'până la 31 ianuarie, un video de 10–20 de secunde, 0-ul de la început', []],
  ])('%s: %s', (lang, text, expected) => expect(figures(text, lang).map(key).sort()).toEqual(expected.sort()))

  it('reads calendar days in each language', () => {
    expect(calendarDays('between 1 November and 31 December, until January 31', 'en')).toEqual(['11-1', '12-31', '1-31'])
    expect(calendarDays('11월 1일부터 12월 31일 사이, 다음 해 1월 31일까지', 'ko')).toEqual(['11-1', '12-31', '1-31'])
    expect(calendarDays('între 1 noiembrie și 31 decembrie, până la 31 ianuarie', 'ro')).toEqual(['11-1', '12-31', '1-31'])
  })

  it('a figure no pack states is caught: "within 20 days of delivery" in Romanian', () => {
    const allowed = packFigures(pack('aliexpress'))
    expect(figures('Fă cererea în cel mult 20 de zile de la livrare.', 'ro').filter((f) => !allowed.has(key(f))).map((f) => f.text)).toEqual(['20 de zile'])
    expect(figures('Fă cererea în cel mult 15 zile de la livrare.', 'ro').filter((f) => !allowed.has(key(f)))).toEqual([])
  })
})

describe.each(PLATFORMS)('the %s knowledge base agrees with its policy pack', (platform) => {
  const p = pack(platform)
  const allowed = packFigures(p)

  it('every number of days it states is one the pack states', () => {
    const wrong: string[] = []
    for (const e of entriesOf(platform))
      for (const lang of LANGS)
        for (const text of texts(e, lang))
          for (const f of figures(text, lang)) {
            if (allowed.has(key(f))) continue
            if (f.to === undefined && ALLOWED.some((a) => a.id === e.id && a.days === f.days)) continue
            wrong.push(`${e.id} (${lang}): "${f.text}"`)
          }
    expect(wrong, `figures not in data/policies/${platform}.json (${[...allowed].join(', ')})`).toEqual([])
  })

  it('every day of the calendar it names is one the pack names', () => {
    // The Amazon pack states its holiday period as data: the window 11-01..12-31 and the day 31 January.
    const calendar = packCalendarDays(p)
    const wrong: string[] = []
    for (const e of entriesOf(platform))
      for (const lang of LANGS) for (const text of texts(e, lang)) for (const d of calendarDays(text, lang)) if (!calendar.has(d)) wrong.push(`${e.id} (${lang}): ${d}`)
    expect(wrong).toEqual([])
  })

  it('every allowance names an entry of this knowledge base that still needs it', () => {
    for (const a of ALLOWED.filter((x) => x.id.startsWith(platform === 'aliexpress' ? 'ali-' : 'amz-'))) {
      const e = kb.entries.find((x) => x.id === a.id)
      expect(e, a.id).toBeDefined()
      const used = LANGS.some((lang) => texts(e!, lang).some((t) => figures(t, lang).some((f) => f.to === undefined && f.days === a.days && !allowed.has(key(f)))))
      expect(used, `${a.id}: ${a.days} is no longer stated, or the pack now states it`).toBe(true)
    }
  })
})

const DISPUTE: Record<Lang, RegExp> = { en: /disput/i, ko: /분쟁/, ro: /disput/i }
const ESTIMATE: Record<Lang, RegExp> = { en: /estimated (delivery )?date/i, ko: /예상 (도착|배송)일/, ro: /dat[aă] estimat[aă]/i }
const PROTECTION: Record<Lang, RegExp> = { en: /protection/i, ko: /보호/, ro: /protecți/i }
const sentences = (text: string) => text.split(/(?<=[.!?。])\s+|\n/u)

describe('AliExpress: where the sources disagree, the answer names both readings', () => {
  const p = pack('aliexpress')
  const dispute = (p.rules as any[]).filter((r) => r.action === 'dispute')
  const readings = (delivered: boolean): number[] => dispute.find((r) => r.when.delivered === delivered).deadlines.map((d: any) => d.days).sort((a: number, b: number) => a - b)

  it('the pack has the two readings this test looks for', () => {
    expect(readings(true)).toEqual([15, 75])
    expect(readings(false)).toEqual([60, 75])
  })

  it.each(LANGS)('a sentence that gives a dispute window names both readings (%s)', (lang) => {
    const [received, ordered] = readings(true)
    const [undelivered] = readings(false)
    const wrong: string[] = []
    for (const e of entriesOf('aliexpress'))
      for (const s of texts(e, lang).flatMap(sentences)) {
        const stated = new Set(figures(s, lang).filter((f) => f.to === undefined).map((f) => f.days))
        // delivered + 15 said of a dispute needs ordered + 75 beside it; ordered + 75 needs the reading it disagrees with
        if (DISPUTE[lang].test(s) && stated.has(received!) && !stated.has(ordered!)) wrong.push(`${e.id}: ${s}`)
        if (stated.has(ordered!) && !stated.has(received!) && !stated.has(undelivered!)) wrong.push(`${e.id}: ${s}`)
      }
    expect(wrong).toEqual([])
  })

  it.each(LANGS)('an answer that gives the window after the estimated delivery date names both readings (%s)', (lang) => {
    const [first, second] = readings(false)
    const wrong: string[] = []
    for (const e of entriesOf('aliexpress')) {
      const hits = texts(e, lang).flatMap(sentences).filter((s) => ESTIMATE[lang].test(s) && figures(s, lang).some((f) => f.to === undefined && f.days === first))
      if (hits.length === 0) continue
      const stated = new Set(texts(e, lang).flatMap((t) => figures(t, lang)).filter((f) => f.to === undefined).map((f) => f.days))
      if (!stated.has(second!)) wrong.push(e.id)
    }
    expect(wrong).toEqual([])
  })

  it.each(LANGS)('no answer speaks of a 60-day protection, which no source rule states (%s)', (lang) => {
    const wrong: string[] = []
    for (const e of kb.entries)
      for (const s of texts(e, lang).flatMap(sentences)) if (PROTECTION[lang].test(s) && figures(s, lang).some((f) => f.days === 60 || f.to === 60)) wrong.push(`${e.id}: ${s}`)
    expect(wrong).toEqual([])
  })
})

describe('Amazon: the A-to-z claim is for third-party sellers', () => {
  const ATOZ = /A-to-z/
  const THIRD: Record<Lang, RegExp> = { en: /third-party/i, ko: /외부 판매자/, ro: /terț/i }
  const BY_AMAZON: Record<Lang, RegExp> = { en: /sold by Amazon|it sells itself/i, ko: /아마존이 (직접 )?판매한/, ro: /vândut\p{L}* de (Amazon|el)/iu }
  it.each(LANGS)('every entry that mentions the claim says so, and where an item sold by Amazon goes instead (%s)', (lang) => {
    const about = entriesOf('amazon').filter((e) => texts(e, lang).some((t) => ATOZ.test(t)))
    expect(about.map((e) => e.id)).toContain('amz-dispute-open')
    const wrong = about.filter((e) => !THIRD[lang].test(texts(e, lang).join('\n')) || !BY_AMAZON[lang].test(texts(e, lang).join('\n'))).map((e) => e.id)
    expect(wrong).toEqual([])
  })
})

describe('suggested commands', () => {
  it('carry no placeholder the command would reject', () => {
    expect(kb.entries.filter((e) => /YYYY|AAAA|<[a-z]/.test(e.related?.args ?? '')).map((e) => e.id)).toEqual([])
  })
})

describe('register', () => {
  // Answers edited for one shop must not drift into another register than their neighbours.
  it('Korean titles, answers and steps are in 해요체: no sentence ends in -ㅂ니다', () => {
    expect(kb.entries.flatMap((e) => texts(e, 'ko').flatMap(sentences).filter((s) => /니다[.!?]?$/.test(s.trim())).map((s) => `${e.id}: ${s}`))).toEqual([])
  })
})
