import { CommanderError } from 'commander'
import { normaliseArgv } from './argv.js'
import { CancelledError, EXIT, ExitError } from './errors.js'
import { printError } from './io/output.js'
import type { Lang } from './core/lang.js'
import { t } from './i18n/catalog/index.js'
import { langBeforeParsing } from './i18n/resolve.js'
import { commandOf, createProgram } from './program.js'

/**
 * The entry (STYLE.md §1, §6): parse argv, run the command, map every failure to one line and an exit code.
 * A user's mistake never shows a stack trace; an unexpected one asks to be reported.
 */
export async function main(rawArgv: string[] = process.argv): Promise<number> {
  const { argv, noColor, lang } = normaliseArgv(rawArgv)
  if (lang !== undefined) process.env.BUYERDESK_LANG = lang
  if (noColor) {
    process.env.NO_COLOR = '1'
    delete process.env.FORCE_COLOR
  }
  try {
    await createProgram(commandOf(argv)).parseAsync(argv)
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK
  } catch (err) {
    return await handleError(err)
  }
}

export async function handleError(err: unknown): Promise<number> {
  if (err instanceof CommanderError) {
    // Commander has already printed its message (help, version, or what was wrong with the flags).
    return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.OK : EXIT.USAGE
  }
  if (err instanceof CancelledError) {
    printError(t(await messageLang(), `stopped.${err.during}`))
    return EXIT.CANCELLED
  }
  if (err instanceof ExitError) {
    printError(`buyerdesk: ${err.message}`)
    return err.exitCode
  }
  const detail = err instanceof Error ? err.message : String(err)
  printError(`buyerdesk: ${t(await messageLang(), 'errors.internal', { detail })}`)
  if (process.env.BUYERDESK_DEBUG && err instanceof Error && err.stack) printError(err.stack)
  return EXIT.DATA
}

/** The language of a line printed after the command failed or was cancelled: the one resolver, before commander (src/i18n/resolve.ts). */
async function messageLang(): Promise<Lang> {
  const settings = await import('./io/settings.js').catch(() => null)
  return langBeforeParsing(process.argv, process.env, () => settings?.readSettings().lang)
}

void main().then((code) => (process.exitCode = code))
