import type { I18nText } from './lang.js'
import { civilFromDay, dayFromCivil, formatDay } from './dates.js'
import {
  ACTIONS,
  type Action,
  type AssumptionFacts,
  type Basis,
  type CalendarDeadline,
  type Condition,
  type DateFact,
  type DateOffset,
  type DeadlineDetail,
  type Fallback,
  type Judgement,
  type Judgements,
  type Order,
  type Policy,
  type Reason,
  type ReasonCode,
  type Rule,
  type Status,
  type StepsRef,
  sourceRef,
} from './types.js'

/**
 * The eligibility core (POLICY.md): pure, no clock, no I/O, no language. `today` is a day number. Each verdict
 * carries a reason code and the facts used; src/render/verdict.ts writes the sentences in the user's language.
 * Every date is a calendar day; "within N days of X" ends on X + N inclusive.
 *
 * NOTE: `check -` runs this once per order, so the constant parts of a verdict (rule ids, sources,
 * steps) are computed once per policy and shared, and every verdict has the same shape.
 */
export function assess(order: Order, policy: Policy, today: number): Judgements {
  const compiled = compile(policy)
  const assumptions: AssumptionFacts[] = []
  const facts = factsOf(order, policy, compiled, assumptions)
  const judged = {} as Record<Action, Judged>
  // An action whose window lies within another's (escalation within a dispute) is judged after it.
  const judgeAction = (action: Action): Judged => (judged[action] ??= judge(action, order, facts, policy, compiled, today, judgeAction))
  const verdicts = {} as Record<Action, Judgement>
  for (const action of ACTIONS) verdicts[action] = judgeAction(action).verdict
  return {
    platform: policy.platform,
    issue: order.issue,
    today: formatDay(today),
    reviewed: policy.reviewed,
    verdicts,
    assumptions,
  }
}

/** A verdict with the day numbers behind it, for a window that lies within this one (`Rule.within`). */
interface Judged {
  verdict: Judgement
  opens: number | null
  deadlines: Deadline[]
  /** The buyer already took this action (`Rule.takenBy`). */
  taken: boolean
}

/** One source's last day. */
interface Deadline {
  day: number
  /** For JSON: `delivered + 15`, or the calendar day that applied. */
  basis: string
  /** What it is counted from, for the sentence. */
  why: Basis
  sources: string[]
}

type Facts = Record<DateFact, number | null>

interface CompiledRule {
  ids: string[]
  /** Sources by which deadlines could be computed (a bit per deadline) and whether eta was assumed. */
  sources: Map<number, string[]>
  /** Each deadline's sources as the verdict names them. */
  deadlineSources: string[][]
  usesEta: boolean
}

interface Compiled {
  rules: Map<Rule, CompiledRule>
  fallbacks: Map<Fallback, { ids: string[]; sources: string[] }>
  /** Rules and fallbacks per action, in pack order: the first that matches decides. */
  byAction: Record<Action, { rules: Rule[]; fallbacks: Fallback[] }>
}

const COMPILED = new WeakMap<Policy, Compiled>()

function compile(policy: Policy): Compiled {
  let compiled = COMPILED.get(policy)
  if (compiled) return compiled
  const froms = (o: DateOffset) => (Array.isArray(o.from) ? o.from : [o.from])
  compiled = {
    rules: new Map(
      policy.rules.map((rule) => [
        rule,
        { ids: [rule.id], sources: new Map(), deadlineSources: rule.deadlines.map((d) => sourcesOf(policy, d.sources)), usesEta: rule.opens.some((o) => froms(o)[0] === 'eta') || rule.deadlines.some((d) => froms(d)[0] === 'eta') },
      ]),
    ),
    fallbacks: new Map(policy.fallbacks.map((f) => [f, { ids: [f.id], sources: sourcesOf(policy, f.sources) }])),
    byAction: Object.fromEntries(
      ACTIONS.map((action) => [action, { rules: policy.rules.filter((r) => r.action === action), fallbacks: policy.fallbacks.filter((f) => f.action === action) }]),
    ) as Compiled['byAction'],
  }
  COMPILED.set(policy, compiled)
  return compiled
}

