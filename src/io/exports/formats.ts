import { fill } from '../../i18n/core-messages.js'
import { EXPORT_TEXT } from '../../i18n/export-messages.js'
import type { Lang } from '../../i18n/lang.js'
import { isMissing, parseExportDate, type DateCell } from './dates.js'

/**
 * The shops' own order exports (../shared/FORMATS.md), recognised by their header row and mapped to orders.
 * Pure: tables in, orders and problems out. Columns are matched by name, never by position, case and spaces
 * aside; columns not named here are ignored.
 */

export const EXPORT_FORMATS = [
  'amazon-order-history',
  'amazon-returns',
  'amazon-items-report',
  'aliexpress-data-export',
  'aliexpress-shopper-inventory',
  'aliexpress-order-scraper',
  'aliexpress-order-scraper-tsv',
] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** One sheet or CSV file: its header and its data rows. `row` is the spreadsheet row number (the header is row 1). */
export interface Table {
  /** The file inside a zip, or the sheet, the rows came from (for messages). */
  file?: string
  header: readonly string[]
  rows: readonly { row: number; cells: readonly DateCell[] }[]
}

export interface RowProblem {
  file?: string
  row: number
  id?: string
  message: string
}

/** One order as the export tells it: facts only, dates as YYYY-MM-DD. */
export interface ExportedOrder {
  id: string
  platform: 'amazon' | 'aliexpress'
  ordered?: string
  shipped?: string
  delivered?: string
  /** The date the shop recorded a return (Amazon's CustomerReturns). */
  returned?: string
  format: ExportFormat
  file?: string
  /** The first row of the order. */
  row: number
  /** How many rows (items, shipments) it had. */
  rows: number
}

export interface ExportReturn {
  id: string
  returned: string
  file?: string
  row: number
}

interface Definition {
  platform: 'amazon' | 'aliexpress'
  /** Every one of these columns must be there. */
  required: readonly string[]
  /** And at least one of these, which tells this export from the others. */
  anyOf: readonly string[]
  id: readonly string[]
  ordered?: readonly string[]
  shipped?: readonly string[]
  /** Columns giving a delivery: the date column and a test of the row. */
  delivered?: { date: readonly string[]; when: (get: (names: readonly string[]) => string | undefined) => boolean }
  returned?: readonly string[]
}

/** Most specific first: detection takes the first whose columns are all there. */
const DEFINITIONS: Record<ExportFormat, Definition> = {
  'amazon-returns': {
    platform: 'amazon',
    required: ['orderid', 'dateofreturn'],
    anyOf: ['returnamountcurrency', 'contractid', 'returnamount'],
    id: ['orderid'],
    returned: ['dateofreturn'],
  },
  'amazon-order-history': {
    platform: 'amazon',
    required: ['order id', 'order date'],
    anyOf: ['asin', 'product name', 'shipment status', 'ship date', 'shipment item subtotal', 'unit price'],
    id: ['order id'],
    ordered: ['order date'],
    // Amazon.in writes `Shipment Date`.
    shipped: ['ship date', 'shipment date'],
  },
  'amazon-items-report': {
    platform: 'amazon',
    required: ['order id', 'order date'],
    anyOf: ['asin/isbn', 'unspsc code', 'item subtotal', 'purchase price per unit'],
    id: ['order id'],
    ordered: ['order date'],
    shipped: ['shipment date'],
  },
  'aliexpress-data-export': {
    platform: 'aliexpress',
    required: ['order_id', 'gmt_create_order_time'],
    anyOf: ['order_status', 'gmt_trade_end_time', 'parent_orderid', 'payable_amt', 'item_name'],
    id: ['order_id'],
    ordered: ['gmt_create_order_time'],
    // `buyer_accept_goods`: the buyer confirmed receipt, so the goods were there by then.
    delivered: { date: ['gmt_trade_end_time'], when: (get) => (get(['end_reason']) ?? '').trim().toLowerCase() === 'buyer_accept_goods' },
  },
  'aliexpress-shopper-inventory': {
    platform: 'aliexpress',
    required: ['order id', 'order date'],
    anyOf: ['product id', 'sku id', 'price info', 'store url', 'product image url'],
    id: ['order id'],
    ordered: ['order date'],
  },
  'aliexpress-order-scraper': {
    platform: 'aliexpress',
    required: ['order id', 'order date'],
    anyOf: ['store name', 'product link', 'store link', 'product title'],
    id: ['order id'],
    ordered: ['order date'],
  },
  'aliexpress-order-scraper-tsv': {
    platform: 'aliexpress',
    required: ['order number', 'order date'],
    anyOf: ['tracking status', 'landed cost', 'store name', 'total order amount'],
    id: ['order number'],
    ordered: ['order date'],
    delivered: { date: ['tracking status last updated'], when: (get) => /^delivered\b/i.test((get(['tracking status']) ?? '').trim()) },
  },
}

