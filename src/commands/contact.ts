import { PLATFORMS } from '../core/faq/detect.js'
import { channelsFor, channelSpeaks, channelStatus, currentOrNextWindow, isTimeZone, shopSpeaks, type Channel, type ContactFile, type Hours, type Schedule } from '../core/faq/hours.js'
import { FAQ_MESSAGES, scheduleText } from '../i18n/faq-messages.js'
import { readContact } from '../data/kb.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import { fill } from '../i18n/core-messages.js'
import { t } from '../i18n/catalog/index.js'
import type { Lang } from '../i18n/lang.js'
import { CONTACT_TEXT } from '../i18n/layout-contact-messages.js'
import { wrap } from '../render/wrap.js'
import { screenWidth } from '../io/screen.js'
import type { ChalkInstance } from 'chalk'
import { printLines, printText } from '../io/output.js'
import { savedZone } from '../io/settings.js'

export interface ContactOptions {
  /** Only this shop; both when undefined. */
  platform?: string
  lang: Lang
  json: boolean
  /** The instant to judge "open now" at (the command reads the clock; tests pass `--now`). */
  now: Date
  /** The user's IANA time zone: times are shown in it. */
  timeZone: string
  /** A contact file other than data/contact.json (tests). */
  file?: string
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

/** `--now`: an ISO 8601 instant with its offset (`2026-11-22T10:00:00+09:00` or `…Z`); the clock when absent. */
export function parseNowFlag(argNow: string | undefined, clock: () => Date = () => new Date(), lang: Lang = 'en'): Date {
  if (argNow === undefined) return clock()
  const text = argNow.trim()
  const date = new Date(text)
  if (!ISO_INSTANT.test(text) || Number.isNaN(date.getTime())) {
    throw new UsageError(t(lang, 'errors.limits.badNow', { value: argNow }), 'now')
  }
  return date
}

/** `--timezone`, else the saved setting, else the machine's zone; an unknown zone is a usage error. */
export function parseZoneFlag(argZone: string | undefined, saved: string | undefined, lang: Lang = 'en'): string {
  // A bad saved zone is the settings file's fault, not a flag's: reported as such, and the machine's zone used.
  const zone = argZone ?? savedZone(saved)
  if (zone === undefined) return Intl.DateTimeFormat().resolvedOptions().timeZone
  if (!isTimeZone(zone)) throw new UsageError(t(lang, 'errors.limits.badZone', { value: zone }), 'timezone')
  return zone
}

export interface ChannelJson {
  id: string
  kind: Channel['kind']
  name: string
  how: string
  hours: Hours
  languages?: string[]
  url?: string
  /** `open`/`closed` for scheduled channels; `always`, `async` (answered later) or `none` otherwise. */
  status: 'always' | 'async' | 'none' | 'open' | 'closed'
  /** When a scheduled channel next opens or closes (ISO instant), else null. */
  next: string | null
  /** `next` on the user's clock, e.g. `Mon 07:00`. */
  nextLocal: string | null
  /** A scheduled channel's current or next window on the user's clock (`HH:MM`), else null. */
  hoursLocal: { open: string; close: string } | null
  /** Whether its people answer in the user's language: true, false, or null when the data does not say. */
  speaksLang: boolean | null
  sources: Channel['sources']
}

export interface ContactJson {
  type: 'contact'
  now: string
  timeZone: string
  lang: Lang
  /** Per shop: whether any of its channels answers in the user's language (`speaksLang`). */
  platforms: { platform: string; name: string; speaksLang: boolean; channels: ChannelJson[] }[]
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', ko: 'ko-KR', ro: 'ro-RO' }

function localTime(instant: Date, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)
}

function clock(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)
}

function hoursLocal(hours: Hours, now: Date, timeZone: string): { open: string; close: string } | null {
  if (typeof hours === 'string') return null
  const window = currentOrNextWindow(hours, now)
  return window === null ? null : { open: clock(window.opens, timeZone), close: clock(window.closes, timeZone) }
}