function factsOf(order: Order, policy: Policy, compiled: Compiled, assumptions: AssumptionFacts[]): Facts {
  // Facts as given: a delivered order counts as shipped in `matches`, and a rule that wants the shipping
  // date or else the delivery date says so (`from: ["shipped", "delivered"]`), so no date is made up.
  const facts: Facts = {
    ordered: order.ordered,
    shipped: order.shipped,
    delivered: order.delivered,
    eta: order.eta,
    contacted: order.contacted,
    disputed: order.disputed,
  }
  // A parcel that never came needs an estimated delivery date; some shops let us assume one.
  if (facts.eta === null && facts.delivered === null && order.issue !== null && policy.eta.whenMissing === 'assume') {
    const base = facts[policy.eta.from]
    if (base !== null && policy.rules.some((rule) => compiled.rules.get(rule)!.usesEta && matches(rule.when, order))) {
      facts.eta = base + policy.eta.days
      assumptions.push({ field: 'eta', value: formatDay(facts.eta), why: policy.eta.why, sources: sourcesOf(policy, policy.eta.sources) })
    }
  }
  return facts
}

export function matches(when: Condition, order: Order): boolean {
  if (when.issues !== undefined && (order.issue === null || !when.issues.includes(order.issue))) return false
  if (when.delivered !== undefined && (order.delivered !== null) !== when.delivered) return false
  if (when.shipped !== undefined && (order.shipped !== null || order.delivered !== null) !== when.shipped) return false
  return true
}

/** The first of `from` that the order has; null when it has none of them. */
function baseFact(offset: DateOffset, facts: Facts): DateFact | null {
  if (!Array.isArray(offset.from)) return facts[offset.from] === null ? null : offset.from
  for (const fact of offset.from) if (facts[fact] !== null) return fact
  return null
}

const OFFSETS: Partial<Record<DateFact, Map<number, Basis>>> = {}

/** `delivered + 15` as a basis (memoised: a handful of combinations recur, and `check -` runs this per order). */
function offsetBasis(fact: DateFact, days: number): Basis {
  const byDays = (OFFSETS[fact] ??= new Map())
  let basis = byDays.get(days)
  if (basis === undefined) byDays.set(days, (basis = { fact, days, calendar: null }))
  return basis
}

const CALENDARS = new WeakMap<I18nText, Basis>()

function calendarBasis(label: I18nText): Basis {
  let basis = CALENDARS.get(label)
  if (basis === undefined) CALENDARS.set(label, (basis = { fact: null, days: null, calendar: label }))
  return basis
}

/** Every reason has one shape; the fields a code does not use are null. */
function reason(code: ReasonCode, label: I18nText | null, more: Partial<Omit<Reason, 'code' | 'label'>> = {}): Reason {
  return {
    code,
    label,
    text: more.text ?? null,
    opens: more.opens ?? null,
    deadline: more.deadline ?? null,
    latestDeadline: more.latestDeadline ?? null,
    earliest: more.earliest ?? null,
    latest: more.latest ?? null,
    fact: more.fact ?? null,
    event: more.event ?? null,
    platform: more.platform ?? null,
  }
}

function sourcesOf(policy: Policy, ids: Iterable<string>): string[] {
  const out: string[] = []
  for (const id of ids) {
    const source = policy.sources[id]
    if (source && !out.includes(sourceRef(source))) out.push(sourceRef(source))
  }
  return out
}

/** Every verdict is built here, so all have the same shape (and stay fast to build and serialise). */
function verdict(
  status: Status,
  opens: number | null,
  deadline: number | null,
  latestDeadline: number | null,
  today: number,
  rules: string[],
  sources: string[],
  deadlines: DeadlineDetail[],
  why: Reason,
  steps: StepsRef,
  note: I18nText | null,
): Judgement {
  return {
    status,
    opens: opens === null ? null : formatDay(opens),
    deadline: deadline === null ? null : formatDay(deadline),
    latestDeadline: latestDeadline === null ? null : formatDay(latestDeadline),
    daysLeft: deadline === null ? null : deadline - today,
    daysLeftLatest: latestDeadline === null || latestDeadline === deadline ? null : latestDeadline - today,
    reason: why,
    deadlines,
    // The parts that come from the policy as they are, last (src/render/check-json.ts sends them as one piece).
    rules,
    sources,
    steps,
    note,
  }
}

