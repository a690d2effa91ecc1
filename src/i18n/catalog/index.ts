import type { Lang } from '../../core/lang.js'
import { fill } from '../fill.js'
import { en, type Catalog } from './en.js'
import { ko } from './ko.js'
import { ro } from './ro.js'

export type { Catalog }

/** One catalogue per language (src/i18n/catalog/README.md): every text a user reads, by key. */
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { en, ko, ro }

/** `'check.why.closedDeadline'`: the dotted path of every text (leaf) of the catalogue. */
export type MessageKey = LeafPaths<Catalog>
type LeafPaths<T, P extends string = ''> = T extends string
  ? P
  : T extends readonly unknown[]
    ? never
    : { [K in keyof T & string]: LeafPaths<T[K], P extends '' ? K : `${P}.${K}`> }[keyof T & string]

const LOOKED_UP = new Map<string, string>()

/** The text at `key` in `lang`'s catalogue, unfilled. */
export function message(lang: Lang, key: MessageKey): string {
  const cacheKey = lang + ':' + key
  let text = LOOKED_UP.get(cacheKey)
  if (text === undefined) {
    let node: unknown = CATALOGS[lang]
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part]
    if (typeof node !== 'string') throw new Error(`no message ${key} in the ${lang} catalogue`)
    LOOKED_UP.set(cacheKey, (text = node))
  }
  return text
}

/**
 * Look a message up and fill it: `t('ro', 'check.why.closedDeadline', { label, latestDeadline })`. A Korean
 * particle written both ways after a placeholder takes the form its word needs (src/i18n/fill.ts).
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(message(lang, key), params)
}

/** The forms of a counted noun, by `Intl.PluralRules` category (Romanian `few` is 0, 2–19, 101–119…; `other` takes "de"). */
export interface PluralForms {
  readonly one: string
  readonly few: string
  readonly other: string
}

const PLURAL_RULES = new Map<Lang, Intl.PluralRules>()
const NUMBERS = new Map<Lang, Intl.NumberFormat>()
const LOCALE: Record<Lang, string> = { en: 'en', ko: 'ko', ro: 'ro' }

/** The plural category of `n` in `lang`, folded onto the three forms a catalogue writes. */
export function pluralCategory(lang: Lang, n: number): keyof PluralForms {
  let rules = PLURAL_RULES.get(lang)
  if (rules === undefined) PLURAL_RULES.set(lang, (rules = new Intl.PluralRules(LOCALE[lang])))
  const category = rules.select(n)
  return category === 'one' ? 'one' : category === 'few' ? 'few' : 'other'
}

/**
 * `n` written as `lang` writes numbers (`Intl.NumberFormat` without grouping: `80001`, as commands and ids show them).
 * A whole number is written by `String(n)`, which gives the same digits in en, ko and ro (test/i18n/catalog.test.ts
 * compares them): building the first `Intl.NumberFormat` costs ~14 ms, a tenth of a `check`'s start-up.
 */
export function formatNumber(lang: Lang, n: number): string {
  if (Number.isSafeInteger(n)) return String(n)
  let format = NUMBERS.get(lang)
  if (format === undefined) NUMBERS.set(lang, (format = new Intl.NumberFormat(LOCALE[lang], { useGrouping: false })))
  return format.format(n)
}

/** `count('ro', common.counts.rows, 20)` → `20 de rânduri`: the form `Intl.PluralRules` picks, `{n}` filled. */
export function count(lang: Lang, forms: PluralForms, n: number, params: Record<string, string | number> = {}): string {
  return fill(forms[pluralCategory(lang, n)], { ...params, n: formatNumber(lang, n) })
}

/** Each leaf of T as a text per language: the catalogues' subtree seen message by message (`ACTION_NAMES.cancel.ro`). */
export type ByLang<T> = T extends string ? Record<Lang, string> : T extends readonly (infer U)[] ? ByLang<U>[] : { readonly [K in keyof T]: ByLang<T[K]> }

function transpose(nodes: Record<Lang, unknown>): unknown {
  const sample = nodes.en
  if (typeof sample === 'string') return nodes
  if (Array.isArray(sample)) return sample.map((_, i) => transpose({ en: (nodes.en as unknown[])[i], ko: (nodes.ko as unknown[])[i], ro: (nodes.ro as unknown[])[i] }))
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(sample as object)) {
    out[key] = transpose({ en: (nodes.en as Record<string, unknown>)[key], ko: (nodes.ko as Record<string, unknown>)[key], ro: (nodes.ro as Record<string, unknown>)[key] })
  }
  return out
}

/**
 * A subtree of the catalogues, message by message (`{ en, ko, ro }` per leaf): how code written before the
 * catalogues (`fill(RESULT_TEXT.until[lang], …)`) reads them. New code calls `t()`.
 */
export function byLang<T>(select: (catalog: Catalog) => T): ByLang<T> {
  return transpose({ en: select(en), ko: select(ko), ro: select(ro) }) as ByLang<T>
}
