import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { dayFromCivil, todayIn } from '../core/dates.js'
import { isLang, LANGS, langFromEnv, type Lang } from '../i18n/lang.js'
import { fill } from '../i18n/core-messages.js'
import { printError } from './output.js'
import { byLang } from '../i18n/catalog/index.js'

/**
 * Settings (issue 5, STYLE.md §3): one typed defaults object, overlaid by the stored file and then by
 * BUYERDESK_* env vars, behind one memoised getter.
 *
 * NOTE: this read path runs on every `check` and `ask`, so it does not import conf. Measured with hyperfine
 * (2 cores, Node 20.20): `node -e 0` 85 ms, a script that only does `import Conf from 'conf'` 181 ms, i.e.
 * conf (ajv, ajv-formats, atomically, semver, dot-prop…) adds ~95 ms, more than the whole 1.5x budget.
 * Reading the same JSON file with readFileSync + JSON.parse costs well under a millisecond. conf is loaded
 * (lazily) only by `buyerdesk config …`, which writes, and by the order store (src/io/store.ts).
 * The same measurement found ICU: the first `new Intl.DateTimeFormat(…, { timeZone })` of a process costs
 * 13-17 ms, so the read path neither validates the saved zone with Intl (`config set` already did; `config
 * list` re-checks) nor uses it to find today's date (see `defaultToday`).
 */

/**
 * What the settings read path may have to say. Kept here rather than in i18n/track-messages.ts so `check`
 * and `ask`, which read settings on every start, do not load the texts of `track` and `deadlines`.
 */
export const SETTINGS_TEXT = byLang((c) => c.config)

/** Every setting `buyerdesk config` knows, in the order `config list` shows them. */
export const SETTING_KEYS = ['platform', 'lang', 'timezone', 'within', 'alarm'] as const
export type SettingKey = (typeof SETTING_KEYS)[number]

/** The user's saved defaults (see `buyerdesk config`). */
export interface Settings {
  /** Default `--platform` of `check`, `track add` and the wizard. */
  platform?: string
  /** Default `--lang` (en, ko, ro); else LC_ALL/LC_MESSAGES/LANG. */
  lang?: Lang
  /** IANA time zone whose current date is the default "today"; else the machine's zone. */
  timezone?: string
  /** Default `deadlines --within` (days); none lists every upcoming deadline. */
  within?: number
  /** How many days before each deadline the calendar alarm of `deadlines --ics` rings. */
  alarm: number
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { alarm: 2 }

/** The env var that overrides each setting, e.g. BUYERDESK_TIMEZONE=Asia/Seoul. */
export const SETTING_ENV: Record<SettingKey, string> = {
  platform: 'BUYERDESK_PLATFORM',
  lang: 'BUYERDESK_LANG',
  timezone: 'BUYERDESK_TIMEZONE',
  within: 'BUYERDESK_WITHIN',
  alarm: 'BUYERDESK_ALARM',
}

const MAX_DAYS = 365
const MAX_ALARM = 30

/** The app's folder name under the platform's config location; the same one conf would pick for 'buyerdesk'. */
export const PROJECT_NAME = 'buyerdesk'

/**
 * Where settings and saved orders live: BUYERDESK_CONFIG_DIR, else conf's platform location
 * (env-paths with conf's default 'nodejs' suffix). Computed here rather than by importing conf or env-paths
 * so the read path stays cheap; test/io/settings.test.ts checks it against conf's own answer.
 */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BUYERDESK_CONFIG_DIR) return env.BUYERDESK_CONFIG_DIR
  const name = `${PROJECT_NAME}-nodejs`
  const home = homedir()
  if (process.platform === 'darwin') return join(home, 'Library', 'Preferences', name)
  if (process.platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), name, 'Config')
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), name)
}

export const SETTINGS_FILE_NAME = 'config'

export function settingsPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), `${SETTINGS_FILE_NAME}.json`)
}

export type ParsedSetting = { ok: true; value: string | number } | { ok: false; message: string }

/** The shape of an IANA name (`Asia/Seoul`, `Etc/GMT+3`, `UTC`): the cheap check for values `config set` already validated. */
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/

/** An IANA zone in its canonical spelling (`asia/seoul` → `Asia/Seoul`), or null when Intl does not know it. */
export function canonicalTimeZone(value: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value.trim() }).resolvedOptions().timeZone
  } catch {
    return null
  }
}