const NO_IDS: string[] = []
const NO_SOURCES: string[] = []
const NO_DEADLINES: DeadlineDetail[] = []
const NO_ISSUE = reason('noIssue', null)

function judge(action: Action, order: Order, facts: Facts, policy: Policy, compiled: Compiled, today: number, judgeAction: (a: Action) => Judged): Judged {
  const candidates = compiled.byAction[action]
  for (const rule of candidates.rules) {
    if (matches(rule.when, order)) {
      const bound = rule.within ? judgeAction(rule.within.action) : null
      return judgeRule(rule, compiled.rules.get(rule)!, facts, policy, today, bound)
    }
  }
  const plain = (v: Judgement): Judged => ({ verdict: v, opens: null, deadlines: NO_DAYS, taken: false })
  for (const f of candidates.fallbacks) {
    if (matches(f.when, order)) {
      const c = compiled.fallbacks.get(f)!
      return plain(verdict(f.status, null, null, null, today, c.ids, c.sources, NO_DEADLINES, reason('pack', null, { text: f.why }), f.steps, null))
    }
  }
  if (order.issue === null) return plain(verdict('not_applicable', null, null, null, today, NO_IDS, NO_SOURCES, NO_DEADLINES, NO_ISSUE, 'noIssueSteps', null))
  return plain(verdict('not_applicable', null, null, null, today, NO_IDS, NO_SOURCES, NO_DEADLINES, reason('noRule', null, { platform: policy.name }), 'none', null))
}

const NO_DAYS: Deadline[] = []

/** Each deadline of the rule that the order's facts let us compute, with its basis. */
function ownDeadlines(rule: Rule, c: CompiledRule, facts: Facts): { list: Deadline[]; mask: number } {
  const list: Deadline[] = []
  let mask = 0
  for (let i = 0; i < rule.deadlines.length; i++) {
    const spec = rule.deadlines[i]!
    const fact = baseFact(spec, facts)
    if (fact === null) continue
    mask |= 1 << i
    const day = facts[fact]! + spec.days
    const held = spec.calendar ? calendarDay(spec.calendar, facts) : null
    if (held !== null && held.day > day) {
      const cal = spec.calendar!
      list.push({ day: held.day, basis: `${pad(cal.month)}-${pad(cal.day)} (${held.fact} in ${cal.when.from}..${cal.when.to})`, why: calendarBasis(cal.label), sources: c.deadlineSources[i]! })
    } else {
      list.push({ day, basis: `${fact} + ${spec.days}`, why: offsetBasis(fact, spec.days), sources: c.deadlineSources[i]! })
    }
  }
  return { list, mask }
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n)
}

function baseFactOf(from: DateFact[], facts: Facts): DateFact | null {
  for (const fact of from) if (facts[fact] !== null) return fact
  return null
}

/** The calendar day of a `CalendarDeadline` when its fact falls in its window (and which fact it was), else null. */
function calendarDay(cal: CalendarDeadline, facts: Facts): { day: number; fact: DateFact } | null {
  const fact = Array.isArray(cal.when.fact) ? baseFactOf(cal.when.fact, facts) : facts[cal.when.fact] === null ? null : cal.when.fact
  if (fact === null) return null
  const [y, m, d] = civilFromDay(facts[fact]!)
  const md = `${pad(m)}-${pad(d)}`
  if (md < cal.when.from || md > cal.when.to) return null
  return { day: dayFromCivil(cal.year === 'next' ? y + 1 : y, cal.month, cal.day), fact }
}

/** Whether a calendar deadline of the rule applies to the order, or could once its date is known. */
function calendarMayApply(rule: Rule, facts: Facts): boolean {
  for (const spec of rule.deadlines) {
    const cal = spec.calendar
    if (cal === undefined) continue
    const from = Array.isArray(cal.when.fact) ? cal.when.fact : [cal.when.fact]
    if (baseFactOf(from, facts) === null || calendarDay(cal, facts) !== null) return true
  }
  return false
}

