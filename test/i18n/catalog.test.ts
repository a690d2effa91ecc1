import { describe, expect, it } from 'vitest'
import { LANGS, type Lang } from '../../src/core/lang.js'
import { CATALOGS, count, formatNumber, message, pluralCategory, t, type MessageKey } from '../../src/i18n/catalog/index.js'
import { fill } from '../../src/i18n/fill.js'

/** Every leaf of a catalogue: its dotted key and its text. */
function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]]
  if (Array.isArray(node)) return node.flatMap((x, i) => leaves(x, `${prefix}[${i}]`))
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix === '' ? k : `${prefix}.${k}`))
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort()

const EN = new Map(leaves(CATALOGS.en))

describe('the catalogues: one per language, the same keys as en', () => {
  it('en has the texts of every command group', () => {
    expect(Object.keys(CATALOGS.en).sort()).toEqual(['check', 'common', 'config', 'contact', 'errors', 'exitCodes', 'export', 'faq', 'help', 'man', 'stopped', 'track', 'wizard'])
    expect(EN.size).toBeGreaterThan(400)
  })

  for (const lang of LANGS) {
    const own = new Map(leaves(CATALOGS[lang]))
    it(`${lang}: exactly the keys of en (none missing, none extra)`, () => {
      expect([...own.keys()].filter((k) => !EN.has(k)), 'extra keys').toEqual([])
      expect([...EN.keys()].filter((k) => !own.has(k)), 'missing keys').toEqual([])
    })
    it(`${lang}: no empty text`, () => {
      expect([...own].filter(([, text]) => text.trim() === '').map(([k]) => k)).toEqual([])
    })
    if (lang !== 'en') {
      it(`${lang}: the same placeholders as en in every text`, () => {
        // A counted form may spell its number out ("mai este o zi" for 1): only {n} may be left out, and only there.
        const same = (k: string, text: string) => {
          const theirs = placeholders(EN.get(k) ?? '')
          const mine = placeholders(text)
          return mine.join() === theirs.join() || (/\.(one|few|other)$/.test(k) && mine.join() === theirs.filter((p) => p !== 'n').join())
        }
        const differing = [...own].filter(([k, text]) => !same(k, text))
        expect(differing.map(([k, text]) => `${k}: ${placeholders(text).join()} vs en ${placeholders(EN.get(k)!).join()} (${text})`)).toEqual([])
      })
    }
  }

  it('t() looks a message up by its key and fills it; an unknown key is an error, not a silent blank', () => {
    expect(t('en', 'check.why.notYet', { label: 'Refund', opens: '2026-11-02' })).toBe('Refund: not possible yet. Possible from 2026-11-02.')
    expect(t('ro', 'common.actions.refund')).toBe('Rambursare')
    expect(message('ko', 'common.statuses.closed')).toBe('기한 지남')
    expect(() => message('en', 'check.why.nothing' as MessageKey)).toThrow(/no message check\.why\.nothing/)
  })
})

describe('plurals through Intl.PluralRules', () => {
  const days = (lang: Lang, n: number) => count(lang, CATALOGS[lang].common.counts.days, n)
  // Romanian: "de" after numbers whose last two digits are 00 or 20-99 (CLDR "other"); none after 1 (one),
  // 0 and 2-19, 101-119, … (few).
  it.each([
    [0, '0 zile'],
    [1, '1 zi'],
    [2, '2 zile'],
    [19, '19 zile'],
    [20, '20 de zile'],
    [75, '75 de zile'],
    [100, '100 de zile'],
    [101, '101 zile'],
    [119, '119 zile'],
    [120, '120 de zile'],
    [1000, '1000 de zile'],
  ])('ro %i → %s', (n, text) => {
    expect(days('ro', n)).toBe(text)
  })
  it.each([
    [1, '1 day', '1일'],
    [2, '2 days', '2일'],
    [20, '20 days', '20일'],
  ])('en and ko %i → %s / %s', (n, en, ko) => {
    expect(days('en', n)).toBe(en)
    expect(days('ko', n)).toBe(ko)
  })
  it('numbers are written as Intl.NumberFormat writes them (whole numbers take a shortcut that gives the same digits)', () => {
    for (const lang of LANGS) {
      const intl = new Intl.NumberFormat(lang, { useGrouping: false })
      for (const n of [0, 1, 7, 19, 20, 101, 1000, 80001, 1234567, -3, 2.5]) expect(formatNumber(lang, n), `${lang} ${n}`).toBe(intl.format(n))
    }
  })
  it('the categories are the ones Intl.PluralRules gives', () => {
    const ro = new Intl.PluralRules('ro')
    for (let n = 0; n <= 250; n++) expect(pluralCategory('ro', n)).toBe(ro.select(n))
  })
  it('every counted text of every language has one, few and other forms that all show the number', () => {
    for (const lang of LANGS) {
      for (const [name, forms] of Object.entries(CATALOGS[lang].common.counts)) {
        for (const form of Object.values(forms)) expect(form, `${lang} ${name}`).toContain('{n}')
      }
    }
  })
  it('days left and the lines of a stream, in Romanian', () => {
    expect(count('ro', CATALOGS.ro.check.result.daysLeft, 1)).toBe('mai este o zi')
    expect(count('ro', CATALOGS.ro.check.result.daysLeft, 5)).toBe('mai sunt 5 zile')
    expect(count('ro', CATALOGS.ro.check.result.daysLeft, 79)).toBe('mai sunt 79 de zile')
    expect(count('ro', CATALOGS.ro.common.counts.lines, 7)).toBe('7 linii')
    expect(count('ro', CATALOGS.ro.common.counts.lines, 80000)).toBe('80000 de linii')
    expect(count('ro', CATALOGS.ro.common.counts.lines, 80001)).toBe('80001 linii')
  })
})

describe('Korean particles after filled-in words', () => {
  const BOTH = /은\(는\)|는\(은\)|이\(가\)|가\(이\)|을\(를\)|를\(을\)|와\(과\)|과\(와\)|\(으\)로/
  it.each([
    ['"{w}"은(는) 날짜로 읽을 수 없어요', '지난주', '"지난주"는 날짜로 읽을 수 없어요'],
    ['{w}을(를) 읽었어요', 'orders.json', 'orders.json을 읽었어요'],
    ['{w}은(는)', 'Temu', 'Temu는'],
    ['{w}이(가)', '주문', '주문이'],
    ['{w}(으)로', 'Amazon', 'Amazon으로'],
    ['{w}(으)로', '파일', '파일로'],
    ['{w}와(과)', '2026-11-10', '2026-11-10과'],
  ])('%s with %s', (template, word, expected) => {
    expect(fill(template, { w: word })).toBe(expected)
  })
  it('no Korean text of the catalogue keeps a both-ways particle once filled', () => {
    const left: string[] = []
    for (const [key] of leaves(CATALOGS.ko)) {
      if (key.includes('[')) continue
      for (const word of ['Temu', '주문', '2026-11-10', 'orders.json']) {
        const values = Object.fromEntries(placeholders(message('ko', key as MessageKey)).map((p) => [p, word]))
        const out = t('ko', key as MessageKey, values)
        if (BOTH.test(out)) left.push(`${key} (${word}): ${out}`)
      }
    }
    expect(left).toEqual([])
  })
})
