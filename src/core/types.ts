import type { I18nText, Lang } from './lang.js'

/** What the buyer can ask for, in the order results are shown. */
export const ACTIONS = ['cancel', 'refund', 'dispute', 'escalate'] as const
export type Action = (typeof ACTIONS)[number]

/** What went wrong with the order (POLICY.md "Facts of an order"). */
export const ISSUES = ['not_received', 'late', 'defective', 'damaged', 'not_as_described', 'changed_mind'] as const
export type Issue = (typeof ISSUES)[number]

/** The dated facts of an order, in the order they normally happen. */
export const DATE_FACTS = ['ordered', 'shipped', 'delivered', 'eta', 'contacted', 'disputed'] as const
export type DateFact = (typeof DATE_FACTS)[number]

export const STATUSES = ['eligible', 'uncertain', 'not_yet', 'closed', 'not_applicable'] as const
export type Status = (typeof STATUSES)[number]

/** A list of texts (steps) in every language. */
export type I18nTexts = Record<Lang, string[]>

/**
 * An order's facts after validation. Dates are day numbers (days since 1970-01-01, UTC calendar):
 * pure calendar arithmetic, so no answer depends on the machine's time zone.
 */
export interface Order {
  platform: string
  issue: Issue | null
  ordered: number
  shipped: number | null
  delivered: number | null
  eta: number | null
  contacted: number | null
  /** The day a dispute (AliExpress) or an A-to-z claim (Amazon) was opened. */
  disputed: number | null
  /** Echoed back untouched. */
  id?: string | number
}

/** Where a rule comes from: a seed document by file name, or a public page by title and address. */
export interface PolicySource {
  title: string
  file?: string
  /** What a seed document is, per language (shown to a person in place of the file name). */
  about?: Record<'en' | 'ko' | 'ro', string>
  url?: string
}

/** How a verdict names a source: the seed's file name, else the page's address (short, and ASCII). */
export function sourceRef(source: PolicySource): string {
  return source.file ?? source.url ?? source.title
}

/** Which orders a rule (or fallback) is about. Every given condition must hold. */
export interface Condition {
  /** The issue is one of these; an order without an issue matches no list. */
  issues?: Issue[]
  /** Delivered (true) or not yet delivered (false). */
  delivered?: boolean
  /** Shipped (true; a delivered order counts as shipped) or not (false). */
  shipped?: boolean
}

/** A date computed from the order: the first of `from` that the order has, plus `days` calendar days. */
export interface DateOffset {
  from: DateFact | DateFact[]
  days: number
  /** Opening dates only: counts when the order has the fact, and is skipped (not "unknown") when it has not. */
  optional?: boolean
}

/** `MM-DD`: a day of the calendar, in any year. */
export type MonthDay = string

/**
 * A deadline on a fixed day of the calendar (Amazon's holiday returns: until 31 January) that applies when
 * a fact's date falls between two days of the calendar; the deadline is then the later of that day and the
 * offset's own date. The year is the fact's own (`same`) or the one after it (`next`).
 */
export interface CalendarDeadline {
  month: number
  day: number
  year: 'same' | 'next'
  /** The first of these facts that the order has must fall in `from`..`to` (inclusive). */
  when: { fact: DateFact | DateFact[]; from: MonthDay; to: MonthDay }
  /** How the deadline is named when it applies, e.g. "holiday return period, by the order date". */
  label: I18nText
}

export interface DeadlineSpec extends DateOffset {
  /** Ids from the policy's `sources` that state this deadline. */
  sources: string[]
  calendar?: CalendarDeadline
}

/** A fact a rule needs; without it the action is `otherwise`, with this why and these steps. */
export interface Requirement {
  /** One fact, or a list of which any one will do. */
  fact: DateFact | DateFact[]
  otherwise: 'not_yet' | 'not_applicable'
  why: I18nText
  steps: I18nTexts
}

export interface Rule {
  id: string
  action: Action
  when: Condition
  /** A short name for the window, used in every sentence about it. */
  label: I18nText
  /** The window opens on the latest of these dates. */
  opens: DateOffset[]
  /** Each source's last allowed day; none means no date closes the window. */
  deadlines: DeadlineSpec[]
  /** Facts whose presence closes the window (shipment closes cancellation). */
  closedBy?: DateFact[]
  requires?: Requirement[]
  /** Ids from the policy's `sources` behind the rule as a whole. */
  sources: string[]
  /** What to do while the window is open (or about to open). */
  steps: I18nTexts
  /** What to do once it has closed. */
  closedSteps?: I18nTexts
  /** A caveat shown with the answer (e.g. cancellation may fail while the order is prepared). */
  note?: I18nText
  /** `calendar`: the note only when one of the rule's calendar deadlines applies, or its date is not known yet. */
  noteWhen?: 'always' | 'calendar'
  /** The fact that says the buyer already took this action (a dispute opened): the verdict then says so. */
  takenBy?: TakenBy
  /**
   * The window lies inside another action's (escalation happens inside a dispute): it opens no earlier and
   * closes with that action's deadlines, unless that action was already taken, when only its own opening counts.
   */
  within?: Within
}

