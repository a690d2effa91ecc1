import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ndjson, run } from './run.js'

/** Shop exports in the formats of ../shared/FORMATS.md (test/fixtures/exports/make.mjs made them). */
const FIX = join(import.meta.dirname, '../fixtures/exports')
const TODAY = ['--today', '2026-11-22']

function home(timezone = 'Asia/Seoul') {
  const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-exports-'))
  const bd = (args: string[]) => run(args, { env: { BUYERDESK_CONFIG_DIR: dir, BUYERDESK_TIMEZONE: timezone } })
  return { dir, bd }
}

type Saved = { id: string; platform: string; ordered: string; shipped?: string; delivered?: string; returned?: string; issue: string | null }
function list(bd: ReturnType<typeof home>['bd']): Saved[] {
  const r = bd(['track', 'list', '--json', ...TODAY])
  expect(r.status).toBe(0)
  return JSON.parse(r.stdout) as Saved[]
}
const facts = (orders: Saved[]) => orders.map(({ id, ordered, shipped, delivered, returned }) => ({ id, ordered, shipped, delivered, returned }))

/** Import twice: the right orders the first time, the same list (no duplicates) the second. */
function importTwice(file: string, timezone?: string) {
  const { bd } = home(timezone)
  const first = bd(['track', 'import', file, ...TODAY])
  expect(first.stderr).not.toMatch(/^buyerdesk:/m)
  expect(first.status).toBe(0)
  const orders = list(bd)
  const second = bd(['track', 'import', file, ...TODAY])
  expect(second.status).toBe(0)
  expect(second.stdout).toMatch(new RegExp(`0 new, 0 updated, ${orders.length} already saved and unchanged\\.`))
  expect(list(bd)).toEqual(orders)
  return { orders, first, bd }
}

