import type { ChalkInstance } from 'chalk'
import { format } from 'date-fns/format'
import { enUS } from 'date-fns/locale/en-US'
import { ko } from 'date-fns/locale/ko'
import { ro } from 'date-fns/locale/ro'
import { displayWidth as stringWidth } from './width.js'
import { wrap } from './wrap.js'
import { dayToDate, parseDay } from '../core/dates.js'
import { ACTIONS, type Assessment, type DateFact, type Order, type Policy, type Status, type Verdict } from '../core/types.js'
import { fill } from '../i18n/core-messages.js'
import { byLang } from '../i18n/catalog/index.js'
import type { Lang } from '../i18n/lang.js'
import { ACTION_NAMES, EVENT_NAMES, SCREEN_TEXT } from '../i18n/result-messages.js'

/** The drawing characters; ASCII where the terminal cannot show box drawing (TERM=dumb, a non-UTF-8 locale, --ascii). */
export const GLYPHS = {
  unicode: { event: '●', today: '◆', start: '├', end: '┤', open: '━', unsure: '░', closed: '─', arrow: '►', todayLine: '┊', single: '┃' },
  ascii: { event: 'o', today: '*', start: '[', end: ']', open: '=', unsure: '~', closed: '-', arrow: '>', todayLine: ':', single: '|' },
} as const

type Glyphs = (typeof GLYPHS)[keyof typeof GLYPHS]

/**
 * Whether to draw with ASCII: asked for, or a terminal that cannot show Unicode (TERM=dumb, or a locale
 * that is set but not UTF-8, e.g. LANG=C or ko_KR.EUC-KR). No locale at all (many CI runners) stays Unicode.
 */
export function wantsAscii(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag) return true
  if (env.TERM === 'dumb') return true
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG
  if (locale && !/utf-?8/i.test(locale)) return true
  return false
}

const LOCALES = { en: enUS, ko, ro } as const
// Short dates for the chart, in each language's everyday order.
const SHORT = byLang((c) => c.common.dates).short
const WITH_YEAR = byLang((c) => c.common.dates).withYear

export function shortDate(day: number, lang: Lang): string {
  return format(dayToDate(day), SHORT[lang], { locale: LOCALES[lang] })
}

function yearDate(day: number, lang: Lang): string {
  return format(dayToDate(day), WITH_YEAR[lang], { locale: LOCALES[lang] })
}

export interface TimelineInput {
  order: Order
  assessment: Assessment
  policy: Policy
  lang: Lang
  ascii: boolean
  /** Total width the chart may use, labels and dates included (80 columns by default). */
  width?: number
  colours: ChalkInstance
}

type Style = 'open' | 'notyet' | 'unsure' | 'closed' | 'today' | 'event' | 'line' | 'dim'

interface Row {
  label: string
  /** Cells of the track, each with its style; filled once the scale is known. */
  draw: (col: (day: number) => number, width: number) => { cells: string[]; styles: (Style | null)[] }
  right: string
  /** The right-hand text when the track is `width` columns wide, if it differs from `right`. */
  rightWhenNarrow?: (width: number) => string
}

/**
 * Write `text` into the track from its first cell, one cell per terminal column: a wide character (Hangul)
 * fills its cell and leaves the next one empty (''), so later columns, the today line among them, stay where
 * they are on screen. Every cell it covers, spaces between its words included, gets `style`.
 */
function placeText(cells: string[], styles: (Style | null)[], text: string, style: Style): void {
  let i = 0
  for (const ch of text) {
    const w = stringWidth(ch)
    if (i + w > cells.length) break
    cells[i] = ch
    styles[i] = style
    for (let k = 1; k < w; k++) {
      cells[i + k] = ''
      styles[i + k] = style
    }
    i += w
  }
}

const EVENTS: DateFact[] = ['ordered', 'shipped', 'delivered', 'eta', 'contacted', 'disputed']

function day(iso: string | null): number | null {
  return iso === null ? null : parseDay(iso)
}

/** The day the window ends, when it has one: the latest deadline, or the event that closed it (shipment closes cancellation). */
function windowEnd(v: Verdict, order: Order, policy: Policy): { end: number | null; byEvent: boolean } {
  const latest = day(v.latestDeadline ?? v.deadline)
  if (latest !== null) return { end: latest, byEvent: false }
  const rule = policy.rules.find((r) => r.id === v.rules[0])
  // The first event that closed it, as the verdict says (shipped, else delivered).
  for (const fact of rule?.closedBy ?? []) {
    const at = order[fact]
    if (at !== null) return { end: at, byEvent: true }
  }
  return { end: null, byEvent: false }
}

