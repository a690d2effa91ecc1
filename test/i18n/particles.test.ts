import { describe, expect, it } from 'vitest'
import { fill } from '../../src/i18n/core-messages.js'
import { particleFor, withParticle } from '../../src/i18n/particles.js'

describe('Korean particles after a filled-in word', () => {
  it.each([
    ['사과', '이(가)', '사과가'],
    ['주문', '이(가)', '주문이'],
    ['바나나', '은(는)', '바나나는'],
    ['파일', '을(를)', '파일을'],
    ['Temu', '은(는)', 'Temu는'],
    ['eBay', '은(는)', 'eBay는'],
    ['orders.json', '을(를)', 'orders.json을'], // 엔: a final consonant
    ['html', '을(를)', 'html을'], // 엘
    ['2026-02-30', '은(는)', '2026-02-30은'], // 영
    ['o2', '을(를)', 'o2를'], // 이
    ['A-17', '이(가)', 'A-17이'], // 칠
    ['/tmp', '(으)로', '/tmp로'], // 피
    ['A-10', '(으)로', 'A-10으로'], // 영
    ['문', '와(과)', '문과'],
  ])('%s + %s → %s', (word, written, expected) => expect(withParticle(word, written as '은(는)')).toBe(expected))

  it('a word with nothing to read keeps the written both-ways form', () => {
    expect(particleFor('…', '은(는)')).toBe('은(는)')
  })

  it('fill gives each placeholder its particle, after closing quotes too', () => {
    expect(fill('"{value}"은(는) 날짜가 아니에요', { value: 'soon' })).toBe('"soon"은 날짜가 아니에요')
    expect(fill('{file}을(를) 읽을 수 없어요', { file: '/tmp/주문' })).toBe('/tmp/주문을 읽을 수 없어요')
    expect(fill('{a}와(과) {b}은(는) 함께 쓸 수 없어요', { a: '--json', b: '--ics' })).toBe('--json과 --ics는 함께 쓸 수 없어요')
    // English and Romanian templates are untouched.
    expect(fill('{file} (kept)', { file: 'x' })).toBe('x (kept)')
  })
})