/** Up to three known zones that look like what was typed (`Seul` → none, `seoul` → Asia/Seoul). */
function zoneSuggestions(value: string): string[] {
  const needle = value.trim().toLowerCase().split('/').pop()!.replace(/[\s-]+/g, '_')
  if (needle.length < 3) return []
  return Intl.supportedValuesOf('timeZone')
    .filter((z) => z.toLowerCase().split('/').pop()!.includes(needle))
    .slice(0, 3)
}

function daysValue(raw: unknown, min: number, max: number): number | null {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : ''
  if (!/^\d{1,3}$/.test(text)) return null
  const n = Number(text)
  return n >= min && n <= max ? n : null
}

/**
 * Validate one setting (from `config set`, the file or an env var). Pure apart from Intl.
 * `platforms`: the known platform ids; without them (the cheap read path) any lower-case id is accepted
 * and `check` reports an unknown one itself.
 */
export function parseSetting(key: SettingKey, raw: unknown, lang: Lang = 'en', platforms?: readonly string[], opts: { trustedZone?: boolean } = {}): ParsedSetting {
  const bad = (accepted: string): ParsedSetting => ({
    ok: false,
    message: fill(SETTINGS_TEXT.settingBadValue[lang], { key, value: typeof raw === 'string' ? raw : JSON.stringify(raw), accepted }),
  })
  switch (key) {
    case 'platform': {
      const id = typeof raw === 'string' ? raw.trim().toLowerCase() : ''
      if (platforms ? !platforms.includes(id) : !/^[a-z0-9][a-z0-9_-]*$/.test(id)) return bad(platforms ? platforms.join(', ') : 'aliexpress, amazon')
      return { ok: true, value: id }
    }
    case 'lang': {
      const code = typeof raw === 'string' ? raw.trim().toLowerCase() : ''
      return isLang(code) ? { ok: true, value: code } : bad(LANGS.join(', '))
    }
    case 'timezone': {
      if (opts.trustedZone && typeof raw === 'string' && ZONE_SHAPE.test(raw)) return { ok: true, value: raw }
      const zone = typeof raw === 'string' && raw.trim() !== '' ? canonicalTimeZone(raw) : null
      if (zone !== null) return { ok: true, value: zone }
      const like = typeof raw === 'string' ? zoneSuggestions(raw) : []
      return bad(fill(SETTINGS_TEXT.zoneAccepted[lang], { examples: like.length > 0 ? like.join(', ') : 'Europe/Bucharest, Asia/Seoul, America/New_York, UTC' }))
    }
    case 'within': {
      const n = daysValue(raw, 0, MAX_DAYS)
      return n === null ? bad(fill(SETTINGS_TEXT.daysAccepted[lang], { min: 0, max: MAX_DAYS })) : { ok: true, value: n }
    }
    case 'alarm': {
      // At least a day: a zero-length "before" trigger is an alarm at midnight of the last day itself.
      const n = daysValue(raw, 1, MAX_ALARM)
      return n === null ? bad(fill(SETTINGS_TEXT.daysAccepted[lang], { min: 1, max: MAX_ALARM })) : { ok: true, value: n }
    }
  }
}

export function isSettingKey(value: string): value is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(value)
}

export type SettingSource = 'default' | 'file' | 'env'

export interface SettingsReport {
  settings: Settings
  /** Where each effective value came from (absent: not set anywhere). */
  sources: Partial<Record<SettingKey, SettingSource>>
  /** Ignored values, one readable line each (a hand-edited file, a wrong env var). */
  problems: string[]
  /** The stored file as read; null when it does not exist or is not valid JSON. */
  stored: Record<string, unknown> | null
  /** The file exists but is not a JSON object. */
  broken?: string
}

/**
 * Defaults, overlaid by the stored file, overlaid by env vars; values that do not validate are ignored and
 * reported, never rewritten (the file keeps what the user wrote until they `config set` or `unset` it).
 */
