import { writeFileSync } from 'node:fs'
import { ExitError } from './errors.js'
import { savedIndexPath, serialiseIndex } from './data/kb.js'
import { printError, printLines } from './io/output.js'

/**
 * Build step (`npm run build`): validate data/kb and save its search index as dist/kb-index.bin, so
 * `buyerdesk ask` loads the index instead of rebuilding it on every run (bench/RESULTS.md).
 * NOTE: a broken or missing KB does not fail the build (other commands do not need it); it is reported,
 * no index is written, and `ask` then reports the same problem with its JSON paths.
 */
try {
  const file = savedIndexPath()
  const bytes = await serialiseIndex()
  writeFileSync(file, bytes)
  printLines([`kb index: ${bytes.length} bytes → ${file}`])
} catch (err) {
  if (!(err instanceof ExitError)) throw err
  printError(`kb index not built: ${err.message}`)
}