/** A header cell as compared: BOM, quotes and surrounding spaces dropped, inner spaces collapsed, lower case. */
export function normaliseColumn(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"|"$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase()
}

/** The export a header row belongs to, or null when it is none of them. */
export function detectFormat(header: readonly string[]): ExportFormat | null {
  const names = new Set(header.map(normaliseColumn))
  for (const [format, def] of Object.entries(DEFINITIONS) as [ExportFormat, Definition][]) {
    if (def.required.every((c) => names.has(c)) && def.anyOf.some((c) => names.has(c))) return format
  }
  return null
}

export function platformOf(format: ExportFormat): 'amazon' | 'aliexpress' {
  return DEFINITIONS[format].platform
}

/** Does this header name an order id column, as every export does (for "looks like an export, but…")? */
export function looksLikeExport(header: readonly string[]): boolean {
  const names = header.map(normaliseColumn)
  return names.some((n) => ['order id', 'orderid', 'order_id', 'order number'].includes(n))
}

/** The columns the nearest known export needs that `header` lacks (for the error message). */
export function missingColumns(header: readonly string[]): { format: ExportFormat; missing: string[] } {
  const names = new Set(header.map(normaliseColumn))
  let best: { format: ExportFormat; missing: string[]; score: number } | undefined
  for (const [format, def] of Object.entries(DEFINITIONS) as [ExportFormat, Definition][]) {
    const missing = def.required.filter((c) => !names.has(c))
    if (!def.anyOf.some((c) => names.has(c))) missing.push(def.anyOf[0]!)
    const score = def.required.length + 1 - missing.length
    if (best === undefined || score > best.score) best = { format, missing, score }
  }
  return { format: best!.format, missing: best!.missing }
}

interface RowFacts {
  id: string
  ordered?: string
  shipped?: string
  delivered?: string
  returned?: string
}

/** A spreadsheet that took a long id for a number and rounded it: `8.18E+15`. */
const ROUNDED_ID = /^\d(?:[.,]\d+)?e\+?\d+$/i

