import { eastAsianWidth } from 'get-east-asian-width'
import { stripVTControlCharacters } from 'node:util'

/**
 * Columns a string takes in a terminal: Hangul and other wide characters count 2, marks 0.
 *
 * NOTE: string-width does this too, but loading it costs ~35 ms (it compiles a large emoji regex) on a
 * command whose whole budget is 1.5x `node -e 0`; our texts hold no emoji, so its own width table
 * (get-east-asian-width, same author) is enough.
 */
export function displayWidth(text: string): number {
  // Most words on screen are printable ASCII: one column per character. (The slow path below, a regex and
  // a table look-up per character, took ~3 ms of a `check` screen.)
  let plain = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20 || c > 0x7e) {
      plain = false
      break
    }
  }
  if (plain) return text.length
  let width = 0
  for (const ch of text.includes('\x1b') || text.includes('\x9b') ? stripVTControlCharacters(text) : text) {
    const cp = ch.codePointAt(0)!
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x200b || cp === 0x200d || (cp >= 0x300 && cp <= 0x36f) || cp === 0xfe0f) continue
    width += eastAsianWidth(cp)
  }
  return width
}