export function resolveSettings(
  text: string | null,
  env: NodeJS.ProcessEnv = process.env,
  lang: Lang = 'en',
  file = settingsPath(env),
  /** Validate the saved zone with Intl too (`config list`); the read path only checks its shape. */
  strict = false,
): SettingsReport {
  const settings: Settings = { ...DEFAULT_SETTINGS }
  const sources: SettingsReport['sources'] = {}
  for (const key of SETTING_KEYS) if (DEFAULT_SETTINGS[key] !== undefined) sources[key] = 'default'
  const problems: string[] = []
  let stored: Record<string, unknown> | null = null
  let broken: string | undefined
  if (text !== null) {
    try {
      const value: unknown = JSON.parse(text)
      if (value === null || typeof value !== 'object' || Array.isArray(value)) broken = SETTINGS_TEXT.notAnObject[lang]
      else stored = value as Record<string, unknown>
    } catch (err) {
      // One line, however much of the file the parser quotes.
      broken = (err as Error).message.replace(/\s+/g, ' ').trim().slice(0, 120)
    }
    if (broken !== undefined) problems.push(fill(SETTINGS_TEXT.settingsBroken[lang], { file, why: broken }))
  }
  const apply = (key: SettingKey, raw: unknown, source: SettingSource, where: string) => {
    const parsed = parseSetting(key, raw, lang, undefined, { trustedZone: !strict && source === 'file' })
    if (!parsed.ok) {
      problems.push(fill(SETTINGS_TEXT.settingIgnored[lang], { where, message: parsed.message }))
      return
    }
    ;(settings as unknown as Record<string, unknown>)[key] = parsed.value
    sources[key] = source
  }
  for (const key of SETTING_KEYS) {
    if (stored && Object.prototype.hasOwnProperty.call(stored, key)) apply(key, stored[key], 'file', file)
    const fromEnv = env[SETTING_ENV[key]]
    if (fromEnv !== undefined && fromEnv !== '') apply(key, fromEnv, 'env', SETTING_ENV[key])
  }
  return { settings, sources, problems, stored, ...(broken !== undefined ? { broken } : {}) }
}

/** The settings file's text, or null when there is none yet. */
export function readSettingsText(file = settingsPath()): string | null {
  try {
    const text = readFileSync(file, 'utf8')
    // A UTF-8 byte-order mark (Windows editors) is not part of the JSON.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return null
    throw err
  }
}

let cached: Settings | undefined

/**
 * The effective settings, memoised for the process. Problems with the stored values are reported once on
 * stderr (in the locale's language: the saved language may be the broken value) and the value is ignored.
 */
export function readSettings(): Settings {
  if (cached) return cached
  const lang = langFromEnv() ?? 'en'
  let text: string | null = null
  try {
    text = readSettingsText()
  } catch (err) {
    // An unreadable file (permissions, a folder in its place) must not stop `check`: say so, use the defaults.
    printError(`buyerdesk: ${fill(SETTINGS_TEXT.settingsBroken[lang], { file: settingsPath(), why: (err as NodeJS.ErrnoException).code ?? String(err) })}`)
  }
  const report = resolveSettings(text, process.env, lang)
  for (const problem of report.problems) printError(`buyerdesk: ${problem}`)
  cached = report.settings
  return cached
}

/** Forget the memoised settings (after `config set`, and between tests). */
export function clearSettingsCache(): void {
  cached = undefined
}

/**
 * "Today" for every command: the current date in the saved time zone, else the machine's.
 *
 * NOTE: with a zone this sets process.env.TZ for one Date read and puts it back. Node documents assigning TZ
 * at runtime (docs: cli "TZ"; V8 re-reads the zone), and it costs ~0.3 ms where `todayIn`'s first
 * Intl.DateTimeFormat costs 13-17 ms of ICU start-up. test/io/settings.test.ts checks both agree.
 */
export function defaultToday(settings: Settings, now: Date = new Date()): number {
  if (!settings.timezone) return todayIn(undefined, now)
  const saved = process.env.TZ
  let day: number
  let utc: boolean
  try {
    process.env.TZ = settings.timezone
    day = dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate())
    utc = now.getTimezoneOffset() === 0
  } finally {
    if (saved === undefined) delete process.env.TZ
    else process.env.TZ = saved
  }
  // An unknown TZ reads as UTC without a word. Only then is it worth Intl's check (and its start-up cost).
  if (utc && savedZone(settings.timezone) === undefined) return todayIn(undefined, now)
  return day
}

let zoneReported = false

/**
 * The saved time zone when Intl knows it; otherwise undefined, after saying once (naming the settings file,
 * since no flag was given) that it is ignored. The read path trusts a zone of the right shape unchecked.
 */
export function savedZone(zone: string | undefined, lang: Lang = langFromEnv() ?? 'en'): string | undefined {
  if (zone === undefined || canonicalTimeZone(zone) !== null) return zone
  if (!zoneReported) {
    zoneReported = true
    const parsed = parseSetting('timezone', zone, lang)
    if (!parsed.ok) printError(`buyerdesk: ${fill(SETTINGS_TEXT.settingIgnored[lang], { where: settingsPath(), message: parsed.message })}`)
  }
  return undefined
}
