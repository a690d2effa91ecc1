import { byLang } from './catalog/index.js'

/** The texts of `track`, `deadlines` and the store: the catalogues' `track`. */
export const TRACK_TEXT = byLang((c) => c.track)
