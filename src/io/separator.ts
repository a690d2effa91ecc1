/**
 * The field separator of a CSV file, from its header row: `,`, `;` (Excel in a Romanian, Korean or other
 * locale whose decimal mark is a comma) or a tab. Pure. Separators inside quotes do not count.
 */
export const SEPARATORS = [',', ';', '\t'] as const
export type Separator = (typeof SEPARATORS)[number]

export function detectSeparator(headerLine: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]))
  let quoted = false
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && counts.has(ch as Separator)) counts.set(ch as Separator, counts.get(ch as Separator)! + 1)
  }
  let best: Separator = ','
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s
  return best
}

/** The cells of a header row, split on its separator; quotes around a cell are dropped. */
export function splitHeader(headerLine: string): string[] {
  const sep = detectSeparator(headerLine)
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < headerLine.length; i++) {
    const ch = headerLine[i]!
    if (ch === '"') {
      if (quoted && headerLine[i + 1] === '"') {
        cell += '"'
        i++
      } else quoted = !quoted
    } else if (ch === sep && !quoted) {
      cells.push(cell)
      cell = ''
    } else cell += ch
  }
  cells.push(cell)
  return cells.map((c) => c.replace(/^\uFEFF/, '').trim())
}
