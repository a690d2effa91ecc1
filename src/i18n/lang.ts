// The language codes live in the core (packs name them); the resolver in src/i18n/resolve.ts.
export { isLang, LANGS, type I18nText, type Lang } from '../core/lang.js'
export { langFromEnv } from './resolve.js'