/** A zone's name as people say it in `lang` ("Korean Standard Time", "한국 표준시", "Ora standard a Coreei"). */
function zoneName(timeZone: string, lang: Lang, at: Date): string {
  const parts = new Intl.DateTimeFormat(LOCALES[lang], { timeZone, timeZoneName: 'long' }).formatToParts(at)
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  // Romanian writes it in lower case inside a sentence ("ora standard a Coreei").
  return lang === 'ro' ? name.charAt(0).toLowerCase() + name.slice(1) : name
}

/** A language by its name in the user's language (`ko` in Romanian: "coreeană"; `ro` in English: "Romanian"). */
function languageName(code: string, lang: Lang): string {
  return new Intl.DisplayNames([LOCALES[lang]], { type: 'language' }).of(code) ?? code
}

/**
 * A scheduled channel's hours in words: on the user's clock first, then on the service's, its zone named
 * (`every day, 02:00–08:00 your time (09:00–15:00 Korean Standard Time, Asia/Seoul)`).
 */
export function localHoursText(hours: Schedule, local: { open: string; close: string } | null, now: Date, timeZone: string, lang: Lang): string {
  const m = FAQ_MESSAGES[lang]
  if (local === null) return scheduleText(hours, lang)
  const days = hours.days.length === 7 ? m.everyDay : hours.days.join(', ')
  const values = { days, open: local.open, close: local.close, serviceOpen: hours.open, serviceClose: hours.close, zoneName: zoneName(hours.timeZone, lang, now), zone: hours.timeZone }
  const same = local.open === hours.open && local.close === hours.close
  return fill((same ? CONTACT_TEXT.hoursSameZone : CONTACT_TEXT.hoursLocal)[lang], values)
}

/** The line under a shop's title when none of its channels speaks the user's language; null when one does. */
export function noSupportLine(shop: string, speaks: boolean, lang: Lang): string | null {
  return speaks ? null : fill(CONTACT_TEXT.noSupportIn[lang], { shop, language: languageName(lang, lang) })
}

/** Every channel with its status at `now`, texts in `lang`. Pure. */
export function toContactJson(data: ContactFile, opts: { platform?: string; lang: Lang; now: Date; timeZone: string }): ContactJson {
  const shops = opts.platform !== undefined ? [opts.platform] : PLATFORMS.filter((p) => data.platforms[p] !== undefined)
  return {
    type: 'contact',
    now: opts.now.toISOString(),
    timeZone: opts.timeZone,
    lang: opts.lang,
    platforms: shops.map((shop) => {
      const info = data.platforms[shop]
      if (info === undefined) throw new UsageError(t(opts.lang, 'errors.limits.noContact', { value: shop, list: Object.keys(data.platforms).join(', ') }), 'platform')
      return {
        platform: shop,
        name: info.name,
        speaksLang: shopSpeaks(info.channels, opts.lang),
        channels: info.channels.map((ch) => {
          const status = channelStatus(ch.hours, opts.now)
          return {
            id: ch.id,
            kind: ch.kind,
            name: ch.name[opts.lang],
            how: ch.how[opts.lang],
            hours: ch.hours,
            ...(ch.languages ? { languages: ch.languages } : {}),
            ...(ch.url ? { url: ch.url } : {}),
            status: status.state,
            next: status.next?.toISOString() ?? null,
            nextLocal: status.next ? localTime(status.next, opts.timeZone, opts.lang) : null,
            hoursLocal: hoursLocal(ch.hours, opts.now, opts.timeZone),
            speaksLang: channelSpeaks(ch, opts.lang) === 'unknown' ? null : channelSpeaks(ch, opts.lang) === 'yes',
            sources: ch.sources,
          }
        }),
      }
    }),
  }
}

