import { UsageError } from '../errors.js'
import { isLang, langFromEnv, LANGS, type Lang } from './lang.js'

/** `--lang`, else the saved setting, else LC_ALL/LC_MESSAGES/LANG, else English. */
export function resolveLang(flag: string | undefined, saved?: string): Lang {
  if (flag !== undefined) {
    const code = flag.trim().toLowerCase()
    if (!isLang(code)) throw new UsageError(`--lang: "${flag}" is not supported, expected one of ${LANGS.join(', ')}`, 'lang')
    return code
  }
  if (saved !== undefined && isLang(saved)) return saved
  return langFromEnv() ?? 'en'
}
