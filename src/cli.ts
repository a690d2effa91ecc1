import { CommanderError } from 'commander'
import { CancelledError, EXIT, ExitError } from './errors.js'
import { guardStdout, printError } from './io/output.js'
import { createProgram } from './program.js'

/**
 * The entry (STYLE.md §1, §6): parse argv, run the command, map every failure to one line and an exit code.
 * A user's mistake never shows a stack trace; an unexpected one asks to be reported.
 */
export async function main(argv: string[] = process.argv): Promise<number> {
  try {
    await createProgram().parseAsync(argv)
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK
  } catch (err) {
    return handleError(err)
  }
}

export function handleError(err: unknown): number {
  if (err instanceof CommanderError) {
    // Commander has already printed its message (help, version, or what was wrong with the flags).
    return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.OK : EXIT.USAGE
  }
  if (err instanceof CancelledError) {
    printError('Cancelled.')
    return EXIT.OK
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

guardStdout()
process.exitCode = await main()
