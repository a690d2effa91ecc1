import type { ExportedOrder } from './formats.js'

/**
 * An exported order against the saved one with the same id. Pure. Re-importing the same export changes
 * nothing; a newer export adds the facts the saved order lacks (it shipped since, a return was recorded);
 * a fact the user saved differently is kept and reported, never overwritten.
 */

export const EXPORT_FACTS = ['ordered', 'shipped', 'delivered', 'returned'] as const
export type ExportFact = (typeof EXPORT_FACTS)[number]

export interface FactChange {
  field: ExportFact
  from?: string
  to: string
}

export interface FactConflict {
  field: ExportFact
  saved: string
  incoming: string
}

export type MergeResult =
  | { kind: 'new' }
  | { kind: 'other-platform'; saved: string }
  | { kind: 'unchanged'; conflicts: FactConflict[] }
  | { kind: 'updated'; merged: Record<string, unknown>; changes: FactChange[]; conflicts: FactConflict[] }

export function mergeExported(saved: Record<string, unknown> | undefined, incoming: Pick<ExportedOrder, 'platform' | ExportFact>): MergeResult {
  if (saved === undefined) return { kind: 'new' }
  if (saved.platform !== incoming.platform) return { kind: 'other-platform', saved: String(saved.platform) }
  const merged: Record<string, unknown> = { ...saved }
  const changes: FactChange[] = []
  const conflicts: FactConflict[] = []
  for (const field of EXPORT_FACTS) {
    const value = incoming[field]
    if (value === undefined) continue
    const current = saved[field]
    if (typeof current !== 'string' || current === '') {
      merged[field] = value
      changes.push({ field, to: value })
    } else if (current !== value) {
      conflicts.push({ field, saved: current, incoming: value })
    }
  }
  return changes.length === 0 ? { kind: 'unchanged', conflicts } : { kind: 'updated', merged, changes, conflicts }
}
