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
  alreadyOpen: { en: 'already open', ko: '이미 진행 중', ro: 'în curs' },
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

/** Short names of the dated facts, as row labels of the timeline. */
export const EVENT_NAMES = {
  ordered: { en: 'ordered', ko: '주문', ro: 'comandat' },
  shipped: { en: 'shipped', ko: '발송', ro: 'expediat' },
  delivered: { en: 'delivered', ko: '배송 완료', ro: 'livrat' },
  eta: { en: 'estimate', ko: '도착 예정', ro: 'estimat' },
  contacted: { en: 'contacted', ko: '판매자 연락', ro: 'contactat' },
  disputed: { en: 'disputed', ko: '분쟁 신청', ro: 'dispută' },
  today: { en: 'today', ko: '오늘', ro: 'azi' },
} satisfies Record<string, I18nText>

export const SCREEN_TEXT = {
  timeline: { en: 'Timeline', ko: '타임라인', ro: 'Cronologie' },
  legend: {
    en: '{open} open  {unsure} sources disagree  {closed} closed  {today} today',
    ko: '{open} 가능  {unsure} 출처마다 다름  {closed} 마감  {today} 오늘',
    ro: '{open} deschis  {unsure} sursele diferă  {closed} închis  {today} azi',
  },
  assumed: { en: 'assumed', ko: '가정', ro: 'presupus' },
  unknownDate: { en: 'date not known yet', ko: '날짜 미정', ro: 'dată încă necunoscută' },
  actions: { en: 'What you can do', ko: '할 수 있는 일', ro: 'Ce puteți face' },
  nextFor: { en: 'Next steps: {action}', ko: '다음 단계: {action}', ro: 'Pașii următori: {action}' },
  evidence: { en: 'What to prepare', ko: '준비할 것', ro: 'Ce să pregătiți' },
  message: {
    en: 'Message to the seller (ready to send)',
    ko: '판매자에게 보낼 메시지(영어, 그대로 보내면 돼요)',
    ro: 'Mesaj către vânzător (în engleză, gata de trimis)',
  },
  translation: { en: '', ko: '한국어로 옮기면', ro: 'Ce spune mesajul, în română' },
  nothingOpen: {
    en: 'Nothing can be filed on the platform right now.',
    ko: '지금은 플랫폼에 신청할 수 있는 것이 없어요.',
    ro: 'Acum nu se poate depune nimic pe platformă.',
  },
} satisfies Record<string, I18nText>

/** What the buyer asks the seller for, in the message. */
export const REQUESTS = ['refund', 'partial_refund', 'reship'] as const
export type SellerRequest = (typeof REQUESTS)[number]

export const REQUEST_NAMES: Record<SellerRequest, I18nText> = {
  refund: { en: 'a full refund', ko: '전액 환불', ro: 'rambursare totală' },
  partial_refund: { en: 'a partial refund', ko: '부분 환불', ro: 'rambursare parțială' },
  reship: { en: 'a re-shipment (a replacement)', ko: '재발송(교환)', ro: 'retrimiterea produsului (înlocuire)' },
}

/**
 * The message to the seller: one sentence per fact, so only the facts the buyer gave are written.
 * The English version is the one sent; the other two tell the buyer what it says.
 */
