import type { DateFact, Issue } from '../core/types.js'
import type { I18nText } from './lang.js'

/**
 * Every prompt, hint and validation message of the wizard and the menu. Korean in polite 해요체,
 * Romanian in the formal "dumneavoastră" form with comma-below ș ț.
 */
export const WIZARD_TEXT = {
  intro: {
    en: 'A few questions about your order; press Ctrl-C to stop at any time.',
    ko: '주문에 대해 몇 가지만 물어볼게요. 언제든 Ctrl-C로 그만둘 수 있어요.',
    ro: 'Câteva întrebări despre comandă; apăsați Ctrl-C ca să vă opriți oricând.',
  },
  keys: { en: '↑↓ move · Enter choose', ko: '↑↓ 이동 · Enter 선택', ro: '↑↓ mutare · Enter alegere' },
  platform: { en: 'Where did you buy it?', ko: '어디에서 구매했나요?', ro: 'De unde ați cumpărat?' },
  issue: { en: 'What went wrong?', ko: '어떤 문제가 있나요?', ro: 'Ce nu a mers bine?' },
  cancelOnly: { en: 'Nothing; I just want to cancel', ko: '문제는 없고 그냥 주문을 취소하고 싶어요', ro: 'Nimic; vreau doar să anulez comanda' },
  dateForms: {
    en: 'Dates can be typed as 2026-11-10, today, yesterday or 3 days ago.',
    ko: '날짜는 2026-11-10, 오늘, 어제, 3일 전처럼 입력할 수 있어요.',
    ro: 'Datele se pot scrie 2026-11-10, azi, ieri sau acum 3 zile.',
  },
  skipNotYet: { en: 'Enter if not yet', ko: '아직이면 Enter', ro: 'Enter dacă încă nu' },
  skipUnknown: { en: 'Enter if you do not know', ko: '모르면 Enter', ro: 'Enter dacă nu știți' },
  skip: { en: 'Enter to skip', ko: '건너뛰려면 Enter', ro: 'Enter ca să săriți' },
  request: { en: 'What do you want to ask the seller for?', ko: '판매자에게 무엇을 요청할까요?', ro: 'Ce îi cereți vânzătorului?' },
  id: {
    en: 'Order number, for the message to the seller',
    ko: '주문 번호(판매자에게 보낼 메시지에 넣어요)',
    ro: 'Numărul comenzii, pentru mesajul către vânzător',
  },
  // Validation, shown under the prompt, which then asks again.
  required: {
    en: 'Please enter a date, e.g. 2026-11-10 or 3 days ago.',
    ko: '날짜를 입력해 주세요. 예: 2026-11-10, 3일 전',
    ro: 'Introduceți o dată, de ex. 2026-11-10 sau acum 3 zile.',
  },
  unknown: {
    en: '"{value}" is not a date I can read. Try 2026-11-10, today, yesterday or 3 days ago.',
    ko: '"{value}"은(는) 날짜로 읽을 수 없어요. 2026-11-10, 오늘, 어제, 3일 전처럼 입력해 주세요.',
    ro: '„{value}” nu este o dată pe care o pot citi. Încercați 2026-11-10, azi, ieri sau acum 3 zile.',
  },
  format: {
    en: '{value} is not written YYYY-MM-DD. Write the year first, e.g. 2026-11-10, or a word such as yesterday.',
    ko: '날짜는 YYYY-MM-DD 형식으로 입력해 주세요(예: 2026-11-10). 입력한 값: {value}',
    ro: '„{value}” nu are formatul corect; folosiți AAAA-LL-ZZ (de ex. 2026-11-10) sau un cuvânt ca „ieri”.',
  },
  impossible: {
    en: '{value} is not in the calendar. Check the month and the day.',
    ko: '{value}은(는) 달력에 없는 날짜예요. 월과 일을 확인해 주세요.',
    ro: '{value} nu există în calendar. Verificați luna și ziua.',
  },
  future: {
    en: '{date} is after today ({today}). Enter a date on or before today.',
    ko: '{date}은(는) 오늘({today}) 이후예요. 오늘이나 그 전 날짜를 입력해 주세요.',
    ro: '{date} este după ziua de azi ({today}). Introduceți o dată de azi sau mai veche.',
  },
  before: {
    en: '{date} is before the {other} ({otherDate}). Enter a date on or after it.',
    ko: '{date}은(는) {other}({otherDate})보다 앞서요. 그날이나 그 뒤 날짜를 입력해 주세요.',
    ro: '{date} este înainte de {other} ({otherDate}). Introduceți o dată egală sau ulterioară.',
  },
  after: {
    en: '{date} is after the {other} ({otherDate}). Enter a date on or before it.',
    ko: '{date}은(는) {other}({otherDate})보다 뒤예요. 그날이나 그 전 날짜를 입력해 주세요.',
    ro: '{date} este după {other} ({otherDate}). Introduceți o dată egală sau anterioară.',
  },
  // Without a terminal.
  noTerminal: {
    en: 'wizard: there is no terminal to ask in, and these answers are missing: {flags}. Give them as flags, or use `buyerdesk check` with flags (see buyerdesk check --help).',
    ko: 'wizard: 질문할 터미널이 없는데 다음 답이 빠져 있어요: {flags}. 플래그로 넣거나 `buyerdesk check`에 플래그를 붙여 실행하세요(buyerdesk check --help 참고).',
    ro: 'wizard: nu există un terminal în care să întreb, iar aceste răspunsuri lipsesc: {flags}. Dați-le ca opțiuni sau folosiți `buyerdesk check` cu opțiuni (vedeți buyerdesk check --help).',
  },
  badFlagFormat: {
    en: '--{flag}: "{value}" has the wrong form, expected YYYY-MM-DD (e.g. 2026-11-10), or a word such as today or 3 days ago',
    ko: '--{flag}: 날짜 형식이 맞지 않아요("{value}"). YYYY-MM-DD(예: 2026-11-10)나 오늘, 3일 전처럼 입력해 주세요',
    ro: '--{flag}: „{value}” nu are formatul corect; folosiți AAAA-LL-ZZ (de ex. 2026-11-10) sau „azi”, „acum 3 zile”',
  },
  badFlagImpossible: {
    en: '--{flag}: "{value}" is not a calendar date (no such day); check the month and the day',
    ko: '--{flag}: 달력에 없는 날짜예요("{value}"). 월과 일을 확인해 주세요',
    ro: '--{flag}: „{value}” nu există în calendar; verificați luna și ziua',
  },
  badFlagDate: {
    en: '--{flag}: "{value}" is not a date; expected YYYY-MM-DD, today, yesterday or 3 days ago (or none)',
    ko: '--{flag}: "{value}"은(는) 날짜가 아니에요. YYYY-MM-DD, today, 3일 전처럼 쓰거나 none을 쓰세요',
    ro: '--{flag}: „{value}” nu este o dată validă; se așteaptă AAAA-LL-ZZ, azi, ieri, acum 3 zile (sau none)',
  },
  badFlagChoice: {
    en: '--{flag}: "{value}" is not known, expected one of {list}',
    ko: '--{flag}: "{value}"은(는) 알 수 없는 값이에요. 다음 중 하나를 쓰세요: {list}',
    ro: '--{flag}: „{value}” nu este cunoscut, se așteaptă unul dintre {list}',
  },
  // The menu of a bare `buyerdesk`.
  menu: { en: 'What would you like to do?', ko: '무엇을 할까요?', ro: 'Ce doriți să faceți?' },
  menuAsk: { en: 'Ask a question', ko: '질문하기', ro: 'Puneți o întrebare' },
  menuCheck: { en: 'Check an order, step by step', ko: '주문 확인하기(단계별 안내)', ro: 'Verificați o comandă, pas cu pas' },
  menuSaved: { en: 'Saved orders', ko: '저장한 주문', ro: 'Comenzi salvate' },
  question: { en: 'Your question', ko: '질문을 입력하세요', ro: 'Întrebarea dumneavoastră' },
  questionEmpty: { en: 'Please type a question.', ko: '질문을 입력해 주세요.', ro: 'Scrieți o întrebare.' },
  unavailable: {
    en: '"{command}" is not available in this version yet.',
    ko: '"{command}" 기능은 이 버전에서 아직 쓸 수 없어요.',
    ro: '„{command}” nu este încă disponibil în această versiune.',
  },
} satisfies Record<string, I18nText>

