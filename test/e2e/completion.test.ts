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
  it.skipIf(!has('man'))('dist/buyerdesk.1 renders with man -l, without warnings, from the same definitions', () => {
    const page = join(import.meta.dirname, '../../dist/buyerdesk.1')
    const r = spawnSync('man', ['--warnings', '-l', page], { encoding: 'utf8', env: { ...process.env, MANWIDTH: '80', MAN_KEEP_FORMATTING: '', PAGER: 'cat' } })
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    const text = r.stdout.replace(/.\x08/g, '')
    for (const heading of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'COMMANDS', 'EXAMPLES', 'EXIT STATUS', 'ENVIRONMENT']) expect(text).toMatch(new RegExp(`^${heading}$`, 'm'))
    expect(text).toMatch(/buyerdesk track import \[options\] <file>/)
    expect(text).toMatch(/--dry-run\s+show what would be saved, save nothing/)
    // man justifies its lines: the words of a row may be spread by several spaces
    expect(text).toMatch(/^\s+130\s+Ctrl-C\s+at\s+a\s+prompt/m)
    expect(text).toMatch(/buyerdesk completion bash/)
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
