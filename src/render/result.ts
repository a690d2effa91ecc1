import type { ChalkInstance } from 'chalk'
import stringWidth from 'string-width'
import { ACTIONS, type Assessment, type Policy, type Status, type Verdict } from '../core/types.js'
import { fill } from '../i18n/core-messages.js'
import type { Lang } from '../i18n/lang.js'
import { ACTION_NAMES, ISSUE_NAMES, RESULT_TEXT, STATUS_NAMES } from '../i18n/result-messages.js'
import { formatDate } from './dates.js'

/** Three days or fewer left: shown as urgent. */
export const URGENT_DAYS = 3

const ICONS: Record<Status, string> = { eligible: '✔', uncertain: '!', not_yet: '…', closed: '✖', not_applicable: '–' }

function paint(c: ChalkInstance, status: Status, text: string): string {
  switch (status) {
    case 'eligible':
      return c.green(text)
    case 'uncertain':
      return c.yellow.bold(text)
    case 'not_yet':
      return c.cyan(text)
    case 'closed':
      return c.red(text)
    default:
      return c.dim(text)
  }
}

export function daysLeftText(n: number, lang: Lang): string {
  if (n === 0) return RESULT_TEXT.lastDay[lang]
  if (n === 1) return RESULT_TEXT.oneDayLeft[lang]
  return fill(RESULT_TEXT.daysLeft[lang], { n })
}

/** The status line's date part: until when, or from when, with the days left. */
export function whenText(v: Verdict, lang: Lang): string {
  const parts: string[] = []
  if (v.status === 'not_yet' && v.opens) parts.push(fill(RESULT_TEXT.opensOn[lang], { date: formatDate(v.opens, lang) }))
  if ((v.status === 'eligible' || v.status === 'not_yet') && v.deadline && v.daysLeft !== null) {
    parts.push(fill(RESULT_TEXT.until[lang], { date: formatDate(v.deadline, lang) }))
    if (v.status === 'eligible') parts.push(daysLeftText(v.daysLeft, lang))
  }
  if (v.status === 'uncertain' && v.latestDeadline && v.daysLeftLatest !== null) {
    parts.push(fill(RESULT_TEXT.latest[lang], { date: formatDate(v.latestDeadline, lang), n: daysLeftText(v.daysLeftLatest, lang) }))
  }
  if (v.status === 'closed' && v.latestDeadline) parts.push(fill(RESULT_TEXT.closedOn[lang], { date: formatDate(v.latestDeadline, lang) }))
  return parts.join(' · ')
}

function isUrgent(v: Verdict): boolean {
  const left = v.status === 'uncertain' ? v.daysLeftLatest : v.daysLeft
  return (v.status === 'eligible' || v.status === 'uncertain') && left !== null && left <= URGENT_DAYS
}

export interface RenderOptions {
  lang: Lang
  colours: ChalkInstance
  id?: string | number
}

/** The human answer of `check`: one block per action. Pure: returns lines. */
export function renderAssessment(result: Assessment, policy: Policy, opts: RenderOptions): string[] {
  const { lang, colours: c } = opts
  const lines: string[] = []
  const issue = result.issue ? ISSUE_NAMES[result.issue][lang] : RESULT_TEXT.noIssue[lang]
  let header = fill(RESULT_TEXT.header[lang], { platform: policy.name, issue, today: formatDate(result.today, lang) })
  if (opts.id !== undefined) header = `${fill(RESULT_TEXT.order[lang], { id: String(opts.id) })} · ${header}`
  lines.push(c.bold(header), '')
  const width = Math.max(...ACTIONS.map((a) => stringWidth(ACTION_NAMES[a][lang])))
  for (const action of ACTIONS) {
    const v = result.verdicts[action]
    const label = ACTION_NAMES[action][lang]
    const name = label + ' '.repeat(width - stringWidth(label))
    const when = whenText(v, lang)
    const urgent = isUrgent(v)
    const status = paint(c, v.status, `${ICONS[v.status]} ${STATUS_NAMES[v.status][lang]}`)
    lines.push(`${c.bold(name)}  ${status}${when ? '  ' + (urgent ? c.red.bold(when) : when) : ''}`)
    lines.push(`  ${v.why}`)
    if (v.note) lines.push(`  ${c.dim(RESULT_TEXT.note[lang] + ':')} ${v.note}`)
    if (v.status !== 'not_applicable' || v.steps.length > 0) {
      v.steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`))
    }
    if (v.sources.length > 0) {
      lines.push(`  ${c.dim(RESULT_TEXT.sources[lang] + ':')} ${c.dim(v.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : `${s.title} (${s.file})`)).join('; '))}`)
    }
    lines.push('')
  }
  for (const a of result.assumptions) lines.push(`${c.yellow(RESULT_TEXT.assumed[lang] + ':')} ${a.field} = ${formatDate(a.value, lang)}. ${a.why}`)
  if (policy.info.length > 0) {
    lines.push(c.dim(`${RESULT_TEXT.info[lang]}:`))
    for (const info of policy.info) lines.push(c.dim(`  · ${info.text[lang]}`))
  }
  lines.push(c.dim(fill(RESULT_TEXT.reviewed[lang], { date: result.reviewed })))
  return lines
}
