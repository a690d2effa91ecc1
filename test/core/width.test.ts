import fc from 'fast-check'
import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/render/width.js'

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['환불', 4],
    ['주문 취소', 9],
    ['Rambursare până la', 18],
    ['\x1b[31m환불\x1b[39m', 4],
    ['\x1b[1mbold\x1b[22m', 4],
    ['tab\there', 7],
    ['✔ eligible', 10],
    ['┃━━●', 4],
    ['', 0],
  ])('%j is %i columns', (text, width) => expect(displayWidth(text)).toBe(width))

  // string-width counts ✔ and ✖ as emoji (2 columns); terminals draw them in text presentation, one
  // column, as wcwidth (and tmux) do: the table above pins ours. Everything else must agree.
  it('agrees with string-width on the scripts we print (Latin, Romanian, Hangul, box drawing)', () => {
    const ours = fc.stringMatching(/^[a-zA-Z0-9 .,:;!?()ăâîșțĂÂÎȘȚ가-힣─━│┃●○·…–-]*$/)
    fc.assert(fc.property(ours, (s) => {
      expect(displayWidth(s)).toBe(stringWidth(s))
    }), { numRuns: 1000 })
  })
})
