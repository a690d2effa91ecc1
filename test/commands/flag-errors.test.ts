import { describe, expect, it } from 'vitest'
import { parseLimitFlag } from '../../src/commands/ask.js'
import { parseNowFlag, parseZoneFlag } from '../../src/commands/contact.js'
import { UsageError } from '../../src/errors.js'
import type { Lang } from '../../src/i18n/lang.js'

// The flag errors of ask and contact name the flag and the value, in the user's language.
const HANGUL = /[\uac00-\ud7a3]/
const thrown = (f: () => unknown): UsageError => {
  try {
    f()
  } catch (err) {
    if (err instanceof UsageError) return err
    throw err
  }
  throw new Error('no error')
}

describe('flag errors in the user\'s language', () => {
  const cases: [string, (lang: Lang) => unknown, string][] = [
    ['--limit', (lang) => parseLimitFlag('many', lang), 'many'],
    ['--now', (lang) => parseNowFlag('tomorrow', undefined, lang), 'tomorrow'],
    ['--timezone', (lang) => parseZoneFlag('Mars/Olympus', undefined, lang), 'Mars/Olympus'],
  ]
  it.each(cases)('%s', (flag, call, value) => {
    const byLang = { en: thrown(() => call('en')).message, ko: thrown(() => call('ko')).message, ro: thrown(() => call('ro')).message }
    for (const text of Object.values(byLang)) expect(text.startsWith(`${flag}: `) && text.includes(value)).toBe(true)
    expect(byLang.en).toMatch(/expected/)
    expect(byLang.ko).toMatch(HANGUL)
    expect(byLang.ro).toMatch(/scrieți/)
    expect(new Set(Object.values(byLang)).size).toBe(3)
  })
})
