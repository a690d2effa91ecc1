import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * A module-resolution hook that logs every @inquirer import to a file: NODE_OPTIONS for a run of the bin.
 * Used to prove that `check` and `ask` never load the prompt library (issue 4) and that the wizard does.
 */
export function inquirerSpy(): { env: Record<string, string>; loaded: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-spy-'))
  const log = join(dir, 'imports.log')
  writeFileSync(log, '')
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs'
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('@inquirer/')) appendFileSync(${JSON.stringify(log)}, specifier + '\\n')
  return next(specifier, context)
}
`,
  )
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)})\n`)
  return {
    env: { NODE_OPTIONS: `--import ${pathToFileURL(join(dir, 'register.mjs')).href}` },
    loaded: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
  }
}
