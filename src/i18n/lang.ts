/** The languages every user-visible text exists in. */
export const LANGS = ['en', 'ko', 'ro'] as const
export type Lang = (typeof LANGS)[number]

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

/**
 * The user's language from the POSIX locale variables, in their order of precedence
 * (LC_ALL, LC_MESSAGES, LANG): `ko_KR.UTF-8` → `ko`. English when none names one of ours.
 */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name]
    if (!value) continue
    const code = value.slice(0, 2).toLowerCase()
    return isLang(code) ? code : undefined
  }
  return undefined
}

/** A text in all three languages. */
export type I18nText = Record<Lang, string>
