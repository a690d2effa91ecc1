import type { I18nText, Lang } from './lang.js'

/**
 * The examples at the end of every `--help` (and in the man page), per command path. The command lines are
 * the same in every language; what each does is said in the user's language. src/program.ts adds the English
 * block, src/i18n/help-messages.ts registers the Korean and Romanian blocks built from the same table.
 */
export interface Example {
  cmd: string
  what: I18nText
}

export const EXAMPLES: Record<string, Example[]> = {
  '': [
    { cmd: 'buyerdesk wizard', what: { en: 'answer a few questions about an order and see what you can still do', ko: '주문에 대해 몇 가지 질문에 답하고 아직 할 수 있는 일을 확인해요', ro: 'răspundeți la câteva întrebări despre o comandă și vedeți ce mai puteți face' } },
    { cmd: 'buyerdesk ask "how do I cancel an order?"', what: { en: 'a question, answered offline', ko: '질문에 오프라인으로 답해요', ro: 'o întrebare, cu răspuns offline' } },
    { cmd: 'buyerdesk help track', what: { en: 'the help of one command', ko: '명령 하나의 도움말을 봐요', ro: 'ajutorul pentru o singură comandă buyerdesk' } },
  ],
  check: [
    {
      cmd: 'buyerdesk check --platform aliexpress --issue defective --ordered 2026-09-01 --delivered 2026-11-10',
      what: { en: 'can a defective item still be refunded or disputed, and until when?', ko: '불량품을 아직 환불받거나 분쟁을 열 수 있는지, 언제까지 가능한지 알려 줘요', ro: 'pentru un articol defect se mai poate cere rambursarea sau deschide o dispută și până când?' },
    },
    { cmd: 'buyerdesk check orders.csv --fail-on-ineligible refund', what: { en: 'judge every order of a file; exit 3 when an order\'s refund is neither eligible nor uncertain', ko: '파일의 주문을 모두 판단하고, 환불이 가능하지도 불확실하지도 않은 주문이 있으면 종료 코드 3으로 끝나요', ro: 'evaluează fiecare comandă dintr-un fișier; iese cu codul 3 când rambursarea unei comenzi nu este nici posibilă, nici incertă' } },
    { cmd: "cat orders.ndjson | buyerdesk check - | jq -c 'select(.verdicts.dispute.status==\"eligible\")'", what: { en: 'a stream: one verdict per line', ko: '스트림으로 한 줄에 판정 하나씩 받아요', ro: 'un flux: câte un verdict pe linie' } },
  ],
  config: [
    { cmd: 'buyerdesk config set timezone Asia/Seoul', what: { en: '"today" is the date in Seoul', ko: '"오늘"을 서울 날짜로 정해요', ro: '„azi” înseamnă data din Seul' } },
    { cmd: 'buyerdesk config list', what: { en: 'every setting and where it comes from', ko: '모든 설정과 그 출처를 봐요', ro: 'toate setările și de unde provin' } },
  ],
  'config get': [
    { cmd: 'buyerdesk config get lang', what: { en: 'the saved language', ko: '저장된 언어를 봐요', ro: 'limba salvată' } },
    { cmd: 'buyerdesk config get within --json', what: { en: 'the same, as JSON', ko: '같은 내용을 JSON으로 봐요', ro: 'același lucru, ca JSON' } },
  ],
  'config set': [
    { cmd: 'buyerdesk config set lang ro', what: { en: 'answers in Romanian', ko: '답을 루마니아어로 받아요', ro: 'răspunsuri în limba română' } },
    { cmd: 'buyerdesk config set within 7', what: { en: '`deadlines` shows the next 7 days', ko: '`deadlines`가 앞으로 7일 안의 기한을 보여 줘요', ro: '`deadlines` arată următoarele 7 zile' } },
  ],
  'config unset': [
    { cmd: 'buyerdesk config unset platform', what: { en: 'no default shop any more', ko: '기본 쇼핑몰 설정을 지워요', ro: 'nu mai există un magazin implicit' } },
    { cmd: 'buyerdesk config unset timezone', what: { en: "back to the machine's time zone", ko: '다시 이 컴퓨터의 시간대를 써요', ro: 'înapoi la fusul orar al calculatorului' } },
  ],
  'config list': [
    { cmd: 'buyerdesk config list', what: { en: 'every setting, its value and its source', ko: '모든 설정, 값, 출처를 봐요', ro: 'fiecare setare, valoarea și sursa ei' } },
    { cmd: 'buyerdesk config list --json', what: { en: 'the same, as JSON', ko: '같은 내용을 JSON으로 봐요', ro: 'același lucru, ca JSON' } },
  ],
  'config path': [
    { cmd: 'buyerdesk config path', what: { en: 'where the settings and saved orders are', ko: '설정과 저장된 주문이 있는 곳을 봐요', ro: 'unde sunt setările și comenzile salvate' } },
    { cmd: 'BUYERDESK_CONFIG_DIR=/tmp/bd buyerdesk config path', what: { en: 'another folder for this run', ko: '이번 실행에만 다른 폴더를 써요', ro: 'alt dosar pentru această rulare' } },
  ],
  track: [
    { cmd: 'buyerdesk track add --platform aliexpress --issue defective --ordered 2026-09-01 --delivered 2026-11-10', what: { en: 'save an order', ko: '주문을 저장해요', ro: 'salvează o comandă' } },
    { cmd: 'buyerdesk track import "Your Orders.zip"', what: { en: "save the orders of Amazon's data export", ko: 'Amazon 데이터 내보내기의 주문을 저장해요', ro: 'salvează comenzile din exportul de date Amazon' } },
    { cmd: 'buyerdesk track list', what: { en: 'every saved order, judged today', ko: '저장된 주문을 모두 오늘 기준으로 봐요', ro: 'toate comenzile salvate, evaluate azi' } },
  ],
  'track add': [
    { cmd: 'buyerdesk track add --platform aliexpress --issue defective --ordered 2026-09-01 --delivered 2026-11-10 --note "blue kettle"', what: { en: 'save an order with a note (an id is made for it)', ko: '메모와 함께 주문을 저장해요(id는 자동으로 만들어요)', ro: 'salvează o comandă cu o notă (i se generează un id)' } },
    { cmd: 'buyerdesk track add --id 8187001 --platform aliexpress --issue not_received --ordered 2026-10-01', what: { en: "save it under the shop's order number", ko: '쇼핑몰 주문 번호로 저장해요', ro: 'salvează comanda cu numărul ei de la magazin' } },
  ],
  'track list': [
    { cmd: 'buyerdesk track list', what: { en: 'next deadline and status of every saved order', ko: '저장된 주문마다 다음 마감일과 상태를 봐요', ro: 'următorul termen și starea fiecărei comenzi salvate' } },
    { cmd: 'buyerdesk track list --json', what: { en: 'the same, as JSON', ko: '같은 내용을 JSON으로 봐요', ro: 'același lucru, ca JSON' } },
  ],
  'track show': [
    { cmd: 'buyerdesk track show o1', what: { en: 'the full result for saved order o1', ko: '저장된 주문 o1의 전체 결과를 봐요', ro: 'rezultatul complet pentru comanda salvată o1' } },
    { cmd: 'buyerdesk track show o1 --today 2026-12-01', what: { en: 'as it will stand on 1 December', ko: '12월 1일 기준으로 봐요', ro: 'cum va fi pe 1 decembrie' } },
  ],
  'track update': [
    { cmd: 'buyerdesk track update o1 --delivered 2026-11-20', what: { en: 'it arrived: add the delivery date', ko: '도착했으니 배송 완료일을 넣어요', ro: 'a sosit: adăugați data livrării' } },
    { cmd: 'buyerdesk track update 112-2222222-2222222 --issue defective --delivered 2023-06-05', what: { en: 'say what went wrong with an imported order', ko: '가져온 주문에 어떤 문제가 있는지 넣어요', ro: 'spuneți ce nu a mers la o comandă importată' } },
  ],
  'track rm': [
    { cmd: 'buyerdesk track rm o1', what: { en: 'remove saved order o1', ko: '저장된 주문 o1을 지워요', ro: 'șterge comanda salvată o1' } },
    { cmd: 'buyerdesk track rm 8187001 --json', what: { en: 'remove it and print what was removed, as JSON', ko: '지우고 지운 내용을 JSON으로 출력해요', ro: 'o șterge și afișează ce s-a șters, ca JSON' } },
  ],
  'track import': [
    { cmd: 'buyerdesk track import "Your Orders.zip" --dry-run', what: { en: "what Amazon's data export would add, saving nothing", ko: 'Amazon 데이터 내보내기로 무엇이 추가될지 저장하지 않고 봐요', ro: 'ce ar adăuga exportul de date Amazon, fără să salveze nimic' } },
    { cmd: 'buyerdesk track import aliexpress-data.xlsx', what: { en: "save the orders of AliExpress's data export", ko: 'AliExpress 데이터 내보내기의 주문을 저장해요', ro: 'salvează comenzile din exportul de date AliExpress' } },
    { cmd: 'buyerdesk track import orders.ndjson', what: { en: 'save orders written one JSON object a line', ko: '한 줄에 JSON 객체 하나씩 쓴 주문을 저장해요', ro: 'salvează comenzi scrise câte un obiect JSON pe linie' } },
  ],
  deadlines: [
    { cmd: 'buyerdesk deadlines --within 7', what: { en: 'what closes in the next 7 days', ko: '앞으로 7일 안에 마감되는 기한을 봐요', ro: 'ce se închide în următoarele 7 zile' } },
    { cmd: 'buyerdesk deadlines --quiet || notify-send "a deadline is near"', what: { en: 'for a daily job: exit 3 when something closes soon', ko: '매일 실행하는 작업에 써요: 곧 마감되는 기한이 있으면 종료 코드 3으로 끝나요', ro: 'pentru o sarcină zilnică: iese cu codul 3 când un termen expiră curând' } },
    { cmd: 'buyerdesk deadlines --ics deadlines.ics', what: { en: 'a calendar file with an alarm before each deadline', ko: '마감일마다 미리 알림이 울리는 캘린더 파일(.ics)을 만들어요', ro: 'un fișier de calendar cu o alarmă înainte de fiecare termen' } },
  ],
  wizard: [
    { cmd: 'buyerdesk wizard', what: { en: 'step by step, only the questions the rules need', ko: '규칙에 필요한 질문만 하나씩 물어봐요', ro: 'pas cu pas, doar întrebările de care au nevoie regulile' } },
    { cmd: 'buyerdesk wizard --platform amazon --issue damaged', what: { en: 'skip the questions you answer with flags', ko: '옵션으로 답한 질문은 건너뛰어요', ro: 'sare peste întrebările la care ați răspuns prin opțiuni' } },
    { cmd: 'buyerdesk wizard --message-only | pbcopy', what: { en: 'just the message to the seller, to the clipboard', ko: '판매자에게 보낼 메시지만 클립보드에 복사해요', ro: 'doar mesajul pentru vânzător, în clipboard' } },
  ],
  ask: [
    { cmd: 'buyerdesk ask "환불 기한이 며칠이에요?"', what: { en: 'answered in the language of the question', ko: '질문한 언어로 답해요', ro: 'răspunsul vine în limba întrebării' } },
    { cmd: 'buyerdesk ask --platform amazon "return label"', what: { en: 'only the answers for Amazon', ko: 'Amazon 답만 봐요', ro: 'doar răspunsurile pentru Amazon' } },
    { cmd: 'buyerdesk ask - < questions.txt', what: { en: 'one question a line, one JSON answer a line', ko: '한 줄에 질문 하나씩 읽고, 한 줄에 JSON 답 하나씩 출력해요', ro: 'câte o întrebare pe linie, câte un răspuns JSON pe linie' } },
  ],
  topics: [
    { cmd: 'buyerdesk topics', what: { en: 'everything the knowledge base covers', ko: '지식 베이스에 있는 주제를 모두 봐요', ro: 'tot ce acoperă baza de cunoștințe' } },
    { cmd: 'buyerdesk topics --platform amazon --lang ko', what: { en: 'the Amazon entries, in Korean', ko: 'Amazon 항목을 한국어로 봐요', ro: 'intrările pentru Amazon, în coreeană' } },
  ],
  show: [
    { cmd: 'buyerdesk show ali-refund-deadline', what: { en: 'one entry in full', ko: '항목 하나를 전부 봐요', ro: 'o intrare completă' } },
    { cmd: 'buyerdesk show amz-return-request --json', what: { en: 'the same, as JSON', ko: '같은 내용을 JSON으로 봐요', ro: 'același lucru, ca JSON' } },
  ],
  contact: [
    { cmd: 'buyerdesk contact aliexpress', what: { en: 'the ways to reach AliExpress, and which are open now', ko: 'AliExpress에 연락하는 방법과 지금 운영 중인 창구를 봐요', ro: 'canalele de contact AliExpress și care dintre ele sunt disponibile acum' } },
    { cmd: 'buyerdesk contact --timezone Europe/Bucharest', what: { en: 'the hours in Bucharest time', ko: '운영 시간을 부쿠레슈티 시간으로 봐요', ro: 'programul după ora Bucureștiului' } },
  ],
  completion: [
    { cmd: 'echo \'eval "$(buyerdesk completion bash)"\' >> ~/.bashrc', what: { en: 'completion in every new bash', ko: 'bash를 새로 열 때마다 자동 완성을 켜요', ro: 'completare automată în fiecare sesiune bash nouă' } },
    { cmd: 'echo \'eval "$(buyerdesk completion zsh)"\' >> ~/.zshrc', what: { en: 'the same for zsh (after compinit)', ko: 'zsh도 똑같이 켜요(compinit 다음에)', ro: 'la fel pentru zsh (după compinit)' } },
    { cmd: 'buyerdesk completion fish > ~/.config/fish/completions/buyerdesk.fish', what: { en: 'completion for fish', ko: 'fish 자동 완성을 설치해요', ro: 'completare automată pentru fish' } },
  ],
}

