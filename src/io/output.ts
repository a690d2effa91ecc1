/**
 * The only writer of stdout/stderr (STYLE.md §5, §9); colours are in ./colour.ts.
 * stdout carries results; hints, warnings and errors go to stderr.
 *
 * Two ways out, never mixed in one run:
 * - one answer (`print*`): written straight to file descriptor 1 with fs.writeSync. Creating
 *   `process.stdout` costs 1.5-2 ms of a one-shot command's start (a net.Socket and its stream machinery
 *   when stdout is a pipe, as in `buyerdesk check … | jq`), for a few hundred bytes written once.
 * - streams (`write`): `process.stdout` with its backpressure, so long streams stay in constant memory.
 * Once a stream has started, `print*` goes through it too, keeping the output in order.
 */

import { writeSync } from 'node:fs'
import { safeJson, safeLine } from '../render/visible.js'

let stdoutClosed = false
let streaming = false

/** A reader that went away (`buyerdesk check - | head -1`) is not an error worth a word: end quietly. */
function readerGone(): never {
  stdoutClosed = true
  process.exit(process.exitCode ?? 0)
}

function openStream(): void {
  if (streaming) return
  streaming = true
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') readerGone()
    throw err
  })
}

/** Kept for callers that start a stream early; streams also start on their first `write`. */
export function guardStdout(): void {
  openStream()
}

export function isStdoutClosed(): boolean {
  return stdoutClosed
}

/** All of `text` to fd 1, synchronously; a full non-blocking pipe (EAGAIN) is waited on, briefly. */
function writeAll(text: string): void {
  let bytes = Buffer.from(text, 'utf8')
  while (bytes.length > 0) {
    try {
      const n = writeSync(1, bytes)
      bytes = bytes.subarray(n)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EPIPE') readerGone()
      if (code !== 'EAGAIN') throw err
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1)
    }
  }
}

/** One piece of output that is the whole answer (or a part of it, in order). */
export function printText(text: string): void {
  if (stdoutClosed || text === '') return
  if (streaming) process.stdout.write(text)
  else writeAll(text)
}

/**
 * Write to stdout as a stream; resolves once the stream accepts more (backpressure), so long streams stay
 * in constant memory. `onWritten` runs once the data has left (its buffer may then be reused).
 */
export function write(data: string | Uint8Array, onWritten?: () => void): Promise<void> | void {
  if (stdoutClosed) return
  openStream()
  if (!process.stdout.write(data, onWritten ? (err) => err || onWritten() : undefined)) {
    return new Promise((resolve) => process.stdout.once('drain', resolve))
  }
}

/** Human output: untrusted text in it (notes, ids, pack texts) cannot drive the terminal (src/render/visible.ts). */
export function printLines(lines: readonly string[]): void {
  if (lines.length > 0) printText(safeLine(lines.join('\n')) + '\n')
}

export function printJson(value: unknown): void {
  printText(safeJson(JSON.stringify(value)) + '\n')
}

export function printError(message: string): void {
  process.stderr.write(safeLine(message) + '\n')
}

export function printHint(message: string): void {
  process.stderr.write(safeLine(message) + '\n')
}