/** The issue choices, worded as a buyer would say them. */
export const ISSUE_CHOICES: Record<Issue, I18nText> = {
  not_received: { en: 'It never arrived', ko: '상품을 받지 못했어요', ro: 'Nu a ajuns' },
  late: { en: 'It is late, or came late', ko: '배송이 늦어요(늦게 왔어요)', ro: 'Întârzie sau a venit târziu' },
  defective: { en: 'It is defective', ko: '불량이에요', ro: 'Este defect' },
  damaged: { en: 'It arrived damaged', ko: '파손된 채로 왔어요', ro: 'A sosit deteriorat' },
  not_as_described: { en: 'It is not as described', ko: '설명과 달라요', ro: 'Nu corespunde descrierii' },
  changed_mind: { en: 'I changed my mind', ko: '마음이 바뀌었어요(단순 변심)', ro: 'M-am răzgândit' },
}

/** The date questions. `delivered` is asked differently when the parcel never came (the scan may still say delivered). */
export const DATE_QUESTIONS: Record<DateFact | 'deliveredScan', I18nText> = {
  ordered: { en: 'When did you place the order?', ko: '언제 주문했나요?', ro: 'Când ați plasat comanda?' },
  shipped: { en: 'When did the seller ship it?', ko: '판매자가 언제 발송했나요?', ro: 'Când a expediat-o vânzătorul?' },
  delivered: { en: 'When did it arrive?', ko: '언제 도착했나요?', ro: 'Când a sosit?' },
  deliveredScan: {
    en: 'Does the tracking page say delivered? On which date?',
    ko: '배송 조회에 배송 완료로 나오나요? 나온다면 그 날짜는요?',
    ro: 'Pagina de urmărire arată coletul ca livrat? La ce dată?',
  },
  eta: {
    en: 'What is the latest estimated delivery date shown for the order?',
    ko: '주문에 표시된 가장 늦은 예상 도착일은 언제인가요?',
    ro: 'Care este cea mai târzie dată estimată de livrare afișată la comandă?',
  },
  contacted: {
    en: 'When did you first contact the seller about it?',
    ko: '이 문제로 판매자에게 처음 연락한 날은 언제인가요?',
    ro: 'Când l-ați contactat prima dată pe vânzător despre asta?',
  },
  disputed: {
    en: 'Have you already opened a dispute or claim with {platform}? If so, on which date?',
    ko: '{platform}에 이미 분쟁이나 클레임을 열었나요? 열었다면 그 날짜는요?',
    ro: 'Ați deschis deja o dispută sau o reclamație la {platform}? Dacă da, la ce dată?',
  },
}
