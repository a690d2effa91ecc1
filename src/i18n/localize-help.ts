import { Help, type Command, type HelpConfiguration, type ParseOptions } from 'commander'
import { readSettings } from '../io/settings.js'
import { fill } from './core-messages.js'
import type { Lang } from '../core/lang.js'
import { langBeforeParsing } from './resolve.js'
// Types only (erased): the table itself is imported lazily, and only for ko and ro.
import type * as HelpMessages from './help-messages.js'

/**
 * `--help` and commander's own messages ("Usage:", "error: unknown option '--x'") in Korean and Romanian.
 *
 * English is what commander prints: for `en` nothing here runs and the table is not loaded. For ko and ro,
 * `localizeProgram` loads the table (src/i18n/help-messages.ts) just before parsing, then gives every command
 * help overrides that translate headings and descriptions as they are printed, and output hooks that translate
 * commander's error lines by pattern. The command tree itself keeps its English texts (commander's
 * suggestions and tests read them); a text the table does not know is printed in English.
 */

type Table = typeof HelpMessages
type HelpLang = Exclude<Lang, 'en'>

export { langFlag } from './resolve.js'

/** The language of help and commander's messages, chosen before commander parses anything (src/i18n/resolve.ts). */
export function helpLang(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): Lang {
  return langBeforeParsing(argv, env, () => readSettings().lang)
}

/**
 * Translate `program`'s help and commander's messages into `lang` when it is ko or ro. Call once the command
 * tree is complete. The table is imported when `parseAsync` runs (`createProgram()` stays synchronous); a
 * program used through the synchronous `parse()` keeps English.
 */
export function localizeProgram(program: Command, lang: Lang): Command {
  if (lang === 'en') return program
  const parseAsync = program.parseAsync.bind(program)
  program.parseAsync = (async (argv?: readonly string[], parseOptions?: ParseOptions) => {
    try {
      applyHelpTexts(program, lang, await import('./help-messages.js'))
    } catch {
      // Never fail over a translation: the English help is still right.
    }
    return parseAsync(argv, parseOptions)
  }) as Command['parseAsync']
  return program
}

/** Commands already given translated output, so a second parse does not wrap their writers twice. */
const localized = new WeakSet<Command>()

/** Give `cmd` and every command under it translated help and error output (synchronous; tests call it). */
export function applyHelpTexts(cmd: Command, lang: HelpLang, table: Table): void {
  const help = helpOverrides(lang, table)
  const visit = (command: Command) => {
    if (localized.has(command)) return
    localized.add(command)
    command.configureHelp({ ...command.configureHelp(), ...help })
    const { outputError, writeOut, writeErr } = command.configureOutput()
    const block = (write: (str: string) => void) => (str: string) => write(translateBlock(str, lang, table))
    command.configureOutput({
      outputError: (str, write) => (outputError ?? ((s, w) => w(s)))(translateCommanderError(str, lang, table), write),
      writeOut: block(writeOut ?? ((s) => process.stdout.write(s))),
      writeErr: block(writeErr ?? ((s) => process.stderr.write(s))),
    })
    for (const sub of command.commands) visit(sub)
  }
  visit(cmd)
}

/** Hangul, CJK and full-width forms: two columns each in a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g

function helpOverrides(lang: HelpLang, table: Table): HelpConfiguration {
  const base = new Help()
  const t = (text: string) => table.HELP_TEXT[text]?.[lang] ?? text
  // The trailing "(choices: "a", "b", default: [])" commander adds after an option's or argument's own text.
  const extras = (text: string) =>
    text.replace(/(\(|, )(choices|default|preset|env): /g, (_m, lead: string, word: keyof Table['HELP_EXTRAS']) => `${lead}${table.HELP_EXTRAS[word][lang]}: `)
  const described = (full: string, own: string | undefined) => (own && full.startsWith(own) ? t(own) + extras(full.slice(own.length)) : extras(full))
  return {
    styleTitle: (title) => t(title),
    commandDescription: (cmd) => t(cmd.description()),
    subcommandDescription: (cmd) => t(cmd.summary() || cmd.description()),
    optionDescription: (option) => described(base.optionDescription(option), option.description),
    argumentDescription: (argument) => described(base.argumentDescription(argument), argument.description),
    // Commander counts characters; Korean text takes two columns a character, so wrap by columns.
    displayWidth: (str) => base.displayWidth(str) + (str.match(WIDE)?.length ?? 0),
  }
}

/** A whole block of help text added with addHelpText (written as the text and a newline). */
function translateBlock(str: string, lang: HelpLang, table: Table): string {
  if (!str.endsWith('\n')) return str
  const text = table.HELP_TEXT[str.slice(0, -1)]?.[lang]
  return text === undefined ? str : `${text}\n`
}

/**
 * Commander's error message (one or more lines, as passed to outputError) in `lang`. Lines of a shape it
 * does not know stay English; quoted names stay exactly as commander quoted them.
 */
export function translateCommanderError(message: string, lang: HelpLang, table: Table): string {
  const E = table.COMMANDER_ERRORS
  const say = (key: keyof typeof E, values: Record<string, string | number> = {}) => fill(E[key][lang], values)
  const count = (n: string) => table.argumentCount(Number(n), lang)
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
