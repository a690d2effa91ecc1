import { input, select } from '@inquirer/prompts'
import { CancelledError } from '../errors.js'

/**
 * The only importer of @inquirer/prompts (STYLE.md §4). Every prompt goes through these wrappers, which turn
 * Ctrl-C (inquirer's ExitPromptError) into a CancelledError that src/cli.ts reports as one "Cancelled." line.
 * Only the wizard and the menu import this module, and only lazily, so `ask` and `check` never load inquirer.
 */

export interface SelectChoice<T> {
  value: T
  name: string
  description?: string
}

export interface SelectQuestion<T> {
  message: string
  choices: SelectChoice<T>[]
  default?: T
  /** The key hint under the list, in the user's language (inquirer's own is English only). */
  keysHint?: string
}

export interface TextQuestion {
  message: string
  default?: string
  /** true, or the reason the answer cannot be taken (shown under the prompt, which then asks again). */
  validate?: (value: string) => true | string
  /** What to show beside the typed text (a live reading of a date as it is typed). */
  preview?: (value: string, final: boolean) => string
}

// Prompts are drawn on stdout when it is a terminal; when stdout is piped (`wizard --message-only | pbcopy`)
// they go to stderr, so only the result reaches the pipe.
function context() {
  return { output: process.stdout.isTTY ? process.stdout : process.stderr }
}

function isExit(err: unknown): boolean {
  return err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError')
}

async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    if (isExit(err)) throw new CancelledError()
    throw err
  }
}

export function askSelect<T>(q: SelectQuestion<T>): Promise<T> {
  return guard(() =>
    select<T>(
      {
        message: q.message,
        choices: q.choices,
        default: q.default,
        loop: false,
        pageSize: Math.max(q.choices.length, 7),
        theme: q.keysHint === undefined ? undefined : { style: { keysHelpTip: () => q.keysHint } },
      },
      context(),
    ),
  )
}

export function askText(q: TextQuestion): Promise<string> {
  return guard(() =>
    input(
      {
        message: q.message,
        default: q.default,
        validate: q.validate,
        transformer: q.preview ? (value, { isFinal }) => q.preview!(value, isFinal) : undefined,
      },
      context(),
    ),
  )
}
