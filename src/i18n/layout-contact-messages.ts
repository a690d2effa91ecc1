import type { I18nText, Lang } from './lang.js'

/**
 * Texts of issue 13 part B (contact by the user's language, hours in the user's zone, sources by what they
 * are, the exit-code table of the help, Ctrl-C), in the `{ en, ko, ro }` record scheme of result-messages.ts,
 * kept in one file so they move into the per-language catalogues in one step. Placeholders: `{name}`.
 */
export const CONTACT_TEXT = {
  /** A scheduled channel's hours on the user's clock, then on the service's own, its zone named. */
  hoursLocal: {
    en: '{days}, {open}–{close} your time ({serviceOpen}–{serviceClose} {zoneName}, {zone})',
    ko: '{days} 내 시간 {open}–{close} ({zoneName} {serviceOpen}–{serviceClose}, {zone})',
    ro: '{days}, {open}–{close} ora ta ({serviceOpen}–{serviceClose} {zoneName}, {zone})',
  },
  /** The same when the user's clock is the service's. */
  hoursSameZone: {
    en: '{days}, {open}–{close} ({zoneName}, {zone})',
    ko: '{days} {open}–{close} ({zoneName}, {zone})',
    ro: '{days}, {open}–{close} ({zoneName}, {zone})',
  },
  /** The shop has no channel whose people speak the user's language. */
  noSupportIn: {
    en: '{shop} has no {language}-speaking support: chat with an agent in English.',
    ko: '{shop}에는 {language} 상담이 없어요. 상담원과 영어로 채팅하세요.',
    ro: '{shop} nu are asistență în limba {language}: scrie-i unui agent pe chat, în engleză.',
  },
  /** None of the shops shown has such a channel. */
  noShopSupportIn: {
    en: 'Neither shop has {language}-speaking support: chat with an agent in English.',
    ko: '두 쇼핑몰 모두 {language} 상담이 없어요. 상담원과 영어로 채팅하세요.',
    ro: 'Niciunul dintre magazine nu are asistență în limba {language}: scrie-i unui agent pe chat, în engleză.',
  },
  /** Before the channels limited to other languages. */
  otherLanguages: { en: 'In other languages', ko: '다른 언어로', ro: 'În alte limbi' },
} as const satisfies Record<string, I18nText>

export const SOURCE_TEXT = {
  /** A seed document without a description in the data (a test pack): what it is, in general. */
  seedDocument: { en: 'a guide to shopping support', ko: '쇼핑 고객지원 안내 글', ro: 'un ghid despre asistența la cumpărături' },
} as const satisfies Record<string, I18nText>

/** The exit codes as the root help states them; each line starts with its code (test/e2e/exit-codes.test.ts reads them). */
export const EXIT_HELP_TEXT = {
  title: { en: 'Exit codes:', ko: '종료 코드:', ro: 'Coduri de ieșire:' },
  ok: {
    en: 'answered, a "not eligible" or uncertain verdict included',
    ko: '답을 냈어요 ("할 수 없음"이나 "불확실" 판정도 답이에요)',
    ro: 'răspuns dat, inclusiv un verdict „nu se poate” sau incert',
  },
  data: {
    en: 'data error: bad stream lines, a broken data file or store',
    ko: '데이터 오류: 스트림의 잘못된 줄, 손상된 데이터 파일이나 저장소',
    ro: 'eroare de date: linii greșite în flux, un fișier de date sau o arhivă defectă',
  },
  usage: {
    en: 'usage error: unknown flag, impossible date, unknown issue or shop',
    ko: '사용법 오류: 알 수 없는 옵션, 있을 수 없는 날짜, 알 수 없는 문제나 쇼핑몰',
    ro: 'eroare de utilizare: opțiune necunoscută, dată imposibilă, problemă sau magazin necunoscut',
  },
  ineligible: {
    en: 'check --fail-on-ineligible: the action is neither eligible nor uncertain; deadlines --quiet: something closes soon',
    ko: 'check --fail-on-ineligible: 그 조치가 가능하지도 불확실하지도 않아요. deadlines --quiet: 곧 마감되는 기한이 있어요',
    ro: 'check --fail-on-ineligible: acțiunea nu este nici posibilă, nici incertă; deadlines --quiet: un termen expiră curând',
  },
  interrupted: {
    en: 'Ctrl-C: stopped, nothing was changed',
    ko: 'Ctrl-C: 중단했고 바뀐 것은 없어요',
    ro: 'Ctrl-C: oprit, nu s-a schimbat nimic',
  },
} as const satisfies Record<string, I18nText>

/** The one line Ctrl-C leaves on stderr. */
export const STOPPED_TEXT = {
  wizard: { en: 'The wizard stopped. Nothing was changed.', ko: '마법사를 중단했어요. 바뀐 것은 없어요.', ro: 'Asistentul s-a oprit. Nu s-a schimbat nimic.' },
  prompt: { en: 'Stopped. Nothing was changed.', ko: '중단했어요. 바뀐 것은 없어요.', ro: 'Oprit. Nu s-a schimbat nimic.' },
} as const satisfies Record<string, I18nText>

/** The codes in the order the help lists them, with their meaning (src/errors.ts EXIT holds the numbers). */
export const EXIT_HELP_ROWS = [
  [0, 'ok'],
  [1, 'data'],
  [2, 'usage'],
  [3, 'ineligible'],
  [130, 'interrupted'],
] as const

/** The "Exit codes:" block of the root help in `lang`, within 80 columns (Hangul counted two). */
export function exitCodesBlock(lang: Lang, wrapText: (text: string, width: number, indent: string, hanging: string) => string[]): string {
  const rows = EXIT_HELP_ROWS.flatMap(([code, key]) => wrapText(EXIT_HELP_TEXT[key][lang], 80, `  ${String(code).padEnd(5)}`, ' '.repeat(7)))
  return ['', EXIT_HELP_TEXT.title[lang], ...rows].join('\n')
}
