import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { BIN, ndjson, run } from './run.js'

const TODAY = ['--today', '2026-11-22']
/** POLICY.md worked example, row 2: refund until 11-25, dispute uncertain until 11-25. */
const KETTLE = ['--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--shipped', '2026-09-04', '--delivered', '2026-11-10']
/** Row 3: refund and dispute until 12-15 (latest 2027-01-04), escalation open. */
const PARCEL = ['--platform', 'aliexpress', '--issue', 'not_received', '--ordered', '2026-10-01', '--shipped', '2026-10-03', '--eta', '2026-11-05', '--contacted', '2026-11-10']

/** A fresh store folder per test: BUYERDESK_CONFIG_DIR is where settings and orders live. */
function home(): { dir: string; bd: (args: string[], input?: string) => ReturnType<typeof run> } {
  const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-track-'))
  // Content, not layout: a screen wide enough that no table row wraps (test/render/layout.test.ts checks the wrapping).
  return { dir, bd: (args, input) => run(args, { env: { BUYERDESK_CONFIG_DIR: dir, COLUMNS: '1000' }, input }) }
}

describe('track: add, list, show, update, rm', () => {
  it('round trip', () => {
    const { bd } = home()
    let r = bd(['track', 'add', ...KETTLE, '--note', 'blue kettle', ...TODAY])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Saved order o1 \(a generated id/)
    r = bd(['track', 'add', ...PARCEL, '--id', 'AE-8187', ...TODAY])
    expect(r.stdout).toBe('Saved order AE-8187.\n')
    expect(r.stderr).toBe('')

    r = bd(['track', 'list', '--json', ...TODAY])
    expect(r.status).toBe(0)
    const list = JSON.parse(r.stdout)
    expect(list.map((o: { id: string }) => o.id)).toEqual(['o1', 'AE-8187'])
    expect(list[0]).toMatchObject({ platform: 'aliexpress', issue: 'defective', note: 'blue kettle', delivered: '2026-11-10', status: 'eligible', next: { action: 'refund', date: '2026-11-25', daysLeft: 3 } })
    expect(list[1].next).toMatchObject({ action: 'refund', date: '2026-12-15', daysLeft: 23 })

    r = bd(['track', 'list', ...TODAY])
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^ID\s+Platform\s+Problem\s+Next deadline\s+Days left\s+Status$/)
    expect(lines[1]).toMatch(/^o1\s+AliExpress\s+defective\s+Wed, Nov 25, 2026\s+3 days left\s+Refund: possible$/)

    // Judged afresh: a week later the refund window of o1 has closed.
    r = bd(['track', 'list', '--json', '--today', '2026-11-29'])
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ id: 'o1', status: 'nothing_open', next: null })

    r = bd(['track', 'show', 'o1', '--json', ...TODAY])
    const shown = JSON.parse(r.stdout)
    expect(shown).toMatchObject({ type: 'verdict', id: 'o1', today: '2026-11-22', note: 'blue kettle', facts: { ordered: '2026-09-01', delivered: '2026-11-10' } })
    expect(shown.verdicts.dispute).toMatchObject({ status: 'uncertain', deadline: '2026-11-15', latestDeadline: '2026-11-25' })
    r = bd(['track', 'show', 'o1', '--lang', 'ko', ...TODAY])
    expect(r.stdout).toMatch(/^주문 o1 · AliExpress · 불량/)
    expect(r.stdout).toMatch(/환불\s+✔ 가능\s+2026년 11월 25일 \(수\)까지 · 3일 남음/)

    // update: any order flag, validated again.
    r = bd(['track', 'update', 'AE-8187', '--delivered', '2026-11-20', ...TODAY])
    expect(r.stdout).toBe('Updated order AE-8187: delivered – → 2026-11-20.\n')
    r = bd(['track', 'update', 'AE-8187', '--issue', 'late', '--eta', '2026-11-06', '--note', 'slow', ...TODAY])
    expect(r.stdout).toBe('Updated order AE-8187: issue not_received → late · eta 2026-11-05 → 2026-11-06 · note – → slow.\n')
    r = bd(['track', 'update', 'AE-8187', '--issue', 'not_received', '--eta', '2026-11-05', '--note', '', ...TODAY])
    expect(r.stdout).toBe('Updated order AE-8187: issue late → not_received · eta 2026-11-06 → 2026-11-05 · note slow → –.\n')
    r = bd(['track', 'update', 'AE-8187', '--delivered', '2026-11-20', '--lang', 'ro', ...TODAY])
    expect(r.stdout).toBe('Comanda AE-8187 avea deja aceste valori; nu s-a schimbat nimic.\n')
    r = bd(['track', 'show', 'AE-8187', '--json', ...TODAY])
    expect(JSON.parse(r.stdout).verdicts.refund).toMatchObject({ status: 'eligible', deadline: '2026-12-05' })
    r = bd(['track', 'update', 'AE-8187', '--delivered', '2026-09-01', ...TODAY])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/delivered: 2026-09-01 is before ordered \(2026-10-01\)/)

    r = bd(['track', 'rm', 'o1', ...TODAY])
    expect(r.stdout).toBe('Removed order o1.\n')
    r = bd(['track', 'rm', 'o1', ...TODAY])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/no saved order has the id "o1"/)
    // A removed id is not handed out again.
    r = bd(['track', 'add', ...KETTLE, ...TODAY])
    expect(r.stdout).toMatch(/^Saved order o2 /)
    r = bd(['track', 'list', '--json', ...TODAY])
    expect(JSON.parse(r.stdout).map((o: { id: string }) => o.id)).toEqual(['AE-8187', 'o2'])
  })

  it('refuses a bad order and a duplicate id, naming the field (exit 2), and saves nothing', () => {
    const { bd } = home()
    expect(bd(['track', 'add', ...KETTLE, '--id', 'A', ...TODAY]).status).toBe(0)
    let r = bd(['track', 'add', ...KETTLE, '--id', 'A', ...TODAY])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^buyerdesk: id: order A is already saved/)
    r = bd(['track', 'add', '--platform', 'aliexpress', '--ordered', '2026-02-30', ...TODAY])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/ordered: "2026-02-30" is not a calendar date/)
    expect(JSON.parse(bd(['track', 'list', '--json', ...TODAY]).stdout)).toHaveLength(1)
  })

  it('import: good lines saved, bad lines reported like check - (exit 1)', () => {
    const { dir, bd } = home()
    const file = join(dir, 'orders.ndjson')
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'N1', platform: 'aliexpress', issue: 'damaged', ordered: '2026-11-01', delivered: '2026-11-18', note: 'lamp' }),
        'not json',
        JSON.stringify({ platform: 'amazon', ordered: '2026-13-01' }),
        JSON.stringify({ platform: 'amazon', issue: 'defective', ordered: '2026-11-01', delivered: '2026-11-05' }),
      ].join('\n') + '\n',
    )
    const r = bd(['track', 'import', file, '--json', ...TODAY])
    expect(r.status).toBe(1)
    expect(ndjson(r.stdout)).toEqual([
      { type: 'saved', line: 1, id: 'N1' },
      { type: 'error', line: 2, message: expect.stringMatching(/^not valid JSON/) },
      { type: 'error', line: 3, field: 'ordered', message: expect.stringMatching(/"2026-13-01" is not a calendar date/) },
      { type: 'saved', line: 4, id: 'o1' },
    ])
    const csv = join(dir, 'more.csv')
    writeFileSync(csv, 'id,platform,issue,ordered,delivered\nC1,amazon,damaged,2026-11-01,2026-11-04\nN1,amazon,damaged,2026-11-01,2026-11-04\n')
    const r2 = bd(['track', 'import', csv, ...TODAY])
    expect(r2.status).toBe(1)
    expect(r2.stdout).toBe(`Imported 1 of 2 orders from ${csv} (C1).\n`)
    expect(r2.stderr).toMatch(/^line 2: id: order N1 is already saved/)
    expect(JSON.parse(bd(['track', 'list', '--json', ...TODAY]).stdout).map((o: { id: string }) => o.id)).toEqual(['N1', 'o1', 'C1'])
  })
})

