import type { EventEmitter } from 'node:events'
import { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import * as table from '../../src/i18n/help-messages.js'
import { applyHelpTexts, helpLang, langFlag, localizeProgram, translateCommanderError } from '../../src/i18n/localize-help.js'
import { createProgram } from '../../src/program.js'

const { HELP_TEXT } = table

/** Every English text the built program can print in its help, with where it comes from. */
function programTexts(): Map<string, string> {
  const texts = new Map<string, string>()
  const add = (text: string | undefined, where: string) => {
    if (text) texts.set(text, where)
  }
  const visit = (cmd: Command, path: string) => {
    const help = cmd.createHelp()
    add(cmd.description(), `${path}: description`)
    add(cmd.summary(), `${path}: summary`)
    for (const option of help.visibleOptions(cmd)) add(option.description, `${path} ${option.flags}`)
    for (const argument of cmd.registeredArguments) add(argument.description, `${path} <${argument.name()}>`)
    // The implicit `help [command]` of `config` and `track`.
    for (const sub of help.visibleCommands(cmd)) if (!cmd.commands.includes(sub)) add(sub.description(), `${path} ${sub.name()}: description`)
    // Texts added with addHelpText, captured as commander would write them.
    for (const event of ['beforeAllHelp', 'beforeHelp', 'afterHelp', 'afterAllHelp']) {
      // Command is an EventEmitter at run time; its typings do not say so.
      ;(cmd as unknown as EventEmitter).emit(event, { error: false, command: cmd, write: (s: string) => add(s.replace(/\n$/, ''), `${path}: ${event}`) })
    }
    for (const sub of cmd.commands) visit(sub, `${path} ${sub.name()}`)
  }
  visit(createProgram(), 'buyerdesk')
  return texts
}

const HEADINGS = ['Usage:', 'Arguments:', 'Options:', 'Commands:', 'Global Options:']

describe('help-messages: the Korean and Romanian table', () => {
  const texts = programTexts()

  it('finds the program texts (sanity check of the walk)', () => {
    expect(texts.size).toBeGreaterThan(50)
    expect(texts.has('display help for command')).toBe(true)
    expect(texts.has('output the version number')).toBe(true)
    expect([...texts.keys()].some((t) => t.includes('Dates may also be written'))).toBe(true)
  })

  it('has ko and ro for every English string the program registers (a new flag needs its translation here)', () => {
    const missing = [...texts].filter(([text]) => !HELP_TEXT[text]?.ko || !HELP_TEXT[text]?.ro).map(([text, where]) => `${where}: ${JSON.stringify(text)}`)
    expect(missing).toEqual([])
  })

  it('has the headings commander prints', () => {
    for (const heading of HEADINGS) expect(HELP_TEXT[heading], heading).toBeDefined()
  })

  it('has no entry the program no longer uses', () => {
    const stale = Object.keys(HELP_TEXT).filter((text) => !texts.has(text) && !HEADINGS.includes(text))
    expect(stale).toEqual([])
  })

  it('keeps flags, `code`, values and formats as typed, and translates the rest', () => {
    const keep = /--[a-z][a-z-]*|`[^`]+`|\b[a-z]+_[a-z_]+\b|YYYY-MM-DD|\b(?:aliexpress|amazon|NDJSON|CSV|JSON|ASCII|TERM=dumb|LANG|BUYERDESK_CONFIG_DIR)\b/g
    for (const [english, { ko, ro }] of Object.entries(HELP_TEXT)) {
      for (const token of english.match(keep) ?? []) {
        expect(ko, `ko of ${english}`).toContain(token)
        expect(ro, `ro of ${english}`).toContain(token)
      }
      expect(ko).toMatch(/[\uac00-\ud7a3]/)
      expect(ko).not.toBe(english)
      expect(ro).not.toBe(english)
      // Romanian with comma-below ș ț, never the cedilla look-alikes.
      expect(ro).not.toMatch(/[şţŞŢ]/)
    }
  })
})

describe('localize-help', () => {
  it('reads --lang X and --lang=X from argv, the last one before --', () => {
    expect(langFlag(['node', 'bin', 'check', '--lang', 'ko'])).toBe('ko')
    expect(langFlag(['node', 'bin', '--lang=RO', 'check'])).toBe('ro')
    expect(langFlag(['node', 'bin', '--lang', 'ko', '--lang', 'ro'])).toBe('ro')
    expect(langFlag(['node', 'bin', 'ask', '--', '--lang', 'ko'])).toBeUndefined()
    expect(langFlag(['node', 'bin', 'check'])).toBeUndefined()
  })

  it('picks --lang, else the locale, else English (no saved setting in tests)', () => {
    expect(helpLang(['node', 'bin', '--lang', 'ko'], { LANG: 'ro_RO.UTF-8' })).toBe('ko')
    expect(helpLang(['node', 'bin', '--lang', 'de'], { LANG: 'ro_RO.UTF-8' })).toBe('ro')
    expect(helpLang(['node', 'bin'], { LC_ALL: 'ko_KR.UTF-8', LANG: 'ro_RO.UTF-8' })).toBe('ko')
    expect(helpLang(['node', 'bin'], {})).toBe('en')
  })

  it('leaves an English program exactly as commander built it', () => {
    const program = new Command('x')
    const parseAsync = program.parseAsync
    expect(localizeProgram(program, 'en')).toBe(program)
    expect(program.parseAsync).toBe(parseAsync)
    expect(program.configureHelp()).toEqual({})
  })

  it('translates headings, descriptions, choices and defaults in the help of every command', () => {
    const program = createProgram()
    applyHelpTexts(program, 'ko', table)
    const check = program.commands.find((c) => c.name() === 'check')!
    const text = check.helpInformation()
    expect(text).toMatch(/^사용법: buyerdesk check \[options\] \[input\]\n/)
    expect(text).toContain('\n인수:\n')
    expect(text).toContain('\n옵션:\n')
    expect(text).toContain('주문한 날짜 (YYYY-MM-DD, 오늘…)')
    expect(text).toMatch(/\(선택지: "en", "ko", "ro"\)/)
    expect(text).toMatch(/\(기본값: \[\]\)/)
    expect(text).toContain('명령 도움말 보기')
    expect(text).not.toMatch(/Usage:|Options:|display help|choices:|default:/)
  })

  it('translates the text added after the built-in help', () => {
    const after = [...programTexts().keys()].find((t) => t.includes('Dates may also be written'))!
    let out = ''
    const cmd = new Command('w').configureOutput({ writeOut: (s) => (out += s) }).addHelpText('after', after)
    applyHelpTexts(cmd, 'ro', table)
    cmd.outputHelp()
    expect(out).toMatch(/^Utilizare: w \[options\]\n/)
    expect(out).toContain('\nDatele se pot scrie și today, yesterday')
    expect(out).not.toContain('Dates may')
  })

  it.each([
    ["error: unknown option '--bogus'\n", 'ko', "오류: 알 수 없는 옵션이에요: \"--bogus\"\n"],
    ["error: unknown option '--jsn'\n(Did you mean --json?)\n", 'ro', "eroare: opțiune necunoscută '--jsn'\n(Ați vrut să scrieți --json?)\n"],
    ["error: unknown command 'tracks'\n(Did you mean one of track, topics?)\n", 'ko', '오류: 알 수 없는 명령이에요: "tracks"\n(혹시 이 중 하나를 찾으셨나요? track, topics)\n'],
    ["error: missing required argument 'key'\n", 'ro', "eroare: lipsește argumentul obligatoriu 'key'\n"],
    ["error: option '--platform <id>' argument missing\n", 'ko', '오류: 옵션 "--platform <id>"에 값이 필요해요\n'],
    [
      "error: option '--lang <lang>' argument 'de' is invalid. Allowed choices are en, ko, ro.\n",
      'ro',
      "eroare: valoarea 'de' a opțiunii '--lang <lang>' nu este validă. Valori permise: en, ko, ro.\n",
    ],
    ["error: option '--n <n>' argument 'x' is invalid. Not a number.\n", 'ko', '오류: 옵션 "--n <n>"에 쓸 수 없는 값이에요: "x". Not a number.\n'],
    ["error: too many arguments for 'check'. Expected 1 argument but got 2.\n", 'ro', "eroare: prea multe argumente pentru 'check': se acceptă cel mult 1 argument, nu 2 argumente.\n"],
    ["error: too many arguments for 'list'. Expected 0 arguments but got 1.\n", 'ko', '오류: "list" 명령은 인수를 받지 않는데 1개를 받았어요.\n'],
    ["error: too many arguments. Expected 2 arguments but got 25.\n", 'ro', 'eroare: prea multe argumente: se acceptă cel mult 2 argumente, nu 25 de argumente.\n'],
    ["error: required option '--id <id>' not specified\n", 'ro', "eroare: opțiunea obligatorie '--id <id>' lipsește\n"],
    ["error: option '--a' cannot be used with environment variable 'B'\n", 'ko', '오류: 다음 둘은 함께 쓸 수 없어요: 옵션 "--a", 환경 변수 "B"\n'],
    ['error: something commander adds later\n', 'ko', 'error: something commander adds later\n'],
  ] as const)('translates commander error %j into %s', (english, lang, expected) => {
    expect(translateCommanderError(english, lang, table)).toBe(expected)
  })
})
