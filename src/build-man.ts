import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LANGS } from './i18n/lang.js'
import { printLines } from './io/output.js'
import { createProgram } from './program.js'
import { manPage } from './render/man.js'

/**
 * Build step (`npm run build`): the man page buyerdesk(1) from the commander definitions, in each language.
 * dist/buyerdesk.1 is the English one (package.json "man", so `npm i -g` installs it); npm links a man page by
 * its section alone and would drop a language folder, so the others are laid out as man(1) looks them up:
 * dist/man/<lang>/man1/buyerdesk.1, with the English one again in dist/man/man1 (`MANPATH=…/dist/man`, README).
 * The date is the package's last change, not the build's, so a rebuild of the same sources gives the same
 * pages: SOURCE_DATE_EPOCH when set, else the version's date below.
 */
const epoch = process.env.SOURCE_DATE_EPOCH
const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : '2026-11-22'
const write = (path: string, text: string) => {
  const file = fileURLToPath(new URL(path, import.meta.url))
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
  return `man page: ${text.length} bytes → ${file}`
}
const report: string[] = []
for (const lang of LANGS) {
  const program = createProgram(undefined, { lang })
  const text = manPage(program, program.version() ?? '0.1.0', date, lang)
  if (lang === 'en') report.push(write('./buyerdesk.1', text), write('./man/man1/buyerdesk.1', text))
  else report.push(write(`./man/${lang}/man1/buyerdesk.1`, text))
}
printLines(report)
