import { CATALOGS, count } from './catalog/index.js'
import { EXAMPLES, examplesBlock } from './help-examples.js'
import { exitCodesBlock } from './layout-contact-messages.js'
import { wrap } from '../render/wrap.js'

/**
 * Korean and Romanian for everything `--help` and commander itself print (src/i18n/localize-help.ts applies
 * it), from the catalogues' `help`. `help.texts` is keyed by the exact English text the program registers: a
 * description, an option's or argument's help, a heading, a text added with addHelpText.
 * test/i18n/help-messages.test.ts walks the built program and fails when one of its English strings has no
 * entry, so a new flag cannot ship untranslated. Flag names, values, commands and examples (`--issue`,
 * `not_received`, `YYYY-MM-DD`, `aliexpress`) stay as they are typed.
 */
export interface HelpText {
  ko: string
  ro: string
}

const { en, ko, ro } = CATALOGS

export const HELP_TEXT: Record<string, HelpText> = {
  // The examples at the end of every command's help, built from one table.
  ...Object.fromEntries(Object.keys(EXAMPLES).map((path) => [examplesBlock(path, 'en')!, { ko: examplesBlock(path, 'ko')!, ro: examplesBlock(path, 'ro')! }])),
  [exitCodesBlock('en', wrap)]: { ko: exitCodesBlock('ko', wrap), ro: exitCodesBlock('ro', wrap) },
  ...Object.fromEntries(Object.keys(en.help.texts).map((text) => [text, { ko: ko.help.texts[text as keyof typeof ko.help.texts], ro: ro.help.texts[text as keyof typeof ro.help.texts] }])),
}

type Extra = keyof typeof en.help.extras
/** The words commander puts in an option's or argument's trailing "(choices: …, default: …)". */
export const HELP_EXTRAS = Object.fromEntries(
  (Object.keys(en.help.extras) as Extra[]).map((word) => [word, { ko: ko.help.extras[word], ro: ro.help.extras[word] }]),
) as Record<Extra, HelpText>

type CommanderError = keyof typeof en.help.commander
/**
 * Commander's error messages, by the pattern localize-help.ts recognises. `{…}` are filled from the
 * English message; the quoted names (`'--x'`, `'key'`) are kept exactly as commander printed them.
 */
export const COMMANDER_ERRORS = Object.fromEntries(
  (Object.keys(en.help.commander) as CommanderError[]).map((key) => [key, { ko: ko.help.commander[key], ro: ro.help.commander[key] }]),
) as Record<CommanderError, HelpText>

/** "2 argumente", "1 argument", "20 de argumente" (Romanian counts); Korean counts need no word. */
export function argumentCount(n: number, lang: 'ko' | 'ro'): string {
  return count(lang, CATALOGS[lang].common.counts.arguments, n)
}
