import { format } from 'date-fns/format'
import { enUS } from 'date-fns/locale/en-US'
import { ko } from 'date-fns/locale/ko'
import { ro } from 'date-fns/locale/ro'
import { dayToDate, parseDay } from '../core/dates.js'
import { byLang } from '../i18n/catalog/index.js'
import type { Lang } from '../i18n/lang.js'

const LOCALES = { en: enUS, ko, ro } as const
const PATTERNS = byLang((c) => c.common.dates).screen

/** `2026-11-25` → `Wed 25 Nov 2026` / `2026년 11월 25일 (수)` / `miercuri, 25 noiembrie 2026`. */
export function formatDate(iso: string, lang: Lang): string {
  const day = parseDay(iso)
  if (day === null) return iso
  return format(dayToDate(day), PATTERNS[lang], { locale: LOCALES[lang] })
}
