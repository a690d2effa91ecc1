import type { I18nText, Lang } from '../i18n/lang.js'

/** What the file system said, for the one-line messages of users' errors: the code, then a few words. */
const WORDS: Record<string, I18nText> = {
  EISDIR: { en: 'a folder, not a file', ko: '파일이 아니라 폴더예요', ro: 'un dosar, nu un fișier' },
  ENOTDIR: { en: 'a part of the path is a file, not a folder', ko: '경로 중간에 폴더가 아닌 파일이 있어요', ro: 'o parte a căii este un fișier, nu un dosar' },
  EACCES: { en: 'permission denied', ko: '접근 권한이 없어요', ro: 'permisiune refuzată' },
  EPERM: { en: 'operation not permitted', ko: '허용되지 않는 작업이에요', ro: 'operație nepermisă' },
  EROFS: { en: 'the disk is read-only', ko: '디스크가 읽기 전용이에요', ro: 'discul este doar pentru citire' },
  ENOSPC: { en: 'the disk is full', ko: '디스크가 가득 찼어요', ro: 'discul este plin' },
  EDQUOT: { en: 'the disk quota is used up', ko: '디스크 할당량을 다 썼어요', ro: 'cota de disc este epuizată' },
  ENOENT: { en: 'no such file or folder', ko: '그런 파일이나 폴더가 없어요', ro: 'fișierul sau dosarul nu există' },
  ELOOP: { en: 'too many symbolic links', ko: '심볼릭 링크가 너무 많아요', ro: 'prea multe legături simbolice' },
  ENAMETOOLONG: { en: 'the name is too long', ko: '파일 이름이나 경로가 너무 길어요', ro: 'numele este prea lung' },
  ENOTSUP: { en: 'operation not supported', ko: '지원하지 않는 작업이에요', ro: 'operație neacceptată' },
  EIO: { en: 'input/output error', ko: '입출력 오류예요', ro: 'eroare de intrare/ieșire' },
}

/** An fs error as a few words a person can act on: "EISDIR: a folder, not a file". */
export function errnoText(err: unknown, lang: Lang = 'en'): string {
  const code = (err as NodeJS.ErrnoException).code
  if (code === undefined) return String((err as Error).message ?? err).replace(/\s+/g, ' ').slice(0, 120)
  const words = WORDS[code]
  return words ? `${code}: ${words[lang]}` : code
}
