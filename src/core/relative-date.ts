import { civilFromDay, dayFromCivil, daysInMonth, parseDay } from './dates.js'

/**
 * Friendly dates as people type them at a prompt or in a flag, in any of our three languages
 * (whatever the interface language: a Korean user may well type `yesterday`).
 * Pure: `today` is a day number, the result is a day number.
 */
export type RelativeDateResult =
  | { ok: true; day: number }
  /** `unknown`: not a form we read; `impossible`: looks like a date but does not exist (2026-02-30); `format`:
   * digits in another form than YYYY-MM-DD (2026/11/01). */
  | { ok: false; reason: 'unknown' | 'impossible' | 'format' }

/** Counts above this are typos rather than dates (about 10 years). */
export const MAX_OFFSET_DAYS = 3660

/** Fixed words, with and without Romanian diacritics (people often type without them). */
const WORDS: Record<string, number> = {
  today: 0,
  now: 0,
  yesterday: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  'day before yesterday': -2,
  'the day after tomorrow': 2,
  'day after tomorrow': 2,
  오늘: 0,
  어제: -1,
  그제: -2,
  그저께: -2,
  내일: 1,
  모레: 2,
  azi: 0,
  astăzi: 0,
  astazi: 0,
  ieri: -1,
  alaltăieri: -2,
  alaltaieri: -2,
  mâine: 1,
  maine: 1,
  poimâine: 2,
  poimaine: 2,
}

const UNIT_DAYS: Record<string, number> = {
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  일: 1,
  주: 7,
  주일: 7,
  zi: 1,
  zile: 1,
  săptămână: 7,
  săptămâni: 7,
  saptamana: 7,
  saptamani: 7,
}

/** `a`, `an`, `one`, Romanian `o`/`un`/`una` count as 1. */
function count(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word)
  if (['a', 'an', 'one', 'o', 'un', 'una', '한'].includes(word)) return 1
  return null
}

// Each pattern: the count and the unit as groups, and whether it points back (-1) or ahead (+1).
// Romanian numbers from 20 take "de" ("acum 20 de zile"), so it is optional.
const PATTERNS: [RegExp, -1 | 1][] = [
  [/^(\d+|an?|one) (days?|weeks?) ago$/, -1],
  [/^in (\d+|an?|one) (days?|weeks?)$/, 1],
  [/^(\d+|한) ?(일|주일|주) ?전$/, -1],
  [/^(\d+|한) ?(일|주일|주) ?(?:후|뒤)$/, 1],
  [/^acum (\d+|o|un|una) (?:de )?(zi|zile|săptămână|săptămâni|saptamana|saptamani)$/, -1],
  [/^(\d+|o|un|una) (?:de )?(zi|zile|săptămână|săptămâni|saptamana|saptamani) (?:în|in) urmă$/, -1],
  [/^(\d+|o|un|una) (?:de )?(zi|zile|săptămână|săptămâni|saptamana|saptamani) (?:în|in) urma$/, -1],
  [/^peste (\d+|o|un|una) (?:de )?(zi|zile|săptămână|săptămâni|saptamana|saptamani)$/, 1],
]

/** Written dates: ISO `2026-11-10`, `2026/11/10`, `2026.11.10` (usual in Korea), `2026년 11월 10일`, `10.11.2026` (usual in Romania). */
function writtenDate(text: string): RelativeDateResult | null {
  let y: number
  let m: number
  let d: number
  // POLICY.md: a date written with digits only is YYYY-MM-DD; another form (2026/11/01, 2026-11-1, 22.11.2026)
  // is a format error, so a day and a month are never guessed.
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\.?$/.test(text)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return { ok: false, reason: 'format' }
    const day = parseDay(text)
    return day === null ? { ok: false, reason: 'impossible' } : { ok: true, day }
  }
  const match = /^(\d{4})년 ?(\d{1,2})월 ?(\d{1,2})일$/.exec(text)
  if (match) {
    y = Number(match[1])
    m = Number(match[2])
    d = Number(match[3])
  } else return null
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false, reason: 'impossible' }
  return { ok: true, day: dayFromCivil(y, m, d) }
}

