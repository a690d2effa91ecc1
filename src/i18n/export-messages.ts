import type { Lang } from '../core/lang.js'
import { byLang, CATALOGS, count } from './catalog/index.js'

/** The texts of the export and import of orders: the catalogues' `export`. */
export const EXPORT_TEXT = byLang((c) => c.export)

/** How many of something, with the noun as each language counts it (Romanian: 1 rând, 2 rânduri, 20 de rânduri). */
export function countText(n: number, noun: 'rows' | 'orders' | 'returns', lang: Lang): string {
  return count(lang, CATALOGS[lang].common.counts[noun], n)
}
