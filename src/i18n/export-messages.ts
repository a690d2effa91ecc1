import type { I18nText, Lang } from './lang.js'

/**
 * What reading a shop's own export says (src/io/exports), in English, Korean (해요체) and Romanian (formal).
 * Placeholders are `{name}`, filled by `fill()`.
 */
export const EXPORT_TEXT = {
  'amazon-order-history': { en: 'Amazon order history', ko: 'Amazon 주문 내역', ro: 'istoricul comenzilor Amazon' },
  'amazon-returns': { en: 'Amazon returns', ko: 'Amazon 반품 내역', ro: 'returnările Amazon' },
  'amazon-items-report': { en: 'Amazon items report', ko: 'Amazon 상품 보고서', ro: 'raportul de articole Amazon' },
  'aliexpress-data-export': { en: 'AliExpress data export', ko: 'AliExpress 데이터 내보내기', ro: 'exportul de date AliExpress' },
  'aliexpress-shopper-inventory': { en: 'AliExpress Shopper Inventory', ko: 'AliExpress Shopper Inventory', ro: 'AliExpress Shopper Inventory' },
  'aliexpress-order-scraper': { en: 'AliExpress order list', ko: 'AliExpress 주문 목록', ro: 'lista de comenzi AliExpress' },
  'aliexpress-order-scraper-tsv': { en: 'AliExpress order list', ko: 'AliExpress 주문 목록', ro: 'lista de comenzi AliExpress' },

  returnedFact: { en: 'returned', ko: '반품', ro: 'returnată' },
  noId: {
    en: 'no {column}; the row was skipped',
    ko: '{column} 값이 없어서 이 행은 건너뛰었어요',
    ro: 'lipsește {column}; rândul a fost omis',
  },
  roundedId: {
    en: '{column}: "{value}" was rounded by a spreadsheet; export the file again, or format that column as text before saving',
    ko: '{column}: "{value}"은(는) 스프레드시트가 숫자로 바꾸면서 반올림된 값이에요. 파일을 다시 내보내거나, 그 열을 텍스트 형식으로 바꾼 뒤 다시 저장해 주세요',
    ro: '{column}: „{value}” a fost rotunjit de programul de calcul tabelar (de ex. Excel); exportați din nou fișierul sau formatați coloana ca text înainte de a salva',
  },
  badDate: {
    en: '{column}: "{value}" is not a date; expected e.g. 2023-05-31T13:00:59Z, 2026-02-21 07:44:46, 2026-02-20 or 5/31/2023',
    ko: '{column}: "{value}"은(는) 날짜가 아니에요. 2023-05-31T13:00:59Z, 2026-02-21 07:44:46, 2026-02-20, 5/31/2023 같은 형식이어야 해요',
    ro: '{column}: „{value}” nu este o dată validă; se așteaptă de ex. 2023-05-31T13:00:59Z, 2026-02-21 07:44:46, 2026-02-20 sau 5/31/2023',
  },
  noOrderDate: {
    en: 'order {id}: none of its rows has an order date',
    ko: '주문 {id}: 어느 행에도 주문일이 없어요',
    ro: 'comanda {id}: niciunul dintre rânduri nu are data comenzii',
  },
  rowRef: { en: 'row {row}', ko: '{row}행', ro: 'rândul {row}' },
  fileRowRef: { en: '{file}, row {row}', ko: '{file}, {row}행', ro: '{file}, rândul {row}' },
  unknownColumns: {
    en: '{file}: looks like an order export, but not one buyerdesk knows: {format} needs the column(s) {missing}',
    ko: '{file}: 주문 내보내기 파일처럼 보이지만 buyerdesk가 아는 형식이 아니에요. {format} 형식이라면 {missing} 열이 있어야 해요',
    ro: '{file}: pare un export de comenzi, dar nu unul cunoscut de buyerdesk: pentru {format} lipsesc coloanele obligatorii: {missing}',
  },
  zipNothing: {
    en: '{file}: a zip without an order file; expected Retail.OrderHistory.N.csv (Amazon "Request Your Data") or an XLSX workbook',
    ko: '{file}: 주문 파일이 없는 zip이에요. Retail.OrderHistory.N.csv(Amazon "내 데이터 요청")나 XLSX 통합 문서가 있어야 해요',
    ro: '{file}: o arhivă zip fără fișier de comenzi; se așteaptă Retail.OrderHistory.N.csv (Amazon „Request Your Data”) sau un registru XLSX',
  },
  badZip: {
    en: '{file}: not a readable zip or XLSX file ({detail})',
    ko: '{file}: 읽을 수 있는 zip이나 XLSX 파일이 아니에요({detail})',
    ro: '{file}: nu poate fi citit ca fișier zip sau XLSX ({detail})',
  },
  xlsxNoSheet: {
    en: '{file}: no sheet with an order export header; expected a sheet "Order Information" with order_id and gmt_create_order_time',
    ko: '{file}: 주문 내보내기 머리글이 있는 시트가 없어요. order_id와 gmt_create_order_time 열이 있는 "Order Information" 시트가 있어야 해요',
    ro: '{file}: nu conține nicio foaie cu antetul unui export de comenzi; se așteaptă foaia „Order Information”, cu coloanele order_id și gmt_create_order_time',
  },
  returnsOnly: {
    en: '{file}: a returns file has no order dates; give it together with the order history (the whole zip), or import the orders first with `buyerdesk track import`',
    ko: '{file}: 반품 파일에는 주문일이 없어요. 주문 내역이 든 zip 파일을 그대로 지정하거나, 먼저 `buyerdesk track import`로 주문을 가져오세요',
    ro: '{file}: un fișier de returnări nu conține datele la care au fost plasate comenzile; importați-l împreună cu istoricul comenzilor (întreaga arhivă zip) sau importați mai întâi comenzile cu `buyerdesk track import`',
  },
  returnNotSaved: {
    en: 'return for order {id}: no saved order has that id; import the order history first',
    ko: '주문 {id}의 반품: 그 id로 저장된 주문이 없어요. 먼저 주문 내역을 가져오세요',
    ro: 'returnare pentru comanda {id}: nicio comandă salvată nu are acest id; importați mai întâi istoricul comenzilor',
  },
  read: {
    en: '{file}: {format}, {rows}, {orders}',
    ko: '{file}: {format}, {rows}, {orders}',
    ro: '{file}: {format}, {rows}, {orders}',
  },
  readReturns: {
    en: '{file}: {format}, {rows}, {returns}',
    ko: '{file}: {format}, {rows}, {returns}',
    ro: '{file}: {format}, {rows}, {returns}',
  },
  noIssueHint: {
    en: 'A shop export says what happened, not what went wrong: these orders are judged for cancellation only until you add the problem, e.g. `buyerdesk track update {id} --issue defective --delivered YYYY-MM-DD`.',
    ko: '쇼핑몰에서 내보낸 파일에는 어떤 문제가 있었는지 나와 있지 않아요. 문제 유형을 넣기 전까지는 취소 가능 여부만 판단해요. 예: `buyerdesk track update {id} --issue defective --delivered YYYY-MM-DD`',
    ro: 'Exportul magazinului arată ce s-a întâmplat cu comanda, dar nu și ce problemă a avut: până când indicați problema, fiecare comandă importată este evaluată doar pentru anulare, de ex. `buyerdesk track update {id} --issue defective --delivered YYYY-MM-DD`.',
  },
  checkNoIssueHint: {
    en: 'A shop export says what happened, not what went wrong: each order is judged for cancellation only. Save them with `buyerdesk track import {file}` and add the problem with `track update ID --issue …`.',
    ko: '쇼핑몰에서 내보낸 파일에는 어떤 문제가 있었는지 나와 있지 않아서 주문마다 취소 가능 여부만 판단해요. `buyerdesk track import {file}`로 저장한 뒤 `track update ID --issue …`로 문제 유형을 넣으세요.',
    ro: 'Exportul magazinului arată ce s-a întâmplat cu comanda, dar nu și ce problemă a avut: fiecare comandă este evaluată doar pentru anulare. Salvați comenzile cu `buyerdesk track import {file}` și adăugați problema cu `track update ID --issue …`.',
  },
  checkBadRows: {
    en: 'buyerdesk: {bad} of {total} rows or orders could not be judged; see the "type":"error" records in the output',
    ko: 'buyerdesk: 행 또는 주문 {total}개 중 {bad}개는 판단하지 못했어요. 출력의 "type":"error" 기록을 확인하세요',
    ro: 'buyerdesk: rânduri sau comenzi care nu au putut fi evaluate: {bad} din {total}; vedeți înregistrările "type":"error" din ieșire',
  },
  importSummary: {
    en: '{new} new, {updated} updated, {unchanged} already saved and unchanged{ids}.',
    ko: '추가 {new}건{ids}, 수정 {updated}건, 변경 없음 {unchanged}건으로 저장했어요.',
    ro: 'Comenzi noi: {new}; actualizate: {updated}; deja salvate și neschimbate: {unchanged}{ids}.',
  },
  dryRunSummary: {
    en: 'Dry run, nothing was saved: would add {new}, update {updated}, leave {unchanged} unchanged.',
    ko: '미리 보기라서 아무것도 저장하지 않았어요. 추가 {new}건, 수정 {updated}건, 변경 없음 {unchanged}건이 될 거예요.',
    ro: 'Simulare, nu s-a salvat nimic: Simulare, nu s-a salvat nimic: comenzi de adăugat: {new}; de actualizat: {updated}; care ar rămâne neschimbate: {unchanged}.',
  },
  dryRunPlain: {
    en: 'Dry run, nothing was saved: {n} of {total} orders from {file} would be imported{ids}.',
    ko: '미리 보기라서 아무것도 저장하지 않았어요. {file}의 주문 {total}건 중 {n}건을 가져올 수 있어요{ids}.',
    ro: 'Simulare, nu s-a salvat nimic: comenzi care s-ar importa din {file}: {n} din {total}{ids}.',
  },
  wouldAdd: { en: 'would add {id}: {facts}', ko: '{id} 추가 예정: {facts}', ro: 's-ar adăuga {id}: {facts}' },
  wouldUpdate: { en: 'would update {id}: {changes}', ko: '{id} 수정 예정: {changes}', ro: 's-ar actualiza {id}: {changes}' },
  updatedOrder: { en: 'updated {id}: {changes}', ko: '{id} 수정: {changes}', ro: 'comanda {id} a fost actualizată: {changes}' },
  conflict: {
    en: 'order {id}: {field} is {saved} in your saved order and {incoming} in the export; kept {saved} (change it with `buyerdesk track update {id} --{field} …`)',
    ko: '주문 {id}: {field} 값이 달라요(저장된 주문: {saved}, 내보내기 파일: {incoming}). 저장된 값을 그대로 두었어요(`buyerdesk track update {id} --{field} …`로 바꿀 수 있어요)',
    ro: 'comanda {id}: câmpul {field} are valoarea {saved} în comanda salvată și {incoming} în export; s-a păstrat {saved} (îl puteți modifica cu `buyerdesk track update {id} --{field} …`)',
  },
  otherPlatform: {
    en: 'order {id}: already saved for {saved}, but the export is from {incoming}; left as it was',
    ko: '주문 {id}: 이미 {saved} 주문으로 저장돼 있는데 내보내기 파일에는 {incoming} 주문으로 나와 있어요. 저장된 주문을 그대로 두었어요',
    ro: 'comanda {id}: este deja salvată ca fiind de pe {saved}, dar exportul provine de pe {incoming}; comanda a rămas neschimbată',
  },
  badRowsSummary: {
    en: '{bad} rows or orders could not be imported; see the lines above',
    ko: '행 또는 주문 {bad}개는 가져오지 못했어요. 위의 내용을 확인하세요',
    ro: 'rânduri sau comenzi care nu au putut fi importate: {bad}; vedeți liniile de mai sus',
  },
} satisfies Record<string, I18nText>

