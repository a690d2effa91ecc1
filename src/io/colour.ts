import chalk, { Chalk, type ChalkInstance } from 'chalk'

/**
 * The only chalk user (STYLE.md §5, §9). Its own module, imported by the commands that colour text:
 * loading chalk means loading node:tty to ask whether stdout is a terminal (~2-3 ms), which JSON and
 * stream output never need.
 */

/** Colour for human output on stdout: chalk's detection already honours FORCE_COLOR and TTYs; NO_COLOR is honoured here. */
export function colours(): ChalkInstance {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '' && !process.env.FORCE_COLOR) {
    return new Chalk({ level: 0 })
  }
  return chalk
}