function until(from: string, to: string, lang: Lang): string {
  const m = FAQ_MESSAGES[lang]
  const minutes = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60000))
  const days = Math.floor(minutes / 1440)
  const rest = minutes - days * 1440
  const hm = m.hm(Math.floor(rest / 60), rest % 60)
  return m.in(days > 0 ? `${m.days(days)} ${hm}` : hm)
}

/**
 * The channels of each shop for a person: those in the user's language first, the hours on the user's clock
 * with the service's zone named, and a plain line when a shop has nobody who speaks the user's language.
 * Lines fit `width` columns (a URL alone may pass it, never cut).
 */
export function renderContact(json: ContactJson, c: ChalkInstance, width = screenWidth()): string[] {
  const lang = json.lang
  const m = FAQ_MESSAGES[lang]
  const now = new Date(json.now)
  const lines: string[] = []
  const para = (text: string, indent: string, paint: (s: string) => string = (s) => s) => {
    for (const l of wrap(text, width, indent)) lines.push(paint(l))
  }
  const missing = json.platforms.filter((shop) => !shop.speaksLang)
  if (json.platforms.length > 1 && missing.length === json.platforms.length) {
    para(fill(CONTACT_TEXT.noShopSupportIn[lang], { language: languageName(lang, lang) }), '', c.yellow)
    lines.push('')
  }
  for (const shop of json.platforms) {
    if (lines.length > 0 && lines.at(-1) !== '') lines.push('')
    lines.push(c.bold(m.contactTitle(shop.name)))
    const line = json.platforms.length === 1 || missing.length < json.platforms.length ? noSupportLine(shop.name, shop.speaksLang, lang) : null
    if (line !== null) para(line, '  ', c.yellow)
    // Nobody speaks the user's language: the channels in English lead, as the line above says.
    const served = shop.speaksLang ? lang : 'en'
    let othersShown = false
    for (const ch of channelsFor(shop.channels, served)) {
      if (ch.languages !== undefined && !ch.languages.includes(served) && !othersShown) {
        lines.push(`  ${c.dim(`${CONTACT_TEXT.otherLanguages[lang]}:`)}`)
        othersShown = true
      }
      let state: string
      if (ch.status === 'always') state = m.always
      else if (ch.status === 'async') state = m.async
      else if (ch.status === 'none') state = m.none
      else {
        const when = ch.next !== null && ch.nextLocal !== null ? `, ${(ch.status === 'open' ? m.closesAt : m.opensAt)(ch.nextLocal, until(json.now, ch.next, lang))}` : ''
        state = `${ch.status === 'open' ? m.openNow : m.closedNow}${when}`
      }
      const colour = ch.status === 'always' || ch.status === 'open' ? c.green : ch.status === 'async' ? c.yellow : c.red
      const head = wrap(`${ch.name}: ${state}`, width, '  ', '    ')
      if (head.length === 1) lines.push(`  ${c.bold(`${ch.name}:`)} ${colour(state)}`)
      else lines.push(...head)
      if (typeof ch.hours === 'object') {
        para(`${localHoursText(ch.hours, ch.hoursLocal, now, json.timeZone, lang)}${ch.languages ? ` · ${m.languages}: ${ch.languages.map((code) => languageName(code, lang)).join(', ')}` : ''}`, '    ')
      }
      para(`${ch.how}${ch.url ? ` ${ch.url}` : ''}`, '    ', (l) => (ch.url ? l.replace(ch.url, c.cyan(ch.url)) : l))
    }
  }
  lines.push('')
  para(m.yourZone(json.timeZone), '', c.dim)
  return lines
}

/** `buyerdesk contact [PLATFORM]`. */
export async function contact(opts: ContactOptions): Promise<ExitCode> {
  const json = toContactJson(await readContact(opts.file), opts)
  if (opts.json) printText(JSON.stringify(json) + '\n')
  else printLines(renderContact(json, (await import('../io/colour.js')).colours()))
  return EXIT.OK
}
