import { format } from 'date-fns/format'
import { enUS } from 'date-fns/locale/en-US'
import { ko } from 'date-fns/locale/ko'
import { ro } from 'date-fns/locale/ro'
import { dayToDate, parseDay } from '../core/dates.js'
import type { Lang } from '../i18n/lang.js'

const LOCALES = { en: enUS, ko, ro } as const
const PATTERNS: Record<Lang, string> = { en: 'EEE d MMM yyyy', ko: 'yyyy년 M월 d일 (EEE)', ro: 'EEEE, d MMMM yyyy' }

/** `2026-11-25` → `Wed 25 Nov 2026` / `2026년 11월 25일 (수)` / `miercuri, 25 noiembrie 2026`. */
export function formatDate(iso: string, lang: Lang): string {
  const day = parseDay(iso)
  if (day === null) return iso
  return format(dayToDate(day), PATTERNS[lang], { locale: LOCALES[lang] })
}