function judgeRule(rule: Rule, c: CompiledRule, facts: Facts, policy: Policy, today: number, bound: Judged | null): Judged {
  const label = rule.label
  const note = rule.note !== undefined && (rule.noteWhen !== 'calendar' || calendarMayApply(rule, facts)) ? rule.note : null

  // 0. The buyer already took this action (a dispute was opened): nothing is left to open.
  if (rule.takenBy) {
    const at = facts[rule.takenBy.fact]
    if (at !== null) {
      const taken = rule.takenBy
      const v = verdict('not_applicable', null, null, null, today, c.ids, sourcesFor(rule, c, policy, 0, false), NO_DEADLINES, reason('taken', label, { text: taken.why, fact: taken.fact, event: at }), taken.steps, taken.note ?? note)
      return { verdict: v, opens: null, deadlines: NO_DAYS, taken: true }
    }
  }

  // Deadlines, each with its source; the earliest and the latest bound the uncertain stretch. A window
  // within another (escalation within a dispute) has that window's deadlines while it has not been taken.
  const inside = rule.within !== undefined && bound !== null && !bound.taken
  const own = inside ? { list: bound.deadlines, mask: 0 } : ownDeadlines(rule, c, facts)
  const days = own.list
  let earliest: Deadline | null = null
  let latest: Deadline | null = null
  for (const d of days) {
    if (earliest === null || d.day < earliest.day) earliest = d
    if (latest === null || d.day > latest.day) latest = d
  }
  const deadline = earliest === null ? null : earliest.day
  const latestDeadline = latest === null ? null : latest.day
  const details = detailsOf(days)
  const etaAssumed = c.usesEta && policy.eta.whenMissing === 'assume' && facts.eta !== null
  let sources = sourcesFor(rule, c, policy, own.mask, etaAssumed)
  if (inside && bound.verdict.sources.length > 0) sources = union(sources, bound.verdict.sources)
  const make = (status: Status, opens: number | null, why: Reason, steps: StepsRef): Judged => ({
    verdict: verdict(status, opens, deadline, latestDeadline, today, c.ids, sources, details, why, steps, note),
    opens,
    deadlines: days,
    taken: false,
  })
  // A sentence about the window's dates: which deadline by which basis (and the opening day where it matters).
  const windowWhy = (code: ReasonCode, opens: number | null = null, text: I18nText | null = null): Reason =>
    reason(code, label, { text, opens, deadline, latestDeadline, earliest: earliest?.why ?? null, latest: latest?.why ?? null })
  const opensOf = (): number | null => {
    const mine = openDate(rule, facts)
    if (!inside) return mine
    if (mine === null || bound.opens === null) return null
    return Math.max(mine, bound.opens)
  }

  // 1. Past every deadline: closed, even if a precondition was never met.
  if (latestDeadline !== null && today > latestDeadline) {
    return make('closed', opensOf(), inside ? windowWhy('withinClosed', null, rule.within!.closed) : windowWhy('closedDeadline'), rule.closedSteps ?? 'closedSteps')
  }
  // 2. An event closed it (shipment, or delivery, closes cancellation).
  if (rule.closedBy) {
    for (const fact of rule.closedBy) {
      const at = facts[fact]
      if (at !== null) {
        return make('closed', openDate(rule, facts), reason('closedEvent', label, { fact, event: at }), rule.closedSteps ?? 'closedSteps')
      }
    }
  }
  // 3. A fact the rule needs is missing (no seller contact yet).
  if (rule.requires) {
    for (const req of rule.requires) {
      const needed = Array.isArray(req.fact) ? req.fact : [req.fact]
      if (needed.every((fact) => facts[fact] === null)) {
        // Not applicable: no date of this window concerns the buyer (the deadlines shown are another window's, or none).
        const why = reason('pack', label, { text: req.why })
        if (req.otherwise === 'not_applicable') return { verdict: verdict('not_applicable', null, null, null, today, c.ids, sources, NO_DEADLINES, why, req.steps, note), opens: null, deadlines: NO_DAYS, taken: false }
        return make(req.otherwise, null, why, req.steps)
      }
    }
  }
  const opens = opensOf()
  if (opens === null) return make('not_yet', null, reason('notYetUnknown', label), rule.steps)
  // A window within another that would open only after that one has closed (escalation 7 days after a late
  // contact): it can still happen once the other action is taken, so say to take it in time.
  if (latestDeadline !== null && opens > latestDeadline) {
    if (inside) return make('not_yet', null, windowWhy('withinLate', null, rule.within!.late), rule.steps)
    // It would open only after its last day (a first contact too late for the claim): it never will.
    return make('closed', opens, windowWhy('closedBeforeOpening', opens), rule.closedSteps ?? 'closedSteps')
  }
  // 4. Not open yet.
  if (today < opens) {
    // Opening only after one source's deadline (an estimate past ordered + 75): say so, it is urgent.
    const why = deadline !== null && deadline < opens ? windowWhy('notYetPastEarliest', opens) : reason('notYet', label, { opens })
    return make('not_yet', opens, why, rule.steps)
  }
  // 5. Past the earliest deadline but not the latest: the sources disagree.
  if (deadline !== null && today > deadline) return make('uncertain', opens, windowWhy('uncertain'), rule.steps)
  const why =
    deadline !== null
      ? inside
        ? windowWhy('withinEligible', null, rule.within!.eligible)
        : windowWhy(latestDeadline !== deadline ? 'eligibleUntilBoth' : 'eligibleUntil')
      : rule.closedBy?.length
        ? reason('eligibleUntilEvent', label)
        : reason('eligibleOpenEnded', label, { opens })
  return make('eligible', opens, why, rule.steps)
}

