import type { I18nText } from './lang.js'

/**
 * Every sentence of `config`, `track`, `deadlines` and the order store, in English, Korean (polite 해요체)
 * and Romanian (comma-below ș ț). Placeholders are `{name}`, filled by `fill()` of core-messages.
 * What the settings read path says lives in src/io/settings.ts, so `check` and `ask` never load these texts.
 */
export const TRACK_TEXT = {
  // Settings (config commands)
  settingUnknownKey: {
    en: 'unknown setting "{key}"; expected one of {keys}',
    ko: '"{key}"은(는) 없는 설정이에요. 다음 중 하나를 쓰세요: {keys}',
    ro: 'setare necunoscută „{key}”; se așteaptă una dintre {keys}',
  },
  settingsKept: {
    en: 'the settings file {file} was damaged ({why}); it is kept as {kept} and new settings were started',
    ko: '설정 파일 {file}이(가) 손상돼 있었어요({why}). 원본은 {kept}(으)로 보관하고 새 설정으로 시작했어요',
    ro: 'fișierul de setări {file} era deteriorat ({why}); a fost păstrat ca {kept} și s-au pornit setări noi',
  },
  configSaved: { en: 'Saved: {key} = {value}', ko: '저장했어요: {key} = {value}', ro: 'Salvat: {key} = {value}' },
  configRemoved: {
    en: 'Removed {key}; {fallback} applies again.',
    ko: '{key} 설정을 지웠어요. 이제 {fallback} 값을 써요.',
    ro: 'Am șters {key}; se aplică din nou {fallback}.',
  },
  configWasUnset: {
    en: '{key} was not set; nothing to remove.',
    ko: '{key}은(는) 설정돼 있지 않아서 지울 것이 없어요.',
    ro: '{key} nu era setat; nu este nimic de șters.',
  },
  configNotSet: {
    en: '{key} is not set; set it with `buyerdesk config set {key} VALUE`',
    ko: '{key}은(는) 아직 설정하지 않았어요. `buyerdesk config set {key} 값`으로 정할 수 있어요',
    ro: '{key} nu este setat; îl puteți seta cu `buyerdesk config set {key} VALOARE`',
  },
  envOverrides: {
    en: 'note: {env}={value} is set in the environment and takes precedence over the saved value',
    ko: '참고: 환경 변수 {env}={value}이(가) 있어서 저장한 값보다 먼저 적용돼요',
    ro: 'notă: {env}={value} este setat în mediu și are prioritate față de valoarea salvată',
  },
  fallbackDefault: { en: 'the default', ko: '기본', ro: 'valoarea implicită' },
  sourceFile: { en: 'saved', ko: '저장됨', ro: 'salvat' },
  sourceEnv: { en: 'from {env}', ko: '{env}에서', ro: 'din {env}' },
  sourceDefault: { en: 'default', ko: '기본값', ro: 'implicit' },
  sourceUnset: { en: 'not set', ko: '미설정', ro: 'nesetat' },
  machineZone: { en: "not set: the machine's zone, {zone}", ko: '미설정: 이 컴퓨터의 시간대 {zone}', ro: 'nesetat: fusul orar al calculatorului, {zone}' },
  localeLang: { en: 'not set: from the locale, {lang}', ko: '미설정: 로캘에서 정한 {lang}', ro: 'nesetat: din setările regionale, {lang}' },
  withinUnset: { en: 'not set: every upcoming deadline', ko: '미설정: 다가오는 마감일 전부', ro: 'nesetat: toate termenele viitoare' },
  files: { en: 'Files', ko: '파일', ro: 'Fișiere' },
  settingHelp: {
    en: 'platform: default shop · lang: en, ko, ro · timezone: IANA zone for "today" · within: default days for `deadlines` · alarm: calendar alarm, days before',
    ko: 'platform: 기본 쇼핑몰 · lang: en, ko, ro · timezone: "오늘"을 정하는 IANA 시간대 · within: `deadlines` 기본 일수 · alarm: 달력 알림(며칠 전)',
    ro: 'platform: magazinul implicit · lang: en, ko, ro · timezone: fusul orar IANA pentru „azi” · within: zilele implicite pentru `deadlines` · alarm: alarma din calendar, cu câte zile înainte',
  },

  // The order store
  storeCorrupt: {
    en: 'the saved orders file {file} was damaged ({why}); it is kept as {kept} and an empty list was started',
    ko: '저장된 주문 파일 {file}이(가) 손상돼 있었어요({why}). 원본은 {kept}(으)로 보관하고 빈 목록으로 새로 시작했어요',
    ro: 'fișierul cu comenzile salvate {file} era deteriorat ({why}); a fost păstrat ca {kept} și s-a pornit o listă goală',
  },
  storeNewer: {
    en: '{file} was written by a newer buyerdesk (store format {version}; this one reads {supported}); update buyerdesk. The file was left untouched',
    ko: '{file}은(는) 더 새로운 buyerdesk가 쓴 파일이에요(저장 형식 {version}, 이 버전은 {supported}까지 읽어요). buyerdesk를 업데이트하세요. 파일은 그대로 두었어요',
    ro: '{file} a fost scris de o versiune mai nouă de buyerdesk (format {version}; aceasta citește {supported}); actualizați buyerdesk. Fișierul a rămas neatins',
  },
  storeBusy: {
    en: 'the saved orders are locked by another buyerdesk ({lock}); try again, or delete that folder if no buyerdesk is running',
    ko: '다른 buyerdesk가 저장된 주문을 잠그고 있어요({lock}). 잠시 후 다시 해 보세요. 실행 중인 buyerdesk가 없다면 그 폴더를 지우세요',
    ro: 'comenzile salvate sunt blocate de alt proces buyerdesk ({lock}); încercați din nou sau ștergeți acel dosar dacă nu rulează niciun buyerdesk',
  },
  storeUnreadable: {
    en: 'cannot read the saved orders file {file} ({why}); expected a readable JSON file',
    ko: '저장된 주문 파일 {file}을(를) 읽을 수 없어요({why}). 읽을 수 있는 JSON 파일이어야 해요',
    ro: 'fișierul cu comenzile salvate {file} nu poate fi citit ({why}); trebuie să fie un fișier JSON pe care buyerdesk îl poate citi',
  },
  storeReadOnly: {
    en: 'the saved orders file {file} is read-only; nothing was saved (make it writable with `chmod u+w` to save changes)',
    ko: '저장된 주문 파일 {file}이(가) 읽기 전용이라 아무것도 저장하지 않았어요(저장하려면 `chmod u+w`로 쓰기 권한을 주세요)',
    ro: 'fișierul cu comenzile salvate {file} este doar pentru citire; nu s-a salvat nimic (permiteți scrierea cu `chmod u+w` pentru a salva)',
  },
  storeUnwritable: {
    en: 'cannot save to {file} ({why}); nothing was saved and the file is as it was',
    ko: '{file}에 저장할 수 없어요({why}). 아무것도 저장하지 않았고 파일은 그대로예요',
    ro: 'nu se poate salva în {file} ({why}); nu s-a salvat nimic, iar fișierul a rămas cum era',
  },
  configDirBad: {
    en: 'the buyerdesk folder {dir} cannot be used ({why}); expected a writable folder (set BUYERDESK_CONFIG_DIR to choose another)',
    ko: 'buyerdesk 폴더 {dir}에 쓸 수 없어요({why}). 쓰기 권한이 있는 폴더여야 해요(BUYERDESK_CONFIG_DIR로 다른 폴더를 지정할 수 있어요)',
    ro: 'dosarul buyerdesk {dir} nu poate fi folosit ({why}); se așteaptă un dosar în care se poate scrie (alegeți altul cu BUYERDESK_CONFIG_DIR)',
  },
  importCancelled: {
    en: 'import cancelled before saving: the saved orders are as they were ({file})',
    ko: '저장하기 전에 가져오기를 취소했어요. 저장된 주문은 그대로예요({file})',
    ro: 'importul a fost anulat înainte de salvare: comenzile salvate au rămas cum erau ({file})',
  },
  storeMigrationFailed: {
    en: 'could not update {file} to the current store format ({why}); the file was left as it was',
    ko: '{file}을(를) 새 저장 형식으로 바꾸지 못했어요({why}). 파일은 원래대로 두었어요',
    ro: '{file} nu a putut fi adus la formatul actual ({why}); fișierul a rămas cum era',
  },
  notAList: { en: '"orders" is not a list', ko: '"orders"가 목록이 아니에요', ro: '„orders” nu este o listă' },
  badVersion: { en: 'unknown store version {version}', ko: '알 수 없는 저장 형식 버전 {version}', ro: 'versiune de format necunoscută {version}' },
  entryNotOrder: {
    en: 'orders[{index}] in {file} is not an order (expected an object with an id); skipped and left in the file',
    ko: '{file}의 orders[{index}]은(는) 주문이 아니에요(id가 있는 객체여야 해요). 건너뛰고 파일에는 그대로 두었어요',
    ro: 'orders[{index}] din {file} nu este o comandă (se așteaptă un obiect cu id); a fost sărit și lăsat în fișier',
  },
  entryInvalid: {
    en: 'saved order {id}: {message}. Fix it with `buyerdesk track update {id} …` or remove it with `buyerdesk track rm {id}`',
    ko: '저장된 주문 {id}: {message}. `buyerdesk track update {id} …`로 고치거나 `buyerdesk track rm {id}`로 지우세요',
    ro: 'comanda salvată {id}: {message}. Corectați-o cu `buyerdesk track update {id} …` sau ștergeți-o cu `buyerdesk track rm {id}`',
  },

  // track
  added: { en: 'Saved order {id}.', ko: '주문 {id}을(를) 저장했어요.', ro: 'Am salvat comanda {id}.' },
  addedGenerated: {
    en: 'Saved order {id} (a generated id: use it with `buyerdesk track show {id}`, `update` and `rm`).',
    ko: '주문 {id}을(를) 저장했어요(자동으로 만든 id예요. `buyerdesk track show {id}`, `update`, `rm`에 쓰세요).',
    ro: 'Am salvat comanda {id} (id generat: folosiți-l cu `buyerdesk track show {id}`, `update` și `rm`).',
  },
  duplicateId: {
    en: 'id: order {id} is already saved; change it with `buyerdesk track update {id} …` or choose another --id',
    ko: 'id: 주문 {id}은(는) 이미 저장돼 있어요. `buyerdesk track update {id} …`로 바꾸거나 다른 --id를 쓰세요',
    ro: 'id: comanda {id} este deja salvată; modificați-o cu `buyerdesk track update {id} …` sau alegeți alt --id',
  },
  badId: {
    en: 'id: "{id}" cannot be used; expected 1 to 64 characters without spaces at either end',
    ko: 'id: "{id}"은(는) 쓸 수 없어요. 앞뒤 공백 없이 1~64자로 입력하세요',
    ro: 'id: „{id}” nu poate fi folosit; se așteaptă între 1 și 64 de caractere, fără spații la capete',
  },
  notFound: {
    en: 'no saved order has the id "{id}"; see `buyerdesk track list`',
    ko: 'id가 "{id}"인 저장된 주문이 없어요. `buyerdesk track list`로 확인해 보세요',
    ro: 'nicio comandă salvată nu are id-ul „{id}”; vedeți `buyerdesk track list`',
  },
  nothingToUpdate: {
    en: 'nothing to change: give at least one order flag (for example --delivered 2026-11-10) or --note',
    ko: '바꿀 내용이 없어요. 주문 옵션(예: --delivered 2026-11-10)이나 --note를 하나 이상 주세요',
    ro: 'nimic de schimbat: dați cel puțin o opțiune a comenzii (de exemplu --delivered 2026-11-10) sau --note',
  },
  updated: { en: 'Updated order {id}.', ko: '주문 {id}을(를) 수정했어요.', ro: 'Am actualizat comanda {id}.' },
  updatedChanges: { en: 'Updated order {id}: {changes}.', ko: '주문 {id}을(를) 수정했어요: {changes}.', ro: 'Am actualizat comanda {id}: {changes}.' },
  updatedNothing: {
    en: 'Order {id} already had these values; nothing changed.',
    ko: '주문 {id}에 이미 같은 값이 있어서 바뀐 것이 없어요.',
    ro: 'Comanda {id} avea deja aceste valori; nu s-a schimbat nimic.',
  },
  removed: { en: 'Removed order {id}.', ko: '주문 {id}을(를) 지웠어요.', ro: 'Am șters comanda {id}.' },
  noOrders: {
    en: 'No saved orders yet. Add one with `buyerdesk track add --platform aliexpress --issue defective --ordered 2026-11-01 --delivered 2026-11-20`.',
    ko: '아직 저장된 주문이 없어요. `buyerdesk track add --platform aliexpress --issue defective --ordered 2026-11-01 --delivered 2026-11-20`처럼 추가해 보세요.',
    ro: 'Nu există încă nicio comandă salvată. Adăugați una cu `buyerdesk track add --platform aliexpress --issue defective --ordered 2026-11-01 --delivered 2026-11-20`.',
  },
  importLine: { en: 'line {line}: {message}', ko: '{line}번째 줄: {message}', ro: 'linia {line}: {message}' },
  importDone: {
    en: 'Imported {n} of {total} orders from {file}{ids}.',
    ko: '{file}에서 주문 {total}건 중 {n}건을 가져왔어요{ids}.',
    ro: 'Am importat {n} din {total} comenzi din {file}{ids}.',
  },
  importTooLarge: {
    en: '{file}: more than {max} lines; an import is checked whole before it is saved, so split the file (nothing was saved)',
    ko: '{file}: 파일이 {max}줄을 넘어요. 가져오기는 저장하기 전에 파일 전체를 확인하므로 {max}줄 이하로 나눠 주세요(아무것도 저장하지 않았어요)',
    ro: '{file}: mai mult de {max} de linii; un import este verificat în întregime înainte de salvare, așa că împărțiți fișierul (nu s-a salvat nimic)',
  },
  importBad: {
    en: '{bad} of {total} lines could not be saved; see the lines above',
    ko: '{total}줄 중 {bad}줄은 저장하지 못했어요. 위의 내용을 확인하세요',
    ro: '{bad} din {total} linii nu au putut fi salvate; vedeți liniile de mai sus',
  },
  duplicateInFile: {
    en: 'id: {id} appears earlier in the file',
    ko: 'id: {id}은(는) 파일 앞부분에 이미 있어요',
    ro: 'id: {id} apare mai devreme în fișier',
  },
  colId: { en: 'ID', ko: 'ID', ro: 'ID' },
  colPlatform: { en: 'Platform', ko: '쇼핑몰', ro: 'Platformă' },
  colProblem: { en: 'Problem', ko: '문제', ro: 'Problemă' },
  colNext: { en: 'Next deadline', ko: '다음 마감일', ro: 'Următorul termen' },
  colDaysLeft: { en: 'Days left', ko: '남은 날', ro: 'Zile rămase' },
  colStatus: { en: 'Status', ko: '상태', ro: 'Stare' },
  nothingOpen: { en: 'nothing open', ko: '진행할 수 있는 것 없음', ro: 'nimic deschis' },
  untilShipped: { en: 'until it ships', ko: '발송 전까지', ro: 'până la expediere' },
  noDeadline: { en: 'no deadline', ko: '마감 없음', ro: 'fără termen' },
  invalid: { en: 'invalid: see above', ko: '오류: 위 내용 참고', ro: 'invalid: vedeți mai sus' },
  note: { en: 'Note', ko: '메모', ro: 'Notă' },
  facts: { en: 'Saved facts', ko: '저장된 정보', ro: 'Date salvate' },
  countOrders: { en: '{n} saved orders', ko: '저장된 주문 {n}건', ro: '{n} comenzi salvate' },

  // deadlines
  deadlinesHeader: {
    en: 'Upcoming deadlines · judged on {today}',
    ko: '다가오는 마감일 · 기준일 {today}',
    ro: 'Termene care se apropie · evaluat la {today}',
  },
  deadlinesHeaderWithin: {
    en: 'Deadlines in the next {n} days · judged on {today}',
    ko: '앞으로 {n}일 안의 마감일 · 기준일 {today}',
    ro: 'Termene în următoarele {n} zile · evaluat la {today}',
  },
  noDeadlines: {
    en: 'No upcoming deadlines across your saved orders.',
    ko: '저장된 주문 중에 다가오는 마감일이 없어요.',
    ro: 'Nu se apropie niciun termen pentru comenzile salvate.',
  },
  noDeadlinesWithin: {
    en: 'Nothing closes in the next {n} days.',
    ko: '앞으로 {n}일 안에 마감되는 것은 없어요.',
    ro: 'Nimic nu se închide în următoarele {n} zile.',
  },
  orderRef: { en: 'order {id}', ko: '주문 {id}', ro: 'comanda {id}' },
  icsInConfigDir: {
    en: '--ics: {file} is inside the buyerdesk folder {dir}, where the settings and saved orders live; choose a file elsewhere',
    ko: '--ics: {file}은(는) 설정과 저장된 주문이 있는 buyerdesk 폴더({dir}) 안에 있어요. 다른 위치의 파일을 지정해 주세요',
    ro: '--ics: {file} se află în dosarul buyerdesk {dir}, unde sunt setările și comenzile salvate; alegeți un fișier din altă parte',
  },
  icsNotOurs: {
    en: '--ics: {file} already exists and is not a calendar written by buyerdesk; it was left as it was (add --force to replace it, or choose another file)',
    ko: '--ics: {file} 파일이 이미 있는데 buyerdesk가 만든 달력 파일이 아니라서 그대로 두었어요(덮어쓰려면 --force를 붙이거나 다른 파일을 고르세요)',
    ro: '--ics: {file} există deja și nu este un calendar scris de buyerdesk; nu a fost modificat (adăugați --force pentru a-l înlocui sau alegeți alt fișier)',
  },
  icsNotAFile: {
    en: '--ics: {file} is not a regular file ({why}); expected the path of a file to write',
    ko: '--ics: {file} 경로는 일반 파일이 아니에요({why}). 달력을 저장할 파일 경로를 입력해 주세요',
    ro: '--ics: {file} nu este un fișier obișnuit ({why}); se așteaptă calea către un fișier obișnuit, în care se poate scrie',
  },
  icsWriteFailed: {
    en: '--ics: cannot write {file} ({why}); nothing was written',
    ko: '--ics: {file} 파일에 쓸 수 없어요({why}). 아무것도 저장하지 않았어요',
    ro: '--ics: {file} nu poate fi scris ({why}); nu s-a scris nimic',
  },
  icsTooLate: {
    en: '--ics: {n} deadline(s) after 9999-12-30 left out of the calendar: iCalendar dates have four-digit years',
    ko: '--ics: 9999-12-30보다 늦은 마감일 {n}건은 달력에 넣지 않았어요. iCalendar 날짜는 연도를 네 자리까지만 쓸 수 있어요',
    ro: '--ics: termene ulterioare datei 9999-12-30 lăsate în afara calendarului: {n}; formatul iCalendar acceptă doar ani din patru cifre',
  },
  icsWritten: {
    en: 'Wrote {n} deadlines to {file} (alarm {alarm} days before each).',
    ko: '마감일 {n}건을 {file}에 저장했어요(각각 {alarm}일 전에 알림).',
    ro: 'Am scris {n} termene în {file} (alarmă cu {alarm} zile înainte de fiecare).',
  },
  eventTitle: {
    en: 'Last day: {action} · order {id} ({platform})',
    ko: '마감일: {action} · 주문 {id} ({platform})',
    ro: 'Ultima zi: {action} · comanda {id} ({platform})',
  },
  alarmText: {
    en: '{action} for order {id} closes on {date}',
    ko: '주문 {id}의 {action} 기한이 {date}에 끝나요',
    ro: '{action} pentru comanda {id} se închide la {date}',
  },
  calName: { en: 'buyerdesk deadlines', ko: 'buyerdesk 마감일', ro: 'Termene buyerdesk' },
} satisfies Record<string, I18nText>
