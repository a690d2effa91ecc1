import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Module hooks that log every load of the prompt library to a file: NODE_OPTIONS for a run of the bin.
 * Used to prove that `check` and `ask` never load it (issue 4) and that the wizard does. The build may
 * bundle dependencies (tsdown noExternal), so a module counts when it is imported as @inquirer/* or when
 * its code defines inquirer's ExitPromptError (the bundled chunk of src/io/prompts.ts does).
 */
export function inquirerSpy(): { env: Record<string, string>; loaded: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-spy-'))
  const log = join(dir, 'imports.log')
  writeFileSync(log, '')
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs'
const LOG = ${JSON.stringify(log)}
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('@inquirer/')) appendFileSync(LOG, specifier + '\\n')
  return next(specifier, context)
}
export async function load(url, context, next) {
  const result = await next(url, context)
  const source = result.source == null ? '' : typeof result.source === 'string' ? result.source : Buffer.from(result.source).toString('utf8')
  if (source.includes('ExitPromptError')) appendFileSync(LOG, url + '\\n')
  return result
}
`,
  )
  // The CLI's chunks are CommonJS (tsdown.config.ts): their sources pass through Module#_compile, watched here
  // too, with the compiled-code cache off so that every chunk is compiled from its source.
  writeFileSync(
    join(dir, 'register.mjs'),
    `import Module, { register } from 'node:module'
import { appendFileSync } from 'node:fs'
register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)})
const compile = Module.prototype._compile
Module.prototype._compile = function (content, filename) {
  if (content.includes('ExitPromptError')) appendFileSync(${JSON.stringify(log)}, filename + '\\n')
  return compile.call(this, content, filename)
}
`,
  )
  return {
    env: { NODE_OPTIONS: `--import ${pathToFileURL(join(dir, 'register.mjs')).href}`, NODE_DISABLE_COMPILE_CACHE: '1' },
    loaded: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
  }
}
