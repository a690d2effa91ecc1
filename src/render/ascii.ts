/**
 * `--ascii` (and TERM=dumb, a non-UTF-8 locale): a line in ASCII only. Pure. Typographic punctuation becomes its
 * ASCII stand-in and Latin letters lose their diacritics (Romanian ș → s); Hangul has no ASCII form and is left
 * as it is. Colour escapes are ASCII already.
 */
const PUNCTUATION: Record<string, string> = {
  '·': '-',
  '–': '-',
  '—': '-',
  '‑': '-',
  '…': '...',
  '“': '"',
  '”': '"',
  '„': '"',
  '‘': "'",
  '’': "'",
  '«': '"',
  '»': '"',
  '→': '->',
  '←': '<-',
  '☐': '[ ]',
  '✔': 'v',
  '✖': 'x',
  '●': 'o',
  '◆': '*',
  '\u00a0': ' ',
  '\u202f': ' ',
}
const NON_ASCII = /[^\x00-\x7f]/g // eslint-disable-line no-control-regex
const LATIN = /\p{Script=Latin}/u

export function toAscii(line: string): string {
  return line.replace(NON_ASCII, (ch) => {
    const p = PUNCTUATION[ch]
    if (p !== undefined) return p
    // A Latin letter with a mark: the letter (NFD puts the mark after it).
    if (LATIN.test(ch)) {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '')
      if (/^[\x20-\x7e]+$/.test(base)) return base
    }
    return ch
  })
}
