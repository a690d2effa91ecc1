import { assess } from '../core/assess.js'
import type { Lang } from '../core/lang.js'
import { ACTIONS, type Action, type Assessment, type Basis, type Judgement, type Judgements, type Order, type Policy, type Reason, type StepsRef, type Verdict } from '../core/types.js'
import { CATALOGS, count, t, type MessageKey } from '../i18n/catalog/index.js'
import { fill } from '../i18n/fill.js'
import { proseDate } from './prose-date.js'

/**
 * The core's verdicts (codes, day numbers, the pack's texts in every language) as the user reads them and the
 * JSON carries them: `why` written from the catalogue in `lang`, the pack's steps and note in `lang`.
 */
export function renderJudgements(judged: Judgements, lang: Lang): Assessment {
  const verdicts = {} as Record<Action, Verdict>
  for (const action of ACTIONS) verdicts[action] = renderJudgement(judged.verdicts[action], lang)
  return {
    platform: judged.platform,
    issue: judged.issue,
    today: judged.today,
    reviewed: judged.reviewed,
    verdicts,
    assumptions: assumptionsIn(judged.assumptions, lang),
  }
}

/** The facts assumed for an order, each with its reason in `lang`. */
export function assumptionsIn(assumptions: Judgements['assumptions'], lang: Lang): Assessment['assumptions'] {
  return assumptions.length === 0 ? [] : assumptions.map((a) => ({ field: a.field, value: a.value, why: a.why[lang], sources: a.sources }))
}

/** Judge an order (src/core/assess.ts) and render the verdicts in `lang`: what every command shows. */
export function assessIn(order: Order, policy: Policy, today: number, lang: Lang = 'en'): Assessment {
  return renderJudgements(assess(order, policy, today), lang)
}

/** Same field order as before the split, so the JSON stays byte-identical (src/render/check-json.ts). */
function renderJudgement(j: Judgement, lang: Lang): Verdict {
  return {
    status: j.status,
    opens: j.opens,
    deadline: j.deadline,
    latestDeadline: j.latestDeadline,
    daysLeft: j.daysLeft,
    daysLeftLatest: j.daysLeftLatest,
    why: whyText(j.reason, lang),
    deadlines: j.deadlines,
    rules: j.rules,
    sources: j.sources,
    steps: stepsOf(j.steps, lang),
    note: j.note === null ? null : j.note[lang],
  }
}

const NO_STEPS: string[] = []
const GENERAL_STEPS = new Map<string, string[]>()

/** The steps in `lang`: the pack's array itself, or one array per general step (the JSON writer caches by identity). */
export function stepsOf(steps: StepsRef, lang: Lang): string[] {
  if (steps === 'none') return NO_STEPS
  if (typeof steps === 'object') return steps[lang]
  const key = `${lang}:${steps}`
  let list = GENERAL_STEPS.get(key)
  if (list === undefined) GENERAL_STEPS.set(key, (list = [t(lang, `check.why.${steps}`)]))
  return list
}

const BASES = new Map<Basis, Partial<Record<Lang, string>>>()

/** `delivery date + 15 days` / `data livrării + 20 de zile`, or the pack's name of a calendar deadline. */
export function basisText(basis: Basis, lang: Lang): string {
  if (basis.calendar !== null) return basis.calendar[lang]
  let byLang = BASES.get(basis)
  if (byLang === undefined) BASES.set(basis, (byLang = {}))
  return (byLang[lang] ??= t(lang, 'check.why.basis', { fact: CATALOGS[lang].common.facts[basis.fact], days: count(lang, CATALOGS[lang].common.counts.days, basis.days) }))
}


/** The one sentence of a verdict's `why`, in `lang`. */
export function whyText(r: Reason, lang: Lang): string {
  const dateIn = (day: number | null) => (day === null ? '' : proseDate(day, lang))
  const label = r.label === null ? '' : r.label[lang]
  switch (r.code) {
    case 'pack':
      return r.text![lang]
    case 'taken':
      return fill(r.text![lang], { label, date: dateIn(r.event) })
    case 'noIssue':
      return t(lang, 'check.why.noIssue')
    case 'noRule':
      return t(lang, 'check.why.noRule', { platform: r.platform ?? '' })
    case 'closedEvent': {
      const because = CATALOGS[lang].check.why.closedBecause
      const template = r.fact === 'shipped' || r.fact === 'delivered' ? because[r.fact] : CATALOGS[lang].check.why.closedEvent
      return fill(template, { label, event: dateIn(r.event), fact: r.fact === null ? '' : CATALOGS[lang].common.facts[r.fact] })
    }
    case 'notYet':
    case 'notYetUnknown':
    case 'eligibleUntilEvent':
    case 'eligibleOpenEnded':
      return t(lang, `check.why.${r.code}`, { label, opens: dateIn(r.opens) })
    default: {
      const values = {
        opens: dateIn(r.opens),
        label,
        deadline: dateIn(r.deadline),
        latestDeadline: dateIn(r.latestDeadline),
        earliestBasis: r.earliest === null ? '' : basisText(r.earliest, lang),
        latestBasis: r.latest === null ? '' : basisText(r.latest, lang),
        basis: r.earliest === null ? '' : basisText(r.earliest, lang),
      }
      // A window inside another (escalation inside a dispute) says it in the pack's own words.
      if (r.code === 'withinEligible' || r.code === 'withinClosed' || r.code === 'withinLate') return fill(r.text![lang], values)
      return t(lang, `check.why.${r.code}` satisfies MessageKey, values)
    }
  }
}
