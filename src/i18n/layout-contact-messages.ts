import type { Lang } from './lang.js'
import { byLang } from './catalog/index.js'

// Views of the catalogues (src/i18n/catalog/): contact by the user's language, sources by what they are, the
// exit codes of the root help, the line Ctrl-C leaves.
export const CONTACT_TEXT = byLang((c) => c.contact)
export const SOURCE_TEXT = byLang((c) => ({ seedDocument: c.contact.seedDocument }))
export const EXIT_HELP_TEXT = byLang((c) => c.exitCodes)
export const STOPPED_TEXT = byLang((c) => c.stopped)

/** The codes in the order the help lists them, with their meaning (src/errors.ts EXIT holds the numbers). */
export const EXIT_HELP_ROWS = [
  [0, 'ok'],
  [1, 'data'],
  [2, 'usage'],
  [3, 'ineligible'],
  [130, 'interrupted'],
] as const

/** The "Exit codes:" block of the root help in `lang`, within 80 columns (Hangul counted two). */
export function exitCodesBlock(lang: Lang, wrapText: (text: string, width: number, indent: string, hanging: string) => string[]): string {
  const rows = EXIT_HELP_ROWS.flatMap(([code, key]) => wrapText(EXIT_HELP_TEXT[key][lang], 80, `  ${String(code).padEnd(5)}`, ' '.repeat(7)))
  return ['', EXIT_HELP_TEXT.title[lang], ...rows].join('\n')
}
