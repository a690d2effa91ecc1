import fc from 'fast-check'
import { dayFromCivil } from '../src/core/dates.js'
import { ISSUES, type Order } from '../src/core/types.js'

/** The first day an arbitrary order may be placed on. */
export const START = dayFromCivil(2025, 1, 1)

/** A valid order: dates in order, none after today (eta may lie ahead). */
export const orderArb = fc
  .record({
    platform: fc.constantFrom('aliexpress', 'amazon'),
    issue: fc.option(fc.constantFrom(...ISSUES), { nil: null }),
    ordered: fc.integer({ min: START, max: START + 400 }),
    toShip: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
    toDeliver: fc.option(fc.integer({ min: 0, max: 70 }), { nil: null }),
    eta: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
    toContact: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    after: fc.integer({ min: 0, max: 200 }),
  })
  .map((r) => {
    const shipped = r.toShip === null ? null : r.ordered + r.toShip
    const delivered = r.toDeliver === null ? null : (shipped ?? r.ordered) + r.toDeliver
    const contacted = r.toContact === null ? null : r.ordered + r.toContact
    let eta = r.eta === null ? null : r.ordered + r.eta
    // Amazon always shows an eta for an order that has not come.
    if (r.platform === 'amazon' && delivered === null && eta === null) eta = r.ordered + 10
    const today = Math.max(r.ordered, shipped ?? 0, delivered ?? 0, contacted ?? 0) + r.after
    const order: Order = { platform: r.platform, issue: r.issue, ordered: r.ordered, shipped, delivered, eta, contacted, disputed: null }
    return { order, today }
  })
