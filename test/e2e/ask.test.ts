import { MAX_QUESTION_LENGTH } from '../../src/commands/ask.js'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// End-to-end: the built bin (npm test builds first), spawned like a user's shell would.
const BIN = fileURLToPath(new URL('../../bin/buyerdesk.js', import.meta.url))
const run = (args: string[], input?: string, env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const ANSWER_KEYS = ['type', 'question', 'lang', 'platform', 'topic', 'matches', 'answer', 'steps', 'sources', 'abstain', 'outOfScope', 'otherShop', 'command']

describe('buyerdesk ask --json', () => {
  it('answers in the language of the question, with the exact record shape', () => {
    const r = run(['ask', '--json', '알리 분쟁 기한이 며칠이에요?'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    const rec = JSON.parse(r.stdout)
    expect(Object.keys(rec)).toEqual(ANSWER_KEYS)
    expect(rec).toMatchObject({ type: 'answer', lang: 'ko', platform: 'aliexpress', topic: 'dispute.open' })
    expect(rec.answer).toMatch(/[가-힣]/)
    expect(Object.keys(rec.matches[0])).toEqual(['id', 'topic', 'score', 'title'])
    expect(rec.sources.length).toBeGreaterThan(0)
  })

  it('a question naming Amazon gets the Amazon answer', () => {
    const rec = JSON.parse(run(['ask', '--json', 'how do I print an amazon return label']).stdout)
    expect(rec.platform).toBe('amazon')
    expect(rec.matches[0].id).toMatch(/^amz-|^common-/)
  })

  it('--platform and --lang override what the question says', () => {
    const rec = JSON.parse(run(['ask', '--json', '--platform', 'amazon', '--lang', 'ro', 'how do I cancel my order']).stdout)
    expect(rec).toMatchObject({ platform: 'amazon', lang: 'ro', topic: 'order.cancel' })
    expect(rec.answer).toMatch(/[ăâîșț]/)
  })

  it('abstains with topic and answer null on an out-of-scope question', () => {
    const rec = JSON.parse(run(['ask', '--json', "what's a good recipe for kimchi"]).stdout)
    expect(rec).toMatchObject({ topic: null, answer: null, steps: [], sources: [] })
  })

  it('"I don\'t know" in the user\'s language, with the closest topics and how to reach support', () => {
    const r = run(['ask', 'Cât costă un bilet de avion spre Paris?'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Nu am găsit un răspuns')
    expect(r.stdout).toContain('buyerdesk show ')
    expect(r.stdout).toContain('buyerdesk contact')
  })

  it('bad flags are usage errors (exit 2) naming the flag, without a stack', () => {
    const r = run(['ask', '--platform', 'ebay', 'refund'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--platform: "ebay"')
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(run(['ask', '--limit', 'many', 'refund']).code).toBe(2)
    expect(run(['ask', '   ']).code).toBe(2)
  })
})

describe('buyerdesk ask - (stdin)', () => {
  it('one JSON line per input line, in order; a bad line gets an error record in its place, a blank one is skipped', () => {
    const input = ['how do I cancel my order', 'x'.repeat(MAX_QUESTION_LENGTH + 1), '', '환불은 언제 들어와요?', 'Am uitat parola contului', ''].join('\n') + '\n'
    const r = run(['ask', '-'], input)
    expect(r.code).toBe(1)
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatchObject({ type: 'answer', lang: 'en', topic: 'order.cancel' })
    expect(lines[1]).toMatchObject({ type: 'error', line: 2 })
    expect(lines[2]).toMatchObject({ type: 'answer', lang: 'ko', topic: 'refund.timing' })
    expect(lines[3]).toMatchObject({ type: 'answer', lang: 'ro', topic: 'account.password' })
    expect(r.stderr).toContain('1 of 6 lines')
  })
})

describe('topics, show, contact', () => {
  it('topics --json lists every topic per platform', () => {
    const r = run(['topics', '--json'])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.platforms.map((p: { platform: string }) => p.platform)).toEqual(['aliexpress', 'amazon'])
    for (const p of json.platforms) expect(p.topics.length).toBe(34)
  })

  it('show prints one entry in full; an unknown id is exit 2 with close ids', () => {
    const ok = run(['show', 'ali-dispute-deadlines', '--lang', 'en'])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('ali-dispute-deadlines')
    const bad = run(['show', 'ali-dispute-deadline'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('ali-dispute-deadlines')
  })

  it('contact --json: open or closed and the next change, at --now, in the user\'s zone', () => {
    const r = run(['contact', 'aliexpress', '--json', '--now', '2026-11-22T10:00:00+09:00', '--timezone', 'Europe/Bucharest'])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    const agents = json.platforms[0].channels.find((c: { id: string }) => c.id === 'agent-ko')
    expect(agents).toMatchObject({ status: 'open', next: '2026-11-22T06:00:00.000Z' })
    // 15:00 in Seoul is 08:00 in Bucharest
    expect(agents.nextLocal).toContain('08:00')
    const phone = json.platforms[0].channels.find((c: { id: string }) => c.id === 'phone')
    expect(phone.status).toBe('none')
  })

  it('contact rejects a bad --now and an unknown time zone', () => {
    expect(run(['contact', '--now', 'tomorrow']).code).toBe(2)
    expect(run(['contact', '--timezone', 'Mars/Olympus']).stderr).toContain('--timezone')
  })
})
