import { CORE_TEXT, FACT_NAMES, fill } from '../i18n/core-messages.js'
import type { Lang } from '../i18n/lang.js'
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
  type Order,
  type Policy,
  type PolicySource,
  type Rule,
  type Verdict,
} from './types.js'

/**
 * The eligibility core (POLICY.md): pure, no clock, no I/O. `today` is a day number.
 * Every date is a calendar day; "within N days of X" ends on X + N inclusive.
 */
export function assess(order: Order, policy: Policy, today: number, lang: Lang = 'en'): Assessment {
  const assumptions: Assumption[] = []
  const facts = factsOf(order, policy, lang, assumptions)
  const verdicts = {} as Record<Action, Verdict>
  for (const action of ACTIONS) verdicts[action] = judge(action, order, facts, policy, today, lang)
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

function factsOf(order: Order, policy: Policy, lang: Lang, assumptions: Assumption[]): Facts {
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
    if (base !== null && needsEta(order, policy)) {
      facts.eta = base + policy.eta.days
      assumptions.push({
        field: 'eta',
        value: formatDay(facts.eta),
        why: policy.eta.why[lang],
        sources: policy.eta.sources,
      })
    }
  }
  return facts
}

/** Whether a rule that applies to this order dates something from `eta`. */
function needsEta(order: Order, policy: Policy): boolean {
  return policy.rules.some((rule) => {
    if (!matches(rule.when, order)) return false
    const uses = (o: DateOffset) => (Array.isArray(o.from) ? o.from[0] === 'eta' : o.from === 'eta')
    return rule.opens.some(uses) || rule.deadlines.some(uses)
  })
}

export function matches(when: Condition, order: Order): boolean {
  if (when.issues !== undefined && (order.issue === null || !when.issues.includes(order.issue))) return false
  if (when.delivered !== undefined && (order.delivered !== null) !== when.delivered) return false
  if (when.shipped !== undefined && (order.shipped !== null || order.delivered !== null) !== when.shipped) return false
  return true
}

/** The first of `from` that the order has, plus days; null when it has none of them. */
function dateOf(offset: DateOffset, facts: Facts): { day: number; fact: DateFact } | null {
  const froms = Array.isArray(offset.from) ? offset.from : [offset.from]
  for (const fact of froms) {
    const base = facts[fact]
    if (base !== null) return { day: base + offset.days, fact }
  }
  return null
}

function basisText(fact: DateFact, days: number, lang: Lang): string {
  return fill(CORE_TEXT.basis[lang], { fact: FACT_NAMES[fact][lang], days })
}

function sourcesOf(policy: Policy, ids: Iterable<string>): PolicySource[] {
  const out: PolicySource[] = []
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) continue
    seen.add(id)
    const source = policy.sources[id]
    if (source) out.push(source)
  }
  return out
}

function judge(action: Action, order: Order, facts: Facts, policy: Policy, today: number, lang: Lang): Verdict {
  const rule = policy.rules.find((r) => r.action === action && matches(r.when, order))
  if (rule) return judgeRule(rule, facts, policy, today, lang)
  const fallback = policy.fallbacks.find((f) => f.action === action && matches(f.when, order))
  if (fallback) return judgeFallback(fallback, policy, lang)
  const why = order.issue === null ? CORE_TEXT.noIssue[lang] : fill(CORE_TEXT.noRule[lang], { platform: policy.name })
  return {
    ...EMPTY,
    status: 'not_applicable',
    why,
    steps: order.issue === null ? [CORE_TEXT.noIssueSteps[lang]] : [],
  }
}

const EMPTY = {
  opens: null,
  deadline: null,
  latestDeadline: null,
  daysLeft: null,
  daysLeftLatest: null,
  rules: [] as string[],
  sources: [] as PolicySource[],
  deadlines: [] as DeadlineDetail[],
  steps: [] as string[],
} as const

function judgeFallback(fallback: Fallback, policy: Policy, lang: Lang): Verdict {
  return {
    ...EMPTY,
    status: fallback.status,
    rules: [fallback.id],
    sources: sourcesOf(policy, fallback.sources),
    why: fallback.why[lang],
    steps: fallback.steps[lang],
  }
}