/** How many of something, with the noun as each language counts it (Romanian: 1 rând, 2 rânduri, 20 de rânduri). */
const NOUNS = {
  rows: { en: ['{n} row', '{n} rows'], ko: '행 {n}개', ro: ['{n} rând', '{n} rânduri', '{n} de rânduri'] },
  orders: { en: ['{n} order', '{n} orders'], ko: '주문 {n}건', ro: ['{n} comandă', '{n} comenzi', '{n} de comenzi'] },
  returns: { en: ['{n} return', '{n} returns'], ko: '반품 {n}건', ro: ['{n} returnare', '{n} returnări', '{n} de returnări'] },
} as const

const plurals = new Map<Lang, Intl.PluralRules>()

export function countText(n: number, noun: keyof typeof NOUNS, lang: Lang): string {
  const forms = NOUNS[noun][lang]
  if (typeof forms === 'string') return forms.replace('{n}', String(n))
  let rules = plurals.get(lang)
  if (rules === undefined) plurals.set(lang, (rules = new Intl.PluralRules(lang)))
  const category = rules.select(n)
  // Romanian: one (1), few (0, 2-19, 101-119, …), other (20-100, 120-…: "de").
  const form = category === 'one' ? forms[0] : lang === 'ro' && category === 'other' ? forms[2]! : forms[1]
  return form.replace('{n}', String(n))
}
