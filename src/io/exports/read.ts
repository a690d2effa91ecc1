import { open, readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { DataError, UsageError } from '../../errors.js'
import { fill } from '../../i18n/core-messages.js'
import { EXPORT_TEXT } from '../../i18n/export-messages.js'
import type { Lang } from '../../i18n/lang.js'
import { detectSeparator, splitHeader } from '../separator.js'
import type { DateCell } from './dates.js'
import { detectFormat, looksLikeExport, mapTables, missingColumns, type ExportFormat, type MappedExport, type Table } from './formats.js'
import { byLang } from '../../i18n/catalog/index.js'

/**
 * Reading a shop's export from disk: a CSV or TSV file (any of UTF-8, UTF-8 with a BOM, UTF-16), an XLSX
 * workbook, or Amazon's "Request Your Data" zip with all its numbered order files. The mapping itself is
 * ./formats.ts (pure).
 */

export interface ShopExport {
  /** What was read: one entry per file or sheet. */
  parts: { file: string; format: ExportFormat; rows: number }[]
  mapped: MappedExport
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
/** Enough of a file to see its header row. */
const HEAD_BYTES = 1 << 16

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b)
}

/**
 * Text of a CSV export. Excel writes UTF-8 with a BOM, or UTF-16 ("Unicode text"); a file in a legacy code page
 * (cp1250, EUC-KR) is read as Latin-1: every column buyerdesk uses (ids, dates, statuses) is ASCII, and the
 * product names it would garble are ignored.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  // UTF-16 without a BOM: ASCII text has a zero in every other byte.
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('latin1').decode(bytes)
  }
}

/** The first line of a text (quoted newlines in a header row do not occur in these exports). */
function firstLine(text: string): string {
  const nl = text.indexOf('\n')
  return (nl === -1 ? text : text.slice(0, nl)).replace(/\r$/, '')
}

async function parseCsvTable(text: string, file: string | undefined, lang: Lang): Promise<Table> {
  const { parse } = await import('csv-parse/sync')
  let records: string[][]
  try {
    records = parse(text, { delimiter: detectSeparator(firstLine(text)), bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][]
  } catch (err) {
    throw new DataError(`${file ?? ''}: ${fill(CSV_BAD[lang], { detail: (err as Error).message })}`)
  }
  const [header = [], ...rows] = records
  return { ...(file !== undefined ? { file } : {}), header, rows: rows.map((cells, i) => ({ row: i + 2, cells })) }
}

const CSV_BAD = byLang((c) => c.errors.input).csvBad

/** The order files of an Amazon data zip (and any zip inside it), or the one order sheet of an XLSX workbook. */
async function readZip(bytes: Uint8Array, file: string, lang: Lang): Promise<{ format: ExportFormat; table: Table }[]> {
  const { unzipSync } = await import('fflate')
  const names: string[] = []
  try {
    unzipSync(bytes, { filter: (f) => (names.push(f.name), false) })
  } catch (err) {
    throw new UsageError(fill(EXPORT_TEXT.badZip[lang], { file, detail: (err as Error).message }))
  }
  if (names.includes('xl/workbook.xml')) return readXlsx(bytes, file, lang)
  // Only what can hold orders is inflated: a data zip also carries large files of no interest here.
  const wanted = (name: string) => /\.(csv|zip)$/i.test(name) && /order|return/i.test(basename(name)) && !name.startsWith('__MACOSX/')
  const entries = unzipSync(bytes, { filter: (f) => wanted(f.name) })
  const tables: { format: ExportFormat; table: Table }[] = []
  for (const name of Object.keys(entries).sort(byNumberedName)) {
    const data = entries[name]!
    if (/\.zip$/i.test(name)) {
      if (isZip(data)) tables.push(...(await readZip(data, `${file}/${name}`, lang)))
      continue
    }
    const table = await parseCsvTable(decodeText(data), basename(name), lang)
    const format = detectFormat(table.header)
    if (format !== null) tables.push({ format, table })
  }
  if (tables.length === 0) throw new UsageError(fill(EXPORT_TEXT.zipNothing[lang], { file }))
  return tables
}

/** Retail.OrderHistory.2.csv before Retail.OrderHistory.10.csv. */
function byNumberedName(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true })
}