describe('no lost data', () => {
  it('40 track add processes started together (xargs -P 40) leave 40 orders', () => {
    const { dir } = home()
    const args = ['track', 'add', '--platform', 'amazon', '--issue', 'damaged', '--ordered', '2026-11-01', '--delivered', '2026-11-10', '--today', '2026-11-22', '--note']
    const quoted = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ')
    const r = spawnSync('sh', ['-c', `seq 1 40 | xargs -P 40 -I{} ${quoted} 'parcel {}'`], {
      encoding: 'utf8',
      env: { ...process.env, BUYERDESK_CONFIG_DIR: dir, NO_COLOR: '1' },
      timeout: 120_000,
    })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const list = JSON.parse(run(['track', 'list', '--json', '--today', '2026-11-22'], { env: { BUYERDESK_CONFIG_DIR: dir } }).stdout) as { id: string; note: string }[]
    expect(list).toHaveLength(40)
    expect(new Set(list.map((o) => o.id)).size).toBe(40)
    expect(new Set(list.map((o) => o.note))).toEqual(new Set(Array.from({ length: 40 }, (_, i) => `parcel ${i + 1}`)))
    expect(readdirSync(dir).filter((f) => f.endsWith('.lock'))).toEqual([])
  }, 120_000)

  it('a store broken by hand is reported in one line, kept as *corrupt*, and the command goes on', () => {
    const { dir, bd } = home()
    bd(['track', 'add', ...KETTLE, ...TODAY])
    const broken = readFileSync(join(dir, 'orders.json'), 'utf8').slice(0, 40)
    writeFileSync(join(dir, 'orders.json'), broken)
    let r = bd(['track', 'list', ...TODAY])
    expect(r.status).toBe(0)
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^buyerdesk: the saved orders file .*orders\.json was damaged .*kept as orders\.corrupt-.*\.json/)
    expect(r.stdout).toMatch(/^No saved orders yet/)
    const kept = readdirSync(dir).filter((f) => f.includes('corrupt'))
    expect(kept).toHaveLength(1)
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe(broken)
    r = bd(['track', 'add', ...KETTLE, ...TODAY])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    expect(JSON.parse(bd(['track', 'list', '--json', ...TODAY]).stdout)).toHaveLength(1)
  })

  it('a hand-edited order with bad facts is reported and left in the file; the others still count', () => {
    const { dir, bd } = home()
    bd(['track', 'add', ...KETTLE, '--id', 'good', ...TODAY])
    const file = join(dir, 'orders.json')
    const data = JSON.parse(readFileSync(file, 'utf8'))
    data.orders.push({ id: 'bad', platform: 'aliexpress', ordered: 'yesterday' }, 42)
    writeFileSync(file, JSON.stringify(data))
    const r = bd(['deadlines', '--json', ...TODAY])
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/orders\[2\] in .* is not an order/)
    expect(r.stderr).toMatch(/saved order bad: ordered: "yesterday" has the wrong form, expected YYYY-MM-DD/)
    expect(JSON.parse(r.stdout).map((d: { id: string }) => d.id)).toEqual(['good', 'good'])
    expect(JSON.parse(readFileSync(file, 'utf8')).orders).toHaveLength(3)
  })
})