describe('track import of shop exports', () => {
  it('Amazon Retail.OrderHistory.1.csv (BOM, quoted, multi-item order, ms and no-ms timestamps, in Seoul)', () => {
    const { orders, first } = importTwice(join(FIX, 'amazon/Retail.OrderHistory.1.csv'))
    expect(facts(orders)).toEqual([
      // 19:14 UTC on 23 May is 04:14 on 24 May in Seoul.
      { id: '111-1111111-1111111', ordered: '2023-05-24', shipped: '2023-05-24', delivered: undefined, returned: undefined },
      // Two items: the first shipment counts.
      { id: '112-2222222-2222222', ordered: '2023-05-31', shipped: '2023-06-01', delivered: undefined, returned: undefined },
      { id: '113-3333333-3333333', ordered: '2023-06-10', shipped: undefined, delivered: undefined, returned: undefined },
      { id: '114-4444444-4444444', ordered: '2023-06-15', shipped: '2023-06-16', delivered: undefined, returned: undefined },
    ])
    expect(orders.every((o) => o.platform === 'amazon' && o.issue === null)).toBe(true)
    expect(first.stdout).toMatch(/^Retail\.OrderHistory\.1\.csv: Amazon order history, 5 rows, 4 orders$/m)
    expect(first.stderr).toMatch(/judged for cancellation only until you add the problem, e\.g\. `buyerdesk track update 111-1111111-1111111 --issue defective --delivered YYYY-MM-DD`/)
  })

  it('the same file in UTC gives UTC dates', () => {
    const { orders } = importTwice(join(FIX, 'amazon/Retail.OrderHistory.1.csv'), 'UTC')
    expect(orders.map((o) => o.ordered)).toEqual(['2023-05-23', '2023-05-31', '2023-06-10', '2023-06-14'])
  })

  it('Amazon data zip: every numbered file and the returns; after the CSV alone it adds only what is new', () => {
    const { bd } = home()
    expect(bd(['track', 'import', join(FIX, 'amazon/Retail.OrderHistory.1.csv'), ...TODAY]).status).toBe(0)
    const r = bd(['track', 'import', join(FIX, 'amazon/Your Orders.zip'), ...TODAY])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Retail\.OrderHistory\.2\.csv: Amazon order history, 2 rows, 1 order$/m)
    expect(r.stdout).toMatch(/^Retail\.CustomerReturns\.1\.1\.csv: Amazon returns, 2 rows, 1 return$/m)
    expect(r.stdout).toMatch(/^updated 112-2222222-2222222: return date – → Wed, Jun 21, 2023$/m)
    expect(r.stdout).toMatch(/^1 new, 1 updated, 3 already saved and unchanged \(118-8888888-8888888\)\.$/m)
    const orders = list(bd)
    expect(orders.map((o) => o.id)).toEqual(['111-1111111-1111111', '112-2222222-2222222', '113-3333333-3333333', '114-4444444-4444444', '118-8888888-8888888'])
    expect(orders[1]!.returned).toBe('2023-06-21')
    const again = bd(['track', 'import', join(FIX, 'amazon/Your Orders.zip'), ...TODAY])
    expect(again.stdout).toMatch(/0 new, 0 updated, 5 already saved and unchanged\./)
    const shown = JSON.parse(bd(['track', 'show', '112-2222222-2222222', '--json', ...TODAY]).stdout)
    expect(shown.facts).toEqual({ ordered: '2023-05-31', shipped: '2023-06-01', returned: '2023-06-21' })
  })

  it('a returns file alone marks saved orders and reports unknown ones', () => {
    const { bd } = home()
    bd(['track', 'import', join(FIX, 'amazon/Retail.OrderHistory.1.csv'), ...TODAY])
    const r = bd(['track', 'import', join(FIX, 'amazon/Retail.CustomerReturns.1.1.csv'), ...TODAY, '--json'])
    expect(r.status).toBe(0)
    expect(ndjson(r.stdout)).toEqual([expect.objectContaining({ type: 'updated', row: 2, id: '112-2222222-2222222', changes: [{ field: 'returned', to: '2023-06-21' }] })])
  })

  it('Amazon.in (Shipment Date, no Item Serial Number, LF)', () => {
    const { orders } = importTwice(join(FIX, 'amazon-in/Retail.OrderHistory.1.csv'))
    expect(facts(orders)).toEqual([
      { id: '402-1234567-7654321', ordered: '2023-08-02', shipped: '2023-08-03', delivered: undefined, returned: undefined },
      { id: '403-7654321-1234567', ordered: '2023-08-10', shipped: undefined, delivered: undefined, returned: undefined },
    ])
  })

  it('the old Amazon Items report (US dates)', () => {
    const { orders } = importTwice(join(FIX, 'amazon-items/items.csv'))
    expect(facts(orders)).toEqual([
      { id: '112-0000001-0000001', ordered: '2023-01-15', shipped: '2023-01-16', delivered: undefined, returned: undefined },
      { id: '112-0000002-0000002', ordered: '2023-02-03', shipped: '2023-02-04', delivered: undefined, returned: undefined },
    ])
  })

  it('unmappable rows are reported with their row number; the rest is saved; exit 1', () => {
    const { bd } = home()
    const r = bd(['track', 'import', join(FIX, 'amazon-bad/Retail.OrderHistory.1.csv'), ...TODAY])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/^row 3: no Order ID; the row was skipped$/m)
    expect(r.stderr).toMatch(/^row 4: Order Date: "yesterday-ish" is not a date; expected e\.g\./m)
    expect(r.stderr).toMatch(/^buyerdesk: 2 rows or orders could not be imported; see the lines above$/m)
    expect(list(bd).map((o) => o.id)).toEqual(['115-5555555-5555555', '117-7777777-7777777'])
  })

  it('AliExpress XLSX data export (sheet "Order Information", ids as text, GMT times, confirmed receipt)', () => {
    const { orders, first } = importTwice(join(FIX, 'aliexpress/data-export.xlsx'))
    expect(first.stdout).toMatch(/^Order Information: AliExpress data export, 4 rows, 3 orders$/m)
    expect(facts(orders)).toEqual([
      { id: '8100000000000001', ordered: '2026-02-21', shipped: undefined, delivered: '2026-03-05', returned: undefined },
      { id: '8100000000000002', ordered: '2026-03-01', shipped: undefined, delivered: undefined, returned: undefined },
      { id: '8100000000000003', ordered: '2026-03-11', shipped: undefined, delivered: undefined, returned: undefined },
    ])
    expect(orders.every((o) => o.platform === 'aliexpress')).toBe(true)
  })

  it('AliExpress XLSX from another writer (inline strings, numeric id cells, date cells, other column order)', () => {
    const { orders } = importTwice(join(FIX, 'aliexpress/data-export-inline.xlsx'))
    expect(facts(orders)).toEqual([
      { id: '8200000000000001', ordered: '2026-04-03', shipped: undefined, delivered: '2026-04-12', returned: undefined },
      { id: '8200000000000002', ordered: '2026-04-03', shipped: undefined, delivered: undefined, returned: undefined },
    ])
  })

  it('AliExpress XLSX tidied by hand (title rows above the header, other header case, date cells)', () => {
    const { orders } = importTwice(join(FIX, 'aliexpress/data-export-titled.xlsx'))
    expect(facts(orders)).toEqual([
      // 16:30 GMT on 1 May is 01:30 on 2 May in Seoul.
      { id: '8900000000000001', ordered: '2026-05-02', shipped: undefined, delivered: '2026-05-10', returned: undefined },
      { id: '8900000000000002', ordered: '2026-05-02', shipped: undefined, delivered: undefined, returned: undefined },
    ])
  })

  it('AliExpress Shopper Inventory CSV, and the same re-saved by a Romanian Excel (; and UTF-16)', () => {
    const a = importTwice(join(FIX, 'aliexpress/shopper-inventory.csv')).orders
    expect(facts(a)).toEqual([
      { id: '3040000000000001', ordered: '2026-02-20', shipped: undefined, delivered: undefined, returned: undefined },
      { id: '3040000000000002', ordered: '2026-03-02', shipped: undefined, delivered: undefined, returned: undefined },
      { id: '3040000000000003', ordered: '2026-03-05', shipped: undefined, delivered: undefined, returned: undefined },
    ])
    expect(importTwice(join(FIX, 'aliexpress/shopper-inventory-ro.csv')).orders).toEqual(a)
  })

  it('order-scraper CSV and tab-separated variant (M/D/YYYY, a delivered parcel)', () => {
    expect(facts(importTwice(join(FIX, 'aliexpress/orders-scraper.csv')).orders)).toEqual([
      { id: '8300000000000001', ordered: '2026-01-12', shipped: undefined, delivered: undefined, returned: undefined },
      { id: '8300000000000002', ordered: '2026-01-20', shipped: undefined, delivered: undefined, returned: undefined },
    ])
    expect(facts(importTwice(join(FIX, 'aliexpress/orders-scraper.tsv')).orders)).toEqual([
      { id: '8400000000000001', ordered: '2026-02-01', shipped: undefined, delivered: '2026-02-14', returned: undefined },
      { id: '8400000000000002', ordered: '2026-02-09', shipped: undefined, delivered: undefined, returned: undefined },
    ])
  })

  it('--dry-run shows what would be saved and saves nothing', () => {
    const { bd } = home()
    const r = bd(['track', 'import', join(FIX, 'amazon/Your Orders.zip'), '--dry-run', ...TODAY])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^would add 112-2222222-2222222: order date Wed, May 31, 2023 · shipping date Thu, Jun 1, 2023 · return date Wed, Jun 21, 2023$/m)
    // the facts are named and dated in the user's language, as check and track show write them
    const ko = bd(['track', 'import', join(FIX, 'amazon/Your Orders.zip'), '--dry-run', '--lang', 'ko', ...TODAY])
    expect(ko.stdout).toMatch(/^112-2222222-2222222 추가 예정: 주문일 2023년 5월 31일 \(수\) · 발송일 2023년 6월 1일 \(목\) · 반품일 2023년 6월 21일 \(수\)$/m)
    expect(r.stdout).toMatch(/^Dry run, nothing was saved: would add 5, update 0, leave 0 unchanged\.$/m)
    expect(list(bd)).toEqual([])
    const j = bd(['track', 'import', join(FIX, 'amazon/Your Orders.zip'), '--dry-run', '--json', ...TODAY])
    const records = ndjson(j.stdout)
    expect(records).toHaveLength(5)
    expect(records.every((x) => x.type === 'saved' && x.dryRun === true)).toBe(true)
    expect(list(bd)).toEqual([])
  })

  it('a saved fact that differs is kept and reported, never overwritten', () => {
    const { bd } = home()
    expect(bd(['track', 'add', '--id', '111-1111111-1111111', '--platform', 'amazon', '--issue', 'late', '--ordered', '2023-05-22', '--eta', '2023-06-01', ...TODAY]).status).toBe(0)
    const r = bd(['track', 'import', join(FIX, 'amazon/Retail.OrderHistory.1.csv'), ...TODAY])
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/order 111-1111111-1111111: ordered is 2023-05-22 in your saved order and 2023-05-24 in the export; kept 2023-05-22/)
    const saved = list(bd).find((o) => o.id === '111-1111111-1111111')!
    expect(saved).toMatchObject({ ordered: '2023-05-22', shipped: '2023-05-24', issue: 'late' })
  })

  it('a CSV with an order-id column but unknown columns is refused, naming what is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-exports-'))
    const file = join(dir, 'orders.csv')
    writeFileSync(file, 'Order ID,Title\nA,x\n')
    const r = run(['track', 'import', file, ...TODAY], { env: { BUYERDESK_CONFIG_DIR: dir } })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^buyerdesk: orders\.csv: looks like an order export, but not one buyerdesk knows: .* needs the column\(s\) "order date"/m)
  })

  it('a renamed file is still recognised by its header, a legacy code page still reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-exports-'))
    const file = join(dir, 'comenzi.txt')
    copyFileSync(join(FIX, 'aliexpress/orders-scraper.tsv'), file)
    const latin = join(dir, 'cp1250.csv')
    writeFileSync(latin, Buffer.concat([Buffer.from('Order ID;Order Date;Status;Product Title;Store Name\n8500000000000001;2026-03-01;Completed;'), Buffer.from([0x9a, 0x74, 0x65, 0x63, 0x6b, 0x65, 0x72]), Buffer.from(';Magazin\n')]))
    const env = { BUYERDESK_CONFIG_DIR: dir }
    expect(run(['track', 'import', file, ...TODAY], { env }).status).toBe(0)
    expect(run(['track', 'import', latin, ...TODAY], { env }).status).toBe(0)
    expect(JSON.parse(run(['track', 'list', '--json', ...TODAY], { env }).stdout).map((o: Saved) => o.id)).toEqual(['8400000000000001', '8400000000000002', '8500000000000001'])
    expect(readFileSync(latin).length).toBeGreaterThan(0)
  })
})