/** The JSON list of deadlines, earliest first; two readings that give the same day by the same basis are one. */
function detailsOf(days: readonly Deadline[]): DeadlineDetail[] {
  if (days.length === 0) return NO_DEADLINES
  const out: DeadlineDetail[] = []
  for (const d of days) {
    const date = formatDay(d.day)
    const same = out.find((o) => o.date === date && o.basis === d.basis)
    if (same) same.sources = union(same.sources, d.sources)
    else out.push({ date, basis: d.basis, sources: d.sources })
  }
  if (out.length > 1) out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return out
}

const UNIONS = new WeakMap<readonly string[], WeakMap<readonly string[], string[]>>()

/**
 * Both lists, each item once. Memoised by the two arrays (they are the policy's, shared by every verdict):
 * a verdict's lists must be the same array for the same rule, as the JSON writer caches by identity
 * (a fresh array per order grew its cache without end, and `check -` became quadratic).
 */
function union(a: readonly string[], b: readonly string[]): string[] {
  let byB = UNIONS.get(a)
  if (byB === undefined) UNIONS.set(a, (byB = new WeakMap()))
  let out = byB.get(b)
  if (out === undefined) {
    out = [...a]
    for (const x of b) if (!out.includes(x)) out.push(x)
    byB.set(b, out)
  }
  return out
}

/** The verdict's sources: the rule's, those of each deadline that could be computed, the assumed eta's. Cached per rule. */
function sourcesFor(rule: Rule, c: CompiledRule, policy: Policy, mask: number, etaAssumed: boolean): string[] {
  const key = mask * 2 + (etaAssumed ? 1 : 0)
  let sources = c.sources.get(key)
  if (sources === undefined) {
    const ids = [...rule.sources]
    rule.deadlines.forEach((spec, i) => {
      if (mask & (1 << i)) ids.push(...spec.sources)
    })
    if (etaAssumed && policy.eta.whenMissing === 'assume') ids.push(...policy.eta.sources)
    sources = sourcesOf(policy, ids)
    c.sources.set(key, sources)
  }
  return sources
}

/** The window opens on the latest of its opening dates; null when one of them cannot be known yet. */
function openDate(rule: Rule, facts: Facts): number | null {
  let opens: number | null = null
  for (const offset of rule.opens) {
    const fact = baseFact(offset, facts)
    if (fact === null) {
      if (offset.optional) continue
      return null
    }
    const day = facts[fact]! + offset.days
    if (opens === null || day > opens) opens = day
  }
  return opens
}
