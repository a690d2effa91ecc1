import { formatDay } from '../core/dates.js'
import { parseRelativeDate } from '../core/relative-date.js'
import { UsageError } from '../errors.js'
import { fill } from '../i18n/core-messages.js'
import type { Lang } from '../i18n/lang.js'
import { WIZARD_TEXT } from '../i18n/wizard-messages.js'

/** The date flags of an order (POLICY.md facts). */
export const DATE_FLAGS = ['ordered', 'shipped', 'delivered', 'eta', 'contacted', 'disputed'] as const

/** Words that say a fact is absent, in each language (`--shipped none`). */
export const NONE_WORDS = ['none', 'no', '-', '없음', 'nu']

export function isNoneWord(value: string): boolean {
  return NONE_WORDS.includes(value.trim().toLowerCase())
}

/**
 * One date flag as the wizard reads it: `2026-11-10`, `today`, `3 days ago`, `3일 전`, `acum 3 zile`, and `none`
 * for an absent fact (not for `ordered`), resolved against `today`. Returns `YYYY-MM-DD`, `''` for none.
 * An estimate may lie ahead, so a year-less `eta` takes the nearest year.
 */
export function resolveDateFlag(flag: string, raw: string, today: number, lang: Lang): string {
  if (raw.trim() === '') return ''
  if (isNoneWord(raw)) {
    if (flag === 'ordered') throw new UsageError(fill(WIZARD_TEXT.badFlagDate[lang], { flag, value: raw }), flag)
    return ''
  }
  const parsed = parseRelativeDate(raw, today, flag === 'eta' ? 'nearest' : 'past')
  if (parsed.ok) return formatDay(parsed.day)
  const key = parsed.reason === 'impossible' ? 'badFlagImpossible' : parsed.reason === 'format' ? 'badFlagFormat' : 'badFlagDate'
  throw new UsageError(fill(WIZARD_TEXT[key][lang], { flag, value: raw }), flag)
}

/** Every date flag of an order record resolved (see `resolveDateFlag`); other fields as they are. */
export function resolveOrderDates(order: Record<string, string | undefined>, today: number, lang: Lang): Record<string, string | undefined> {
  const out = { ...order }
  for (const flag of DATE_FLAGS) {
    const raw = out[flag]
    if (raw !== undefined) out[flag] = resolveDateFlag(flag, raw, today, lang)
  }
  return out
}
