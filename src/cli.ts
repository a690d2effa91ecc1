import { CommanderError } from 'commander'
import { normaliseArgv } from './argv.js'
import { CancelledError, EXIT, ExitError } from './errors.js'
import { printError } from './io/output.js'
import { isLang, langFromEnv, type I18nText, type Lang } from './i18n/lang.js'
import { resolveLang } from './i18n/resolve.js'
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
    printError(CANCELLED[await cancelLang()])
    return EXIT.CANCELLED
  }
  if (err instanceof ExitError) {
    printError(`buyerdesk: ${err.message}`)
    return err.exitCode
  }
  const detail = err instanceof Error ? err.message : String(err)
  printError(`buyerdesk: internal error (${detail}). This is a bug: please report it with the command you ran.`)
  if (process.env.BUYERDESK_DEBUG && err instanceof Error && err.stack) printError(err.stack)
  return EXIT.DATA
}

const CANCELLED: I18nText = { en: 'Cancelled.', ko: '취소했어요.', ro: 'Anulat.' }

/** The language of the line that ends a cancelled prompt: --lang, else the saved setting, else LANG. */
async function cancelLang(): Promise<Lang> {
  const argv = process.argv
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='))
  const flag = i === -1 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1]
  if (isLang(flag)) return flag
  try {
    const { readSettings } = await import('./io/settings.js')
    return resolveLang(undefined, readSettings().lang)
  } catch {
    return langFromEnv() ?? 'en'
  }
}

void main().then((code) => (process.exitCode = code))
