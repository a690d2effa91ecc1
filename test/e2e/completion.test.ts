import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BIN, run } from './run.js'

/**
 * The completion scripts in the real shells (Debian's bash with bash-completion, and zsh; .ci/run installs
 * them), with `buyerdesk` on PATH as after an install, and the man page through man(1).
 */
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const BASH_COMPLETION = '/usr/share/bash-completion/bash_completion'

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-completion-'))
  const bin = join(dir, 'bin')
  spawnSync('mkdir', ['-p', bin])
  writeFileSync(join(bin, 'buyerdesk'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`)
  chmodSync(join(bin, 'buyerdesk'), 0o755)
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, BUYERDESK_CONFIG_DIR: dir, NO_COLOR: '1' }
  for (const id of ['AE-8187', '112-2222222-2222222']) {
    expect(run(['track', 'add', '--id', id, '--platform', 'aliexpress', '--ordered', '2026-11-01', '--today', '2026-11-22'], { env }).status).toBe(0)
  }
  return { dir, env }
}

/** What bash offers for the line typed so far (the last word being completed), after sourcing the script. */
function bash(env: NodeJS.ProcessEnv, words: string[]): string[] {
  const script = [
    `source ${BASH_COMPLETION}`,
    'eval "$(buyerdesk completion bash)"',
    // The script registered itself for `buyerdesk`.
    'complete -p buyerdesk >&2',
    `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})`,
    `COMP_CWORD=${words.length - 1}`,
    `COMP_LINE='${words.join(' ')}'`,
    'COMP_POINT=${#COMP_LINE}',
    '__buyerdesk_complete 2>/dev/null',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n')
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { env, encoding: 'utf8' })
  expect(r.stderr).toMatch(/complete .*-F __buyerdesk_complete buyerdesk/)
  return r.stdout.split('\n').filter(Boolean)
}

/** What zsh's completion function hands to _describe (zsh's own lister), after compinit and the script. */
function zsh(env: NodeJS.ProcessEnv, words: string[]): string[] {
  const script = [
    'autoload -U compinit && compinit -u -D',
    'eval "$(buyerdesk completion zsh)"',
    'print -r -- "registered: $_comps[buyerdesk]" >&2',
    '_describe() { print -rl -- "${completions[@]}"; return 0 }',
    `words=(${words.map((w) => `'${w}'`).join(' ')})`,
    `CURRENT=${words.length}`,
    '_buyerdesk',
  ].join('\n')
  const r = spawnSync('zsh', ['-f', '-c', script], { env, encoding: 'utf8' })
  expect(r.stderr).toMatch(/registered: _buyerdesk/)
  return r.stdout.split('\n').filter(Boolean).map((l) => l.replace(/(?<!\\):.*$/, ''))
}

describe('shell completion', () => {
  it.skipIf(!has('bash') || spawnSync('test', ['-f', BASH_COMPLETION]).status !== 0)('bash: commands, a flag, its values, saved order ids, KB ids, settings keys', () => {
    const { env } = setup()
    expect(bash(env, ['buyerdesk', 'tr'])).toEqual(['track'])
    expect(bash(env, ['buyerdesk', 'check', '--is'])).toEqual(['--issue'])
    expect(bash(env, ['buyerdesk', 'check', '--issue', 'not_'])).toEqual(['not_received', 'not_as_described'])
    expect(bash(env, ['buyerdesk', 'check', '--lang', ''])).toEqual(['en', 'ko', 'ro'])
    expect(bash(env, ['buyerdesk', 'track', 'show', ''])).toEqual(['AE-8187', '112-2222222-2222222'])
    expect(bash(env, ['buyerdesk', 'track', 'update', 'AE'])).toEqual(['AE-8187'])
    expect(bash(env, ['buyerdesk', 'show', 'ali-refund-d'])).toContain('ali-refund-deadline')
    expect(bash(env, ['buyerdesk', 'config', 'set', 'time'])).toEqual(['timezone'])
    expect(bash(env, ['buyerdesk', 'completion', ''])).toEqual(['zsh', 'bash', 'fish', 'powershell'])
  })

  it.skipIf(!has('zsh'))('zsh: a flag and a saved order id', () => {
    const { env } = setup()
    expect(zsh(env, ['buyerdesk', 'check', '--is'])).toEqual(['--issue'])
    expect(zsh(env, ['buyerdesk', 'track', 'show', ''])).toEqual(['AE-8187', '112-2222222-2222222'])
    expect(zsh(env, ['buyerdesk', 'contact', ''])).toEqual(['aliexpress', 'amazon'])
  })

  it('prints a script for each shell, naming the program', () => {
    for (const shell of ['bash', 'zsh', 'fish', 'powershell']) {
      const r = run(['completion', shell])
      expect(r.status, shell).toBe(0)
      expect(r.stdout, shell).toMatch(/buyerdesk complete '?--/)
    }
    const bad = run(['completion', 'tcsh'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^buyerdesk: option|^buyerdesk: command-argument value 'tcsh' is invalid/)
  })
})

describe('man page', () => {
  const dist = join(import.meta.dirname, '../../dist')
  const render = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync('man', args, { encoding: 'utf8', env: { ...process.env, MANWIDTH: '80', MAN_KEEP_FORMATTING: '', PAGER: 'cat', ...env } })
    return { ...r, text: r.stdout.replace(/.\x08/g, '') }
  }
  const UTF8 = { LC_ALL: 'C.UTF-8' }

  it.skipIf(!has('man'))('dist/buyerdesk.1 renders with man -l, without warnings, from the same definitions', () => {
    const r = render(['--warnings', '-l', join(dist, 'buyerdesk.1')])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    const text = r.text
    for (const heading of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'COMMANDS', 'EXAMPLES', 'EXIT STATUS', 'ENVIRONMENT', 'SEE ALSO']) expect(text).toMatch(new RegExp(`^${heading}$`, 'm'))
    expect(text).toMatch(/buyerdesk track import \[options\] <file>/)
    expect(text).toMatch(/--dry-run\s+show what would be saved, save nothing/)
    // man justifies its lines: the words of a row may be spread by several spaces
    expect(text).toMatch(/^\s+130\s+Ctrl-C:\s+stopped;\s+nothing\s+was\s+changed/m)
    expect(text).toMatch(/buyerdesk completion bash/)
    // An example keeps its quotes (a macro would take them as its own).
    expect(text).toContain('buyerdesk ask "how do I cancel an order?"')
  })

  // Each page in its own language, headings included (the catalogues' `man`), and nothing of the English page's words.
  it.skipIf(!has('man')).each([
    ['ko', ['이름', '개요', '설명', '옵션', '명령', '예시', '종료 상태', '환경 변수', '관련 항목'], /--dry-run\s+저장될\s+내용만\s+보여\s+주고/, /^\s+130\s+Ctrl-C:\s+중단했고/m],
    ['ro', ['NUME', 'SINOPSIS', 'DESCRIERE', 'OPȚIUNI', 'COMENZI', 'EXEMPLE', 'STARE DE IEȘIRE', 'MEDIU', 'CONSULTAȚI ȘI'], /--dry-run\s+arată\s+ce\s+s-ar\s+salva/, /^\s+130\s+Ctrl-C:\s+/m],
  ] as const)('dist/man/%s/man1/buyerdesk.1 renders in that language, without warnings', (lang, headings, dryRun, cancelled) => {
    // A reader of a Korean or Romanian page has a UTF-8 locale (the tests run without one).
    const r = render(['--warnings', '-l', join(dist, 'man', lang, 'man1/buyerdesk.1')], UTF8)
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    for (const heading of headings) expect(r.text).toMatch(new RegExp(`^${heading}$`, 'm'))
    expect(r.text).toMatch(dryRun)
    expect(r.text).toMatch(cancelled)
    expect(r.text).not.toMatch(/^(NAME|SYNOPSIS|DESCRIPTION|EXIT STATUS)$|display help for command|output the version number|show what would be saved/m)
    if (lang === 'ko') expect(r.text).toContain('buyerdesk ask "환불 기한이 며칠이에요?"')
  })

  // The layout man(1) looks a language's page up in: MANPATH=…/dist/man and the locale (-L here: the test machine may lack the locale).
  it.skipIf(!has('man') || !/man-db|man 2\./.test(spawnSync('man', ['--version'], { encoding: 'utf8' }).stdout ?? ''))('man finds each language under MANPATH=dist/man', () => {
    const env = { ...UTF8, MANPATH: join(dist, 'man') }
    expect(render(['-L', 'ko', 'buyerdesk'], env).text).toMatch(/^BUYERDESK\(1\)\s+사용자 명령/)
    expect(render(['-L', 'ro', 'buyerdesk'], env).text).toMatch(/^BUYERDESK\(1\)\s+Comenzi pentru utilizatori/)
    expect(render(['-L', 'en', 'buyerdesk'], env).text).toMatch(/^BUYERDESK\(1\)\s+User Commands/)
  })
})

/**
 * As a person would: an interactive bash and zsh in a pseudo-terminal (tmux), the one documented command, then
 * TAB after a partly typed word; the line on the screen is completed.
 */
const HAS_TMUX = has('tmux')
const SOCKET = `buyerdesk-completion-${process.pid}`
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' }).stdout
afterAll(() => {
  if (HAS_TMUX) spawnSync('tmux', ['-L', SOCKET, 'kill-server'])
})

async function screenShows(name: string, pattern: RegExp, timeout = 20_000): Promise<string> {
  const until = Date.now() + timeout
  for (;;) {
    const text = tmux('capture-pane', '-p', '-J', '-t', name)
    if (pattern.test(text)) return text
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern} on the screen:\n${text}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

describe.skipIf(!HAS_TMUX)('TAB in an interactive shell (tmux)', () => {
  const cases = [
    { shell: 'bash', argv: ['bash', '--norc', '--noprofile', '-i'], setup: `source ${BASH_COMPLETION}; eval "$(buyerdesk completion bash)"`, ok: has('bash') && existsSync(BASH_COMPLETION) },
    { shell: 'zsh', argv: ['zsh', '-f', '-i'], setup: 'autoload -U compinit && compinit -u -D && eval "$(buyerdesk completion zsh)"', ok: has('zsh') },
  ]
  for (const c of cases) {
    it.skipIf(!c.ok)(`${c.shell}: completes a flag and a saved order id`, async () => {
      const { env } = setup()
      const name = `c-${c.shell}`
      const vars = (['PATH', 'BUYERDESK_CONFIG_DIR', 'NO_COLOR'] as const).map((k) => `${k}=${env[k]}`)
      tmux('-u', 'new-session', '-d', '-x', '120', '-y', '30', '-s', name, ['env', ...vars, 'PS1=$ ', 'PROMPT=$ ', ...c.argv].map((a) => `'${a}'`).join(' '))
      tmux('send-keys', '-t', name, '-l', c.setup)
      tmux('send-keys', '-t', name, 'Enter')
      tmux('send-keys', '-t', name, '-l', 'echo ready')
      tmux('send-keys', '-t', name, 'Enter')
      await screenShows(name, /^ready$/m)
      tmux('send-keys', '-t', name, '-l', 'buyerdesk track show AE')
      tmux('send-keys', '-t', name, 'Tab')
      await screenShows(name, /buyerdesk track show AE-8187/)
      tmux('send-keys', '-t', name, 'C-u')
      tmux('send-keys', '-t', name, '-l', 'buyerdesk check --fail-on-in')
      tmux('send-keys', '-t', name, 'Tab')
      await screenShows(name, /buyerdesk check --fail-on-ineligible/)
    }, 60_000)
  }
})
