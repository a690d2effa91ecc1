/**
 * Untrusted text (notes, ids, policy packs, imported files) on a terminal. A raw ESC, BEL, CR or C1
 * control can retitle the terminal, clear the screen or forge a table line; a bidi override can reorder
 * what is shown. Each such character is shown as its escape (`\x1b`, `\r`, `\u202e`) instead.
 */

// eslint-disable-next-line no-control-regex
const VALUE_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
// Whole output lines: the same, but our own newlines, tabs and colour codes (SGR: ESC [ digits ; m) pass.
// eslint-disable-next-line no-control-regex
const LINE_UNSAFE = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

function escape(ch: string): string {
  const code = ch.charCodeAt(0)
  return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
}

/** A value from outside (a note, an id) made safe and visible: every control character escaped, newlines too. */
export function visible(text: string): string {
  return text.replace(VALUE_UNSAFE, escape)
}

/** A line about to be printed: control characters escaped, except newlines, tabs and colour codes. */
export function safeLine(text: string): string {
  return text.replace(LINE_UNSAFE, (m) => (m.length > 1 ? m : escape(m)))
}

// JSON.stringify escapes C0 controls but leaves DEL, C1 (U+009B is a CSI on some terminals), the bidi
// overrides and U+2028/2029 raw.
 
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** JSON text with every character a terminal could obey written as a \u escape: the same JSON value. */
export function safeJson(json: string): string {
  return json.replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