export const MESSAGE_TEXT = {
  subjectId: { en: 'Subject: Order {id}: {problem}', ko: '제목: 주문 {id}: {problem}', ro: 'Subiect: Comanda {id}: {problem}' },
  subject: { en: 'Subject: My order of {ordered}: {problem}', ko: '제목: {ordered} 주문: {problem}', ro: 'Subiect: Comanda mea din {ordered}: {problem}' },
  hello: { en: 'Hello,', ko: '안녕하세요.', ro: 'Bună ziua,' },
  orderedId: { en: 'I placed order {id} on {ordered}.', ko: '{ordered}에 주문했어요(주문 번호 {id}).', ro: 'Am plasat comanda {id} pe {ordered}.' },
  ordered: { en: 'I placed an order with you on {ordered}.', ko: '{ordered}에 주문했어요.', ro: 'Am plasat o comandă la dumneavoastră pe {ordered}.' },
  shippedDelivered: {
    en: 'It was shipped on {shipped} and delivered on {delivered}.',
    ko: '{shipped}에 발송되어 {delivered}에 도착했어요.',
    ro: 'A fost expediată pe {shipped} și livrată pe {delivered}.',
  },
  delivered: { en: 'It was delivered on {delivered}.', ko: '{delivered}에 도착했어요.', ro: 'A fost livrată pe {delivered}.' },
  shippedNotArrived: {
    en: 'It was shipped on {shipped}, but I still have not received it.',
    ko: '{shipped}에 발송됐는데 아직 받지 못했어요.',
    ro: 'A fost expediată pe {shipped}, dar încă nu am primit-o.',
  },
  notArrived: { en: 'I still have not received it.', ko: '아직 받지 못했어요.', ro: 'Încă nu am primit-o.' },
  notShipped: { en: 'It has not been shipped yet.', ko: '아직 발송되지 않았어요.', ro: 'Încă nu a fost expediată.' },
  etaPast: { en: 'The estimated delivery date was {eta}.', ko: '예상 도착일은 {eta}이었어요.', ro: 'Data estimată de livrare a fost {eta}.' },
  etaFuture: { en: 'The estimated delivery date is {eta}.', ko: '예상 도착일은 {eta}이에요.', ro: 'Data estimată de livrare este {eta}.' },
  problem: {
    not_received_delivered: {
      en: 'The tracking page shows it as delivered on {delivered}, but I never received it.',
      ko: '배송 조회에는 {delivered}에 배송 완료로 나오지만 저는 받지 못했어요.',
      ro: 'Pagina de urmărire arată coletul ca livrat pe {delivered}, dar nu l-am primit niciodată.',
    },
    late_delivered: {
      en: 'It arrived late, after the estimated delivery date.',
      ko: '예상 도착일보다 늦게 도착했어요.',
      ro: 'A sosit cu întârziere, după data estimată de livrare.',
    },
    defective: { en: 'The item is defective: it does not work as it should.', ko: '상품이 불량이라 제대로 작동하지 않아요.', ro: 'Produsul este defect: nu funcționează cum ar trebui.' },
    damaged: { en: 'The item arrived damaged.', ko: '상품이 파손된 상태로 도착했어요.', ro: 'Produsul a sosit deteriorat.' },
    not_as_described: {
      en: 'The item is not as described on the product page.',
      ko: '받은 상품이 상품 페이지의 설명과 달라요.',
      ro: 'Produsul nu corespunde descrierii de pe pagina produsului.',
    },
    changed_mind: {
      en: 'I have changed my mind and would like to return it unused.',
      ko: '마음이 바뀌어서 사용하지 않은 상태로 반품하고 싶어요.',
      ro: 'M-am răzgândit și aș vrea să îl returnez nefolosit.',
    },
    cancel: { en: 'I would like to cancel this order.', ko: '이 주문을 취소하고 싶어요.', ro: 'Aș dori să anulez această comandă.' },
  },
  contacted: { en: 'I first wrote to you about this on {contacted}.', ko: '이 문제로 {contacted}에 처음 연락드렸어요.', ro: 'V-am scris prima dată despre asta pe {contacted}.' },
  ask: {
    refund: { en: 'Please give me a full refund.', ko: '전액 환불을 부탁드려요.', ro: 'Vă rog să îmi rambursați integral suma.' },
    partial_refund: {
      en: 'Please give me a partial refund to make up for the problem.',
      ko: '문제에 맞게 부분 환불을 부탁드려요.',
      ro: 'Vă rog să îmi acordați o rambursare parțială pentru această problemă.',
    },
    reship: { en: 'Please send me a replacement at no extra cost.', ko: '추가 비용 없이 새 상품을 다시 보내 주세요.', ro: 'Vă rog să îmi trimiteți un produs de înlocuire, fără costuri suplimentare.' },
    cancel: { en: 'Please cancel it and refund my payment.', ko: '주문을 취소하고 결제 금액을 환불해 주세요.', ro: 'Vă rog să o anulați și să îmi returnați plata.' },
    return: { en: 'Please tell me how to send it back for a refund.', ko: '환불받으려면 어떻게 반송하면 되는지 알려 주세요.', ro: 'Vă rog să îmi spuneți cum să îl trimit înapoi pentru rambursare.' },
    news: {
      en: 'Could you please tell me where the parcel is now and when it will arrive?',
      ko: '지금 소포가 어디에 있는지, 언제쯤 도착할지 알려 주시겠어요?',
      ro: 'Îmi puteți spune, vă rog, unde se află coletul acum și când va sosi?',
    },
    disputeOpen: {
      en: 'On {date} I opened a case about this with {platform}. Please answer it there so that we can settle the matter.',
      ko: '{date}에 이 건으로 {platform}에 분쟁(클레임)도 신청했어요. 그 페이지에서 답변해 주시면 그 안에서 해결할 수 있을 거예요.',
      ro: 'Pe {date} am deschis un caz la {platform} în legătură cu această problemă. Vă rog să răspundeți în cadrul lui, ca să putem rezolva problema.',
    },
    goodwill: {
      en: 'I know that the time to ask {platform} for a refund has passed, but I would be grateful for a goodwill solution, such as a partial refund or a replacement.',
      ko: '{platform}에서 환불을 신청할 수 있는 기간이 지났다는 건 알고 있어요. 그래도 부분 환불이나 교환으로 도와주실 수 있다면 정말 감사하겠어요.',
      ro: 'Știu că termenul în care puteam cere rambursarea prin {platform} a trecut, dar aș aprecia mult o soluție amiabilă, de exemplu o rambursare parțială sau un produs de înlocuire.',
    },
  },
  /** The next step with the shop if the seller does not settle it: only where the verdicts say it is possible. */
  next: {
    escalate: {
      now: { en: 'If we cannot settle this, I will ask {platform} to step in.', ko: '해결되지 않으면 {platform}에 중재를 요청할 거예요.', ro: 'Dacă nu reușim să rezolvăm problema, voi cere intervenția {platform}.' },
      from: {
        en: 'If we cannot settle this, I will ask {platform} to step in from {date}.',
        ko: '해결되지 않으면 {date}에 {platform}에 중재를 요청할 거예요.',
        ro: 'Dacă nu reușim să rezolvăm problema, începând cu {date} voi cere intervenția {platform}.',
      },
    },
    dispute: {
      now: {
        en: "If we cannot settle this, I will open a case with {platform}'s buyer protection.",
        ko: '해결되지 않으면 {platform} 구매자 보호 제도를 통해 분쟁을 열 거예요.',
        ro: 'Dacă nu reușim să rezolvăm problema, voi deschide un caz prin programul de protecție a cumpărătorului {platform}.',
      },
      from: {
        en: "If we cannot settle this, I will open a case with {platform}'s buyer protection from {date}.",
        ko: '해결되지 않으면 {date}에 {platform} 구매자 보호 제도를 통해 분쟁을 열 거예요.',
        ro: 'Dacă nu reușim să rezolvăm problema, începând cu {date} voi deschide un caz prin programul de protecție a cumpărătorului {platform}.',
      },
    },
  },
  proofVideo: {
    en: 'I have a video and photos of the problem and can send them.',
    ko: '문제를 보여 주는 동영상과 사진이 있어서 보내 드릴 수 있어요.',
    ro: 'Am un video și fotografii cu problema și vi le pot trimite.',
  },
  proofTracking: { en: 'I have screenshots of the tracking page.', ko: '배송 조회 화면 캡처도 있어요.', ro: 'Am capturi ale paginii de urmărire.' },
  replyToday: {
    en: 'Please reply today: I have to file my request with {platform} by {deadline}.',
    ko: '{deadline}까지 {platform}에 신청해야 해서 오늘 안에 답변 부탁드려요.',
    ro: 'Vă rog să îmi răspundeți astăzi: trebuie să depun cererea la {platform} până la {deadline}.',
  },
  replyNow: {
    en: 'Please reply today: I have to file my request with {platform} straight away.',
    ko: '{platform}에 바로 신청해야 해서 오늘 안에 답변 부탁드려요.',
    ro: 'Vă rog să îmi răspundeți astăzi: trebuie să depun cererea la {platform} imediat.',
  },
  replyByPlain: { en: 'Please reply by {date}.', ko: '{date}까지 답변 부탁드려요.', ro: 'Vă rog să îmi răspundeți până la {date}.' },
  thanks: { en: 'Thank you.', ko: '감사합니다.', ro: 'Vă mulțumesc.' },
} as const
