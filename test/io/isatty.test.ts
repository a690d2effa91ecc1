import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isatty } from '../../src/io/isatty.js'

const JITI = fileURLToPath(new URL('../../node_modules/.bin/jiti', import.meta.url))
const MODULE = fileURLToPath(new URL('../../src/io/isatty.ts', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-tty-'))
const answerFile = join(dir, 'answer.json')
// A child process writes our answer and node:tty's for its fd 1 to a file, so fd 1 can be anything.
const probe = join(dir, 'probe.mts')
writeFileSync(
  probe,
  `import { writeFileSync } from 'node:fs'; import tty from 'node:tty'; import { isatty } from ${JSON.stringify(MODULE)}\n` +
    `writeFileSync(${JSON.stringify(answerFile)}, JSON.stringify([isatty(1), tty.isatty(1)]))\n`,
)

function answers(run: () => void): [boolean, boolean] {
  writeFileSync(answerFile, 'null')
  run()
  return JSON.parse(readFileSync(answerFile, 'utf8')) as [boolean, boolean]
}
const withStdout = (stdout: 'pipe' | 'ignore' | number) => () => spawnSync(JITI, [probe], { stdio: ['ignore', stdout, 'ignore'] })

describe('isatty: the same answer as node:tty', () => {
  it('a pipe is not a terminal', () => expect(answers(withStdout('pipe'))).toEqual([false, false]))
  it('/dev/null is not a terminal', () => expect(answers(withStdout('ignore'))).toEqual([false, false]))
  it('a file is not a terminal', () => {
    const fd = openSync(join(dir, 'out'), 'w')
    try {
      expect(answers(withStdout(fd))).toEqual([false, false])
    } finally {
      closeSync(fd)
    }
  })
  it('a closed descriptor is not a terminal', () => expect(isatty(987)).toBe(false))
  // util-linux `script` runs the command in a pseudo-terminal.
  it.runIf(existsSync('/usr/bin/script'))('a pseudo-terminal is one', () => {
    expect(answers(() => spawnSync('script', ['-qc', `"${JITI}" "${probe}"`, '/dev/null'], { stdio: 'ignore' }))).toEqual([true, true])
  })
})
