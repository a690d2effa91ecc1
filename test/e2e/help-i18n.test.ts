import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { run } from './run.js'

/** `--help` and commander's own messages in the user's language (src/i18n/localize-help.ts). */

const RO = { LANG: 'ro_RO.UTF-8' }

function savedLang(lang: string): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'buyerdesk-help-'))
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ lang }))
  return { BUYERDESK_CONFIG_DIR: dir }
}

describe('help in Korean and Romanian', () => {
  it('check --help --lang ko: Korean headings, descriptions and commander texts', () => {
    const r = run(['check', '--help', '--lang', 'ko'])
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/^사용법: buyerdesk check \[options\] \[input\]\n/)
    expect(r.stdout).toContain('\n인수:\n')
    expect(r.stdout).toContain('\n옵션:\n')
    expect(r.stdout).toContain('이 주문을 아직 취소, 환불')
    expect(r.stdout).toMatch(/--ordered <date> +주문한 날짜 \(YYYY-MM-DD, 오늘…\)\n/)
    expect(r.stdout).toMatch(/-h, --help +명령 도움말 보기\n/)
    expect(r.stdout).toContain('(선택지: "en", "ko", "ro")')
    expect(r.stdout).not.toMatch(/Usage:|Options:|display help|choices:/)
    // Korean takes two columns a character: commander still wraps within 80 columns.
    for (const line of r.stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80)
  })

  it('--help --lang=ko at the top level', () => {
    const r = run(['--help', '--lang=ko'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('\n명령:\n')
    expect(r.stdout).toMatch(/-v, --version +버전 번호 출력\n/)
  })

  it('LANG=ro_RO.UTF-8 buyerdesk --help: Romanian', () => {
    const r = run(['--help'], { env: RO })
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Utilizare: buyerdesk \[options\] \[command\]\n/)
    expect(r.stdout).toContain('\nOpțiuni:\n')
    expect(r.stdout).toContain('\nComenzi:\n')
    expect(r.stdout).toMatch(/-v, --version +afișează numărul versiunii\n/)
    expect(r.stdout).toContain('Se mai poate anula comanda, cere rambursarea,')
    expect(r.stdout).not.toMatch(/Usage:|Commands:|output the version/)
  })

  it('LANG=ro: subcommands of config, with commander\'s help command', () => {
    const r = run(['config', '--help'], { env: RO })
    expect(r.stdout).toMatch(/get \[options\] <key> +afișează valoarea unei setări\n/)
    expect(r.stdout).toMatch(/help \[command\] +afișează ajutorul comenzii\n/)
  })

  it('the text after the wizard help is translated too', () => {
    const r = run(['wizard', '--help', '--lang', 'ko'])
    expect(r.stdout).toContain('날짜는 today, yesterday, "3 days ago", 오늘, 어제, 3일 전')
    expect(r.stdout).not.toContain('Dates may also be written')
  })

  it('follows the saved language, and --lang over it', () => {
    const env = savedLang('ko')
    expect(run(['track', '--help'], { env }).stdout).toMatch(/^사용법: buyerdesk track/)
    expect(run(['track', '--help', '--lang', 'en'], { env }).stdout).toMatch(/^Usage: buyerdesk track/)
  })
})

describe("commander's errors in Korean and Romanian", () => {
  it('an unknown option with --lang ko: a Korean error naming the option, exit 2', () => {
    const r = run(['check', '--bogus', '--lang', 'ko'])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('buyerdesk: 알 수 없는 옵션이에요: "--bogus"\n')
  })

  it('keeps the suggestion', () => {
    const r = run(['check', '--jsn', '--lang', 'ko'])
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('buyerdesk: 알 수 없는 옵션이에요: "--jsn"\n(혹시 이것을 찾으셨나요? --json)\n')
  })

  it.each([
    [['chek'], "buyerdesk: comandă necunoscută 'chek'\n(Ați vrut să scrieți check?)\n"],
    [['check', '--lang', 'de'], "buyerdesk: valoarea 'de' a opțiunii '--lang <lang>' nu este validă. Valori permise: en, ko, ro.\n"],
    [['config', 'get'], "buyerdesk: lipsește argumentul obligatoriu 'key'\n"],
    [['check', 'a', 'b'], "buyerdesk: prea multe argumente pentru 'check': se acceptă cel mult 1 argument, nu 2 argumente.\n"],
  ])('LANG=ro %j', (args, stderr) => {
    const r = run(args, { env: RO })
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(stderr)
  })
})