// Month names and their usual short forms, English and Romanian (date-fns' `ro` writes `nov.`, `sept.`).
const MONTH_WORDS: Record<string, number> = {}
;[
  ['january', 'jan', 'ianuarie', 'ian'],
  ['february', 'feb', 'februarie'],
  ['march', 'mar', 'martie'],
  ['april', 'apr', 'aprilie'],
  ['may', 'mai'],
  ['june', 'jun', 'iunie', 'iun'],
  ['july', 'jul', 'iulie', 'iul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept', 'septembrie'],
  ['october', 'oct', 'octombrie'],
  ['november', 'nov', 'noiembrie', 'noi'],
  ['december', 'dec', 'decembrie'],
].forEach((words, i) => words.forEach((w) => (MONTH_WORDS[w] = i + 1)))

/**
 * Which year a date written without one (`10월 3일`, `Oct 3`, `3 octombrie`) falls in: `past` the latest such
 * day not after today (what an order, a shipment or a delivery needs), `nearest` the closest to today (an estimate).
 */
export type YearlessMode = 'past' | 'nearest'

function dayMonth(text: string, today: number, mode: YearlessMode): RelativeDateResult | null {
  let m: number | undefined
  let d: number
  let y: number | undefined
  let match = /^(\d{1,2})월 ?(\d{1,2})일$/.exec(text)
  if (match) {
    m = Number(match[1])
    d = Number(match[2])
  } else if ((match = /^(\p{L}+)\.? (\d{1,2})(?:,? (\d{4}))?$/u.exec(text))) {
    m = MONTH_WORDS[match[1]!]
    d = Number(match[2])
    y = match[3] ? Number(match[3]) : undefined
  } else if ((match = /^(\d{1,2})\.? (\p{L}+)\.?,?(?: (\d{4}))?$/u.exec(text))) {
    m = MONTH_WORDS[match[2]!]
    d = Number(match[1])
    y = match[3] ? Number(match[3]) : undefined
  } else return null
  if (m === undefined) return null
  if (m < 1 || m > 12 || d < 1 || d > 31) return { ok: false, reason: 'impossible' }
  const valid = (year: number) => d <= daysInMonth(year, m)
  if (y !== undefined) return valid(y) ? { ok: true, day: dayFromCivil(y, m, d) } : { ok: false, reason: 'impossible' }
  const [thisYear] = civilFromDay(today)
  // 29 February: the nearest leap year of the candidates.
  const candidates = [thisYear - 1, thisYear, thisYear + 1].filter(valid).map((year) => dayFromCivil(year, m, d))
  if (candidates.length === 0) return { ok: false, reason: 'impossible' }
  const pick =
    mode === 'past'
      ? candidates.filter((c) => c <= today).pop()
      : candidates.reduce((best, c) => (Math.abs(c - today) < Math.abs(best - today) ? c : best))
  return pick === undefined ? { ok: false, reason: 'impossible' } : { ok: true, day: pick }
}

/** Read `today`, `3 days ago`, `3일 전`, `acum 3 zile`, `2026-11-10`, `10월 3일`… relative to `today` (a day number). */
export function parseRelativeDate(input: string, today: number, yearless: YearlessMode = 'past'): RelativeDateResult {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ').normalize('NFC')
    // ş/ţ with cedilla are common stand-ins for the correct comma-below ș/ț.
    .replace(/ş/g, 'ș').replace(/ţ/g, 'ț')
  if (text === '') return { ok: false, reason: 'unknown' }
  const written = writtenDate(text)
  if (written) return written
  const monthDay = dayMonth(text, today, yearless)
  if (monthDay) return monthDay
  const word = WORDS[text]
  if (word !== undefined) return { ok: true, day: today + word }
  for (const [re, sign] of PATTERNS) {
    const match = re.exec(text)
    if (!match) continue
    const n = count(match[1]!)
    const unit = UNIT_DAYS[match[2]!]
    if (n === null || unit === undefined) continue
    const offset = n * unit
    if (offset > MAX_OFFSET_DAYS) return { ok: false, reason: 'unknown' }
    return { ok: true, day: today + sign * offset }
  }
  return { ok: false, reason: 'unknown' }
}
