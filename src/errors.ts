/**
 * The exit-code table, shared by every command (README "Exit codes").
 * A domain answer ("not eligible") is not a failure: `check` exits 0 unless `--fail-on-ineligible` asks otherwise.
 */
export const EXIT = {
  /** Answered. */
  OK: 0,
  /** Data errors: bad stream lines (reported after the whole stream), a broken policy or data file. */
  DATA: 1,
  /** Usage errors: unknown flag, impossible or out-of-order date, unknown issue or platform. */
  USAGE: 2,
  /** An action named by `--fail-on-ineligible` (or a deadline under `deadlines --quiet`) is not open. */
  INELIGIBLE: 3,
  /** Ctrl-C (SIGINT) before anything was saved: 128 + 2, as shells report it. */
  INTERRUPTED: 130,
  /** Ctrl-C at a prompt: 128 + SIGINT, the shell's convention for a command stopped by the user. */
  CANCELLED: 130,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** A user-facing failure: printed as one line (no stack) and mapped to its exit code by src/cli.ts. */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.USAGE,
    /** The input field the message is about, when there is one. */
    readonly field?: string,
  ) {
    super(message)
    this.name = 'ExitError'
  }
}

export class UsageError extends ExitError {
  constructor(message: string, field?: string) {
    super(message, EXIT.USAGE, field)
    this.name = 'UsageError'
  }
}

export class DataError extends ExitError {
  constructor(message: string, field?: string) {
    super(message, EXIT.DATA, field)
    this.name = 'DataError'
  }
}

/**
 * The user pressed Ctrl-C at a prompt: src/cli.ts prints one line saying what stopped and that nothing was
 * changed, and exits 130. `during` names what was running (the wizard), when it is more than a prompt.
 */
export class CancelledError extends Error {
  constructor(readonly during: 'wizard' | 'prompt' = 'prompt') {
    super('Stopped. Nothing was changed.')
    this.name = 'CancelledError'
  }
}