describe('check FILE on shop exports', () => {
  it('one verdict per order with its first row, errors in place, exit 1 on a bad row', () => {
    const r = run(['check', join(FIX, 'amazon-bad/Retail.OrderHistory.1.csv'), ...TODAY], { env: { BUYERDESK_TIMEZONE: 'UTC' } })
    expect(r.status).toBe(1)
    const out = ndjson(r.stdout)
    expect(out.map((o) => [o.type, o.row, o.id])).toEqual([
      ['verdict', 2, '115-5555555-5555555'],
      ['error', 3, undefined],
      ['error', 4, '116-6666666-6666666'],
      ['verdict', 5, '117-7777777-7777777'],
    ])
    // 115 has not shipped: it can still be cancelled; 117 has.
    expect(out[0]).toMatchObject({ platform: 'amazon', issue: null, verdicts: { cancel: { status: 'eligible' } } })
    expect(out[3]).toMatchObject({ verdicts: { cancel: { status: 'closed' } } })
    expect(r.stderr).toMatch(/judged for cancellation only/)
  })

  it('the zip: orders from every numbered file, each named by its file, returns attached', () => {
    const r = run(['check', join(FIX, 'amazon/Your Orders.zip'), ...TODAY], { env: { BUYERDESK_TIMEZONE: 'Asia/Seoul' } })
    expect(r.status).toBe(0)
    const out = ndjson(r.stdout)
    expect(out.map((o) => [o.id, o.file, o.row])).toEqual([
      ['111-1111111-1111111', 'Retail.OrderHistory.1.csv', 2],
      ['112-2222222-2222222', 'Retail.OrderHistory.1.csv', 3],
      ['113-3333333-3333333', 'Retail.OrderHistory.1.csv', 5],
      ['114-4444444-4444444', 'Retail.OrderHistory.1.csv', 6],
      ['118-8888888-8888888', 'Retail.OrderHistory.2.csv', 2],
    ])
    expect(out[1]!.returned).toBe('2023-06-21')
  })

  it('an XLSX and a recent order: a cancellation verdict that is open', () => {
    const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-exports-'))
    const file = join(dir, 'recent.csv')
    writeFileSync(file, '\uFEFFOrder Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Status\r\n2026-11-21,3050000000000001,Lamp,1,US $9.00,S,1,2,Awaiting shipment\r\n')
    const r = run(['check', file, ...TODAY])
    expect(r.status).toBe(0)
    expect(ndjson(r.stdout)[0]).toMatchObject({ id: '3050000000000001', platform: 'aliexpress', verdicts: { cancel: { status: 'eligible' } }, row: 2 })
    const x = run(['check', join(FIX, 'aliexpress/data-export.xlsx'), ...TODAY], { env: { BUYERDESK_TIMEZONE: 'UTC' } })
    expect(ndjson(x.stdout).map((o) => o.id)).toEqual(['8100000000000001', '8100000000000002', '8100000000000003'])
  })

  it('an order id with a control character is refused and shown escaped; the other rows are saved', () => {
    const { dir, bd } = home('UTC')
    const file = join(dir, 'scraper.csv')
    writeFileSync(file, 'Order ID,Order Date,Store Name,Product Title\n8500000000000001,2026-11-01,S,Lamp\n"85\u001b]0;pwned\u0007",2026-11-02,S,Mug\n')
    const r = bd(['track', 'import', file, ...TODAY])
    expect(r.status).toBe(1)
    expect(r.stderr).not.toMatch(/\u001b|\u0007/)
    expect(r.stderr).toContain('85\\x1b]0;pwned\\x07')
    expect(list(bd).map((o) => o.id)).toEqual(['8500000000000001'])
    const c = run(['check', file, '--json', ...TODAY], { env: { BUYERDESK_TIMEZONE: 'UTC' } })
    expect(c.stdout).not.toMatch(/\u001b|\u0007/)
  })
})
