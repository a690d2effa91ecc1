import { CORE_TEXT, FACT_NAMES, fill } from '../i18n/core-messages.js'
import type { I18nText, Lang } from '../i18n/lang.js'
import { formatDay } from './dates.js'
import {
  ACTIONS,
  type Action,
  type Assessment,
  type Assumption,
  type Condition,
  type DateFact,
  type DateOffset,
  type DeadlineDetail,
  type Fallback,
  type I18nTexts,
  type Order,
  type Policy,
  type Rule,
  type Status,
  type Verdict,
  sourceRef,
} from './types.js'

/**
 * The eligibility core (POLICY.md): pure, no clock, no I/O. `today` is a day number.
 * Every date is a calendar day; "within N days of X" ends on X + N inclusive.
 *
 * NOTE: `check -` runs this once per order, so the constant parts of a verdict (rule ids, sources,
 * steps) are computed once per policy and shared, and every verdict has the same shape.
 */
export function assess(order: Order, policy: Policy, today: number, lang: Lang = 'en'): Assessment {
  const compiled = compile(policy)
  const assumptions: Assumption[] = []
  const facts = factsOf(order, policy, compiled, lang, assumptions)
  const verdicts = {} as Record<Action, Verdict>
  for (const action of ACTIONS) verdicts[action] = judge(action, order, facts, policy, compiled, today, lang)
  return {
    platform: policy.platform,
    issue: order.issue,
    today: formatDay(today),
    reviewed: policy.reviewed,
    verdicts,
    assumptions,
  }
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

function factsOf(order: Order, policy: Policy, compiled: Compiled, lang: Lang, assumptions: Assumption[]): Facts {
  const facts: Facts = {
    ordered: order.ordered,
    // A delivered order counts as shipped.
    shipped: order.shipped ?? order.delivered,
    delivered: order.delivered,
    eta: order.eta,
    contacted: order.contacted,
  }
  // A parcel that never came needs an estimated delivery date; some shops let us assume one.
  if (facts.eta === null && facts.delivered === null && order.issue !== null && policy.eta.whenMissing === 'assume') {
    const base = facts[policy.eta.from]
    if (base !== null && policy.rules.some((rule) => compiled.rules.get(rule)!.usesEta && matches(rule.when, order))) {
      facts.eta = base + policy.eta.days
      assumptions.push({ field: 'eta', value: formatDay(facts.eta), why: policy.eta.why[lang], sources: policy.eta.sources })
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

const BASIS: Record<Lang, Partial<Record<DateFact, Map<number, string>>>> = { en: {}, ko: {}, ro: {} }

/** `delivery date + 15 days`, in the user's language (memoised: a handful of combinations recur). */
function basisText(fact: DateFact, days: number, lang: Lang): string {
  const byDays = (BASIS[lang][fact] ??= new Map())
  let text = byDays.get(days)
  if (text === undefined) {
    text = fill(CORE_TEXT.basis[lang], { fact: FACT_NAMES[fact][lang], days })
    byDays.set(days, text)
  }
  return text
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
  why: string,
  steps: string[],
  note: string | null,
): Verdict {
  return {
    status,
    opens: opens === null ? null : formatDay(opens),
    deadline: deadline === null ? null : formatDay(deadline),
    latestDeadline: latestDeadline === null ? null : formatDay(latestDeadline),
    daysLeft: deadline === null ? null : deadline - today,
    daysLeftLatest: latestDeadline === null || latestDeadline === deadline ? null : latestDeadline - today,
    why,
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
const NO_STEPS: string[] = []
const NO_ISSUE_STEPS: I18nTexts = { en: [CORE_TEXT.noIssueSteps.en], ko: [CORE_TEXT.noIssueSteps.ko], ro: [CORE_TEXT.noIssueSteps.ro] }
const CLOSED_STEPS: I18nTexts = { en: [CORE_TEXT.closedSteps.en], ko: [CORE_TEXT.closedSteps.ko], ro: [CORE_TEXT.closedSteps.ro] }

function judge(action: Action, order: Order, facts: Facts, policy: Policy, compiled: Compiled, today: number, lang: Lang): Verdict {
  const candidates = compiled.byAction[action]
  for (const rule of candidates.rules) {
    if (matches(rule.when, order)) return judgeRule(rule, compiled.rules.get(rule)!, facts, policy, today, lang)
  }
  for (const f of candidates.fallbacks) {
    if (matches(f.when, order)) {
      const c = compiled.fallbacks.get(f)!
      return verdict(f.status, null, null, null, today, c.ids, c.sources, NO_DEADLINES, f.why[lang], f.steps[lang], null)
    }
  }
  if (order.issue === null) return verdict('not_applicable', null, null, null, today, NO_IDS, NO_SOURCES, NO_DEADLINES, CORE_TEXT.noIssue[lang], NO_ISSUE_STEPS[lang], null)
  return verdict('not_applicable', null, null, null, today, NO_IDS, NO_SOURCES, NO_DEADLINES, fill(CORE_TEXT.noRule[lang], { platform: policy.name }), NO_STEPS, null)
}

function judgeRule(rule: Rule, c: CompiledRule, facts: Facts, policy: Policy, today: number, lang: Lang): Verdict {
  const label = rule.label[lang]
  const note = rule.note ? rule.note[lang] : null

  // Deadlines, each with its source; the earliest and the latest bound the uncertain stretch.
  let deadline: number | null = null
  let latestDeadline: number | null = null
  let earliestBasis = ''
  let latestBasis = ''
  let mask = 0
  const details: DeadlineDetail[] = []
  for (let i = 0; i < rule.deadlines.length; i++) {
    const spec = rule.deadlines[i]!
    const fact = baseFact(spec, facts)
    if (fact === null) continue
    const day = facts[fact]! + spec.days
    mask |= 1 << i
    details.push({ date: formatDay(day), basis: `${fact} + ${spec.days}`, sources: c.deadlineSources[i]! })
    if (deadline === null || day < deadline) {
      deadline = day
      earliestBasis = basisText(fact, spec.days, lang)
    }
    if (latestDeadline === null || day >= latestDeadline) {
      latestDeadline = day
      latestBasis = basisText(fact, spec.days, lang)
    }
  }
  if (details.length > 1) details.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const etaAssumed = c.usesEta && policy.eta.whenMissing === 'assume' && facts.eta !== null
  const sources = sourcesFor(rule, c, policy, mask, etaAssumed)
  const make = (status: Status, opens: number | null, why: string, steps: string[]) =>
    verdict(status, opens, deadline, latestDeadline, today, c.ids, sources, details, why, steps, note)
  const windowWhy = (template: I18nText, opens?: number) =>
    fill(template[lang], {
      opens: opens === undefined ? '' : formatDay(opens),
      label,
      deadline: deadline === null ? '' : formatDay(deadline),
      latestDeadline: latestDeadline === null ? '' : formatDay(latestDeadline),
      earliestBasis,
      latestBasis,
      basis: earliestBasis,
    })

  // 1. Past every deadline: closed, even if a precondition was never met.
  if (latestDeadline !== null && today > latestDeadline) {
    return make('closed', openDate(rule, facts), windowWhy(CORE_TEXT.closedDeadline), (rule.closedSteps ?? CLOSED_STEPS)[lang])
  }
  // 2. An event closed it (shipment closes cancellation).
  if (rule.closedBy) {
    for (const fact of rule.closedBy) {
      const at = facts[fact]
      if (at !== null) return make('closed', openDate(rule, facts), fill(CORE_TEXT.closedEvent[lang], { label, event: formatDay(at) }), (rule.closedSteps ?? CLOSED_STEPS)[lang])
    }
  }
  // 3. A fact the rule needs is missing (no seller contact yet).
  if (rule.requires) {
    for (const req of rule.requires) {
      if (facts[req.fact] === null) return make(req.otherwise, null, req.why[lang], req.steps[lang])
    }
  }
  const opens = openDate(rule, facts)
  if (opens === null) return make('not_yet', null, fill(CORE_TEXT.notYet[lang], { label, opens: '?' }), rule.steps[lang])
  // 4. Not open yet.
  if (today < opens) {
    // Opening only after one source's deadline (an estimate past ordered + 75): say so, it is urgent.
    const why = deadline !== null && today > deadline ? windowWhy(CORE_TEXT.notYetPastEarliest, opens) : fill(CORE_TEXT.notYet[lang], { label, opens: formatDay(opens) })
    return make('not_yet', opens, why, rule.steps[lang])
  }
  // 5. Past the earliest deadline but not the latest: the sources disagree.
  if (deadline !== null && today > deadline) return make('uncertain', opens, windowWhy(CORE_TEXT.uncertain), rule.steps[lang])
  const why =
    deadline !== null
      ? windowWhy(CORE_TEXT.eligibleUntil)
      : rule.closedBy?.length
        ? fill(CORE_TEXT.eligibleUntilEvent[lang], { label })
        : fill(CORE_TEXT.eligibleOpenEnded[lang], { label, opens: formatDay(opens) })
  return make('eligible', opens, why, rule.steps[lang])
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
    if (fact === null) return null
    const day = facts[fact]! + offset.days
    if (opens === null || day > opens) opens = day
  }
  return opens
}
