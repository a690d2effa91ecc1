import { isatty } from './isatty.js'

/** Columns when stdout is not a terminal (a pipe, a file) and COLUMNS does not say. */
export const DEFAULT_COLUMNS = 80
/** Narrower than this, lines are laid out for this many columns and the terminal folds them. */
export const MIN_COLUMNS = 40

/**
 * The width human output is laid out for: `COLUMNS` when it is a number, else the terminal's width when
 * stdout is one, else 80. `process.stdout` is touched only in a terminal (creating it costs a pipe's run ~2 ms).
 */
export function screenWidth(env: NodeJS.ProcessEnv = process.env, terminal: () => number | undefined = terminalColumns): number {
  const forced = env.COLUMNS?.trim()
  const columns = forced !== undefined && /^\d+$/.test(forced) ? Number(forced) : terminal()
  return Math.max(MIN_COLUMNS, columns !== undefined && columns > 0 ? columns : DEFAULT_COLUMNS)
}

function terminalColumns(): number | undefined {
  return isatty(1) ? process.stdout.columns : undefined
}
