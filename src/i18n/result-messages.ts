import { byLang } from './catalog/index.js'

// Views of the catalogues (src/i18n/catalog/), message by message, for the result screen and the seller message.
export const ACTION_NAMES = byLang((c) => c.common.actions)
export const STATUS_NAMES = byLang((c) => c.common.statuses)
export const ISSUE_NAMES = byLang((c) => c.common.issues)
export const RESULT_TEXT = byLang((c) => c.check.result)
/** Short names of the dated facts, as row labels of the timeline. */
export const EVENT_NAMES = byLang((c) => c.check.timeline)
export const SCREEN_TEXT = byLang((c) => c.check.screen)

/** What the buyer asks the seller for, in the message. */
export const REQUESTS = ['refund', 'partial_refund', 'reship'] as const
export type SellerRequest = (typeof REQUESTS)[number]

export const REQUEST_NAMES = byLang((c) => c.common.requests)

/**
 * The message to the seller: one sentence per fact, so only the facts the buyer gave are written.
 * The English version is the one sent; the other two tell the buyer what it says.
 */
export const MESSAGE_TEXT = byLang((c) => c.check.message)
