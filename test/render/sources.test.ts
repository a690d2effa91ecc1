import { Chalk } from 'chalk'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readKb } from '../../src/data/kb.js'
import { LANGS } from '../../src/i18n/lang.js'
import { describeSource, renderAssessment } from '../../src/render/result.js'
import { kbSourceText } from '../../src/render/sources.js'
import { judge, makeOrder, POLICIES } from '../helpers.js'
import { validateOrder } from '../../src/render/order.js'
import { parseDay } from '../../src/core/dates.js'
import { run } from '../e2e/run.js'

const plain = new Chalk({ level: 0 })
const kb = await readKb(fileURLToPath(new URL('../../data/kb/', import.meta.url)))
const SEED_FILE = /\d{3}_[0-9a-f]{16}\.txt/

describe('sources are shown by what they are, file names only in --json', () => {
  it('every seed document of the packs and the KB says what it is, in each language, and the two tables agree', () => {
    for (const policy of POLICIES.values()) {
      for (const source of Object.values(policy.sources)) {
        if (source.file === undefined) continue
        for (const lang of LANGS) expect(source.about?.[lang], `${policy.platform} ${source.file} ${lang}`).toMatch(/\S/)
        expect(kb.seeds[source.file]?.about).toEqual(source.about)
      }
    }
    const cited = new Set(kb.entries.flatMap((e) => e.sources.flatMap((s) => ('seed' in s ? [s.seed] : []))))
    for (const seed of cited) for (const lang of LANGS) expect(kb.seeds[seed]?.about[lang], seed).toMatch(/\S/)
  })

  it.each(LANGS)('%s: the check screen names no file, and describes a Korean seed as Korean', (lang) => {
    const input = makeOrder({ issue: 'defective', ordered: '2026-10-01', delivered: '2026-11-10' })
    const result = validateOrder(input, POLICIES, parseDay('2026-11-22')!)
    if (!result.ok) throw new Error(result.problem.message)
    const policy = POLICIES.get('aliexpress')!
    const text = renderAssessment(judge(input), policy, { lang, colours: plain, order: result.order, width: 100 }).join('\n')
    expect(text).not.toMatch(SEED_FILE)
    expect(text).toContain(policy.sources['seed-000']!.about![lang])
    expect(describeSource(policy, '000_b1e7b33682776c5f.txt', 'en')).toBe('a Korean guide to AliExpress customer support')
  })

  it('check --json keeps the file names the verdicts cite', () => {
    const r = run(['check', '--json', '--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-10-01', '--delivered', '2026-11-10', '--today', '2026-11-22'])
    expect(JSON.stringify(JSON.parse(r.stdout).verdicts.refund.sources)).toMatch(SEED_FILE)
  })

  it('a KB source: a seed by its description, a page by title and address; a seed missing from the table is still not a bare file name', () => {
    expect(kbSourceText({ seed: '003_b52b53535b18a45f.txt' }, 'ro', kb.seeds)).toBe('un ghid în coreeană despre serviciul pentru clienți Amazon și întrebările frecvente')
    expect(kbSourceText({ title: 'Amazon A-to-z Guarantee', url: 'https://www.amazon.com/a' }, 'ko', kb.seeds)).toBe('Amazon A-to-z Guarantee <https://www.amazon.com/a>')
    expect(kbSourceText({ seed: '999_0000000000000000.txt' }, 'en', {})).toBe('a guide to shopping support (999_0000000000000000.txt)')
  })

  it.each([
    ['en', 'how do I contact aliexpress support'],
    ['ko', '알리익스프레스 고객센터 연락 방법'],
    ['ro', 'cum contactez asistența aliexpress'],
  ])('%s: ask names its sources by what they are; ask --json by file', (lang, question) => {
    const human = run(['ask', '--lang', lang, question]).stdout
    const json = JSON.parse(run(['ask', '--json', '--lang', lang, question]).stdout) as { sources: unknown[] }
    expect(JSON.stringify(json.sources)).toMatch(SEED_FILE)
    const seeds = json.sources.flatMap((s) => (typeof s === 'object' && s !== null && 'seed' in s ? [String(s.seed)] : []))
    // compared with the lines joined: a long list of sources wraps
    for (const seed of seeds) expect(human.replace(/\s+/g, ' ')).toContain(kb.seeds[seed]!.about[lang as 'en'])
    expect(human).not.toMatch(SEED_FILE)
  })
})