function barStyle(status: Status): Style {
  return status === 'closed' ? 'closed' : status === 'not_yet' ? 'notyet' : 'open'
}

/**
 * The order on a time line: one row per dated event, one per window (a bar from its opening to its closing
 * date, the stretch where sources disagree shaded), and today as a dotted line through every row.
 * Pure: returns lines no wider than `width`.
 */
export function renderTimeline(input: TimelineInput): string[] {
  const { order, assessment, policy, lang, colours: c } = input
  const g: Glyphs = input.ascii ? GLYPHS.ascii : GLYPHS.unicode
  const maxWidth = input.width ?? 80
  const today = parseDay(assessment.today)!
  const assumedEta = assessment.assumptions.find((a) => a.field === 'eta')
  const facts: Record<DateFact, number | null> = { ...order, eta: order.eta ?? (assumedEta ? parseDay(assumedEta.value) : null) }
  const days: number[] = [today]
  const rows: Row[] = []

  // 1. Events, in the order they happen.
  const point = (at: number, glyph: string, style: Style) => (col: (d: number) => number, width: number) => {
    const cells = Array<string>(width).fill(' ')
    const styles = Array<Style | null>(width).fill(null)
    cells[col(at)] = glyph
    styles[col(at)] = style
    return { cells, styles }
  }
  const events = EVENTS.filter((f) => facts[f] !== null).sort((a, b) => facts[a]! - facts[b]!)
  for (const fact of events) {
    const at = facts[fact]!
    days.push(at)
    const assumed = fact === 'eta' && order.eta === null ? ` (${SCREEN_TEXT.assumed[lang]})` : ''
    rows.push({ label: EVENT_NAMES[fact][lang], draw: point(at, g.event, 'event'), right: shortDate(at, lang) + assumed })
  }
  rows.push({ label: EVENT_NAMES.today[lang], draw: point(today, g.today, 'today'), right: shortDate(today, lang) })

  // 2. Windows, one per action that applies.
  for (const action of ACTIONS) {
    const v = assessment.verdicts[action]
    if (v.status === 'not_applicable') continue
    const opens = day(v.opens)
    const early = day(v.deadline)
    const { end, byEvent } = windowEnd(v, order, policy)
    for (const d of [opens, early, end]) if (d !== null) days.push(d)
    const label = ACTION_NAMES[action][lang]
    const style = barStyle(v.status)
    if (opens === null) {
      // Opens on an event that has not happened yet (a delivery, a first contact with the seller).
      const unknown = SCREEN_TEXT.unknownDate[lang]
      const until = end !== null ? `–${shortDate(end, lang)}` : ''
      rows.push({
        label,
        // The words go on the track when they fit it, else beside it with the dates.
        draw: (_col, width) => {
          const cells = Array<string>(width).fill(' ')
          const styles = Array<Style | null>(width).fill(null)
          if (stringWidth(unknown) <= width) placeText(cells, styles, unknown, 'dim')
          return { cells, styles }
        },
        right: until,
        rightWhenNarrow: (width) => (stringWidth(unknown) <= width ? until : `${unknown} ${until}`.trimEnd()),
      })
      continue
    }
    if (end !== null && end < opens) {
      // Closed before it could open (an escalation whose dispute could no longer be opened by contact + 7 days):
      // a bar from its opening back to its end would say the opposite, so only the end is shown, as the status line does.
      rows.push({ label, draw: point(end, g.single, 'closed'), right: `–${shortDate(end, lang)}` })
      continue
    }
    const uncertainFrom = v.latestDeadline !== null && early !== null && end !== null && end > early ? early : null
    const openEnded = end === null
    const right = openEnded
      ? `${shortDate(opens, lang)}–`
      : uncertainFrom !== null && uncertainFrom >= opens
        ? `${shortDate(opens, lang)}–${shortDate(uncertainFrom, lang)}/${shortDate(end!, lang)}`
        : `${shortDate(opens, lang)}–${shortDate(end!, lang)}`
    rows.push({
      label,
      right,
      draw: (col, width) => {
        const cells = Array<string>(width).fill(' ')
        const styles = Array<Style | null>(width).fill(null)
        const a = col(opens)
        const b = openEnded ? width - 1 : col(end!)
        const u = uncertainFrom === null ? b : col(uncertainFrom)
        const fillGlyph = style === 'closed' ? g.closed : g.open
        for (let i = a; i <= b; i++) {
          const unsure = i > u && i < b
          cells[i] = unsure ? g.unsure : fillGlyph
          styles[i] = unsure ? 'unsure' : style
        }
        if (b === a) cells[a] = g.single
        else {
          cells[a] = g.start
          cells[b] = openEnded ? g.arrow : g.end
          if (uncertainFrom !== null && b > u) styles[b] = 'unsure'
        }
        if (byEvent && !openEnded) styles[b] = style
        return { cells, styles }
      },
    })
  }

  // 3. The scale: every date on the chart fits between the first and the last column. When the screen is too
  // narrow for the track and the dates side by side, each row's dates go on a line of their own under it.
  const labelWidth = Math.max(...rows.map((r) => stringWidth(r.label)))
  const rightWidth = Math.max(...rows.map((r) => stringWidth(r.right)))
  const MIN_TRACK = 20
  const sideBySide = Math.min(64, maxWidth - labelWidth - 3 - rightWidth)
  // A row whose words do not fit the track moves them beside it: that too must fit, else the dates go under.
  const rightAt = (w: number) => Math.max(...rows.map((r) => stringWidth(r.rightWhenNarrow?.(w) ?? r.right)))
  const stacked = sideBySide < MIN_TRACK || labelWidth + 2 + sideBySide + 1 + rightAt(sideBySide) > maxWidth
  const width = stacked ? Math.max(10, Math.min(64, maxWidth - labelWidth - 2)) : sideBySide
  const first = Math.min(...days)
  const last = Math.max(...days, first + 7)
  const col = (d: number) => Math.min(width - 1, Math.max(0, Math.round(((d - first) * (width - 1)) / (last - first))))
  const todayCol = col(today)

  const paint = (style: Style | null, text: string): string => {
    switch (style) {
      case 'open':
        return c.green(text)
      case 'notyet':
        return c.cyan(text)
      case 'unsure':
        return c.yellow(text)
      case 'closed':
        return c.dim(text)
      case 'today':
        return c.bold(text)
      case 'line':
      case 'dim':
        return c.dim(text)
      default:
        return text
    }
  }
  const pad = (text: string, w: number) => text + ' '.repeat(Math.max(0, w - stringWidth(text)))

  const lines: string[] = [c.bold(SCREEN_TEXT.timeline[lang])]
  const startText = yearDate(first, lang)
  const endText = yearDate(last, lang)
  const gap = width - stringWidth(startText) - stringWidth(endText)
  lines.push(' '.repeat(labelWidth + 2) + c.dim(gap >= 1 ? startText + ' '.repeat(gap) + endText : startText))
  for (const row of rows) {
    const { cells, styles } = row.draw(col, width)
    // Today's dotted line crosses only empty cells: never a bar, a mark or the words of a row.
    if (styles[todayCol] === null) {
      cells[todayCol] = g.todayLine
      styles[todayCol] = 'line'
    }
    // Join runs of one style, so each run is coloured once.
    let track = ''
    let run = ''
    let runStyle: Style | null = null
    cells.forEach((ch, i) => {
      if (styles[i] !== runStyle) {
        track += paint(runStyle, run)
        run = ''
        runStyle = styles[i] ?? null
      }
      run += ch
    })
    track += paint(runStyle, run)
    const right = row.rightWhenNarrow?.(width) ?? row.right
    if (!stacked) lines.push(`${pad(row.label, labelWidth)}  ${track} ${right}`.trimEnd())
    else {
      lines.push(`${pad(row.label, labelWidth)}  ${track}`.trimEnd())
      if (right !== '') lines.push(...wrap(right, maxWidth, ' '.repeat(labelWidth + 2)))
    }
  }
  // The legend's items (two spaces apart) wrap as wholes: a glyph never leaves its word.
  const legend = fill(SCREEN_TEXT.legend[lang], { open: g.open.repeat(2), unsure: g.unsure.repeat(2), closed: g.closed.repeat(2), today: g.todayLine })
  const indent = ' '.repeat(labelWidth + 2)
  let legendLine = ''
  for (const item of legend.split(/ {2,}/)) {
    const joined = legendLine === '' ? item : `${legendLine}  ${item}`
    if (legendLine !== '' && stringWidth(indent + joined) > maxWidth) {
      lines.push(indent + c.dim(legendLine))
      legendLine = item
    } else legendLine = joined
  }
  lines.push(indent + c.dim(legendLine))
  return lines
}
