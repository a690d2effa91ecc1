import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayInZone, parseExportDate } from '../../../src/io/exports/dates.js'
import { detectFormat, mapTables, type ExportFormat, type Table } from '../../../src/io/exports/formats.js'
import { mergeExported } from '../../../src/io/exports/merge.js'
import { countText } from '../../../src/i18n/export-messages.js'
import { detectSeparator, splitHeader } from '../../../src/io/separator.js'

const d = (cell: string | Date | undefined, tz = 'UTC') => {
  const r = parseExportDate(cell, tz)
  return r.ok ? (r.day ?? 'absent') : 'bad'
}

describe('export dates', () => {
  it.each([
    ['2023-05-31T13:00:59.799Z', 'UTC', '2023-05-31'],
    ['2023-05-23T19:14:07Z', 'UTC', '2023-05-23'],
    ['2023-05-23T19:14:07Z', 'Asia/Seoul', '2023-05-24'],
    ['2023-05-23T19:14:07Z', 'America/Los_Angeles', '2023-05-23'],
    ['2023-05-23T03:14:07Z', 'America/Los_Angeles', '2023-05-22'],
    ['2023-06-01T02:10:11.5Z', 'Europe/Bucharest', '2023-06-01'],
    ['2023-06-01T22:10:11+02:00', 'UTC', '2023-06-01'],
    ['2026-02-21 07:44:46', 'UTC', '2026-02-21'],
    ['2026-02-21 20:44:46', 'Asia/Seoul', '2026-02-22'],
    ['2026-02-20', 'Asia/Seoul', '2026-02-20'],
    ['5/31/2023', 'UTC', '2023-05-31'],
    ['01/15/23', 'UTC', '2023-01-15'],
    ['Feb 20, 2026', 'UTC', '2026-02-20'],
    ['20 February 2026', 'UTC', '2026-02-20'],
    ['2026/02/21 20:44:46', 'Asia/Seoul', '2026-02-22'],
    ['2026/2/3', 'UTC', '2026-02-03'],
    ['46074', 'Asia/Seoul', '2026-02-21'],
    ['46074.8', 'Asia/Seoul', '2026-02-22'],
    ['46074.8', 'UTC', '2026-02-21'],
    ['12345', 'UTC', 'bad'],
    ['Not Available', 'UTC', 'absent'],
    ['Not Applicable', 'UTC', 'absent'],
    ['', 'UTC', 'absent'],
    [undefined, 'UTC', 'absent'],
    ['2023-02-30T10:00:00Z', 'UTC', 'bad'],
    ['2/30/2023', 'UTC', 'bad'],
    ['yesterday', 'UTC', 'bad'],
    ['2023-05-31T25:00:00Z', 'UTC', 'bad'],
  ] as const)('%s in %s → %s', (cell, tz, want) => expect(d(cell, tz)).toBe(want))

  it('a spreadsheet date cell is an instant', () => expect(d(new Date('2026-03-10T20:10:00Z'), 'Asia/Seoul')).toBe('2026-03-11'))

  it('an ISO timestamp is the calendar date of that instant in the zone (property)', () => {
    const zones = ['UTC', 'Asia/Seoul', 'Europe/Bucharest', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(...zones), fc.boolean(), (date, tz, ms) => {
        const iso = ms ? date.toISOString() : date.toISOString().replace(/\.\d{3}Z$/, 'Z')
        const want = new Date(date.getTime() - (ms ? 0 : date.getMilliseconds()))
        expect(d(iso, tz)).toBe(dayInZone(want, tz))
        // Never more than a day from the UTC date.
        const diff = Math.abs(Date.parse(d(iso, tz)) - Date.parse(iso.slice(0, 10))) / 86400000
        expect(diff).toBeLessThanOrEqual(1)
      }),
    )
  })
})

describe('separator', () => {
  it.each([
    ['Order ID,Order Date,Title', ','],
    ['Order ID;Order Date;Title', ';'],
    ['Order ID\tOrder Date\tTitle', '\t'],
    ['"a;b",c,d', ','],
    ['"Order ID";"Order Date"', ';'],
    ['id', ','],
  ] as const)('%j → %j', (line, sep) => expect(detectSeparator(line)).toBe(sep))
  it('splits a quoted header', () => expect(splitHeader('\uFEFF"Order ID";"Order ""Date""";x')).toEqual(['Order ID', 'Order "Date"', 'x']))
})