/** See `Rule.within`. The texts take `{label}`, `{deadline}`, `{latestDeadline}`, `{basis}`, `{latestBasis}`. */
export interface Within {
  action: Action
  /** Why it is open: e.g. "…until {deadline} ({basis}), while a dispute can still be opened." */
  eligible: I18nText
  /** Why it closed with the other window: e.g. "…a dispute could be opened only until {latestDeadline}." */
  closed: I18nText
  /** Why it waits when it would open only after the other window closes: take the other action in time. */
  late: I18nText
}

/** `{date}` in `why` is the day the fact names. Status `not_applicable`: there is nothing left to open. */
export interface TakenBy {
  fact: DateFact
  why: I18nText
  steps: I18nTexts
  note?: I18nText
}

/** The answer for an action when no rule applies to the order. */
export interface Fallback {
  id: string
  action: Action
  when: Condition
  status: 'not_yet' | 'not_applicable'
  why: I18nText
  steps: I18nTexts
  sources: string[]
}

/** What to do when a parcel that never came has no estimated delivery date. */
export type EtaPolicy =
  | { whenMissing: 'assume'; from: DateFact; days: number; sources: string[]; why: I18nText }
  | { whenMissing: 'error'; why: I18nText }

export interface Policy {
  platform: string
  name: string
  /** When the rules were last checked against their sources (YYYY-MM-DD). */
  reviewed: string
  sources: Record<string, PolicySource>
  eta: EtaPolicy
  rules: Rule[]
  fallbacks: Fallback[]
  /** The evidence to gather, per issue. */
  evidence: Partial<Record<Issue, I18nTexts>>
  /** Facts that hold whatever the dates (how long a dispute takes, when money arrives). */
  info: { text: I18nText; sources: string[] }[]
}

export interface Assumption {
  field: DateFact
  value: string
  why: string
  sources: string[]
}

/** An assumption as the core makes it: the pack's reason, in every language (the renderer picks one). */
export interface AssumptionFacts extends Omit<Assumption, 'why'> {
  why: I18nText
}

/** What a deadline is counted from: a fact plus days (`delivered + 15`), or a pack's calendar rule, by its label. */
export type Basis = { fact: DateFact; days: number; calendar: null } | { fact: null; days: null; calendar: I18nText }

/** Why a verdict has its status, as a code and the facts used: src/render/why.ts writes the sentence. */
export const REASON_CODES = [
  'pack',
  'taken',
  'noIssue',
  'noRule',
  'closedDeadline',
  'closedBeforeOpening',
  'closedEvent',
  'notYet',
  'notYetPastEarliest',
  'notYetUnknown',
  'uncertain',
  'eligibleUntil',
  'eligibleUntilBoth',
  'eligibleUntilEvent',
  'eligibleOpenEnded',
  'withinEligible',
  'withinClosed',
  'withinLate',
] as const
export type ReasonCode = (typeof REASON_CODES)[number]

/**
 * The facts behind a verdict's `why`: every reason has the same shape (fields it does not use are null), so
 * `check -` builds them fast. Dates are day numbers. `text` is the pack's own sentence for `pack`, `taken` and
 * the `within*` codes (a template taking the same placeholders as the catalogue's sentences).
 */
export interface Reason {
  code: ReasonCode
  /** The rule's label (the window's name), or null when no rule applied. */
  label: I18nText | null
  text: I18nText | null
  opens: number | null
  deadline: number | null
  latestDeadline: number | null
  earliest: Basis | null
  latest: Basis | null
  /** `closedEvent`: the fact that closed the window and its day; `taken`: the fact's day. */
  fact: DateFact | null
  event: number | null
  /** `noRule`: the shop's name. */
  platform: string | null
}

/** The steps of a verdict: the pack's own (every language), or one of the catalogue's general steps. */
export type StepsRef = I18nTexts | 'noIssueSteps' | 'closedSteps' | 'none'

/** A verdict as the core returns it: codes, dates and the pack's texts in every language; no sentence. */
export interface Judgement extends Omit<Verdict, 'why' | 'steps' | 'note'> {
  reason: Reason
  steps: StepsRef
  note: I18nText | null
}

/** What `assess` returns; src/render/verdict.ts turns it into an `Assessment` in the user's language. */
export interface Judgements extends Omit<Assessment, 'verdicts' | 'assumptions'> {
  verdicts: Record<Action, Judgement>
  assumptions: AssumptionFacts[]
}

export interface DeadlineDetail {
  date: string
  /** e.g. `delivered + 15` */
  basis: string
  /** Where this deadline is stated: a seed document's file name or a page's address (see `sourceRef`). */
  sources: string[]
}

export interface Verdict {
  status: Status
  opens: string | null
  deadline: string | null
  latestDeadline: string | null
  daysLeft: number | null
  /** Days left to the latest deadline, where it differs from the earliest (the `uncertain` stretch). */
  daysLeftLatest: number | null
  /** One sentence: why this status. */
  why: string
  /** Each source's own deadline, earliest first. */
  deadlines: DeadlineDetail[]
  rules: string[]
  /** Where the rule comes from: seed file names and page addresses; titles are in the policy's `sources`. */
  sources: string[]
  steps: string[]
  /** A caveat about the window, or null. */
  note: string | null
}

export interface Assessment {
  platform: string
  issue: Issue | null
  today: string
  reviewed: string
  verdicts: Record<Action, Verdict>
  assumptions: Assumption[]
}
