import { Chalk } from 'chalk'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderContact, toContactJson } from '../../src/commands/contact.js'
import { assessIn as assess } from '../../src/render/verdict.js'
import { dayFromCivil, formatDay } from '../../src/core/dates.js'
import type { Order } from '../../src/core/types.js'
import { readContact } from '../../src/data/kb.js'
import { LANGS, type Lang } from '../../src/i18n/lang.js'
import { screenWidth } from '../../src/io/screen.js'
import { renderAssessment } from '../../src/render/result.js'
import { renderTimeline } from '../../src/render/timeline.js'
import { displayWidth } from '../../src/render/width.js'
import { fitLines, URL_PATTERN, wrap } from '../../src/render/wrap.js'
import { orderArb } from '../arbitraries.js'
import { POLICIES } from '../helpers.js'
import { table } from '../../src/commands/deadlines.js'

const plain = new Chalk({ level: 0 })
const contact = await readContact()

const langArb = fc.constantFrom<Lang>(...LANGS)
const widthArb = fc.integer({ min: 40, max: 120 })

/** A line past the width is allowed only when it is one URL after its indent (a URL is never cut). */
function overflow(lines: readonly string[], width: number): string[] {
  return lines.filter((l) => displayWidth(l) > width && !/^ *(\S+ )?<?https?:\/\/\S+$/.test(l))
}

/** Every URL in the output is one of the data's, whole (a cut one would end early, its rest on the next line). */
function urlsKept(lines: readonly string[], urls: readonly string[]): boolean {
  return [...lines.join('\n').matchAll(URL_PATTERN)].every((m) => urls.includes(m[0].replace(/[>)]+$/, '')))
}

