import { civilFromDay } from '../core/dates.js'
import type { Lang } from '../core/lang.js'
import { CATALOGS } from '../i18n/catalog/index.js'
import { fill } from '../i18n/fill.js'

const WRITTEN: Record<Lang, Map<number, string>> = { en: new Map(), ko: new Map(), ro: new Map() }

/**
 * A day inside a sentence, in `lang`'s long form: `Saturday, December 5, 2026` / `2026년 12월 5일 토요일` /
 * `sâmbătă, 5 decembrie 2026`, the same text as Intl.DateTimeFormat's full style (a test compares them), from the
 * catalogue's names: the first Intl.DateTimeFormat of a run costs about as much as the rest of `check --json`.
 * Each day is written once per run (streams repeat the same few hundred days).
 */
export function proseDate(day: number, lang: Lang): string {
  const written = WRITTEN[lang]
  let text = written.get(day)
  if (text === undefined) {
    const [year, month, date] = civilFromDay(day)
    const names = CATALOGS[lang].common.dates
    // Day 0, 1970-01-01, was a Thursday.
    const weekday = names.weekdays[(((day + 4) % 7) + 7) % 7]!
    written.set(day, (text = fill(names.prose, { weekday, month: names.months[month - 1]!, day: date, year })))
  }
  return text
}
