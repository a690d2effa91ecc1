import { Chalk } from 'chalk'
import { describe, expect, it } from 'vitest'
import { renderContact, toContactJson } from '../../src/commands/contact.js'
import { channelsFor, currentOrNextWindow, shopSpeaks, type Schedule } from '../../src/core/faq/hours.js'
import { readContact } from '../../src/data/kb.js'
import type { Lang } from '../../src/i18n/lang.js'

const contact = await readContact()
const plain = new Chalk({ level: 0 })
const NOW = new Date('2026-11-22T10:00:00Z')
const screen = (lang: Lang, timeZone: string, platform?: string, now = NOW) => renderContact(toContactJson(contact, { lang, now, timeZone, ...(platform ? { platform } : {}) }), plain, 100).join('\n')
const channelLines = (text: string) => text.split('\n').filter((l) => /^ {2}\S.*: /.test(l))

describe('contact serves the user\'s language', () => {
  it('Korean: the Korean-speaking agents lead, Seoul hours shown on the user\'s clock with Seoul named', () => {
    const text = screen('ko', 'Europe/Bucharest', 'aliexpress')
    expect(channelLines(text)[0]).toMatch(/^ {2}한국어 상담원\(채팅\):/)
    // 09:00–15:00 in Seoul is 02:00–08:00 in Bucharest in November (UTC+9 against UTC+2)
    expect(text).toContain('매일 내 시간 02:00–08:00 (한국 표준시 09:00–15:00, Asia/Seoul)')
    expect(text).not.toContain('한국어 상담이 없어요')
    // the languages by their names, not their codes
    expect(text).toContain('언어: 한국어, 영어')
    expect(screen('ro', 'Europe/Bucharest', 'aliexpress').replace(/\s+/g, ' ')).toContain('limbi: coreeană, engleză')
  })

  it('English: chat in English leads, the Korean-only agents come last under "In other languages"', () => {
    const text = screen('en', 'Europe/London', 'aliexpress')
    const lines = channelLines(text)
    expect(lines[0]).toMatch(/^ {2}Chat bot \(Eva\):/)
    expect(lines.at(-1)).toMatch(/^ {2}Korean-speaking agents \(chat\):/)
    expect(text.indexOf('In other languages:')).toBeLessThan(text.indexOf('Korean-speaking agents'))
    expect(text).toContain('every day, 00:00 to 06:00 your time (09:00 to 15:00 Korean Standard Time, Asia/Seoul)')
    expect(text).not.toMatch(/no English-speaking support/)
  })

  it('Romanian: says plainly that neither shop has Romanian-speaking support, and leads with the English chat', () => {
    const text = screen('ro', 'Europe/Bucharest')
    expect(text.split('\n')[0]).toBe('Niciun magazin nu are serviciu clienți în română: scrieți-i unui operator pe chat, în engleză.')
    expect(channelLines(text)[0]).toMatch(/^ {2}Chatbot \(Eva\):/)
    // one shop alone: the line names it
    expect(screen('ro', 'Europe/Bucharest', 'amazon')).toContain('Amazon nu are serviciu clienți în română: scrieți-i unui operator pe chat, în engleză.')
  })

  it('derives "no support in your language" from the data: a channel in Romanian would remove the line', () => {
    const withRo = structuredClone(contact)
    withRo.platforms.amazon!.channels[0]!.languages = ['en', 'ro']
    expect(shopSpeaks(withRo.platforms.amazon!.channels, 'ro')).toBe(true)
    const text = renderContact(toContactJson(withRo, { lang: 'ro', now: NOW, timeZone: 'Europe/Bucharest', platform: 'amazon' }), plain, 100).join('\n')
    expect(text).not.toContain('nu are serviciu clienți în română')
  })

  it('the same zone as the service names it once, without "your time"', () => {
    expect(screen('en', 'Asia/Seoul', 'aliexpress')).toContain('every day, 09:00 to 15:00 (Korean Standard Time, Asia/Seoul)')
  })

  it('--json keeps its fields and adds the local hours and whether each channel speaks the language', () => {
    const json = toContactJson(contact, { lang: 'en', now: NOW, timeZone: 'America/New_York', platform: 'aliexpress' })
    const agents = json.platforms[0]!.channels.find((c) => c.id === 'agent-ko')!
    expect(agents).toMatchObject({ status: 'closed', hoursLocal: { open: '19:00', close: '01:00' }, speaksLang: false, sources: [{ seed: '000_b1e7b33682776c5f.txt' }] })
    expect(json.platforms[0]!.speaksLang).toBe(true)
    expect(json.platforms[0]!.channels.find((c) => c.id === 'phone')!.speaksLang).toBeNull()
  })
})

describe('hours', () => {
  const seoul: Schedule = { timeZone: 'Asia/Seoul', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '09:00', close: '15:00' }
  it.each([
    ['2026-11-22T01:00:00Z', '2026-11-22T00:00:00.000Z', '2026-11-22T06:00:00.000Z'],
    ['2026-11-22T07:00:00Z', '2026-11-23T00:00:00.000Z', '2026-11-23T06:00:00.000Z'],
    ['2026-11-21T23:59:00Z', '2026-11-22T00:00:00.000Z', '2026-11-22T06:00:00.000Z'],
  ])('at %s the current or next window is %s–%s', (now, opens, closes) => {
    const w = currentOrNextWindow(seoul, new Date(now))!
    expect([w.opens.toISOString(), w.closes.toISOString()]).toEqual([opens, closes])
  })

  it('channelsFor: in the language first, then unknown, then others, each group in data order', () => {
    const list = [{ id: 'a', languages: ['ko'] }, { id: 'b' }, { id: 'c', languages: ['en'] }, { id: 'd', languages: ['ko', 'en'] }]
    expect(channelsFor(list, 'en').map((c) => c.id)).toEqual(['c', 'd', 'b', 'a'])
    expect(channelsFor(list, 'ko').map((c) => c.id)).toEqual(['a', 'd', 'b', 'c'])
    // kept for the language before shared with others
    expect(channelsFor([{ id: 'shared', languages: ['ko', 'en'] }, { id: 'own', languages: ['ko'] }], 'ko').map((c) => c.id)).toEqual(['own', 'shared'])
  })
})
