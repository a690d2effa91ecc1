import type { I18nText, Lang } from './lang.js'
import { PARTICLE_AT_START, particleFor } from './particles.js'
import type { DateFact } from '../core/types.js'

/**
 * The sentences the eligibility core builds around a policy's own texts. `{name}` placeholders are
 * filled by `fill()`. Kept apart from the data so that a user's policy pack only brings its rules.
 */
export const FACT_NAMES: Record<DateFact, I18nText> = {
  ordered: { en: 'order date', ko: '주문일', ro: 'data comenzii' },
  shipped: { en: 'shipping date', ko: '발송일', ro: 'data expedierii' },
  delivered: { en: 'delivery date', ko: '배송 완료일', ro: 'data livrării' },
  eta: { en: 'estimated delivery date', ko: '예상 도착일', ro: 'data estimată de livrare' },
  contacted: { en: 'date you contacted the seller', ko: '판매자에게 연락한 날', ro: 'data la care ați contactat vânzătorul' },
  disputed: { en: 'date the dispute was opened', ko: '분쟁을 연 날', ro: 'data deschiderii disputei' },
}

export const CORE_TEXT = {
  basis: { en: '{fact} + {days} days', ko: '{fact} + {days}일', ro: '{fact} + {days} zile' },
  eligibleUntil: {
    en: '{label}: open until {deadline} ({basis}).',
    ko: '{label}: {deadline}까지 가능합니다({basis}).',
    ro: '{label}: posibil până la {deadline} ({basis}).',
  },
  eligibleUntilBoth: {
    en: '{label}: open until {deadline} ({basis}); by another source ({latestBasis}) until {latestDeadline}. Act by the earlier date.',
    ko: '{label}: {deadline}까지 가능합니다({basis}). 다른 출처({latestBasis})로는 {latestDeadline}까지이니, 빠른 날짜에 맞춰 진행하세요.',
    ro: '{label}: se poate până pe {deadline} ({basis}); potrivit altei surse ({latestBasis}), până pe {latestDeadline}. Țineți-vă de data mai apropiată.',
  },
  eligibleOpenEnded: {
    en: '{label}: open since {opens}, with no deadline of its own.',
    ko: '{label}: {opens}부터 가능하며 별도 기한은 없습니다.',
    ro: '{label}: posibil din {opens}, fără un termen propriu.',
  },
  eligibleUntilEvent: {
    en: '{label}: possible until the order has shipped.',
    ko: '{label}: 상품이 발송되기 전까지 가능합니다.',
    ro: '{label}: posibil până când comanda este expediată.',
  },
  uncertain: {
    en: '{label}: the sources disagree. By one ({earliestBasis}) the deadline was {deadline}; by another ({latestBasis}) it is {latestDeadline}. Act today.',
    ko: '{label}: 출처마다 기한이 다릅니다. 한 출처({earliestBasis})로는 {deadline}에 이미 지났고, 다른 출처({latestBasis})로는 {latestDeadline}까지입니다. 오늘 바로 진행하세요.',
    ro: '{label}: sursele nu se potrivesc. După una ({earliestBasis}) termenul a fost {deadline}; după alta ({latestBasis}) este {latestDeadline}. Acționați chiar azi.',
  },
  notYet: {
    en: '{label}: opens on {opens}.',
    ko: '{label}: {opens}부터 신청할 수 있습니다.',
    ro: '{label}: se deschide pe {opens}.',
  },
  notYetPastEarliest: {
    en: '{label}: opens on {opens}, but by one source ({earliestBasis}) the deadline is {deadline}, before it opens; by another ({latestBasis}) it is {latestDeadline}. Contact the seller now and apply the day it opens.',
    ko: '{label}: {opens}부터 신청할 수 있지만, 한 출처({earliestBasis})로는 기한이 그보다 앞선 {deadline}입니다. 다른 출처({latestBasis})로는 {latestDeadline}까지입니다. 지금 판매자에게 연락해 두고, 열리는 날 바로 신청하세요.',
    ro: '{label}: se deschide pe {opens}, dar potrivit unei surse ({earliestBasis}) termenul este {deadline}, înainte de deschidere; potrivit alteia ({latestBasis}), este {latestDeadline}. Contactați vânzătorul acum și depuneți cererea chiar în ziua în care se deschide.',
  },
  notYetUnknown: {
    en: '{label}: not yet; the day it opens is not known yet.',
    ko: '{label}: 아직 아닙니다. 언제부터 가능한지는 아직 알 수 없습니다.',
    ro: '{label}: încă nu; ziua în care se deschide nu se cunoaște încă.',
  },
  closedBeforeOpening: {
    en: '{label}: closed; it would open only on {opens}, after its last day, {latestDeadline} ({latestBasis}).',
    ko: '{label}: 마감되었습니다. {opens}부터 가능하지만 마지막 날({latestDeadline}, {latestBasis})이 그보다 먼저 끝납니다.',
    ro: '{label}: nu se mai poate; s-ar deschide abia pe {opens}, după ultima zi, {latestDeadline} ({latestBasis}).',
  },
  closedDeadline: {
    en: '{label}: closed; the last day was {latestDeadline} ({latestBasis}).',
    ko: '{label}: 마감되었습니다. 마지막 날은 {latestDeadline}이었습니다({latestBasis}).',
    ro: '{label}: închis; ultima zi a fost {latestDeadline} ({latestBasis}).',
  },
  closedEvent: {
    en: '{label}: closed on {event} ({fact}).',
    ko: '{label}: {event}({fact})에 마감되었습니다.',
    ro: '{label}: nu se mai poate din {event} ({fact}).',
  },
  noIssue: {
    en: 'Say what went wrong with the order (--issue) to judge this action.',
    ko: '이 항목을 판단하려면 주문에 어떤 문제가 있는지 알려 주세요(--issue).',
    ro: 'Spuneți ce nu a mers cu comanda (--issue) ca să putem evalua această acțiune.',
  },
  noRule: {
    en: 'This action does not fit this order under the {platform} rules.',
    ko: '{platform} 규정상 이 주문에는 해당하지 않습니다.',
    ro: 'Această acțiune nu se potrivește acestei comenzi după regulile {platform}.',
  },
  noIssueSteps: {
    en: 'Run the check again with --issue not_received, late, defective, damaged, not_as_described or changed_mind.',
    ko: '--issue 값(not_received, late, defective, damaged, not_as_described, changed_mind)을 넣어 다시 확인하세요.',
    ro: 'Rulați din nou verificarea cu --issue not_received, late, defective, damaged, not_as_described sau changed_mind.',
  },
  closedSteps: {
    en: 'The platform no longer takes this request. You can still write to the seller and ask for a goodwill solution.',
    ko: '플랫폼에서는 더 이상 이 요청을 받지 않습니다. 판매자에게 직접 연락해 선처를 부탁해 볼 수는 있습니다.',
    ro: 'Platforma nu mai primește această cerere. Puteți totuși să-i scrieți vânzătorului și să cereți o soluție amiabilă.',
  },
} satisfies Record<string, I18nText>

