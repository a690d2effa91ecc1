import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import Conf from 'conf'
import { describe, expect, it } from 'vitest'
import { todayIn } from '../../src/core/dates.js'
import { configDir, defaultToday, parseSetting, resolveSettings, settingsPath, type SettingKey } from '../../src/io/settings.js'

const ok = (key: SettingKey, raw: unknown) => {
  const r = parseSetting(key, raw, 'en', ['aliexpress', 'amazon'])
  return r.ok ? r.value : `error: ${r.message}`
}

describe('settings: validation', () => {
  it.each([
    ['platform', 'AliExpress', 'aliexpress'],
    ['platform', 'temu', 'error: platform: "temu" is not accepted; expected aliexpress, amazon'],
    ['lang', 'KO', 'ko'],
    ['lang', 'de', 'error: lang: "de" is not accepted; expected en, ko, ro'],
    ['timezone', 'asia/seoul', 'Asia/Seoul'],
    ['timezone', 'Europe/Bucharest', 'Europe/Bucharest'],
    ['timezone', 'UTC', 'UTC'],
    ['within', '7', 7],
    ['within', '0', 0],
    ['within', '-1', 'error: within: "-1" is not accepted; expected a whole number of days from 0 to 365'],
    ['within', '3.5', 'error: within: "3.5" is not accepted; expected a whole number of days from 0 to 365'],
    ['alarm', '2', 2],
    ['alarm', '0', 'error: alarm: "0" is not accepted; expected a whole number of days from 1 to 30'],
  ] as const)('%s %j → %j', (key, raw, expected) => expect(ok(key, raw)).toEqual(expected))

  it('an unknown time zone is refused with IANA examples, and close names when there are some', () => {
    expect(ok('timezone', 'Mars/Olympus')).toMatch(/^error: timezone: "Mars\/Olympus" is not accepted; expected an IANA time zone name such as Europe\/Bucharest, Asia\/Seoul/)
    expect(ok('timezone', 'Seoul')).toMatch(/such as Asia\/Seoul$/)
  })

  it('messages in Korean and Romanian', () => {
    const ko = parseSetting('lang', 'de', 'ko')
    const ro = parseSetting('lang', 'de', 'ro')
    expect(!ko.ok && ko.message).toBe('lang: "de" 값은 쓸 수 없어요. en, ko, ro 중에서 골라 주세요')
    expect(!ro.ok && ro.message).toBe('lang: „de” nu este acceptat; se așteaptă en, ko, ro')
  })
})

describe('settings: defaults, then the file, then env vars', () => {
  it('overlays in that order and says where each value came from', () => {
    const r = resolveSettings(JSON.stringify({ lang: 'ko', timezone: 'Asia/Seoul', within: 5 }), { BUYERDESK_CONFIG_DIR: '/x', BUYERDESK_LANG: 'ro' })
    expect(r.settings).toEqual({ alarm: 2, lang: 'ro', timezone: 'Asia/Seoul', within: 5 })
    expect(r.sources).toEqual({ alarm: 'default', lang: 'env', timezone: 'file', within: 'file' })
    expect(r.problems).toEqual([])
  })

  it('ignores (and reports) a bad stored value without losing the good ones', () => {
    const r = resolveSettings(JSON.stringify({ lang: 'xx', timezone: 'Asia/Seoul', unknown: 1 }), { BUYERDESK_CONFIG_DIR: '/cfg' })
    expect(r.settings).toEqual({ alarm: 2, timezone: 'Asia/Seoul' })
    expect(r.problems).toEqual(['/cfg/config.json: lang: "xx" is not accepted; expected en, ko, ro; ignored'])
  })

  it('a file that is not JSON gives the defaults and one problem', () => {
    const r = resolveSettings('{"lang": "ko"', { BUYERDESK_CONFIG_DIR: '/cfg' })
    expect(r.settings).toEqual({ alarm: 2 })
    expect(r.broken).toBeDefined()
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatch(/^the settings file \/cfg\/config.json is not valid \(/)
  })
})

describe('settings: today in the saved zone', () => {
  const zones = ['Asia/Seoul', 'Europe/Bucharest', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'UTC']
  // Around midnight UTC, around a DST change (Bucharest: 2026-03-29 01:00 UTC) and at New Year.
  const instants = ['2026-11-22T00:30:00Z', '2026-11-22T14:59:59Z', '2026-11-22T15:00:00Z', '2026-03-29T00:59:00Z', '2026-03-29T21:30:00Z', '2026-12-31T23:59:59Z']
  it.each(zones.flatMap((z) => instants.map((i) => [z, i] as const)))('%s at %s: the TZ path agrees with Intl', (zone, instant) => {
    const now = new Date(instant)
    expect(defaultToday({ alarm: 2, timezone: zone }, now)).toBe(todayIn(zone, now))
  })

  it('puts process.env.TZ back as it was', () => {
    const before = process.env.TZ
    defaultToday({ alarm: 2, timezone: 'Asia/Seoul' })
    expect(process.env.TZ).toBe(before)
    process.env.TZ = 'Europe/Bucharest'
    try {
      defaultToday({ alarm: 2, timezone: 'Asia/Seoul' })
      expect(process.env.TZ).toBe('Europe/Bucharest')
      expect(new Date(Date.UTC(2026, 0, 15, 12)).getHours()).toBe(14)
    } finally {
      if (before === undefined) delete process.env.TZ
      else process.env.TZ = before
    }
  })

  it('the read path only checks the shape of a saved zone; `config list` (strict) asks Intl', () => {
    const text = JSON.stringify({ timezone: 'Mars/Olympus' })
    expect(resolveSettings(text, { BUYERDESK_CONFIG_DIR: '/c' }).settings.timezone).toBe('Mars/Olympus')
    const strict = resolveSettings(text, { BUYERDESK_CONFIG_DIR: '/c' }, 'en', '/c/config.json', true)
    expect(strict.settings.timezone).toBeUndefined()
    expect(strict.problems[0]).toMatch(/timezone: "Mars\/Olympus" is not accepted/)
    expect(resolveSettings(JSON.stringify({ timezone: 'not a zone' }), { BUYERDESK_CONFIG_DIR: '/c' }).settings.timezone).toBeUndefined()
    // An env var is not validated before, so it always is.
    expect(resolveSettings(null, { BUYERDESK_CONFIG_DIR: '/c', BUYERDESK_TIMEZONE: 'Mars/Olympus' }).settings.timezone).toBeUndefined()
  })
})

describe('settings: where the files live', () => {
  it('BUYERDESK_CONFIG_DIR wins', () => {
    expect(settingsPath({ BUYERDESK_CONFIG_DIR: '/tmp/bd' })).toBe('/tmp/bd/config.json')
  })

  it("without it, the same folder conf picks for the project (so the cheap read path and conf's writes agree)", () => {
    const xdg = mkdtempSync(join(tmpdir(), 'buyerdesk-xdg-'))
    const env = { XDG_CONFIG_HOME: xdg, APPDATA: xdg }
    const saved = { XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, APPDATA: process.env.APPDATA }
    Object.assign(process.env, env)
    try {
      const conf = new Conf({ projectName: 'buyerdesk' })
      expect(configDir(env)).toBe(dirname(conf.path))
      expect(settingsPath(env)).toBe(conf.path)
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
    }
  })
})