describe('English stays as commander prints it', () => {
  it('check --help', () => {
    const r = run(['check', '--help'])
    expect(r.status).toBe(0)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toBe('Usage: buyerdesk check [options] [input]')
    expect(lines).toContain('Arguments:')
    expect(lines).toContain('Options:')
    expect(lines).toContain('  --ordered <date>               date the order was placed (YYYY-MM-DD, today…)')
    expect(lines).toContain('  --input-format <format>        format of the stream input (choices: "ndjson",')
    expect(lines).toContain('  -h, --help                     display help for command')
  })

  it('--help, with a locale we do not have', () => {
    const r = run(['--help'], { env: { LANG: 'de_DE.UTF-8' } })
    expect(r.stdout).toMatch(/^Usage: buyerdesk \[options\] \[command\]\n/)
    expect(r.stdout).toContain('\nCommands:\n')
    expect(r.stdout).toContain('  -v, --version                 output the version number\n')
  })

  it('errors', () => {
    expect(run(['check', '--bogus']).stderr).toBe("buyerdesk: unknown option '--bogus'\n")
    expect(run(['chek']).stderr).toBe("buyerdesk: unknown command 'chek'\n(Did you mean check?)\n")
    expect(run(['check', '--lang', 'de']).stderr).toBe("buyerdesk: option '--lang <lang>' argument 'de' is invalid. Allowed choices are en, ko, ro.\n")
  })
})

describe('conventions: help command, examples, global options, one error prefix', () => {
  it('buyerdesk help and help COMMAND print the help, with examples in the user language', () => {
    let r = run(['help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Usage: buyerdesk /)
    expect(r.stdout).toMatch(/\nExamples:\n {2}\$ buyerdesk wizard\n/)
    r = run(['help', 'track', 'import', '--lang', 'ko'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^사용법: buyerdesk track import /)
    expect(r.stdout).toMatch(/예시:\n {2}\$ buyerdesk track import "Your Orders\.zip" --dry-run\n {6}아마존 데이터 내보내기로/)
    r = run(['--lang', 'ro', 'deadlines', '--help'])
    expect(r.stdout).toMatch(/Exemple:\n {2}\$ buyerdesk deadlines --within 7\n {6}ce se închide în următoarele 7 zile/)
  })

  it('every command and subcommand ends its help with 2 or 3 examples', () => {
    const paths = [[], ['check'], ['config'], ['config', 'get'], ['config', 'set'], ['config', 'unset'], ['config', 'list'], ['config', 'path'], ['track'], ['track', 'add'], ['track', 'list'], ['track', 'show'], ['track', 'update'], ['track', 'rm'], ['track', 'import'], ['deadlines'], ['wizard'], ['ask'], ['topics'], ['show'], ['contact'], ['completion']]
    for (const path of paths) {
      const out = run([...path, '--help']).stdout
      const examples = out.slice(out.indexOf('\nExamples:\n'))
      expect(out, path.join(' ')).toContain('\nExamples:\n')
      const n = examples.match(/^ {2}\$ buyerdesk|^ {2}\$ .*\| buyerdesk|^ {2}\$ [A-Z_]+=\S+ buyerdesk|^ {2}\$ cat .*buyerdesk|^ {2}\$ .*buyerdesk/gm)?.length ?? 0
      expect(n, path.join(' ')).toBeGreaterThanOrEqual(2)
      expect(n, path.join(' ')).toBeLessThanOrEqual(3)
    }
  })

  it('--lang, --json and --no-color before the command', () => {
    let r = run(['--lang', 'ko', 'ask', 'how do I cancel an order on aliexpress'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/[\uac00-\ud7a3]/)
    r = run(['--json', 'check', '--platform', 'aliexpress', '--ordered', '2026-11-20', '--today', '2026-11-22'])
    expect(JSON.parse(r.stdout)).toMatchObject({ type: 'verdict', platform: 'aliexpress' })
    r = run(['--no-color', 'check', '--platform', 'aliexpress', '--ordered', '2026-11-20', '--today', '2026-11-22'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } })
    expect(r.status).toBe(0)
    expect(r.stdout).not.toContain('\u001b[')
    r = run(['check', '--platform', 'aliexpress', '--ordered', '2026-11-20', '--today', '2026-11-22'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } })
    expect(r.stdout).toContain('\u001b[')
  })

  it('every error starts with "buyerdesk: ", the parser\'s and the tool\'s', () => {
    for (const args of [['check', '--bogus'], ['chek'], ['check', '--platform', 'temu', '--ordered', '2026-11-01'], ['--lang', 'ko', 'check', '--bogus'], ['--lang', 'xx', 'ask', 'x']]) {
      const r = run(args)
      expect(r.status, args.join(' ')).toBe(2)
      expect(r.stderr, args.join(' ')).toMatch(/^buyerdesk: /)
    }
  })
})
