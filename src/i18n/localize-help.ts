import { Help, type Command, type HelpConfiguration } from 'commander'
import { readSettings } from '../io/settings.js'
import type { Lang } from '../core/lang.js'
import { CATALOGS, count } from './catalog/index.js'
import { fill } from './fill.js'
import { langBeforeParsing } from './resolve.js'

/**
 * Commander's own words in the user's language: the headings it prints ("Usage:", "Options:"), the
 * "(choices: …, default: …)" it adds after an option's text, and its error lines ("error: unknown option '--x'").
 * The program's own texts (descriptions, option help, added blocks) are registered in that language already
 * (src/program.ts, `help.*` in the catalogues); this only covers what commander writes by itself.
 */

export { langFlag } from './resolve.js'

/** The language of help and commander's messages, chosen before commander parses anything (src/i18n/resolve.ts). */
export function helpLang(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): Lang {
  return langBeforeParsing(argv, env, () => readSettings().lang)
}

/** The headings commander prints, by the English text it passes to `styleTitle`. */
const HEADINGS = {
  'Usage:': 'usage',
  'Arguments:': 'arguments',
  'Options:': 'options',
  'Commands:': 'commands',
  'Global Options:': 'globalOptions',
} as const

/** Commands already given their help and output, so a second call does not wrap their writers twice. */
const localized = new WeakSet<Command>()

/**
 * Give `program` and every command under it commander's words in `lang` (call once the tree is complete).
 * English needs only the headings, which the catalogue words as commander does; ko and ro also get the
 * trailing extras, Korean's column widths and the error lines.
 */
export function localizeProgram(program: Command, lang: Lang): Command {
  const help = helpOverrides(lang)
  const visit = (command: Command) => {
    if (localized.has(command)) return
    localized.add(command)
    command.configureHelp({ ...command.configureHelp(), ...help })
    if (lang !== 'en') {
      const { outputError } = command.configureOutput()
      command.configureOutput({ outputError: (str, write) => (outputError ?? ((s, w) => w(s)))(translateCommanderError(str, lang), write) })
    }
    for (const sub of command.commands) visit(sub)
  }
  visit(program)
  return program
}

/** Hangul, CJK and full-width forms: two columns each in a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g

function helpOverrides(lang: Lang): HelpConfiguration {
  const { headings, extras: words } = CATALOGS[lang].help
  const styleTitle = (title: string) => (title in HEADINGS ? headings[HEADINGS[title as keyof typeof HEADINGS]] : title)
  if (lang === 'en') return { styleTitle }
  const base = new Help()
  // The trailing "(choices: "a", "b", default: [])" commander adds after an option's or argument's own text.
  const extras = (text: string) => text.replace(/(\(|, )(choices|default|preset|env): /g, (_m, lead: string, word: keyof typeof words) => `${lead}${words[word]}: `)
  const described = (full: string, own: string | undefined) => (own && full.startsWith(own) ? own + extras(full.slice(own.length)) : extras(full))
  return {
    styleTitle,
    optionDescription: (option) => described(base.optionDescription(option), option.description),
    argumentDescription: (argument) => described(base.argumentDescription(argument), argument.description),
    // Commander counts characters; Korean text takes two columns a character, so wrap by columns.
    displayWidth: (str) => base.displayWidth(str) + (str.match(WIDE)?.length ?? 0),
  }
}

/** "2 argumente", "1 argument", "20 de argumente" (Romanian counts); Korean counts need no word. */
export function argumentCount(n: number, lang: Lang): string {
  return count(lang, CATALOGS[lang].common.counts.arguments, n)
}

/**
 * Commander's error message (one or more lines, as passed to outputError) in `lang` (`help.commander` in the
 * catalogues). Lines of a shape it does not know stay English; quoted names stay exactly as commander quoted them.
 */
export function translateCommanderError(message: string, lang: Lang): string {
  const E = CATALOGS[lang].help.commander
  const say = (key: keyof typeof E, values: Record<string, string | number> = {}) => fill(E[key], values)
  const count = (n: string) => argumentCount(Number(n), lang)
  // What commander appends after "is invalid.": its list of choices, or the parser's own message (kept).
  const tail = (rest: string | undefined) => {
    if (rest === undefined) return ''
    const choices = /^Allowed choices are (.*)\.$/.exec(rest)
    return ` ${choices ? say('allowedChoices', { choices: choices[1]! }) : rest}`
  }
  const source = (kind: string, name: string) => say(kind === 'option' ? 'conflictOption' : 'conflictEnv', { name })
  const line = (text: string): string => {
    let m: RegExpExecArray | null
    if ((m = /^error: unknown option '(.*)'$/.exec(text))) return say('unknownOption', { flag: m[1]! })
    if ((m = /^error: unknown command '(.*)'$/.exec(text))) return say('unknownCommand', { name: m[1]! })
    if ((m = /^\(Did you mean one of (.*)\?\)$/.exec(text))) return say('didYouMeanOneOf', { names: m[1]! })
    if ((m = /^\(Did you mean (.*)\?\)$/.exec(text))) return say('didYouMean', { names: m[1]! })
    if ((m = /^error: missing required argument '(.*)'$/.exec(text))) return say('missingArgument', { name: m[1]! })
    if ((m = /^error: option '(.*)' argument missing$/.exec(text))) return say('optionMissingArgument', { flags: m[1]! })
    if ((m = /^error: required option '(.*)' not specified$/.exec(text))) return say('missingMandatoryOption', { flags: m[1]! })
    if ((m = /^error: option '([^']*)' argument '(.*)' is invalid\.(?: (.*))?$/.exec(text)))
      return say('invalidOptionArgument', { flags: m[1]!, value: m[2]! }) + tail(m[3])
    if ((m = /^error: option '([^']*)' value '(.*)' from env '([^']*)' is invalid\.(?: (.*))?$/.exec(text)))
      return say('invalidEnvValue', { flags: m[1]!, value: m[2]!, env: m[3]! }) + tail(m[4])
    if ((m = /^error: command-argument value '(.*)' is invalid for argument '([^']*)'\.(?: (.*))?$/.exec(text)))
      return say('invalidArgument', { value: m[1]!, name: m[2]! }) + tail(m[3])
    if ((m = /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(text))) {
      const [, name, expected, got] = m as unknown as [string, string | undefined, string, string]
      if (name === undefined) return say('tooManyArguments', { expected: count(expected), got: count(got) })
      return say(expected === '0' ? 'noArgumentsFor' : 'tooManyArgumentsFor', { name, expected: count(expected), got: count(got) })
    }
    if ((m = /^error: (option|environment variable) '([^']*)' cannot be used with (option|environment variable) '([^']*)'$/.exec(text)))
      return say('conflictingOption', { a: source(m[1]!, m[2]!), b: source(m[3]!, m[4]!) })
    return text
  }
  return message.split('\n').map(line).join('\n')
}
