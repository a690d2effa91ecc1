import { displayWidth } from './width.js'

/**
 * Word-wrap to `width` terminal columns (Hangul and other wide characters count two, colour codes none), with
 * `indent` before the first line and `hanging` before the others. Lines break only at spaces: a word, and so
 * a URL, is never cut; one longer than a whole line stands alone on its line, past the width (a terminal then
 * folds it without breaking the link). Colour codes without spaces in them travel with their word.
 *
 * NOTE: hand-rolled rather than wrap-ansi 9: importing wrap-ansi (it loads string-width and its emoji
 * regex) took 24-32 ms, and its first call 8-10 ms more, in a fresh process on this machine, where
 * `node -e 0` took about 90 ms and the whole `check` screen 190 ms. The rule here is one loop over words.
 */
export function wrap(text: string, width: number, indent = '', hanging = indent): string[] {
  const lines: string[] = []
  let line = indent
  let lineWidth = displayWidth(indent)
  let empty = true
  for (const word of text.split(/ +/)) {
    if (word === '') continue
    const w = displayWidth(word)
    if (!empty && lineWidth + 1 + w > width) {
      lines.push(line)
      line = hanging
      lineWidth = displayWidth(hanging)
      empty = true
    }
    line += (empty ? '' : ' ') + word
    lineWidth += (empty ? 0 : 1) + w
    empty = false
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd())
  return lines
}

/** A URL: the one kind of word allowed past the width (it is never cut). */
export const URL_PATTERN = /https?:\/\/[^\s<>]+/g

/**
 * Lines made without a width, fitted to one: each is wrapped with its own leading spaces, and a list item
 * (`- `, `· `, `1. `) goes on under its text rather than under its marker.
 */
export function fitLines(lines: readonly string[], width: number, keep?: RegExp): string[] {
  const out: string[] = []
  for (const line of lines) {
    if (displayWidth(line) <= width) {
      out.push(line)
      continue
    }
    const lead = /^( *)((?:[-·•]|\d+\.) )?/.exec(line)!
    const indent = lead[0]
    // A phrase to keep on one line (a short command such as `buyerdesk show ID`) wraps as one word.
    const text = keep === undefined ? line.slice(indent.length) : line.slice(indent.length).replace(keep, (m) => m.replaceAll(' ', KEPT_SPACE))
    for (const l of wrap(text, width, indent, ' '.repeat(displayWidth(indent)))) out.push(l.replaceAll(KEPT_SPACE, ' '))
  }
  return out
}

/** Stands for a space inside a kept phrase while wrapping (one column wide, as the space it replaces); never in output. */
const KEPT_SPACE = '\u00a0'

/**
 * Short commands a screen names, kept whole on one line: `(buyerdesk show ID)`, `buyerdesk contact SHOP`,
 * `--platform SHOP`, and the wizard command an answer suggests (`buyerdesk wizard --platform amazon --issue
 * changed_mind`, at most 63 columns), which the user copies as it is.
 */
export const SHORT_COMMANDS = /\(buyerdesk show [\w-]+\)|buyerdesk (?:show|contact) [\w-]+|buyerdesk wizard(?: --[\w-]+ [\w-]+)*|--platform \w+/g
