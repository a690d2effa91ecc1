import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../e2e/run.js'

function home() {
  const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-config-'))
  return { dir, bd: (args: string[], env: NodeJS.ProcessEnv = {}) => run(args, { env: { BUYERDESK_CONFIG_DIR: dir, ...env } }) }
}

describe('buyerdesk config', () => {
  it('set, get, list, unset, path', () => {
    const { dir, bd } = home()
    expect(bd(['config', 'set', 'timezone', 'asia/seoul']).stdout).toBe('Saved: timezone = Asia/Seoul\n')
    // Answered in the language in force when the command started.
    expect(bd(['config', 'set', 'lang', 'ko']).stdout).toBe('Saved: lang = ko\n')
    expect(bd(['config', 'set', 'platform', 'amazon']).stdout).toBe('저장했어요: platform = amazon\n')
    expect(bd(['config', 'get', 'timezone']).stdout).toBe('Asia/Seoul\n')
    expect(bd(['config', 'path']).stdout).toBe(join(dir, 'config.json') + '\n')
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({ timezone: 'Asia/Seoul', lang: 'ko', platform: 'amazon' })
    const list = JSON.parse(bd(['config', 'list', '--json'], { BUYERDESK_TIMEZONE: 'Europe/Bucharest' }).stdout)
    expect(list).toEqual({
      platform: { value: 'amazon', source: 'file' },
      lang: { value: 'ko', source: 'file' },
      timezone: { value: 'Europe/Bucharest', source: 'env' },
      within: { value: null, source: 'unset' },
      alarm: { value: 2, source: 'default' },
    })
    expect(bd(['config', 'unset', 'lang', '--lang', 'en']).stdout).toBe('Removed lang; the default applies again.\n')
    const r = bd(['config', 'get', 'lang'])
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/lang is not set/)
  })

  it.each([
    [['config', 'set', 'timezone', 'Mars/Olympus'], /^buyerdesk: timezone: "Mars\/Olympus" is not accepted; expected an IANA time zone name such as /],
    [['config', 'set', 'lang', 'de'], /^buyerdesk: lang: "de" is not accepted; expected en, ko, ro\n$/],
    [['config', 'set', 'platform', 'temu'], /^buyerdesk: platform: "temu" is not accepted; expected aliexpress, amazon\n$/],
    [['config', 'set', 'colour', 'red'], /^buyerdesk: unknown setting "colour"; expected one of platform, lang, timezone, within, alarm\n$/],
    [['config', 'get', 'colour'], /^buyerdesk: unknown setting "colour"/],
  ])('%j is refused with exit 2, naming the key and the accepted values', (args, message) => {
    const { dir, bd } = home()
    const r = bd(args)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(readdirSync(dir)).toEqual([])
  })

  it("the saved time zone decides check's default today", () => {
    const { bd } = home()
    const dateIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date())
    const todayUnder = (timeZone: string) => {
      bd(['config', 'set', 'timezone', timeZone])
      const before = dateIn(timeZone)
      const today = JSON.parse(bd(['check', '--platform', 'aliexpress', '--ordered', '2020-01-01', '--json']).stdout).today
      const after = dateIn(timeZone)
      // the clock may pass midnight there while the command runs; then either date is right
      expect([before, after]).toContain(today)
      return today as string
    }
    // UTC+14 and UTC-11 are 25 hours apart: always on different calendar dates (one day
    // apart for 23 hours of the day, two days apart from 10:00 to 11:00 UTC)
    const east = todayUnder('Pacific/Kiritimati')
    const west = todayUnder('Pacific/Pago_Pago')
    expect([1, 2]).toContain((Date.parse(east) - Date.parse(west)) / 86_400_000)
  })

  it('a broken settings file: warned about on reads, kept as *corrupt* on the next write, never lost', () => {
    const { dir, bd } = home()
    writeFileSync(join(dir, 'config.json'), '{"lang": "ko",')
    let r = bd(['config', 'get', 'alarm'])
    expect(r.stdout).toBe('2\n')
    expect(r.stderr).toMatch(/the settings file .*config\.json is not valid/)
    r = bd(['config', 'set', 'lang', 'ro'])
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/was damaged .*kept as config\.corrupt-/)
    const kept = readdirSync(dir).filter((f) => f.includes('corrupt'))
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe('{"lang": "ko",')
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({ lang: 'ro' })
  })

  it('an unreadable settings file does not stop check: one warning, the defaults', () => {
    const { dir, bd } = home()
    mkdirSync(join(dir, 'config.json'))
    const r = bd(['check', '--platform', 'aliexpress', '--ordered', '2026-11-01', '--today', '2026-11-22', '--json'])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ type: 'verdict', today: '2026-11-22' })
    expect(r.stderr).toMatch(/^buyerdesk: the settings file .*config\.json is not valid \(EISDIR\)/)
  })
})
