import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { printLines } from './io/output.js'
import { createProgram } from './program.js'
import { manPage } from './render/man.js'

/**
 * Build step (`npm run build`): the man page dist/buyerdesk.1 from the commander definitions (package.json
 * "man", so `npm i -g` installs it). The date is the package's last change, not the build's, so a rebuild of
 * the same sources gives the same page: SOURCE_DATE_EPOCH when set, else the version's date below.
 */
const file = fileURLToPath(new URL('./buyerdesk.1', import.meta.url))
const program = createProgram()
const epoch = process.env.SOURCE_DATE_EPOCH
const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : '2026-11-22'
const text = manPage(program, program.version() ?? '0.1.0', date)
writeFileSync(file, text)
printLines([`man page: ${text.length} bytes → ${file}`])
