/**
 * The only writer of stdout/stderr (STYLE.md §5, §9); colours are in ./colour.ts.
 * stdout carries results; hints, warnings and errors go to stderr.
 */

let stdoutClosed = false

/** `buyerdesk check - | head -1`: a reader that goes away is not an error worth a word. */
export function guardStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      stdoutClosed = true
      process.exit(process.exitCode ?? 0)
    }
    throw err
  })
}

export function isStdoutClosed(): boolean {
  return stdoutClosed
}

/**
 * Write to stdout; resolves once the stream accepts more (backpressure), so long streams stay in constant
 * memory. `onWritten` runs once the data has left (its buffer may then be reused).
 */
export function write(data: string | Uint8Array, onWritten?: () => void): Promise<void> | void {
  if (stdoutClosed) return
  if (!process.stdout.write(data, onWritten ? (err) => err || onWritten() : undefined)) {
    return new Promise((resolve) => process.stdout.once('drain', resolve))
  }
}

export function printLines(lines: readonly string[]): void {
  if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n')
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n')
}

export function printError(message: string): void {
  process.stderr.write(message + '\n')
}

export function printHint(message: string): void {
  process.stderr.write(message + '\n')
}