function judgeRule(rule: Rule, facts: Facts, policy: Policy, today: number, lang: Lang): Verdict {
  const label = rule.label[lang]
  // Deadlines, each with its source; the earliest and the latest bound the uncertain stretch.
  const details: (DeadlineDetail & { day: number; fact: DateFact; days: number })[] = []
  const sourceIds = [...rule.sources]
  for (const spec of rule.deadlines) {
    const at = dateOf(spec, facts)
    if (at === null) continue
    details.push({
      day: at.day,
      fact: at.fact,
      days: spec.days,
      date: formatDay(at.day),
      basis: `${at.fact} + ${spec.days}`,
      sources: spec.sources,
    })
    sourceIds.push(...spec.sources)
  }
  if (rule.deadlines.some((d) => (Array.isArray(d.from) ? d.from : [d.from]).includes('eta')) && policy.eta.whenMissing === 'assume' && facts.eta !== null) {
    // The assumed eta's source is part of the answer too.
    sourceIds.push(...policy.eta.sources)
  }
  details.sort((a, b) => a.day - b.day)
  const earliest = details[0]
  const latest = details[details.length - 1]
  const deadline = earliest?.day ?? null
  const latestDeadline = latest?.day ?? null

  const base = {
    rules: [rule.id],
    sources: sourcesOf(policy, sourceIds),
    deadlines: details.map(({ date, basis, sources }) => ({ date, basis, sources })),
    deadline: deadline === null ? null : formatDay(deadline),
    latestDeadline: latestDeadline === null ? null : formatDay(latestDeadline),
    daysLeft: deadline === null ? null : deadline - today,
    daysLeftLatest: latestDeadline === null || latestDeadline === deadline ? null : latestDeadline - today,
    ...(rule.note ? { note: rule.note[lang] } : {}),
  }
  const values = (): Record<string, string | number> => ({
    label,
    deadline: base.deadline ?? '',
    latestDeadline: base.latestDeadline ?? '',
    earliestBasis: earliest ? basisText(earliest.fact, earliest.days, lang) : '',
    latestBasis: latest ? basisText(latest.fact, latest.days, lang) : '',
    basis: earliest ? basisText(earliest.fact, earliest.days, lang) : '',
  })

  // 1. Past every deadline: closed, even if a precondition was never met.
  if (latestDeadline !== null && today > latestDeadline) {
    return { ...base, status: 'closed', opens: formatOrNull(openDate(rule, facts)), why: fill(CORE_TEXT.closedDeadline[lang], values()), steps: (rule.closedSteps ?? CLOSED_STEPS)[lang] }
  }
  // 2. An event closed it (shipment closes cancellation).
  for (const fact of rule.closedBy ?? []) {
    const at = facts[fact]
    if (at !== null) {
      return { ...base, status: 'closed', opens: formatOrNull(openDate(rule, facts)), why: fill(CORE_TEXT.closedEvent[lang], { label, event: formatDay(at) }), steps: (rule.closedSteps ?? CLOSED_STEPS)[lang] }
    }
  }
  // 3. A fact the rule needs is missing (no seller contact yet, no delivery yet).
  for (const req of rule.requires ?? []) {
    if (facts[req.fact] === null) {
      return { ...base, status: req.otherwise, opens: null, why: req.why[lang], steps: req.steps[lang] }
    }
  }
  const opens = openDate(rule, facts)
  if (opens === null) {
    return { ...base, status: 'not_yet', opens: null, why: fill(CORE_TEXT.notYet[lang], { label, opens: '?' }), steps: rule.steps[lang] }
  }
  const opensText = formatDay(opens)
  // 4. Not open yet.
  if (today < opens) {
    return { ...base, status: 'not_yet', opens: opensText, why: fill(CORE_TEXT.notYet[lang], { label, opens: opensText }), steps: rule.steps[lang] }
  }
  // 5. Past the earliest deadline but not the latest: the sources disagree.
  if (deadline !== null && today > deadline) {
    return { ...base, status: 'uncertain', opens: opensText, why: fill(CORE_TEXT.uncertain[lang], values()), steps: rule.steps[lang] }
  }
  const why =
    deadline !== null
      ? fill(CORE_TEXT.eligibleUntil[lang], values())
      : rule.closedBy?.length
        ? fill(CORE_TEXT.eligibleUntilEvent[lang], { label })
        : fill(CORE_TEXT.eligibleOpenEnded[lang], { label, opens: opensText })
  return { ...base, status: 'eligible', opens: opensText, why, steps: rule.steps[lang] }
}

function formatOrNull(day: number | null): string | null {
  return day === null ? null : formatDay(day)
}

const CLOSED_STEPS = {
  en: [CORE_TEXT.closedSteps.en],
  ko: [CORE_TEXT.closedSteps.ko],
  ro: [CORE_TEXT.closedSteps.ro],
}

/** The window opens on the latest of its opening dates; null when one of them cannot be known yet. */
function openDate(rule: Rule, facts: Facts): number | null {
  let opens: number | null = null
  for (const offset of rule.opens) {
    const at = dateOf(offset, facts)
    if (at === null) return null
    if (opens === null || at.day > opens) opens = at.day
  }
  return opens
}
