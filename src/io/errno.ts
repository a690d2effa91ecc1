import type { I18nText, Lang } from '../i18n/lang.js'
import { byLang } from '../i18n/catalog/index.js'

/** What the file system said, for the one-line messages of users' errors: the code, then a few words. */
const WORDS: Record<string, I18nText> = byLang((c) => c.errors.errno)

/** An fs error as a few words a person can act on: "EISDIR: a folder, not a file". */
export function errnoText(err: unknown, lang: Lang = 'en'): string {
  const code = (err as NodeJS.ErrnoException).code
  if (code === undefined) return String((err as Error).message ?? err).replace(/\s+/g, ' ').slice(0, 120)
  const words = WORDS[code]
  return words ? `${code}: ${words[lang]}` : code
}
