import type { EventEmitter } from 'node:events'
import type { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import type { Lang } from '../../src/core/lang.js'
import { ISSUES } from '../../src/core/types.js'
import { CATALOGS } from '../../src/i18n/catalog/index.js'
import { EXAMPLES, examplesBlock } from '../../src/i18n/help-examples.js'
import { exitCodesBlock } from '../../src/i18n/layout-contact-messages.js'
import { helpLang, langFlag, localizeProgram, translateCommanderError } from '../../src/i18n/localize-help.js'
import { createProgram } from '../../src/program.js'
import { wrap } from '../../src/render/wrap.js'

/** Every text the program built in `lang` registers for its help, with where it comes from. */
function programTexts(lang: Lang): Map<string, string> {
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
    // The implicit `help [command]` of the root, `config` and `track`.
    for (const sub of help.visibleCommands(cmd)) if (!cmd.commands.includes(sub)) add(sub.description(), `${path} ${sub.name()}: description`)
    // Texts added with addHelpText, captured as commander would write them.
    for (const event of ['beforeAllHelp', 'beforeHelp', 'afterHelp', 'afterAllHelp']) {
      // Command is an EventEmitter at run time; its typings do not say so.
      ;(cmd as unknown as EventEmitter).emit(event, { error: false, command: cmd, write: (s: string) => add(s.replace(/\n$/, ''), `${path}: ${event}`) })
    }
    for (const sub of cmd.commands) visit(sub, `${path} ${sub.name()}`)
  }
  visit(createProgram(undefined, { lang }), 'buyerdesk')
  return texts
}

/** The help texts of a catalogue by key (`help.commands.check.description`): what src/program.ts registers. */
function helpLeaves(lang: Lang): Map<string, string> {
  const leaves = new Map<string, string>()
  const walk = (node: unknown, key: string) => {
    if (typeof node === 'string') leaves.set(key, node)
    else for (const [k, v] of Object.entries(node as object)) walk(v, `${key}.${k}`)
  }
  const { program, builtins, options, commands } = CATALOGS[lang].help
  walk({ program, builtins, options, commands }, 'help')
  return leaves
}

const LANGS = ['en', 'ko', 'ro'] as const

describe('help texts: every one by its key, in every language', () => {
  it('finds the program texts (sanity check of the walk)', () => {
    const texts = programTexts('en')
    expect(texts.size).toBeGreaterThan(50)
    expect(texts.has('display help for command')).toBe(true)
    expect(texts.has('output the version number')).toBe(true)
    expect([...texts.keys()].some((t) => t.includes('Dates may also be written'))).toBe(true)
  })

  it.each(LANGS)('%s: every text the program registers is a catalogue text (none written in src/program.ts)', (lang) => {
    const known = new Set([
      ...helpLeaves(lang).values(),
      ...Object.keys(EXAMPLES).map((path) => examplesBlock(path, lang)!),
      exitCodesBlock(lang, wrap),
    ])
    const stray = [...programTexts(lang)].filter(([text]) => !known.has(text)).map(([text, where]) => `${where}: ${JSON.stringify(text)}`)
    expect(stray).toEqual([])
  })

  it.each(LANGS)('%s: every help key of the catalogue is registered by the program (no stale key)', (lang) => {
    const texts = programTexts(lang)
    const stale = [...helpLeaves(lang)].filter(([, text]) => !texts.has(text)).map(([key]) => key)
    expect(stale).toEqual([])
  })

  it('has the keys that say what each text is', () => {
    const keys = [...helpLeaves('en').keys()]
    expect(keys).toContain('help.commands.check.description')
    expect(keys).toContain('help.commands.track.add.description')
    expect(keys).toContain('help.options.platform')
    // No key is an English sentence any more: every part is an identifier.
    for (const key of keys) expect(key).toMatch(/^help(\.[a-zA-Z]+)+$/)
  })

  it.each(['ko', 'ro'] as const)('%s: the help of every command is in that language, not English', (lang) => {
    const english = programTexts('en')
    const texts = programTexts(lang)
    expect(texts.size).toBe(english.size)
    for (const text of texts.keys()) expect(english.has(text), text).toBe(false)
  })

  it('lists the issue codes the flag takes, in every language', () => {
    for (const lang of LANGS) expect(CATALOGS[lang].help.options.issue).toContain(ISSUES.join(', '))
  })

  it('keeps flags, `code`, values and formats as typed, and translates the rest', () => {
    const keep = /--[a-z][a-z-]*|`[^`]+`|\b[a-z]+_[a-z_]+\b|YYYY-MM-DD|\b(?:aliexpress|amazon|NDJSON|CSV|JSON|ASCII|TERM=dumb|LANG|BUYERDESK_CONFIG_DIR)\b/g
    const [ko, ro] = [helpLeaves('ko'), helpLeaves('ro')]
    const headings = (lang: Lang) => Object.entries(CATALOGS[lang].help.headings).map(([k, v]) => [`help.headings.${k}`, v] as const)
    for (const [key, english] of [...helpLeaves('en'), ...headings('en')]) {
      const k = ko.get(key) ?? Object.fromEntries(headings('ko'))[key]!
      const r = ro.get(key) ?? Object.fromEntries(headings('ro'))[key]!
      for (const token of english.match(keep) ?? []) {
        expect(k, `ko of ${key}`).toContain(token)
        expect(r, `ro of ${key}`).toContain(token)
      }
      expect(k).toMatch(/[\uac00-\ud7a3]/)
      expect(k).not.toBe(english)
      expect(r).not.toBe(english)
      // Romanian with comma-below ș ț, never the cedilla look-alikes.
      expect(r).not.toMatch(/[şţŞŢ]/)
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

  it("English: commander's own headings and error lines, as commander writes them", () => {
    const program = createProgram(undefined, { lang: 'en' })
    const outputError = program.configureOutput().outputError
    expect(localizeProgram(program, 'en')).toBe(program)
    expect(program.configureOutput().outputError).toBe(outputError)
    const text = program.commands.find((c) => c.name() === 'check')!.helpInformation()
    expect(text).toMatch(/^Usage: buyerdesk check \[options\] \[input\]\n/)
    expect(text).toContain('\nOptions:\n')
    expect(text).toMatch(/--ordered <date> +date the order was placed \(YYYY-MM-DD, today…\)\n/)
    expect(text).toMatch(/\(choices: "en", "ko", "ro"\)/)
  })

  it('translates headings, descriptions, choices and defaults in the help of every command', () => {
    const program = createProgram(undefined, { lang: 'ko' })
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

  it("the text added after the built-in help is in the program's language", () => {
    let out = ''
    const wizard = createProgram('wizard', { lang: 'ro' }).commands.find((c) => c.name() === 'wizard')!
    wizard.configureOutput({ writeOut: (s) => (out += s) }).outputHelp()
    expect(out).toMatch(/^Utilizare: buyerdesk wizard \[options\]\n/)
    expect(out).toContain('\nDatele se pot scrie și today, yesterday')
    expect(out).not.toContain('Dates may')
  })

  it('the program for one command gives that command the same help as the whole program', () => {
    for (const lang of LANGS) {
      const whole = createProgram(undefined, { lang }).commands.find((c) => c.name() === 'track')!
      const one = createProgram('track', { lang }).commands.find((c) => c.name() === 'track')!
      expect(one.helpInformation()).toBe(whole.helpInformation())
    }
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
    expect(translateCommanderError(english, lang)).toBe(expected)
  })
})