function mapRow(def: Definition, table: Table, cells: readonly DateCell[], row: number, timeZone: string | undefined, lang: Lang): RowFacts | RowProblem {
  const index = new Map<string, number>()
  table.header.forEach((h, i) => {
    const n = normaliseColumn(h)
    if (!index.has(n)) index.set(n, i)
  })
  const found = (names: readonly string[]) => names.find((n) => index.has(n))
  // Messages name a column as the file spells it.
  const column = (names: readonly string[]) => {
    const n = found(names)
    return n === undefined ? undefined : table.header[index.get(n)!]!.replace(/^\uFEFF/, '').trim()
  }
  const raw = (names: readonly string[]): DateCell => {
    const c = found(names)
    return c === undefined ? undefined : cells[index.get(c)!]
  }
  const text = (names: readonly string[]): string | undefined => {
    const v = raw(names)
    return v instanceof Date ? v.toISOString() : v
  }
  const where = { ...(table.file !== undefined ? { file: table.file } : {}), row }
  const idText = text(def.id)?.trim().replace(/^'+|'+$/g, '')
  const idColumn = column(def.id) ?? def.id[0]!
  if (idText === undefined || isMissing(idText)) return { ...where, message: fill(EXPORT_TEXT.noId[lang], { column: idColumn }) }
  if (ROUNDED_ID.test(idText)) return { ...where, message: fill(EXPORT_TEXT.roundedId[lang], { column: idColumn, value: idText }) }
  const facts: RowFacts = { id: idText }
  const dateOf = (field: 'ordered' | 'shipped' | 'delivered' | 'returned', names: readonly string[] | undefined): RowProblem | undefined => {
    if (names === undefined) return undefined
    const cell = raw(names)
    const parsed = parseExportDate(cell, timeZone)
    if (!parsed.ok) return { ...where, id: idText, message: fill(EXPORT_TEXT.badDate[lang], { column: column(names)!, value: String(cell) }) }
    if (parsed.day !== undefined) facts[field] = parsed.day
    return undefined
  }
  const problem =
    dateOf('ordered', def.ordered) ??
    dateOf('shipped', def.shipped) ??
    dateOf('returned', def.returned) ??
    (def.delivered !== undefined && def.delivered.when(text) ? dateOf('delivered', def.delivered.date) : undefined)
  return problem ?? facts
}

const earliest = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : a < b ? a : b)

export interface MappedExport {
  orders: ExportedOrder[]
  returns: ExportReturn[]
  problems: RowProblem[]
}

/**
 * Rows to orders. Rows with the same id (one per item or shipment) are one order; where its rows disagree the
 * earliest date is kept, so that no deadline comes out later than the shop's. Rows that cannot be read are
 * reported with their row number and left out.
 */
export function mapTables(tables: readonly { format: ExportFormat; table: Table }[], timeZone: string | undefined, lang: Lang): MappedExport {
  const orders = new Map<string, ExportedOrder>()
  const returns = new Map<string, ExportReturn>()
  const problems: RowProblem[] = []
  for (const { format, table } of tables) {
    const def = DEFINITIONS[format]
    for (const { row, cells } of table.rows) {
      if (cells.every((c) => c === undefined || (typeof c === 'string' && c.trim() === ''))) continue
      const facts = mapRow(def, table, cells, row, timeZone, lang)
      if ('message' in facts) {
        problems.push(facts)
        continue
      }
      if (def.returned !== undefined) {
        // A row without a currency or a date carries no return (FORMATS.md).
        const currency = cells[table.header.map(normaliseColumn).indexOf('returnamountcurrency')]
        if (facts.returned === undefined || (typeof currency === 'string' && isMissing(currency))) continue
        const seen = returns.get(facts.id)
        if (seen === undefined) returns.set(facts.id, { id: facts.id, returned: facts.returned, row, ...(table.file !== undefined ? { file: table.file } : {}) })
        else seen.returned = earliest(seen.returned, facts.returned)!
        continue
      }
      const key = `${def.platform}\u0000${facts.id}`
      const order = orders.get(key)
      if (order === undefined) {
        orders.set(key, {
          id: facts.id,
          platform: def.platform,
          ...(facts.ordered !== undefined ? { ordered: facts.ordered } : {}),
          ...(facts.shipped !== undefined ? { shipped: facts.shipped } : {}),
          ...(facts.delivered !== undefined ? { delivered: facts.delivered } : {}),
          format,
          ...(table.file !== undefined ? { file: table.file } : {}),
          row,
          rows: 1,
        })
        continue
      }
      order.rows++
      for (const field of ['ordered', 'shipped', 'delivered'] as const) {
        const day = earliest(order[field], facts[field])
        if (day !== undefined) order[field] = day
      }
    }
  }
  const list = [...orders.values()]
  for (const order of list) {
    const ret = returns.get(order.id)
    if (ret !== undefined && order.platform === 'amazon') order.returned = ret.returned
  }
  return { orders: list, returns: [...returns.values()], problems }
}