const AMAZON = ['Website', 'Order ID', 'Order Date', 'ASIN', 'Order Status', 'Shipment Status', 'Ship Date', 'Product Name']
describe('detect by header', () => {
  it.each([
    [AMAZON, 'amazon-order-history'],
    [AMAZON.map((h) => (h === 'Ship Date' ? 'Shipment Date' : h)), 'amazon-order-history'],
    [['\uFEFF"Website"', '"Order ID"', '"Order Date"', '"ASIN"'], 'amazon-order-history'],
    [['OrderId', 'ContractId', 'DateOfReturn', 'ReturnAmount', 'ReturnAmountCurrency', 'ReturnReason', 'Resolution'], 'amazon-returns'],
    [['Order Date', 'Order ID', 'Title', 'Category', 'ASIN/ISBN', 'Shipment Date', 'Item Subtotal'], 'amazon-items-report'],
    [['order_id', 'parent_orderid', 'gmt_create_order_time', 'order_status'], 'aliexpress-data-export'],
    [['Order Date', 'Order ID', 'Title', 'Qty', 'Price', 'Store', 'Product ID', 'SKU ID'], 'aliexpress-shopper-inventory'],
    [['Order ID', 'Order Date', 'Status', 'Product Title', 'Product Link', 'Currency', 'Price', 'Store Name', 'Store Link'], 'aliexpress-order-scraper'],
    [['Order Number', ' Order Date', ' Subtotal', ' Tracking Status'], 'aliexpress-order-scraper-tsv'],
    [['id', 'platform', 'issue', 'ordered'], null],
    [['Order ID', 'Title'], null],
  ] as const)('%j → %s', (header, want) => expect(detectFormat(header)).toBe(want))
})

const table = (header: string[], rows: (string | undefined)[][]): Table => ({ header, rows: rows.map((cells, i) => ({ row: i + 2, cells })) })
const map = (format: ExportFormat, t: Table, tz = 'UTC') => mapTables([{ format, table: t }], tz, 'en')

describe('rows to orders', () => {
  it('rows with the same id are one order; the earliest date wins; unknown columns are ignored', () => {
    const t = table(['Order ID', 'Order Date', 'Ship Date', 'ASIN', 'Whatever'], [
      ['A', '2023-05-31T13:00:59.799Z', '2023-06-03T10:00:00Z', 'x', 'y'],
      ['A', '2023-05-31T13:00:59Z', '2023-06-01T02:10:11Z', 'x', 'y'],
      ['B', '2023-06-10T09:00:00Z', 'Not Available', 'x', 'y'],
    ])
    const { orders, problems } = map('amazon-order-history', t)
    expect(problems).toEqual([])
    expect(orders.map(({ id, ordered, shipped, rows, row }) => ({ id, ordered, shipped, rows, row }))).toEqual([
      { id: 'A', ordered: '2023-05-31', shipped: '2023-06-01', rows: 2, row: 2 },
      { id: 'B', ordered: '2023-06-10', shipped: undefined, rows: 1, row: 4 },
    ])
  })

  it('reports unmappable rows with their row number and goes on', () => {
    const t = table(['Order ID', 'Order Date', 'ASIN'], [['Not Available', '2023-05-31T13:00:59Z', 'x'], ['C', 'soon', 'x'], ['8.1E+15', '2023-05-31', 'x'], ['D', '2023-05-31', 'x'], [undefined, undefined, undefined]])
    const { orders, problems } = map('amazon-order-history', t)
    expect(orders.map((o) => o.id)).toEqual(['D'])
    expect(problems.map((p) => [p.row, p.message])).toEqual([
      [2, 'no Order ID; the row was skipped'],
      [3, expect.stringMatching(/^Order Date: "soon" is not a date/)],
      [4, expect.stringMatching(/^Order ID: "8\.1E\+15" was rounded by a spreadsheet/)],
    ])
  })

  it('AliExpress: a confirmed receipt is a delivery; another end reason is not', () => {
    const t = table(['order_id', 'gmt_create_order_time', 'gmt_trade_end_time', 'end_reason', 'order_status'], [
      ['1', '2026-02-21 07:44:46', '2026-03-05 11:00:00', 'buyer_accept_goods', 'FINISH'],
      ['2', '2026-03-10 20:10:00', '2026-03-20 09:00:00', 'buyer_cancel', 'FINISH'],
    ])
    const { orders } = map('aliexpress-data-export', t, 'Asia/Seoul')
    expect(orders.map(({ id, ordered, delivered }) => ({ id, ordered, delivered }))).toEqual([
      { id: '1', ordered: '2026-02-21', delivered: '2026-03-05' },
      { id: '2', ordered: '2026-03-11', delivered: undefined },
    ])
  })

  it('Amazon returns mark the order with the same id; a row without currency is no return', () => {
    const orders = table(['Order ID', 'Order Date', 'ASIN'], [['A', '2023-05-31', 'x'], ['B', '2023-06-01', 'x']])
    const returns = table(['OrderId', 'DateOfReturn', 'ReturnAmountCurrency'], [['A', '2023-06-20T16:00:00Z', 'USD'], ['B', 'Not Available', 'Not Available'], ['Z', '2023-06-22', 'USD']])
    const mapped = mapTables([{ format: 'amazon-order-history', table: orders }, { format: 'amazon-returns', table: returns }], 'UTC', 'en')
    expect(mapped.orders.map((o) => [o.id, o.returned])).toEqual([['A', '2023-06-20'], ['B', undefined]])
    expect(mapped.returns.map((r) => r.id)).toEqual(['A', 'Z'])
  })

  it('the order count is the number of distinct ids, whatever the row order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D'), fc.integer({ min: 1, max: 28 })), { maxLength: 30 }), (rows) => {
        const t = table(['Order ID', 'Order Date', 'ASIN'], rows.map(([id, day]) => [id, `2023-05-${String(day).padStart(2, '0')}T12:00:00Z`, 'x']))
        const { orders } = map('amazon-order-history', t)
        expect(orders.length).toBe(new Set(rows.map(([id]) => id)).size)
        for (const o of orders) expect(o.ordered).toBe(`2023-05-${String(Math.min(...rows.filter(([id]) => id === o.id).map(([, day]) => day))).padStart(2, '0')}`)
      }),
    )
  })
})

