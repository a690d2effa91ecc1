import type { Action, Issue, Status } from '../core/types.js'
import type { I18nText } from './lang.js'

export const ACTION_NAMES: Record<Action, I18nText> = {
  cancel: { en: 'Cancel', ko: '주문 취소', ro: 'Anulare' },
  refund: { en: 'Refund', ko: '환불', ro: 'Rambursare' },
  dispute: { en: 'Dispute', ko: '분쟁', ro: 'Dispută' },
  escalate: { en: 'Escalate', ko: '중재 요청', ro: 'Escaladare' },
}

export const STATUS_NAMES: Record<Status, I18nText> = {
  eligible: { en: 'eligible', ko: '가능', ro: 'posibil' },
  uncertain: { en: 'uncertain: act now', ko: '불확실: 지금 바로', ro: 'incert: acționați acum' },
  not_yet: { en: 'not yet', ko: '아직 아님', ro: 'încă nu' },
  closed: { en: 'closed', ko: '마감', ro: 'închis' },
  not_applicable: { en: 'not applicable', ko: '해당 없음', ro: 'nu se aplică' },
}

export const ISSUE_NAMES: Record<Issue, I18nText> = {
  not_received: { en: 'not received', ko: '받지 못함', ro: 'neprimit' },
  late: { en: 'late', ko: '배송 지연', ro: 'întârziat' },
  defective: { en: 'defective', ko: '불량', ro: 'defect' },
  damaged: { en: 'damaged', ko: '파손', ro: 'deteriorat' },
  not_as_described: { en: 'not as described', ko: '설명과 다름', ro: 'nu corespunde descrierii' },
  changed_mind: { en: 'changed my mind', ko: '단순 변심', ro: 'm-am răzgândit' },
}

export const RESULT_TEXT = {
  header: { en: '{platform} · {issue} · judged on {today}', ko: '{platform} · {issue} · 기준일 {today}', ro: '{platform} · {issue} · evaluat la {today}' },
  order: { en: 'order {id}', ko: '주문 {id}', ro: 'comanda {id}' },
  noIssue: { en: 'no problem given', ko: '문제 미지정', ro: 'nicio problemă indicată' },
  until: { en: 'until {date}', ko: '{date}까지', ro: 'până la {date}' },
  opensOn: { en: 'opens {date}', ko: '{date}부터', ro: 'se deschide {date}' },
  closedOn: { en: 'closed after {date}', ko: '{date} 마감', ro: 'închis după {date}' },
  daysLeft: { en: '{n} days left', ko: '{n}일 남음', ro: 'mai sunt {n} zile' },
  oneDayLeft: { en: '1 day left', ko: '1일 남음', ro: 'mai este o zi' },
  lastDay: { en: 'last day today', ko: '오늘 마감', ro: 'azi e ultima zi' },
  latest: { en: 'latest {date} ({n})', ko: '늦어도 {date}({n})', ro: 'cel târziu {date} ({n})' },
  next: { en: 'Next steps', ko: '다음 단계', ro: 'Pașii următori' },
  sources: { en: 'Sources', ko: '출처', ro: 'Surse' },
  note: { en: 'Note', ko: '참고', ro: 'Notă' },
  assumed: { en: 'Assumed', ko: '가정', ro: 'Presupus' },
  reviewed: {
    en: 'Rules last reviewed {date}. Shops change their rules: check the shop\'s help page before you rely on a date.',
    ko: '규정 최종 확인일 {date}. 쇼핑몰 규정은 바뀔 수 있으니 날짜를 믿기 전에 고객센터 안내를 확인하세요.',
    ro: 'Reguli verificate ultima dată la {date}. Magazinele își schimbă regulile: verificați pagina de ajutor înainte să vă bazați pe o dată.',
  },
  info: { en: 'Good to know', ko: '알아 두세요', ro: 'Bine de știut' },
} satisfies Record<string, I18nText>
