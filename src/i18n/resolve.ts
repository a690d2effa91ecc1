import { isLang, LANGS, type Lang } from '../core/lang.js'
import { UsageError } from '../errors.js'
import { t } from './catalog/index.js'

/**
 * The one place that decides the user's language: `--lang`, else the saved setting, else the POSIX locale
 * variables (LC_ALL, LC_MESSAGES, LANG), else English. `resolveLang` is used once the flags are parsed;
 * `langBeforeParsing` by help and the cancel line, which must choose before (or without) commander.
 */
export function resolveLang(flag: string | undefined, saved?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag !== undefined) {
    const code = flag.trim().toLowerCase()
    if (!isLang(code)) {
      // Said in the language the user would get without the flag.
      const lang = saved !== undefined && isLang(saved) ? saved : (langFromEnv(env) ?? 'en')
      throw new UsageError(t(lang, 'errors.badLang', { value: flag, list: LANGS.join(', ') }), 'lang')
    }
    return code
  }
  if (saved !== undefined && isLang(saved)) return saved
  return langFromEnv(env) ?? 'en'
}

/**
 * The same choice from the raw command line, before commander parses it: an invalid `--lang` is skipped (commander
 * then reports it, in the next language found), and settings that cannot be read count as none.
 */
export function langBeforeParsing(argv: readonly string[], env: NodeJS.ProcessEnv, saved: () => string | undefined): Lang {
  const flag = langFlag(argv)
  if (isLang(flag)) return flag
  let stored: string | undefined
  try {
    stored = saved()
  } catch {
    // Settings that cannot be read must not stop `--help` or the cancel line; the command itself says what is wrong.
  }
  return resolveLang(undefined, stored, env)
}

/** The value of the last `--lang X` / `--lang=X` before any `--`, lower-cased; undefined when there is none. */
export function langFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') break
    if (arg === '--lang') found = argv[++i]
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length)
  }
  return found?.trim().toLowerCase()
}

/**
 * The user's language from the POSIX locale variables, in their order of precedence
 * (LC_ALL, LC_MESSAGES, LANG): `ko_KR.UTF-8` → `ko`. Undefined when the first one set names none of ours.
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
