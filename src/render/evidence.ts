import type { Issue, Policy } from '../core/types.js'
import type { Lang } from '../i18n/lang.js'

/** The box in front of each item; ASCII where the terminal cannot show Unicode. */
export const CHECKBOX = { unicode: '☐', ascii: '[ ]' } as const

/**
 * The evidence checklist for this kind of problem, from the policy pack (`evidence` per issue):
 * one unticked line per item. Empty when no problem was given (a plain cancellation needs no proof). Pure.
 */
export function renderEvidence(policy: Policy, issue: Issue | null, lang: Lang, ascii: boolean): string[] {
  if (issue === null) return []
  const items = policy.evidence[issue]?.[lang] ?? []
  const box = ascii ? CHECKBOX.ascii : CHECKBOX.unicode
  return items.map((item) => `${box} ${item}`)
}
