import type { I18nText } from '../lang.js'

/**
 * The fixed topic taxonomy (shared/topics.json), with the name a shopper reads in each language.
 * Every knowledge-base entry carries exactly one of these ids; `data/kb` is checked against this table.
 */
export const TOPICS = {
  'order.place': { en: 'Placing an order', ko: '주문하기', ro: 'Plasarea unei comenzi' },
  'order.status': { en: 'Order status and history', ko: '주문 상태와 주문 내역', ro: 'Starea și istoricul comenzilor' },
  'order.cancel': { en: 'Canceling an order', ko: '주문 취소', ro: 'Anularea comenzii' },
  'order.change': { en: 'Changing an order or its address', ko: '주문·배송지 변경', ro: 'Modificarea comenzii sau a adresei' },
  'shipping.track': { en: 'Tracking a package', ko: '배송 조회', ro: 'Urmărirea coletului' },
  'shipping.time': { en: 'Delivery times and options', ko: '배송 기간과 배송 옵션', ro: 'Termene și opțiuni de livrare' },
  'shipping.not_received': { en: 'Package not received or lost', ko: '미수령·분실 택배', ro: 'Colet neprimit sau pierdut' },
  'shipping.insurance': { en: 'Tracked shipping and insurance', ko: '추적 배송과 배송 보험', ro: 'Livrare urmărită și asigurare' },
  'shipping.customs': { en: 'Customs duties', ko: '관세와 통관', ro: 'Taxe vamale' },
  'refund.request': { en: 'Getting a refund', ko: '환불 신청', ro: 'Cererea de rambursare' },
  'refund.timing': { en: 'When the refund arrives', ko: '환불 입금 시기', ro: 'Când primiți banii înapoi' },
  'refund.options': { en: 'Full or partial refund, replacement, or compensation', ko: '전액·부분 환불, 재발송, 보상', ro: 'Rambursare totală sau parțială, retrimitere, despăgubire' },
  'return.request': { en: 'Returning an item', ko: '반품하기', ro: 'Returnarea unui produs' },
  'dispute.open': { en: 'Opening a dispute', ko: '분쟁·클레임 제기', ro: 'Deschiderea unei dispute' },
  'dispute.evidence': { en: 'Evidence for a dispute', ko: '분쟁 증거 자료', ro: 'Dovezi pentru dispută' },
  'dispute.escalate': { en: 'Escalating a dispute', ko: '중재 요청', ro: 'Medierea disputei' },
  'dispute.status': { en: 'Following a dispute', ko: '분쟁 진행 상황', ro: 'Starea disputei' },
  'item.defective': { en: 'Defective or damaged item', ko: '불량·파손 상품', ro: 'Produs defect sau deteriorat' },
  'contact.agent': { en: 'Talking to a human agent', ko: '상담원 연결', ro: 'Discuția cu un operator' },
  'contact.channels': { en: 'Ways to contact customer service', ko: '고객센터 연락 방법', ro: 'Contactarea serviciului clienți' },
  'contact.hours': { en: 'Customer service hours and languages', ko: '고객센터 운영 시간과 언어', ro: 'Programul și limbile serviciului clienți' },
  'seller.contact': { en: 'Contacting the seller', ko: '판매자에게 연락하기', ro: 'Contactarea vânzătorului' },
  'seller.choose': { en: 'Choosing a reliable seller', ko: '믿을 만한 판매자 고르기', ro: 'Alegerea unui vânzător de încredere' },
  'payment.methods': { en: 'Payment methods', ko: '결제 수단', ro: 'Metode de plată' },
  'payment.issue': { en: 'Payment problems', ko: '결제 문제', ro: 'Probleme la plată' },
  'account.password': { en: 'Password', ko: '비밀번호', ro: 'Parola' },
  'account.security': { en: 'Account security', ko: '계정 보안', ro: 'Securitatea contului' },
  'account.suspended': { en: 'Suspended account', ko: '계정 정지', ro: 'Cont suspendat' },
  'account.manage': { en: 'Managing your account and addresses', ko: '계정과 주소 관리', ro: 'Contul și adresele de livrare' },
  'account.phone': { en: 'Phone number format', ko: '전화번호 입력 형식', ro: 'Formatul numărului de telefon' },
  'promo.code': { en: 'Promo codes', ko: '프로모션 코드', ro: 'Coduri promoționale' },
  'promo.coupon': { en: 'Coupons, sales, and newsletters', ko: '쿠폰, 세일, 뉴스레터', ro: 'Cupoane, reduceri și newsletter' },
  'feedback.submit': { en: 'Giving feedback', ko: '피드백 남기기', ro: 'Trimiterea unei păreri' },
  'product.price': { en: 'Why prices are low', ko: '가격이 싼 이유', ro: 'De ce sunt prețurile mici' },
} as const satisfies Record<string, I18nText>

export type TopicId = keyof typeof TOPICS
export const TOPIC_IDS = Object.keys(TOPICS) as TopicId[]

export function isTopic(value: string): value is TopicId {
  return Object.prototype.hasOwnProperty.call(TOPICS, value)
}
