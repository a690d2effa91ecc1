/** The languages every user-visible text exists in: codes, as the core and the policy packs name them. */
export const LANGS = ['en', 'ko', 'ro'] as const
export type Lang = (typeof LANGS)[number]

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

/** A text of a policy pack (a rule's label, a step) in all three languages: data, picked by the renderer. */
export type I18nText = Record<Lang, string>
