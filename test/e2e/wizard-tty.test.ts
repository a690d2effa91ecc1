import { execFileSync, spawnSync } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import { BIN } from './run.js'
import { displayWidth } from '../../src/render/width.js'
import { inquirerSpy } from './wizard-helpers.js'

/**
 * The built wizard in a real pseudo-terminal: tmux runs it, send-keys types as a person would, capture-pane
 * reads the screen. `.ci/run` installs tmux when it is missing; only where it cannot be had is this skipped.
 */
const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0
if (!HAS_TMUX) console.warn('test/e2e/wizard-tty.test.ts: SKIPPED, tmux is not installed (apt-get install tmux) so the wizard cannot be driven in a pseudo-terminal')

// A private server socket, so a developer's own tmux sessions are never touched.
const SOCKET = `buyerdesk-test-${process.pid}`
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' })

let session = 0
function start(args: string[], env: Record<string, string> = {}): string {
  const name = `w${++session}`
  // Through env(1): tmux sets TERM itself for the pane, so `new-session -e TERM=…` would not stick.
  const vars = Object.entries({ NO_COLOR: '1', LANG: 'en_US.UTF-8', ...env }).map(([k, v]) => `${k}=${v}`)
  const quoted = ['env', ...vars, process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
  // The shell stays after the wizard so its exit status and last screen can be read.
  tmux('-u', 'new-session', '-d', '-x', '100', '-y', '50', '-s', name, `${quoted}; echo "EXIT=$?"; sleep 60`)
  return name
}

const screen = (name: string) => tmux('capture-pane', '-p', '-J', '-S', '-300', '-t', name)

async function waitFor(name: string, pattern: RegExp, timeout = 20_000): Promise<string> {
  const until = Date.now() + timeout
  for (;;) {
    const text = screen(name)
    if (pattern.test(text)) return text
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern} on the screen:\n${text}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

const keys = (name: string, ...k: string[]) => tmux('send-keys', '-t', name, ...k)
const type = (name: string, text: string) => tmux('send-keys', '-t', name, '-l', text)

afterAll(() => {
  if (HAS_TMUX) spawnSync('tmux', ['-L', SOCKET, 'kill-server'])
})

describe.skipIf(!HAS_TMUX)('wizard in a pseudo-terminal (tmux)', () => {
  it('answers every question, re-asks after a bad date, and shows the result screen', async () => {
    const w = start(['wizard', '--today', '2026-11-22'])
    await waitFor(w, /Where did you buy it\?/)
    keys(w, 'Enter') // AliExpress, the first choice
    await waitFor(w, /What went wrong\?/)
    keys(w, 'Down', 'Down', 'Enter') // It is defective
    await waitFor(w, /When did you place the order\?/)
    type(w, '2026-02-30')
    keys(w, 'Enter')
    await waitFor(w, /"2026-02-30" isn't a real date/)
    keys(w, 'C-u')
    type(w, '2026-09-01')
    await waitFor(w, /2026-09-01 → Tue, Sep 1, 2026/) // the live reading as it is typed
    keys(w, 'Enter')
    await waitFor(w, /When was it delivered\?/)
    type(w, '12 days ago')
    keys(w, 'Enter')
    await waitFor(w, /When did you first contact the seller/)
    keys(w, 'Enter') // not yet
    await waitFor(w, /Have you already opened a dispute/)
    keys(w, 'Enter') // not yet
    await waitFor(w, /What do you want to ask the seller for\?/)
    keys(w, 'Down', 'Enter') // a partial refund
    await waitFor(w, /Order number/)
    type(w, '8123456')
    keys(w, 'Enter')
    const text = await waitFor(w, /EXIT=\d/)

    expect(text).toContain('EXIT=0')
    expect(text).toMatch(/✔ When was it delivered\? .*Tue, Nov 10, 2026/)
    expect(text).toMatch(/Refund {4}✔ possible {2}last day Wed, Nov 25, 2026 · 3 days left/)
    expect(text).toMatch(/Dispute {3}! sources disagree {2}latest Wed, Nov 25, 2026 \(3 days left\)/)
    expect(text).toMatch(/Dispute +├━+░+┤ Nov 10–Nov 15\/Nov 25/)
    expect(text).toContain('Next steps: Refund')
    expect(text).toContain('☐ A 10 to 20 second video showing the defect')
    expect(text).toContain('Subject: Order 8123456: defective item')
    expect(text).toContain('Please give me a partial refund')
    // The result screen fits the terminal: the pane is 100 columns (the prompts above it are the user's own typing).
    const result = text.slice(text.indexOf('order 8123456 · AliExpress'))
    for (const line of result.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(100)
  })

  it.each([
    ['en', /Where did you buy it\?/, /What went wrong\?/, 'The wizard stopped. Nothing was changed.'],
    ['ko', /어디에서 구매했나요\?/, /어떤 문제가 있나요\?/, '단계별 안내를 중단했어요. 바뀐 것은 없어요.'],
    ['ro', /De unde ați cumpărat\?/, /Ce nu a mers bine\?/, 'Ghidul pas cu pas s-a oprit. Nu s-a modificat nimic.'],
  ])('%s: Ctrl-C prints one line saying the wizard stopped and nothing was changed, and exits 130 (128 + SIGINT), with no stack trace', async (lang, first, second, said) => {
    // Also the positive control of the lazy-import checks in wizard.test.ts: here the prompt library is loaded.
    const spy = inquirerSpy()
    const w = start(['wizard', '--lang', lang, '--today', '2026-11-22'], spy.env)
    await waitFor(w, first)
    keys(w, 'Enter')
    await waitFor(w, second)
    keys(w, 'C-c')
    const text = await waitFor(w, /EXIT=\d/)
    expect(text).toContain('EXIT=130')
    expect(text.split(said)).toHaveLength(2)
    // one line, in the user's language only
    for (const other of ['The wizard stopped.', '단계별 안내를 중단했어요.', 'Ghidul pas cu pas s-a oprit.'].filter((o) => !said.startsWith(o))) expect(text).not.toContain(other)
    expect(text).not.toMatch(/\n\s+at /)
    expect(spy.loaded().length).toBeGreaterThan(0)
  })

  it('draws with ASCII under TERM=dumb', async () => {
    const w = start(['wizard', '--platform', 'aliexpress', '--issue', 'defective', '--ordered', '2026-09-01', '--delivered', '2026-11-10', '--contacted', 'none', '--disputed', 'none', '--request', 'refund', '--id', 'none', '--today', '2026-11-22'], { TERM: 'dumb' })
    const text = await waitFor(w, /EXIT=\d/)
    expect(text).toContain('EXIT=0')
    expect(text).toMatch(/Dispute +\[=+~+\] Nov 10-Nov 15\/Nov 25/)
    expect(text).not.toContain('━')
  })
})
