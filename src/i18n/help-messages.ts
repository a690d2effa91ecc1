import { ISSUES } from '../core/types.js'
import { EXAMPLES, examplesBlock } from './help-examples.js'

/**
 * Korean and Romanian for everything `--help` and commander itself print (src/i18n/localize-help.ts applies
 * it). Keyed by the exact English text the program registers: a description, an option's or argument's help,
 * a heading, a text added with addHelpText. test/i18n/help-messages.test.ts walks the built program and fails
 * when one of its English strings has no entry here, so a new flag cannot ship untranslated.
 *
 * Loaded only when the help language is ko or ro (English needs nothing from here). Flag names, values,
 * commands and examples (`--issue`, `not_received`, `YYYY-MM-DD`, `aliexpress`) stay as they are typed.
 */
export interface HelpText {
  ko: string
  ro: string
}

export const HELP_TEXT: Record<string, HelpText> = {
  // The examples at the end of every command's help, built from one table.
  ...Object.fromEntries(Object.keys(EXAMPLES).map((path) => [examplesBlock(path, 'en')!, { ko: examplesBlock(path, 'ko')!, ro: examplesBlock(path, 'ro')! }])),
  // The program.
  'Support assistant for AliExpress and Amazon shoppers: deadlines, eligibility and answers, offline.': {
    ko: 'AliExpress와 Amazon 구매자를 위한 오프라인 지원 도우미예요. 기한, 가능 여부, 질문의 답을 알려 줘요.',
    ro: 'Asistent offline pentru cumpărătorii de pe AliExpress și Amazon: termene, eligibilitate și răspunsuri.',
  },

  // The order flags of check, wizard, track add and track update.
  'aliexpress, amazon, or the id of a --policy pack': {
    ko: 'aliexpress, amazon 또는 --policy 팩의 id',
    ro: 'aliexpress, amazon sau id-ul unui pachet --policy',
  },
  [`what went wrong: ${ISSUES.join(', ')}`]: {
    ko: `어떤 문제인지: ${ISSUES.join(', ')}`,
    ro: `ce nu a mers bine: ${ISSUES.join(', ')}`,
  },
  'date the order was placed (YYYY-MM-DD, today…)': { ko: '주문한 날짜 (YYYY-MM-DD, 오늘…)', ro: 'data plasării comenzii (YYYY-MM-DD, azi…)' },
  'date the seller shipped it (none: not yet)': { ko: '판매자가 발송한 날짜 (아직이면 none)', ro: 'data la care vânzătorul a expediat-o (none: încă nu)' },
  'date you opened a dispute or A-to-z claim': { ko: '분쟁을 열거나 A-to-z 보장 클레임을 신청한 날짜', ro: 'data deschiderii disputei sau a reclamației A-to-z' },
  'date tracking shows it delivered': { ko: '배송 조회에 배송 완료로 나온 날짜', ro: 'data la care urmărirea arată comanda livrată' },
  'latest estimated delivery date shown for the order': {
    ko: '주문에 표시된 예상 도착일 중 가장 늦은 날짜',
    ro: 'cea mai târzie dată estimată de livrare afișată pentru comandă',
  },
  'date you first contacted the seller about the problem': {
    ko: '문제 때문에 판매자에게 처음 연락한 날짜',
    ro: 'data la care ați contactat prima dată vânzătorul despre problemă',
  },
  'judge as of this date instead of today': { ko: '오늘 대신 이 날짜를 기준으로 판단', ro: 'evaluează la această dată în loc de azi' },
  'your order id, echoed back': { ko: '주문 번호 (결과에 그대로 표시)', ro: 'id-ul comenzii dvs., repetat în rezultat' },
  'language of the answer (default: saved setting, then LANG)': {
    ko: '답변 언어 (기본값: 저장된 설정, 그다음 LANG)',
    ro: 'limba răspunsului (implicit: setarea salvată, apoi LANG)',
  },

  // check
  'Can this order still be cancelled, refunded, disputed or escalated? One order from flags, or NDJSON/CSV from a file or - (stdin).': {
    ko: '이 주문을 아직 취소, 환불, 분쟁 제기, 중재 요청할 수 있는지 알려 줘요. 주문 하나는 플래그로, 여러 건은 NDJSON/CSV 파일이나 -(표준 입력)로 받아요.',
    ro: 'Mai poate fi anulată, rambursată, contestată sau escaladată această comandă? O comandă din opțiuni sau NDJSON/CSV dintr-un fișier ori din - (stdin).',
  },
  'stream mode: an NDJSON or CSV file, or - for stdin': {
    ko: '스트림 모드: NDJSON 또는 CSV 파일, 표준 입력이면 -',
    ro: 'mod flux: un fișier NDJSON sau CSV ori - pentru stdin',
  },
  'number the stream lines from n (one part of a larger stream, as under GNU parallel)': {
    ko: '스트림의 줄 번호를 n부터 매기기 (GNU parallel 등으로 큰 스트림을 나눠 처리할 때)',
    ro: 'numerotează liniile fluxului de la n (când fluxul face parte dintr-unul mai mare, de ex. cu GNU parallel)',
  },
  'format of the stream input': { ko: '스트림 입력의 형식', ro: 'formatul intrării în flux' },
  'JSON with only these fields, e.g. status or id,refund.status,refund.deadline (a wrong name lists them all)': {
    ko: '이 필드만 담은 JSON (예: status 또는 id,refund.status,refund.deadline, 잘못된 이름을 주면 전체 목록을 보여 줘요)',
    ro: 'JSON doar cu aceste câmpuri, de ex. status sau id,refund.status,refund.deadline (un nume greșit le afișează pe toate)',
  },
  'load a policy pack for another shop (repeatable)': {
    ko: '다른 쇼핑몰의 정책 팩 불러오기 (여러 번 지정 가능)',
    ro: 'încarcă un pachet de politici pentru alt magazin (se poate repeta)',
  },
  'print one JSON object instead of text': { ko: '텍스트 대신 JSON 객체 하나로 출력', ro: 'afișează un singur obiect JSON în loc de text' },
  'exit 3 unless this action is open (eligible or uncertain)': {
    ko: '이 조치를 지금 할 수 없으면 종료 코드 3으로 끝내기(가능하거나 불확실하면 0)',
    ro: 'iese cu codul 3 dacă această acțiune nu este deschisă (posibilă sau incertă)',
  },
  'print only the message to the seller, in English (e.g. to pipe into a clipboard tool)': {
    ko: '판매자에게 보낼 메시지만 영어로 출력 (예: 클립보드 도구로 넘길 때)',
    ro: 'afișează doar mesajul pentru vânzător, în engleză (de ex. pentru un utilitar de clipboard)',
  },
  'draw the timeline with ASCII characters only (automatic under TERM=dumb or a non-UTF-8 locale)': {
    ko: '타임라인을 ASCII 문자로만 그리기 (TERM=dumb이거나 UTF-8이 아닌 로캘이면 자동)',
    ro: 'desenează cronologia doar cu caractere ASCII (automat cu TERM=dumb sau un locale non-UTF-8)',
  },

  // config
  'Saved settings: platform, lang, timezone, within (days for `deadlines`), alarm (days before, for --ics). BUYERDESK_CONFIG_DIR moves the files.': {
    ko: '저장된 설정: platform, lang, timezone, within(`deadlines`의 일수), alarm(--ics 알림을 며칠 전에 울릴지). BUYERDESK_CONFIG_DIR로 파일 위치를 바꿀 수 있어요.',
    ro: 'Setări salvate: platform, lang, timezone, within (zile pentru `deadlines`), alarm (cu câte zile înainte, pentru --ics). BUYERDESK_CONFIG_DIR mută fișierele.',
  },
  'print JSON': { ko: 'JSON으로 출력', ro: 'afișează JSON' },
  'print the value of a setting': { ko: '설정 값 출력', ro: 'afișează valoarea unei setări' },
  'platform, lang, timezone, within or alarm': {
    ko: 'platform, lang, timezone, within, alarm 중 하나',
    ro: 'platform, lang, timezone, within sau alarm',
  },
  'save a setting (validated)': { ko: '설정 저장 (값을 검사한 뒤)', ro: 'salvează o setare (după validare)' },
  'remove a saved setting': { ko: '저장된 설정 삭제', ro: 'șterge o setare salvată' },
  'every setting, its value and where it comes from': {
    ko: '모든 설정의 값과 그 값의 출처',
    ro: 'toate setările, valorile lor și de unde provin',
  },
  'where the settings file lives (saved orders are beside it)': {
    ko: '설정 파일의 위치 (저장된 주문도 같은 곳에 있어요)',
    ro: 'unde se află fișierul de setări (comenzile salvate sunt alături)',
  },

  // track
  'Saved orders: judged afresh against today and the current rules on every run.': {
    ko: '저장된 주문: 실행할 때마다 오늘 날짜와 현재 규칙으로 다시 판단해요.',
    ro: 'Comenzi salvate: evaluate din nou, la fiecare rulare, față de ziua de azi și regulile actuale.',
  },
  'save an order (same flags as check; an id is generated when --id is not given)': {
    ko: '주문 저장 (check와 같은 플래그, --id가 없으면 id를 만들어요)',
    ro: 'salvează o comandă (aceleași opțiuni ca check; fără --id se generează un id)',
  },
  'a note of your own, shown with the order': { ko: '주문과 함께 보여 줄 메모', ro: 'o notă proprie, afișată împreună cu comanda' },
  'every saved order: next deadline, days left, status': {
    ko: '저장된 모든 주문: 다음 기한, 남은 일수, 상태',
    ro: 'toate comenzile salvate: următorul termen, zile rămase, stare',
  },
  'the full check result of a saved order': { ko: '저장된 주문의 전체 check 결과', ro: 'rezultatul complet check al unei comenzi salvate' },
  'change facts of a saved order (an empty value removes one; --id renames)': {
    ko: '저장된 주문의 정보 변경 (빈 값은 그 정보를 지우고, --id는 이름을 바꿔요)',
    ro: 'modifică datele unei comenzi salvate (o valoare goală o șterge; --id o redenumește)',
  },
  'replace the note (empty: remove it)': { ko: '메모 바꾸기 (빈 값이면 삭제)', ro: 'înlocuiește nota (gol: o șterge)' },
  'remove a saved order': { ko: '저장된 주문 삭제', ro: 'șterge o comandă salvată' },
  "save orders from an NDJSON or CSV file (- for stdin), or from a shop's own export (Amazon's Retail.OrderHistory CSV or data zip, AliExpress's XLSX or extension CSV); bad lines are reported": {
    ko: 'NDJSON 또는 CSV 파일(표준 입력이면 -)이나 쇼핑몰의 내보내기 파일(Amazon의 Retail.OrderHistory CSV 또는 데이터 zip, AliExpress의 XLSX 또는 확장 프로그램 CSV)에서 주문을 가져와 저장. 잘못된 행은 따로 알려 줘요',
    ro: 'salvează comenzi dintr-un fișier NDJSON sau CSV (- pentru stdin) ori din exportul magazinului (CSV-ul Retail.OrderHistory sau arhiva de date Amazon, XLSX-ul ori CSV-ul extensiei AliExpress); liniile cu erori sunt raportate',
  },
  'Print a shell completion script (bash, zsh, fish or powershell) built from these commands; see the examples to install it.': {
    ko: 'buyerdesk 명령어용 셸 자동 완성 스크립트(bash, zsh, fish, powershell)를 출력해요. 설치 방법은 예시를 보세요.',
    ro: 'Afișează un script de completare pentru shell (bash, zsh, fish sau powershell) generat pe baza acestor comenzi; pentru instalare, vedeți exemplele.',
  },
  'bash, zsh, fish or powershell': { ko: 'bash, zsh, fish 또는 powershell', ro: 'bash, zsh, fish sau powershell' },
  'show what would be saved, save nothing': { ko: '저장될 내용만 보여 주고 아무것도 저장하지 않기', ro: 'arată ce s-ar salva, fără să salveze nimic' },
  'format of the input': { ko: '입력 형식', ro: 'formatul intrării' },

  // deadlines
  'Every upcoming deadline across saved orders, most urgent first.': {
    ko: '저장된 모든 주문의 다가오는 기한을 급한 것부터 보여 줘요.',
    ro: 'Toate termenele viitoare ale comenzilor salvate, cele mai urgente primele.',
  },
  'only deadlines at most this many days ahead (default: the saved `within` setting, else all)': {
    ko: '이 일수 안에 다가오는 기한만 (기본값: 저장된 `within` 설정, 없으면 전부)',
    ro: 'doar termenele din cel mult atâtea zile (implicit: setarea salvată `within`, altfel toate)',
  },
  'print nothing; exit 3 when something closes within --within days (default: the saved `within`, else 3), else 0': {
    ko: '아무것도 출력하지 않기. --within 일수 안에 닫히는 기한이 있으면 종료 코드 3, 없으면 0(기본값: 저장된 `within`, 없으면 3)',
    ro: 'nu afișează nimic; iese cu 3 când ceva se închide în --within zile (implicit: `within` salvat, altfel 3), altfel cu 0',
  },
  'with --ics: replace an existing file that buyerdesk did not write': {
    ko: '--ics와 함께 쓸 때: buyerdesk가 만들지 않은 기존 파일도 덮어쓰기',
    ro: 'cu --ics: înlocuiește un fișier existent pe care nu l-a scris buyerdesk',
  },
  'write an iCalendar file (- for stdout): an all-day event per deadline with an alarm': {
    ko: 'iCalendar 파일 쓰기 (표준 출력이면 -): 기한마다 알림이 있는 종일 일정 하나',
    ro: 'scrie un fișier iCalendar (- pentru stdout): câte un eveniment de o zi, cu alarmă, pentru fiecare termen',
  },
  'print a JSON array': { ko: 'JSON 배열로 출력', ro: 'afișează un tablou JSON' },

  // ask, topics, show, contact
  'Answer a shopping question from the built-in knowledge base, offline, in its language; - reads one question per line from stdin (NDJSON out).': {
    ko: '내장 지식 베이스로 쇼핑 질문에 오프라인으로, 질문한 언어로 답해요. -를 주면 표준 입력에서 한 줄에 질문 하나씩 읽어요 (NDJSON 출력).',
    ro: 'Răspunde offline la o întrebare despre cumpărături din baza de cunoștințe integrată, în limba întrebării; - citește câte o întrebare pe linie din stdin (ieșire NDJSON).',
  },
  'the question in Korean, English or Romanian, or - for stdin': {
    ko: '한국어, 영어 또는 루마니아어로 쓴 질문, 표준 입력이면 -',
    ro: 'întrebarea, în coreeană, engleză sau română, ori - pentru stdin',
  },
  'only this shop: aliexpress or amazon (default: the shop the question names, then the saved setting)': {
    ko: '이 쇼핑몰만: aliexpress 또는 amazon(기본값: 질문에 나온 쇼핑몰, 그다음 저장된 설정)',
    ro: 'doar acest magazin: aliexpress sau amazon (implicit: magazinul numit în întrebare, apoi setarea salvată)',
  },
  'print one JSON object (one per line with -)': {
    ko: 'JSON 객체 하나로 출력 (-이면 한 줄에 하나씩)',
    ro: 'afișează un singur obiect JSON (câte unul pe linie cu -)',
  },
  'list every match': { ko: '찾은 항목 모두 나열', ro: 'listează toate potrivirile' },
  'list this many matches (default 3)': { ko: '찾은 항목을 이 개수만큼 나열 (기본값 3)', ro: 'listează atâtea potriviri (implicit 3)' },
  'List the knowledge-base topics and their entries, per shop.': {
    ko: '지식 베이스의 주제와 항목을 쇼핑몰별로 보여 줘요.',
    ro: 'Listează subiectele bazei de cunoștințe și intrările lor, pe magazine.',
  },
  'only this shop: aliexpress or amazon': { ko: '이 쇼핑몰만: aliexpress 또는 amazon', ro: 'doar acest magazin: aliexpress sau amazon' },
  'print one JSON object': { ko: 'JSON 객체 하나로 출력', ro: 'afișează un singur obiect JSON' },
  'Print one knowledge-base entry in full (ids: buyerdesk topics).': {
    ko: '지식 베이스 항목 하나를 전부 보여 줘요 (id 목록: buyerdesk topics).',
    ro: 'Afișează integral o intrare din baza de cunoștințe (id-uri: buyerdesk topics).',
  },
  'entry id, e.g. ali-refund-deadline': { ko: '항목 id(예: ali-refund-deadline)', ro: 'id-ul intrării, de ex. ali-refund-deadline' },
  'print the entry as JSON': { ko: '항목을 JSON으로 출력', ro: 'afișează intrarea ca JSON' },
  "How to reach each shop's customer service: channels, hours, open now or not, next opening or closing in your time zone.": {
    ko: '쇼핑몰별 고객센터 연락 방법: 채널, 운영 시간, 지금 열려 있는지, 내 시간대 기준 다음 여는 시각이나 닫는 시각.',
    ro: 'Cum contactați serviciul clienți al fiecărui magazin: canale, program, dacă e deschis acum, următoarea deschidere sau închidere în fusul dvs. orar.',
  },
  'aliexpress or amazon (default: the saved setting, else both)': {
    ko: 'aliexpress 또는 amazon(기본값: 저장된 설정, 없으면 둘 다)',
    ro: 'aliexpress sau amazon (implicit: setarea salvată, altfel ambele)',
  },
  'judge as of this instant (ISO 8601, e.g. 2026-11-22T10:00:00+09:00) instead of now': {
    ko: '지금 대신 이 시각을 기준으로 판단 (ISO 8601, 예: 2026-11-22T10:00:00+09:00)',
    ro: 'evaluează la acest moment (ISO 8601, de ex. 2026-11-22T10:00:00+09:00) în loc de acum',
  },
  'show times in this IANA time zone (default: saved setting, else this machine)': {
    ko: '이 IANA 시간대로 시각 표시 (기본값: 저장된 설정, 없으면 이 컴퓨터의 시간대)',
    ro: 'afișează orele în acest fus orar IANA (implicit: setarea salvată, altfel cel al acestui calculator)',
  },

  // wizard
  'Answer a few questions (only what the rules need) and see what you can still do, by when, what to prepare, and a message to the seller.': {
    ko: '몇 가지 질문(규칙에 필요한 것만)에 답하면 아직 할 수 있는 일, 기한, 준비할 것, 판매자에게 보낼 메시지를 알려 줘요.',
    ro: 'Răspundeți la câteva întrebări (doar ce cer regulile) și aflați ce mai puteți face, până când, ce să pregătiți și un mesaj pentru vânzător.',
  },
  'what the message asks the seller for: refund, partial_refund or reship (default: refund)': {
    ko: '메시지로 판매자에게 요청할 것: refund, partial_refund, reship 중 하나 (기본값: refund)',
    ro: 'ce îi cere mesajul vânzătorului: refund, partial_refund sau reship (implicit: refund)',
  },
  'draw with ASCII characters only (automatic under TERM=dumb or a non-UTF-8 locale)': {
    ko: 'ASCII 문자로만 그리기 (TERM=dumb이거나 UTF-8이 아닌 로캘이면 자동)',
    ro: 'desenează doar cu caractere ASCII (automat cu TERM=dumb sau un locale non-UTF-8)',
  },
  'never ask: missing answers are an error naming their flags (the default when stdin is not a terminal)': {
    ko: '묻지 않기: 빠진 답은 그 플래그를 알려 주는 오류가 돼요 (표준 입력이 터미널이 아니면 기본값)',
    ro: 'nu pune întrebări: răspunsurile lipsă dau o eroare care le numește opțiunile (implicit când stdin nu este un terminal)',
  },
  [[
    '',
    'Dates may also be written today, yesterday, "3 days ago", 오늘, 어제, 3일 전,',
    '10월 3일, azi, ieri or acum 3 zile. "none" says an event has not happened',
    '(--shipped none); --issue none says you just want to cancel.',
  ].join('\n')]: {
    ko: [
      '',
      '날짜는 today, yesterday, "3 days ago", 오늘, 어제, 3일 전, 10월 3일, azi,',
      'ieri, acum 3 zile처럼 써도 돼요. "none"은 아직 일어나지 않은 일이라는 뜻이고',
      '(--shipped none), --issue none은 그냥 취소하고 싶다는 뜻이에요.',
    ].join('\n'),
    ro: [
      '',
      'Datele se pot scrie și today, yesterday, "3 days ago", 오늘, 어제, 3일 전,',
      '10월 3일, azi, ieri sau acum 3 zile. "none" înseamnă că un eveniment nu a avut',
      'loc (--shipped none); --issue none înseamnă că vreți doar să anulați.',
    ].join('\n'),
  },

  // Commander's own texts.
  'display help for command': { ko: '명령 도움말 보기', ro: 'afișează ajutorul comenzii' },
  'output the version number': { ko: '버전 번호 출력', ro: 'afișează numărul versiunii' },
  'Usage:': { ko: '사용법:', ro: 'Utilizare:' },
  'Arguments:': { ko: '인수:', ro: 'Argumente:' },
  'Options:': { ko: '옵션:', ro: 'Opțiuni:' },
  'Commands:': { ko: '명령:', ro: 'Comenzi:' },
  'Global Options:': { ko: '공통 옵션:', ro: 'Opțiuni globale:' },
}

