import type { KbSeed, KbSource } from '../core/faq/types.js'
import type { Lang } from '../i18n/lang.js'
import { SOURCE_TEXT } from '../i18n/layout-contact-messages.js'

/**
 * A knowledge-base source as a person reads it: a seed document by what it is ("a Korean guide to AliExpress
 * customer support"; its file name is for --json), a page by its title and address.
 */
export function kbSourceText(source: KbSource, lang: Lang, seeds: Readonly<Record<string, KbSeed>>): string {
  if (!('seed' in source)) return `${source.title} <${source.url}>`
  const seed = seeds[source.seed]
  return seed !== undefined ? seed.about[lang] : `${SOURCE_TEXT.seedDocument[lang]} (${source.seed})`
}
