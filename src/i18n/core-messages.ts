import { byLang } from './catalog/index.js'

export { fill } from './fill.js'

/** The names of the dated facts (`delivery date`), by fact: the catalogues' `common.facts`. */
export const FACT_NAMES = byLang((c) => c.common.facts)

/** The sentences of a verdict's `why` around a pack's own texts: the catalogues' `check.why`. */
export const CORE_TEXT = byLang((c) => c.check.why)

/** Why an event closed a window, by the fact that closed it (`Rule.closedBy`); others use `closedEvent`. */
export const CLOSED_EVENT = byLang((c) => c.check.why.closedBecause)