/** Why an event closed a window, by the fact that closed it (`Rule.closedBy`); others use `closedEvent`. */
export const CLOSED_EVENT: Partial<Record<DateFact, I18nText>> = {
  shipped: {
    en: '{label}: closed, because the order shipped on {event}.',
    ko: '{label}: {event}에 발송되어 더 이상 할 수 없습니다.',
    ro: '{label}: nu se mai poate, pentru că comanda a fost expediată pe {event}.',
  },
  delivered: {
    en: '{label}: closed, because the order was delivered on {event}.',
    ko: '{label}: {event}에 배송이 완료되어 더 이상 할 수 없습니다.',
    ro: '{label}: nu se mai poate, pentru că comanda a fost livrată pe {event}.',
  },
}

interface Placeholder {
  name: string
  /** A Korean particle right after it (past closing quotes), written both ways in the template. */
  particle?: { closers: string; written: string }
}

const COMPILED = new Map<string, (string | Placeholder)[]>()

/**
 * Fill `{name}` placeholders. Templates are split once and cached: this runs several times per
 * order in `check -`, where a regex replace per call showed up in the profile.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  let parts = COMPILED.get(template)
  if (parts === undefined) {
    parts = []
    let last = 0
    for (const m of template.matchAll(/\{(\w+)\}/g)) {
      parts.push(template.slice(last, m.index), { name: m[1]! })
      last = m.index + m[0].length
    }
    parts.push(template.slice(last))
    // Korean: a particle written both ways after a placeholder (`{file}을(를)`) takes the form its word needs.
    for (let i = 2; i < parts.length; i += 2) {
      const literal = parts[i] as string
      const m = PARTICLE_AT_START.exec(literal)
      if (m) {
        ;(parts[i - 1] as Placeholder).particle = { closers: m[1]!, written: m[2]! }
        parts[i] = literal.slice(m[0].length)
      }
    }
    COMPILED.set(template, parts)
  }
  let out = ''
  for (const part of parts) {
    if (typeof part === 'string') out += part
    else {
      const value = values[part.name]
      const text = value === undefined ? `{${part.name}}` : String(value)
      out += part.particle ? text + part.particle.closers + particleFor(text, part.particle.written) : text
    }
  }
  return out
}

export function text(t: I18nText, lang: Lang): string {
  return t[lang]
}
