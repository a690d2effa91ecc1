import { PLATFORMS } from '../core/faq/detect.js'
import { channelStatus, isTimeZone, type Channel, type ContactFile, type Hours } from '../core/faq/hours.js'
import { FAQ_MESSAGES, scheduleText } from '../core/faq/messages.js'
import { readContact } from '../data/kb.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import type { Lang } from '../i18n/lang.js'
import { colours } from '../io/colour.js'
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
export function parseNowFlag(argNow: string | undefined, clock: () => Date = () => new Date()): Date {
  if (argNow === undefined) return clock()
  const text = argNow.trim()
  const date = new Date(text)
  if (!ISO_INSTANT.test(text) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--now: "${argNow}" is not an ISO date-time with a zone, expected e.g. 2026-11-22T10:00:00+09:00 or 2026-11-22T01:00:00Z`, 'now')
  }
  return date
}

/** `--timezone`, else the saved setting, else the machine's zone; an unknown zone is a usage error. */
export function parseZoneFlag(argZone: string | undefined, saved: string | undefined): string {
  // A bad saved zone is the settings file's fault, not a flag's: reported as such, and the machine's zone used.
  const zone = argZone ?? savedZone(saved)
  if (zone === undefined) return Intl.DateTimeFormat().resolvedOptions().timeZone
  if (!isTimeZone(zone)) throw new UsageError(`--timezone: "${zone}" is not an IANA time zone, expected e.g. Asia/Seoul or Europe/Bucharest`, 'timezone')
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
  sources: Channel['sources']
}

export interface ContactJson {
  type: 'contact'
  now: string
  timeZone: string
  lang: Lang
  platforms: { platform: string; name: string; channels: ChannelJson[] }[]
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', ko: 'ko-KR', ro: 'ro-RO' }

function localTime(instant: Date, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)
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
      if (info === undefined) throw new UsageError(`contact: no contact data for "${shop}", expected one of ${Object.keys(data.platforms).join(', ')}`, 'platform')
      return {
        platform: shop,
        name: info.name,
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

export function renderContact(json: ContactJson, c = colours()): string[] {
  const lang = json.lang
  const m = FAQ_MESSAGES[lang]
  const lines: string[] = []
  for (const shop of json.platforms) {
    if (lines.length > 0) lines.push('')
    lines.push(c.bold(m.contactTitle(shop.name)))
    for (const ch of shop.channels) {
      let state: string
      if (ch.status === 'always') state = c.green(m.always)
      else if (ch.status === 'async') state = c.yellow(m.async)
      else if (ch.status === 'none') state = c.red(m.none)
      else {
        const when = ch.next !== null && ch.nextLocal !== null ? `, ${(ch.status === 'open' ? m.closesAt : m.opensAt)(ch.nextLocal, until(json.now, ch.next, lang))}` : ''
        state = `${ch.status === 'open' ? c.green(m.openNow) : c.red(m.closedNow)}${when}`
      }
      lines.push(`  ${c.bold(ch.name)}: ${state}`)
      if (typeof ch.hours === 'object') lines.push(`    ${scheduleText(ch.hours, lang)}${ch.languages ? ` · ${m.languages}: ${ch.languages.join(', ')}` : ''}`)
      lines.push(`    ${ch.how}${ch.url ? ` ${c.cyan(ch.url)}` : ''}`)
    }
  }
  lines.push('', c.dim(m.yourZone(json.timeZone)))
  return lines
}

/** `buyerdesk contact [PLATFORM]`. */
export async function contact(opts: ContactOptions): Promise<ExitCode> {
  const json = toContactJson(await readContact(opts.file), opts)
  if (opts.json) printText(JSON.stringify(json) + '\n')
  else printLines(renderContact(json))
  return EXIT.OK
}