async function readXlsx(bytes: Uint8Array, file: string, lang: Lang): Promise<{ format: ExportFormat; table: Table }[]> {
  const { default: readXlsxFile } = await import('read-excel-file/node')
  let sheets: { sheet: string; data: unknown[][] }[]
  try {
    // Numbers as written: a 16-digit order id must not become a rounded float.
    sheets = (await readXlsxFile(Buffer.from(bytes), { parseNumber: (s: string) => s })) as { sheet: string; data: unknown[][] }[]
  } catch (err) {
    throw new UsageError(fill(EXPORT_TEXT.badZip[lang], { file, detail: (err as Error).message }))
  }
  // The sheet FORMATS.md names first, then any other whose header is an export's.
  sheets.sort((a, b) => Number(b.sheet.trim().toLowerCase() === 'order information') - Number(a.sheet.trim().toLowerCase() === 'order information'))
  const text = (row: unknown[]) => row.map((c) => (c === null || c === undefined ? '' : String(c)))
  for (const { sheet, data } of sheets) {
    // The header may sit under a title row or two.
    const start = data.slice(0, 10).findIndex((row) => detectFormat(text(row)) !== null)
    if (start < 0) continue
    const header = text(data[start]!)
    const format = detectFormat(header)!
    const rows = data.slice(start + 1).map((cells, i) => ({ row: start + i + 2, cells: cells.map(toCell) }))
    return [{ format, table: { file: sheet, header, rows } }]
  }
  throw new UsageError(fill(EXPORT_TEXT.xlsxNoSheet[lang], { file }))
}

function toCell(value: unknown): DateCell {
  if (value === null || value === undefined) return undefined
  if (value instanceof Date) return value
  return String(value)
}

/**
 * The shop export in `file`, or null when the file is not one (NDJSON, buyerdesk's own CSV): the caller reads
 * it as before. Only the first 64 KiB are read to decide. A file that has an order-id column but matches no
 * known export is refused, naming the columns the nearest one needs.
 */
export async function readShopExport(file: string, opts: { timeZone?: string; lang: Lang }): Promise<ShopExport | null> {
  if (file === '-') return null
  const head = new Uint8Array(HEAD_BYTES)
  let length: number
  let handle
  try {
    // Only a regular file is looked into: reading the head of a pipe would take lines from the usual reader,
    // and a device is refused by it (src/io/records.ts openInput).
    if (!(await stat(file)).isFile()) return null
    handle = await open(file, 'r')
    length = (await handle.read(head, 0, HEAD_BYTES, 0)).bytesRead
  } catch {
    // Not readable here: the usual reader reports it.
    return null
  } finally {
    await handle?.close()
  }
  const bytes = head.subarray(0, length)
  let tables: { format: ExportFormat; table: Table }[]
  const name = basename(file)
  if (isZip(bytes)) {
    tables = await readZip(await readFile(file), name, opts.lang)
  } else {
    const headText = decodeText(bytes)
    if (/^\s*[[{]/.test(headText)) return null
    const header = splitHeader(firstLine(headText))
    const format = detectFormat(header)
    if (format === null) {
      if (looksLikeExport(header)) {
        const { format: nearest, missing } = missingColumns(header)
        throw new UsageError(fill(EXPORT_TEXT.unknownColumns[opts.lang], { file: name, format: EXPORT_TEXT[nearest][opts.lang], missing: missing.map((m) => `"${m}"`).join(', ') }))
      }
      return null
    }
    const table = await parseCsvTable(decodeText(await readFile(file)), undefined, opts.lang)
    tables = [{ format, table }]
  }
  const mapped = mapTables(tables, opts.timeZone, opts.lang)
  return {
    parts: tables.map(({ format, table }) => ({ file: table.file ?? name, format, rows: table.rows.length })),
    mapped,
  }
}
