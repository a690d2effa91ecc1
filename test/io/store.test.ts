import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { IdMaker, inspectStore, migrateV0, readOrders, STORE_VERSION, updateOrders } from '../../src/io/store.js'

const fresh = () => join(mkdtempSync(join(tmpdir(), 'buyerdesk-store-')), 'orders.json')

/** A store as the unversioned v0 prototypes wrote it: a map keyed by id, dates as Date JSON. */
const V0 = {
  orders: {
    A1: { platform: 'aliexpress', issue: 'defective', ordered: '2026-09-01T00:00:00.000Z', delivered: '2026-11-10T00:00:00.000Z', note: 'kettle' },
    B2: { platform: 'amazon', ordered: '2026-11-01' },
  },
}

describe('store format', () => {
  it('migrateV0: a map keyed by id becomes a list with ids, timestamps become calendar dates', () => {
    expect(migrateV0(V0)).toEqual({
      orders: [
        { id: 'A1', platform: 'aliexpress', issue: 'defective', ordered: '2026-09-01', delivered: '2026-11-10', note: 'kettle' },
        { id: 'B2', platform: 'amazon', ordered: '2026-11-01' },
      ],
    })
    expect(migrateV0({})).toEqual({ orders: [] })
  })

  it.each([
    ['{"orders": [], "__internal__": {"migrations": {"version": "1.0.0"}}}', 'current'],
    [JSON.stringify(V0), 'old'],
    ['{"orders": [], "__internal__": {"migrations": {"version": "9.0.0"}}}', 'newer'],
    ['{"orders": [', 'broken'],
    ['[]', 'broken'],
    ['{"orders": 5}', 'broken'],
    ['{"orders": {}, "__internal__": {"migrations": {"version": "1.0.0"}}}', 'broken'],
  ])('inspectStore(%s) → %s', (text, kind) => expect(inspectStore(text).kind).toBe(kind))

  it('generated ids never repeat, even after a removal', () => {
    const ids = new IdMaker(0)
    expect(ids.next([{ id: 'o1' }, { id: 'o4' }, { id: '8187' }])).toBe('o5')
    expect(ids.next([])).toBe('o6')
    expect(new IdMaker(9).next([{ id: 'o2' }])).toBe('o10')
  })
})

describe('store on disk', () => {
  it('a v0 file is migrated by conf (migrations option), versioned, and keeps every order', async () => {
    const file = fresh()
    writeFileSync(file, JSON.stringify(V0))
    const orders = await readOrders('en', file)
    expect(orders.map((o) => (o as { id: string }).id)).toEqual(['A1', 'B2'])
    const onDisk = JSON.parse(readFileSync(file, 'utf8'))
    expect(onDisk.__internal__.migrations.version).toBe(STORE_VERSION)
    expect(onDisk.orders[0]).toMatchObject({ id: 'A1', ordered: '2026-09-01', delivered: '2026-11-10' })
  })

  it('read-modify-write keeps what was there and writes the version', async () => {
    const file = fresh()
    await updateOrders('en', (orders, ids) => ({ orders: [...orders, { id: ids.next(orders) }], result: null }), file)
    await updateOrders('en', (orders, ids) => ({ orders: [...orders, { id: ids.next(orders) }], result: null }), file)
    expect(await readOrders('en', file)).toEqual([{ id: 'o1' }, { id: 'o2' }])
    expect(inspectStore(readFileSync(file, 'utf8')).kind).toBe('current')
  })

  it('a broken file is kept beside the original as *corrupt*, reported in one line, and replaced by an empty store', async () => {
    const file = fresh()
    // The parser quotes the text, newline included: the report must still be one line.
    const garbage = 'garbage\n\n'
    writeFileSync(file, garbage)
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      expect(await readOrders('en', file)).toEqual([])
      const lines = stderr.mock.calls.map((c) => String(c[0]))
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^buyerdesk: the saved orders file .*orders\.json was damaged \(.*\); it is kept as orders\.corrupt-\d{8}T\d{6}Z\.json and an empty list was started\n$/)
    } finally {
      stderr.mockRestore()
    }
    const dir = join(file, '..')
    const kept = readdirSync(dir).filter((f) => f.includes('corrupt'))
    expect(kept).toHaveLength(1)
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe(garbage)
    // And the store works again.
    await updateOrders('en', (orders) => ({ orders: [...orders, { id: 'x' }], result: null }), file)
    expect(await readOrders('en', file)).toEqual([{ id: 'x' }])
  })

  it('a file from a newer buyerdesk is refused and left untouched', async () => {
    const file = fresh()
    const text = '{"orders": [{"id": "z"}], "__internal__": {"migrations": {"version": "2.0.0"}}}'
    writeFileSync(file, text)
    await expect(readOrders('en', file)).rejects.toThrow(/written by a newer buyerdesk \(store format 2\.0\.0/)
    await expect(updateOrders('en', () => ({ orders: [], result: null }), file)).rejects.toThrow(/newer buyerdesk/)
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('a missing file reads as empty and is not created by a read', async () => {
    const file = fresh()
    expect(await readOrders('en', file)).toEqual([])
    expect(existsSync(file)).toBe(false)
  })
})