describe('merge with the saved order', () => {
  const saved = { id: 'A', platform: 'amazon', ordered: '2023-05-31', issue: 'late', note: 'mine' }
  it.each([
    ['nothing saved', undefined, { platform: 'amazon', ordered: '2023-05-31' }, 'new'],
    ['same facts', saved, { platform: 'amazon', ordered: '2023-05-31' }, 'unchanged'],
    ['a new fact', saved, { platform: 'amazon', ordered: '2023-05-31', shipped: '2023-06-01' }, 'updated'],
    ['another shop', saved, { platform: 'aliexpress', ordered: '2023-05-31' }, 'other-platform'],
    ['a different date', saved, { platform: 'amazon', ordered: '2023-05-30' }, 'unchanged'],
  ] as const)('%s → %s', (_name, s, incoming, kind) => expect(mergeExported(s, incoming).kind).toBe(kind))

  it('keeps what the user saved and reports the difference', () => {
    const r = mergeExported(saved, { platform: 'amazon', ordered: '2023-05-30', shipped: '2023-06-01' })
    expect(r).toEqual({ kind: 'updated', merged: { ...saved, shipped: '2023-06-01' }, changes: [{ field: 'shipped', to: '2023-06-01' }], conflicts: [{ field: 'ordered', saved: '2023-05-31', incoming: '2023-05-30' }] })
  })

  it('merging twice is merging once (property)', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((n) => `2023-05-${String(n).padStart(2, '0')}`)
    fc.assert(
      fc.property(fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined }), day, (shipped, delivered, ordered) => {
        const incoming = { platform: 'amazon' as const, ordered, shipped, delivered }
        const first = mergeExported(undefined, incoming)
        expect(first.kind).toBe('new')
        const stored = { id: 'A', platform: 'amazon', ordered, ...(shipped ? { shipped } : {}), ...(delivered ? { delivered } : {}) }
        expect(mergeExported(stored, incoming)).toEqual({ kind: 'unchanged', conflicts: [] })
      }),
    )
  })
})

describe('counted nouns', () => {
  it.each([
    [1, 'en', '1 row'],
    [2, 'en', '2 rows'],
    [1, 'ro', '1 rând'],
    [2, 'ro', '2 rânduri'],
    [19, 'ro', '19 rânduri'],
    [20, 'ro', '20 de rânduri'],
    [101, 'ro', '101 rânduri'],
    [120, 'ro', '120 de rânduri'],
    [20, 'ko', '행 20개'],
  ] as const)('%i in %s → %s', (n, lang, want) => expect(countText(n, 'rows', lang)).toBe(want))
})