describe('store format', () => {
  it('an unversioned v0 store (orders keyed by id, Date timestamps) is migrated on first use, nothing lost', () => {
    const { dir, bd } = home()
    const v0 = { orders: { AE1: { platform: 'aliexpress', issue: 'defective', ordered: '2026-09-01T00:00:00.000Z', shipped: '2026-09-04T00:00:00.000Z', delivered: '2026-11-10T00:00:00.000Z', note: 'kettle' } } }
    writeFileSync(join(dir, 'orders.json'), JSON.stringify(v0))
    const r = bd(['track', 'list', '--json', ...TODAY])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toMatchObject([{ id: 'AE1', note: 'kettle', delivered: '2026-11-10', next: { action: 'refund', date: '2026-11-25' } }])
    const onDisk = JSON.parse(readFileSync(join(dir, 'orders.json'), 'utf8'))
    expect(onDisk.__internal__.migrations.version).toBe('1.0.0')
    expect(onDisk.orders).toEqual([{ id: 'AE1', platform: 'aliexpress', issue: 'defective', ordered: '2026-09-01', shipped: '2026-09-04', delivered: '2026-11-10', note: 'kettle' }])
  })
})

describe('deadlines', () => {
  function twoOrders() {
    const h = home()
    h.bd(['track', 'add', ...KETTLE, '--id', 'kettle', ...TODAY])
    h.bd(['track', 'add', ...PARCEL, '--id', 'parcel', ...TODAY])
    return h
  }

  it('lists every upcoming window, most urgent first', () => {
    const { bd } = twoOrders()
    const r = bd(['deadlines', '--json', ...TODAY])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).map((d: { id: string; action: string; date: string; daysLeft: number; status: string }) => `${d.id} ${d.action} ${d.status} ${d.date} ${d.daysLeft}`)).toEqual([
      'kettle refund eligible 2026-11-25 3',
      'kettle dispute uncertain 2026-11-25 3',
      'parcel refund eligible 2026-12-15 23',
      'parcel dispute eligible 2026-12-15 23',
      'parcel escalate eligible 2026-12-15 23',
    ])
    const soon = JSON.parse(bd(['deadlines', '--json', '--within', '3', ...TODAY]).stdout)
    expect(soon).toHaveLength(2)
    // Uncertain: the earliest deadline has passed, the latest is the last day; both are given.
    expect(soon[1]).toMatchObject({ action: 'dispute', date: '2026-11-25', deadline: '2026-11-15', latestDeadline: '2026-11-25' })
  })

  it('in Korean and English', () => {
    const { bd } = twoOrders()
    const en = bd(['deadlines', '--within', '3', ...TODAY]).stdout.split('\n')
    expect(en[0]).toBe('Deadlines in the next 3 days · judged on Sun, Nov 22, 2026')
    expect(en[2]).toMatch(/^ {2}3 days left\s+Wed, Nov 25, 2026\s+Refund\s+order kettle · AliExpress · defective$/)
    const ko = bd(['deadlines', '--lang', 'ko', ...TODAY]).stdout.split('\n')
    expect(ko[0]).toBe('다가오는 마감일 · 기준일 2026년 11월 22일 (일)')
    expect(ko[3]).toMatch(/^ {2}3일 남음\s+2026년 11월 25일 \(수\)\s+분쟁 \(불확실: 지금 바로\)\s+주문 kettle · AliExpress · 불량$/)
  })

  it.each([
    ['3', '2026-11-22', 3],
    ['2', '2026-11-22', 0],
    ['0', '2026-11-25', 3],
    ['30', '2026-11-26', 3],
    ['10', '2026-11-26', 0],
  ])('--quiet --within %s on %s exits %i and prints nothing', (within, today, status) => {
    const { bd } = twoOrders()
    const r = bd(['deadlines', '--quiet', '--within', within, '--today', today])
    expect(r.status).toBe(status)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('')
  })

  it('--quiet without --within uses the saved `within` setting, else 3 days; no orders exits 0', () => {
    const empty = home()
    expect(empty.bd(['deadlines', '--quiet', ...TODAY]).status).toBe(0)
    const { bd } = twoOrders()
    expect(bd(['deadlines', '--quiet', '--today', '2026-11-22']).status).toBe(3)
    expect(bd(['deadlines', '--quiet', '--today', '2026-11-20']).status).toBe(0)
    expect(bd(['config', 'set', 'within', '5']).status).toBe(0)
    expect(bd(['deadlines', '--quiet', '--today', '2026-11-20']).status).toBe(3)
    expect(bd(['deadlines', '--quiet', '--within', 'soon']).status).toBe(2)
  })

  it('--ics: an all-day event per deadline with an alarm two days before, read back with ical.js', () => {
    const { bd } = twoOrders()
    // Outside the buyerdesk folder: --ics never writes inside it.
    const file = join(mkdtempSync(join(tmpdir(), 'buyerdesk-ics-')), 'deadlines.ics')
    const r = bd(['deadlines', '--ics', file, ...TODAY])
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(`Wrote 5 deadlines to ${file} (alarm 2 days before each).\n`)
    const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')))
    expect(cal.name).toBe('vcalendar')
    const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['kettle-refund@buyerdesk', '2026-11-25', '2026-11-26', true],
      ['kettle-dispute@buyerdesk', '2026-11-25', '2026-11-26', true],
      ['parcel-refund@buyerdesk', '2026-12-15', '2026-12-16', true],
      ['parcel-dispute@buyerdesk', '2026-12-15', '2026-12-16', true],
      ['parcel-escalate@buyerdesk', '2026-12-15', '2026-12-16', true],
    ])
    expect(events[0]!.summary).toBe('Last day: Refund · order kettle (AliExpress)')
    for (const e of events) {
      const alarms = e.component.getAllSubcomponents('valarm')
      expect(alarms).toHaveLength(1)
      expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY')
      const trigger = alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration
      expect(trigger.toSeconds()).toBe(-2 * 24 * 3600)
      // The alarm rings at the start of the day two days before the last day.
      const rings = e.startDate.clone()
      rings.isDate = false
      rings.addDuration(trigger)
      const twoDaysBefore = new Date(Date.UTC(e.startDate.year, e.startDate.month - 1, e.startDate.day - 2)).toISOString().slice(0, 10)
      expect(rings.toString()).toBe(`${twoDaysBefore}T00:00:00`)
    }
  })

  it('--ics - with nothing upcoming is still a valid, empty calendar; the alarm follows the setting', () => {
    const { bd } = home()
    const r = bd(['deadlines', '--ics', '-', ...TODAY])
    expect(r.status).toBe(0)
    const cal = new ICAL.Component(ICAL.parse(r.stdout))
    expect(cal.name).toBe('vcalendar')
    expect(cal.getFirstPropertyValue('version')).toBe('2.0')
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(0)

    bd(['track', 'add', ...KETTLE, '--id', 'k', ...TODAY])
    bd(['config', 'set', 'alarm', '1'])
    const one = new ICAL.Component(ICAL.parse(bd(['deadlines', '--ics', '-', '--lang', 'ro', ...TODAY]).stdout))
    const ev = one.getFirstSubcomponent('vevent')!
    expect(ev.getFirstPropertyValue('summary')).toBe('Ultima zi: Rambursare · comanda k (AliExpress)')
    expect((ev.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-24 * 3600)
  })
})

