import { writeFileSync } from 'node:fs'
import { ExitError } from './errors.js'
import { savedModelPath, serialiseModel } from './data/kb.js'
import { printError, printLines } from './io/output.js'

/**
 * Build step (`npm run build`): validate data/kb, data/train and data/lexicon, fit the FAQ model and save it
 * with the KB as dist/kb-model.bin (src/core/faq/FORMAT.md), so `buyerdesk ask` loads it instead of fitting
 * it on every run.
 * NOTE: a broken or missing KB does not fail the build (other commands do not need it); it is reported,
 * no model is written, and `ask` then reports the same problem with its JSON paths.
 */
try {
  const file = savedModelPath()
  const t0 = performance.now()
  const bytes = await serialiseModel()
  writeFileSync(file, bytes)
  printLines([`kb model: ${bytes.length} bytes → ${file} (${Math.round(performance.now() - t0)} ms)`])
} catch (err) {
  if (!(err instanceof ExitError)) throw err
  printError(`kb model not built: ${err.message}`)
}