const dataUrls = [...new Set([...JSON.stringify([...POLICIES.values()].map((p) => p.sources)).matchAll(URL_PATTERN), ...JSON.stringify(contact).matchAll(URL_PATTERN)].map((m) => m[0].replace(/["\\].*$/, '')))]

describe('layout: every screen fits its width, words and URLs whole', () => {
  it('check: no line wider than the width (40–120 columns, three languages, random orders), no URL cut', () => {
    fc.assert(
      fc.property(orderArb, langArb, widthArb, ({ order, today }, lang, width) => {
        const policy = POLICIES.get(order.platform)!
        const lines = renderAssessment(assess(order, policy, today), policy, { lang, colours: plain, order, width })
        expect(overflow(lines, width)).toEqual([])
        expect(urlsKept(lines, dataUrls)).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('contact: no line wider than the width, no URL cut, in three languages at any hour', () => {
    fc.assert(
      fc.property(langArb, widthArb, fc.integer({ min: 0, max: 7 * 24 * 60 }), fc.constantFrom('Asia/Seoul', 'Europe/Bucharest', 'America/New_York', 'UTC'), (lang, width, minutes, timeZone) => {
        const now = new Date(Date.UTC(2026, 10, 22) + minutes * 60_000)
        const lines = renderContact(toContactJson(contact, { lang, now, timeZone }), plain, width)
        expect(overflow(lines, width)).toEqual([])
        for (const url of dataUrls.filter((u) => u.includes('contact-us'))) expect(lines.join('\n')).toContain(url)
      }),
      { numRuns: 100 },
    )
  })

  it('the timeline: every row ends its track at the same column, and the today line sits in one column, Korean and Romanian too', () => {
    fc.assert(
      fc.property(orderArb, langArb, widthArb, ({ order, today }, lang, width) => {
        const policy = POLICIES.get(order.platform)!
        const lines = renderTimeline({ order, assessment: assess(order, policy, today), policy, lang, ascii: false, width, colours: plain })
        const rows = lines.slice(2, -1).filter((l) => !/^ +\S/.test(l) || /[●◆├┃┊]/.test(l))
        // The today line (┊) and the today mark (◆) share one screen column on every row that shows them.
        const cols = rows.flatMap((l) => {
          const at = [...l].findIndex((ch) => ch === '┊' || ch === '◆')
          return at === -1 ? [] : [displayWidth([...l].slice(0, at).join(''))]
        })
        expect(new Set(cols).size).toBeLessThanOrEqual(1)
        for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(width)
      }),
      { numRuns: 200 },
    )
  })

  it('the today line never lands inside the words of a row (the Romanian "dată încă necunoscută")', () => {
    // Reproduced first: Amazon, not delivered, today a few days after ordering, put "┊" between "încă" and "necunoscută".
    for (let after = 0; after < 40; after++) {
      const ordered = dayFromCivil(2026, 10, 1)
      const order: Order = { platform: 'amazon', issue: 'late', ordered, shipped: ordered + 2, delivered: null, eta: ordered + 7, contacted: null, disputed: null }
      const policy = POLICIES.get('amazon')!
      for (const lang of LANGS) {
        const lines = renderTimeline({ order, assessment: assess(order, policy, ordered + 7 + after), policy, lang, ascii: false, width: 80, colours: plain })
        const unknown = { en: 'date not known yet', ko: '날짜 미정', ro: 'dată încă necunoscută' }[lang]
        const rows = lines.filter((l) => l.includes(unknown.split(' ')[0]!))
        expect(rows.length, `${lang} ${formatDay(ordered + 7 + after)}`).toBeGreaterThan(0)
        for (const row of rows) expect(row, lang).toContain(unknown)
      }
    }
  })
})

describe('wrap', () => {
  it('never cuts a word: the words come back in order, each whole', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zăîșțâ가-힣]{1,15}$/), { minLength: 1, maxLength: 40 }), fc.integer({ min: 10, max: 60 }), (words, width) => {
        const lines = wrap(words.join(' '), width, '  ')
        expect(lines.join(' ').split(/ +/).filter(Boolean)).toEqual(words)
        for (const l of lines) if (l.trim().includes(' ')) expect(displayWidth(l)).toBeLessThanOrEqual(width)
      }),
    )
  })

  it('keeps a URL whole on a line of its own when it is longer than the line', () => {
    const url = 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7'
    expect(wrap(`see ${url} now`, 40)).toEqual(['see', url, 'now'])
  })

  it('fitLines hangs a list item under its text', () => {
    expect(fitLines(['  - one two three four five six'], 16)).toEqual(['  - one two', '    three four', '    five six'])
  })
})

describe('screenWidth', () => {
  it.each([
    [{ COLUMNS: '100' }, undefined, 100],
    [{ COLUMNS: '30' }, 120, 40],
    [{}, 132, 132],
    [{}, undefined, 80],
    [{ COLUMNS: 'wide' }, undefined, 80],
  ])('%o with a terminal of %s columns: %i', (env, terminal, expected) => {
    expect(screenWidth(env, () => terminal)).toBe(expected)
  })
})

describe('tables', () => {
  const cell = fc.stringMatching(/^[a-zăîșțâ가-힣]{1,8}( [a-zăîșțâ가-힣0-9]{1,8}){0,3}$/)
  const rowsArb = fc.integer({ min: 2, max: 5 }).chain((n) => fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 6 }))

  it('Korean and Romanian cells line up by display width when the table fits, and no line passes the width when it does not', () => {
    fc.assert(
      fc.property(rowsArb, widthArb, (rows, width) => {
        const out = table(rows, width)
        expect(out).toHaveLength(rows.length)
        const lines = out.flatMap((r) => r.split('\n'))
        for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(width)
        if (out.every((r) => !r.includes('\n') && !r.includes(' · '))) {
          // aligned: every cell of a column starts at the same screen column
          const starts = rows.map((row, i) => {
            let at = 0
            return row.map((cell) => {
              const found = out[i]!.indexOf(cell, at)
              at = found + cell.length
              return displayWidth(out[i]!.slice(0, found))
            })
          })
          for (let col = 0; col < rows[0]!.length; col++) expect(new Set(starts.map((r) => r[col])).size, JSON.stringify(out)).toBe(1)
        }
        // nothing lost: every word of every cell is there, in order
        expect(out.join(' ').split(/\s+/).filter((w) => w !== '' && w !== '·')).toEqual(rows.flat().join(' ').split(/\s+/).filter(Boolean))
      }),
      { numRuns: 300 },
    )
  })
})