describe('one-shot output straight to stdout (fs.writeSync, src/io/output.ts)', () => {
  // 800 saved orders make a JSON list far larger than a pipe's buffer (64 KiB), so the writes meet a full pipe.
  const { dir, bd } = home()
  const orders = Array.from({ length: 800 }, (_, i) => JSON.stringify({ id: `P${i}`, platform: 'amazon', issue: 'damaged', ordered: '2026-11-01', delivered: '2026-11-10' })).join('\n')
  expect(bd(['track', 'import', '-', ...TODAY], orders + '\n').status).toBe(0)
  const env = { ...process.env, BUYERDESK_CONFIG_DIR: dir, NO_COLOR: '1' }

  it('a reader slower than the writer still gets every byte', () => {
    const whole = bd(['track', 'list', '--json', ...TODAY]).stdout
    expect(Buffer.byteLength(whole)).toBeGreaterThan(1 << 16)
    expect(JSON.parse(whole)).toHaveLength(800)
    const slow = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" track list --json --today 2026-11-22 | (sleep 1; cat)`], { env, encoding: 'utf8', maxBuffer: 1 << 26 })
    expect(slow.status).toBe(0)
    expect(slow.stdout).toBe(whole)
    expect(slow.stderr).toBe('')
  })

  it('ends quietly when the reader goes away (| head -c 100)', () => {
    // bash, for the status of buyerdesk rather than of head
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" track list --json --today 2026-11-22 | head -c 100; exit \${PIPESTATUS[0]}`], { env, encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(r.stdout).toHaveLength(100)
    expect(r.stderr).toBe('')
  })
})