/** The words commander puts in an option's or argument's trailing "(choices: …, default: …)". */
export const HELP_EXTRAS: Record<'choices' | 'default' | 'preset' | 'env', HelpText> = {
  choices: { ko: '선택지', ro: 'valori posibile' },
  default: { ko: '기본값', ro: 'implicit' },
  preset: { ko: '값을 생략하면', ro: 'fără valoare' },
  env: { ko: '환경 변수', ro: 'variabilă de mediu' },
}

/**
 * Commander's error messages, by the pattern localize-help.ts recognises. `{…}` are filled from the
 * English message; the quoted names (`'--x'`, `'key'`) are kept exactly as commander printed them.
 */
export const COMMANDER_ERRORS = {
  unknownOption: { ko: "오류: 알 수 없는 옵션이에요: '{flag}'", ro: "eroare: opțiune necunoscută '{flag}'" },
  unknownCommand: { ko: "오류: 알 수 없는 명령이에요: '{name}'", ro: "eroare: comandă necunoscută '{name}'" },
  didYouMean: { ko: '(혹시 이것을 찾으셨나요? {names})', ro: '(Ați vrut să scrieți {names}?)' },
  didYouMeanOneOf: { ko: '(혹시 이 중 하나를 찾으셨나요? {names})', ro: '(Ați vrut să scrieți una dintre: {names}?)' },
  missingArgument: { ko: "오류: 필수 인수가 빠졌어요: '{name}'", ro: "eroare: lipsește argumentul obligatoriu '{name}'" },
  optionMissingArgument: { ko: "오류: 옵션 '{flags}'에 값이 필요해요", ro: "eroare: opțiunea '{flags}' necesită o valoare" },
  missingMandatoryOption: { ko: "오류: 필수 옵션이 빠졌어요: '{flags}'", ro: "eroare: opțiunea obligatorie '{flags}' lipsește" },
  invalidOptionArgument: {
    ko: "오류: 옵션 '{flags}'의 값 '{value}'은(는) 쓸 수 없어요.",
    ro: "eroare: valoarea '{value}' a opțiunii '{flags}' nu este validă.",
  },
  invalidEnvValue: {
    ko: "오류: 환경 변수 '{env}'에서 온 옵션 '{flags}'의 값 '{value}'은(는) 쓸 수 없어요.",
    ro: "eroare: valoarea '{value}' a opțiunii '{flags}', din variabila de mediu '{env}', nu este validă.",
  },
  invalidArgument: {
    ko: "오류: 인수 '{name}'의 값 '{value}'은(는) 쓸 수 없어요.",
    ro: "eroare: valoarea '{value}' nu este validă pentru argumentul '{name}'.",
  },
  allowedChoices: { ko: '쓸 수 있는 값: {choices}', ro: 'Valori permise: {choices}.' },
  tooManyArguments: {
    ko: '오류: 인수가 너무 많아요. 최대 {expected}개인데 {got}개를 받았어요.',
    ro: 'eroare: prea multe argumente: se acceptă cel mult {expected}, nu {got}.',
  },
  tooManyArgumentsFor: {
    ko: "오류: '{name}'에 준 인수가 너무 많아요. 최대 {expected}개인데 {got}개를 받았어요.",
    ro: "eroare: prea multe argumente pentru '{name}': se acceptă cel mult {expected}, nu {got}.",
  },
  noArgumentsFor: {
    ko: "오류: '{name}'은(는) 인수를 받지 않는데 {got}개를 받았어요.",
    ro: "eroare: '{name}' nu acceptă argumente, dar a primit {got}.",
  },
  conflictingOption: { ko: '오류: {a}와(과) {b}은(는) 함께 쓸 수 없어요', ro: 'eroare: {a} nu poate fi folosită împreună cu {b}' },
  conflictOption: { ko: "옵션 '{name}'", ro: "opțiunea '{name}'" },
  conflictEnv: { ko: "환경 변수 '{name}'", ro: "variabila de mediu '{name}'" },
  error: { ko: '오류:', ro: 'eroare:' },
} satisfies Record<string, HelpText>

/** "2 argumente", "1 argument", "20 de argumente" (Romanian counts); Korean counts need no word. */
export function argumentCount(n: number, lang: 'ko' | 'ro'): string {
  if (lang === 'ko') return String(n)
  if (n === 1) return '1 argument'
  const rest = n % 100
  return n === 0 || (rest >= 1 && rest < 20) ? `${n} argumente` : `${n} de argumente`
}