const HEADING: I18nText = { en: 'Examples:', ko: '예시:', ro: 'Exemple:' }

/** Help stays within 80 columns: a long command line goes on over lines ending in ` \`, split between words. */
const WIDTH = 80

/** The words of a command line, a quoted string being one word. */
function shellWords(cmd: string): string[] {
  return cmd.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? []
}

export function commandLines(cmd: string, first = '  $ ', next = '        '): string[] {
  const lines: string[] = []
  let line = first
  for (const word of shellWords(cmd)) {
    const sep = line === first || line === next ? '' : ' '
    if (line !== first && line !== next && line.length + sep.length + word.length + 2 > WIDTH) {
      lines.push(line + ' \\')
      line = next + word
    } else line += sep + word
  }
  lines.push(line)
  return lines
}

/** Columns in a terminal: Hangul takes two. */
function columns(text: string): number {
  return text.length + (text.match(/[\u1100-\u115f\u3130-\u318f\uac00-\ud7a3]/g)?.length ?? 0)
}

/** A description under its command, wrapped by columns. */
function describe(text: string, indent = '      '): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && columns(indent + line + ' ' + word) > WIDTH) {
      lines.push(indent + line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  lines.push(indent + line)
  return lines
}

/** The block printed after a command's help (commander adds the newline). */
export function examplesBlock(path: string, lang: Lang): string | undefined {
  const list = EXAMPLES[path]
  if (list === undefined) return undefined
  return ['', HEADING[lang], ...list.flatMap((e) => [...commandLines(e.cmd), ...describe(e.what[lang])])].join('\n')
}
