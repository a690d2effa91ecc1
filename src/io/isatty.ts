import { fstatSync, statSync } from 'node:fs'

/**
 * `tty.isatty`, answered without loading node:tty when the answer is certain: only a character device can
 * be a terminal, and /dev/null is not one. Anything else (a terminal, Windows) asks node:tty itself.
 *
 * NOTE: chalk's supports-color imports node:tty only to call `isatty(1)` and `isatty(2)` when it loads;
 * node:tty brings node:net and the stream machinery with it, ~1.5-2 ms of a one-shot command whose output
 * goes to a file, a pipe or /dev/null (measured in a fresh process; bench/RESULTS.md). tsdown.config.ts
 * gives supports-color this module in place of node:tty.
 */
export function isatty(fd: number): boolean {
  if (process.platform !== 'win32') {
    try {
      const stat = fstatSync(fd)
      if (!stat.isCharacterDevice()) return false
      if (stat.rdev === statSync('/dev/null').rdev) return false
    } catch {
      // a closed descriptor or no /dev/null: node:tty decides
    }
  }
  return process.getBuiltinModule('node:tty').isatty(fd)
}

export default { isatty }
