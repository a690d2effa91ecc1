import { loadPolicies } from '../data/load.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import { fill } from '../i18n/core-messages.js'
import { langFromEnv, type Lang } from '../i18n/lang.js'
import { TRACK_TEXT } from '../i18n/track-messages.js'
import { colours } from '../io/colour.js'
import { printError, printHint, printJson, printLines } from '../io/output.js'
import {
  clearSettingsCache,
  DEFAULT_SETTINGS,
  isSettingKey,
  parseSetting,
  readSettingsText,
  resolveSettings,
  SETTING_ENV,
  SETTING_KEYS,
  settingsPath,
  type SettingKey,
  type SettingsReport,
} from '../io/settings.js'
import { openConf, setAside, storePath, withLock } from '../io/store.js'
import { table } from './deadlines.js'

export interface ConfigOptions {
  lang: Lang
  json?: boolean
  env?: NodeJS.ProcessEnv
}

function keyOf(raw: string, lang: Lang): SettingKey {
  const key = raw.trim().toLowerCase()
  if (!isSettingKey(key)) throw new UsageError(fill(TRACK_TEXT.settingUnknownKey[lang], { key: raw, keys: SETTING_KEYS.join(', ') }), raw)
  return key
}

function report(opts: ConfigOptions): SettingsReport {
  const env = opts.env ?? process.env
  return resolveSettings(readSettingsText(settingsPath(env)), env, opts.lang, settingsPath(env), true)
}

/** The value as a person reads it (numbers and text alike). */
function shown(value: unknown): string {
  return value === undefined ? '' : String(value)
}

/** `config get KEY`: the effective value (saved, from an env var, or the default); nothing when unset. */
export function configGet(rawKey: string, opts: ConfigOptions): { code: ExitCode; value: unknown } {
  const key = keyOf(rawKey, opts.lang)
  const r = report(opts)
  const value = r.settings[key]
  if (opts.json) printJson(value ?? null)
  else if (value === undefined) printHint(fill(TRACK_TEXT.configNotSet[opts.lang], { key }))
  else printLines([shown(value)])
  return { code: EXIT.OK, value }
}

/**
 * Change the settings file under the lock, through conf (atomic write). A file that is not a JSON object is
 * set aside as `config.corrupt-….json`, never overwritten.
 */
async function changeSettings(lang: Lang, env: NodeJS.ProcessEnv, change: (conf: { set(k: string, v: unknown): void; delete(k: string): void; has(k: string): boolean }) => boolean): Promise<boolean> {
  const file = settingsPath(env)
  return withLock(file, lang, async () => {
    const r = resolveSettings(readSettingsText(file), env, lang, file)
    if (r.broken !== undefined) setAside(file, r.broken, TRACK_TEXT.settingsKept, lang)
    const conf = await openConf<Record<string, unknown>>(file)
    return change(conf as unknown as Parameters<typeof change>[0])
  })
}

/** `config set KEY VALUE`: validated first, so a bad value never reaches the file. */
export async function configSet(rawKey: string, rawValue: string, opts: ConfigOptions): Promise<{ code: ExitCode; value: string | number }> {
  const key = keyOf(rawKey, opts.lang)
  const platforms = key === 'platform' ? [...(await loadPolicies()).keys()] : undefined
  const parsed = parseSetting(key, rawValue, opts.lang, platforms)
  if (!parsed.ok) throw new UsageError(parsed.message, key)
  await changeSettings(opts.lang, opts.env ?? process.env, (conf) => {
    conf.set(key, parsed.value)
    return true
  })
  clearSettingsCache()
  if (opts.json) printJson({ [key]: parsed.value })
  else printLines([fill(TRACK_TEXT.configSaved[opts.lang], { key, value: shown(parsed.value) })])
  const fromEnv = (opts.env ?? process.env)[SETTING_ENV[key]]
  if (fromEnv) printHint(`buyerdesk: ${fill(TRACK_TEXT.envOverrides[opts.lang], { env: SETTING_ENV[key], value: fromEnv })}`)
  return { code: EXIT.OK, value: parsed.value }
}

/** `config unset KEY` */
export async function configUnset(rawKey: string, opts: ConfigOptions): Promise<{ code: ExitCode; removed: boolean }> {
  const key = keyOf(rawKey, opts.lang)
  const removed = await changeSettings(opts.lang, opts.env ?? process.env, (conf) => {
    if (!conf.has(key)) return false
    conf.delete(key)
    return true
  })
  clearSettingsCache()
  if (opts.json) printJson({ removed })
  else if (!removed) printLines([fill(TRACK_TEXT.configWasUnset[opts.lang], { key })])
  else {
    const fallback = DEFAULT_SETTINGS[key] !== undefined ? `${TRACK_TEXT.fallbackDefault[opts.lang]} (${shown(DEFAULT_SETTINGS[key])})` : TRACK_TEXT.fallbackDefault[opts.lang]
    printLines([fill(TRACK_TEXT.configRemoved[opts.lang], { key, fallback })])
  }
  return { code: EXIT.OK, removed }
}

/** What an unset key falls back to, in words. */
function unsetText(key: SettingKey, lang: Lang, env: NodeJS.ProcessEnv): string {
  if (key === 'timezone') return fill(TRACK_TEXT.machineZone[lang], { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })
  if (key === 'lang') return fill(TRACK_TEXT.localeLang[lang], { lang: langFromEnv(env) ?? 'en' })
  if (key === 'within') return TRACK_TEXT.withinUnset[lang]
  return TRACK_TEXT.sourceUnset[lang]
}

/** `config list`: every setting with its effective value and where it comes from, then the files. */
export function configList(opts: ConfigOptions): { code: ExitCode; report: SettingsReport } {
  const env = opts.env ?? process.env
  const r = report(opts)
  for (const p of r.problems) printError(`buyerdesk: ${p}`)
  if (opts.json) {
    const out: Record<string, { value: unknown; source: string }> = {}
    for (const key of SETTING_KEYS) out[key] = { value: r.settings[key] ?? null, source: r.sources[key] ?? 'unset' }
    printJson(out)
    return { code: EXIT.OK, report: r }
  }
  const c = colours()
  const rows = SETTING_KEYS.map((key) => {
    const source = r.sources[key]
    if (source === undefined) return [key, c.dim(unsetText(key, opts.lang, env))]
    const from = source === 'file' ? TRACK_TEXT.sourceFile[opts.lang] : source === 'env' ? fill(TRACK_TEXT.sourceEnv[opts.lang], { env: SETTING_ENV[key] }) : TRACK_TEXT.sourceDefault[opts.lang]
    return [key, `${shown(r.settings[key])} ${c.dim(`(${from})`)}`]
  })
  printLines([
    ...table(rows),
    '',
    c.dim(TRACK_TEXT.settingHelp[opts.lang]),
    c.dim(`${TRACK_TEXT.files[opts.lang]}: ${settingsPath(env)} · ${storePath(env)}`),
  ])
  return { code: EXIT.OK, report: r }
}

/** `config path`: the settings file (the saved orders live beside it, in orders.json). */
export function configPath(opts: ConfigOptions): { code: ExitCode; path: string } {
  const path = settingsPath(opts.env ?? process.env)
  if (opts.json) printJson({ settings: path, orders: storePath(opts.env ?? process.env) })
  else printLines([path])
  return { code: EXIT.OK, path }
}
