import type { Command } from 'commander'
import type { Lang } from '../core/lang.js'
import { CATALOGS } from '../i18n/catalog/index.js'
import { EXAMPLES } from '../i18n/help-examples.js'
import { EXIT_HELP_ROWS } from '../i18n/layout-contact-messages.js'

/**
 * The man page buyerdesk(1), in roff (man(7) macros), from the same commander definitions as `--help` and
 * the completion scripts, so the three never disagree, in the language the program was built in: its fixed
 * headings and paragraphs are the catalogues' `man`, the exit codes their `exitCodes`. Pure: the build writes
 * the English page to dist/buyerdesk.1 and each language's to dist/man/<lang>/man1/buyerdesk.1.
 */

/** Text as roff reads it: backslashes and hyphens escaped, no line starting with a control character. */
export function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    // Not every groff output device has the ellipsis (man -l warns): three dots read the same.
    .replace(/…/g, '...')
    .split('\n')
    .map((l) => (/^[.']/.test(l) ? `\\&${l}` : l))
    .join('\n')
}

function commandsOf(cmd: Command, path: string[] = []): { path: string[]; cmd: Command }[] {
  const help = cmd.createHelp()
  return help.visibleCommands(cmd).flatMap((sub) => (cmd.commands.includes(sub) ? [{ path: [...path, sub.name()], cmd: sub }, ...commandsOf(sub, [...path, sub.name()])] : []))
}

/** The environment variables the page lists, with the key of what each does (`man.environment.<key>`). */
const ENVIRONMENT = [
  ['BUYERDESK_CONFIG_DIR', 'configDir'],
  ['BUYERDESK_PLATFORM, BUYERDESK_LANG, BUYERDESK_TIMEZONE, BUYERDESK_WITHIN, BUYERDESK_ALARM', 'settings'],
  ['BUYERDESK_WORKERS', 'workers'],
  ['BUYERDESK_CACHE_DIR', 'cacheDir'],
  ['NODE_DISABLE_COMPILE_CACHE', 'noCompileCache'],
  ['LC_ALL, LC_MESSAGES, LANG', 'locale'],
  ['NO_COLOR, FORCE_COLOR', 'colour'],
] as const

/** `program` must be built in `lang` (createProgram(undefined, { lang })): its texts are the page's. */
export function manPage(program: Command, version: string, date: string, lang: Lang = 'en'): string {
  const { man, exitCodes } = CATALOGS[lang]
  const out: string[] = []
  const line = (s: string) => out.push(s)
  const options = (cmd: Command, skipHelp: boolean) => {
    const help = cmd.createHelp()
    for (const option of help.visibleOptions(cmd)) {
      if (skipHelp && option.long === '--help') continue
      line('.TP')
      line(`.B ${roff(option.flags)}`)
      line(roff(help.optionDescription(option)))
    }
  }
  // man(1) reads a page as UTF-8 when it says so; the English page is plain ASCII and needs no such line.
  if (lang !== 'en') line(`'\\" -*- coding: UTF-8 -*-`)
  line(`.TH BUYERDESK 1 "${date}" "buyerdesk ${version}" "${man.section}"`)
  line(`.SH ${roff(man.headings.name)}`)
  line(`buyerdesk \\- ${roff(program.description())}`)
  line(`.SH ${roff(man.headings.synopsis)}`)
  line('.B buyerdesk')
  line(`[\\fI${roff(man.synopsis.command)}\\fR] [\\fI${roff(man.synopsis.options)}\\fR]`)
  line('.br')
  line('.B buyerdesk help')
  line(`[\\fI${roff(man.synopsis.command)}\\fR ...]`)
  line(`.SH ${roff(man.headings.description)}`)
  line(roff(man.description))
  line('.PP')
  line(roff(man.anywhere))
  line(`.SH ${roff(man.headings.options)}`)
  options(program, false)
  line(`.SH ${roff(man.headings.commands)}`)
  for (const { path, cmd } of commandsOf(program)) {
    line('.SS ' + roff(`buyerdesk ${path.join(' ')} ${cmd.createHelp().commandUsage(cmd).split(' ').slice(path.length + 1).join(' ')}`.trim()))
    line(roff(cmd.description()))
    options(cmd, true)
    const help = cmd.createHelp()
    for (const argument of cmd.registeredArguments) {
      if (!argument.description) continue
      line('.TP')
      line(`.I ${roff(argument.name())}`)
      line(roff(help.argumentDescription(argument)))
    }
  }
  line(`.SH ${roff(man.headings.examples)}`)
  for (const examples of Object.values(EXAMPLES)) {
    // The English page stays ASCII, for a terminal of any locale: an example written in Korean is left to the Korean page and --help.
    for (const e of examples.filter((x) => lang !== 'en' || /^[\x20-\x7e]*$/.test(x.cmd))) {
      line('.TP')
      // A macro's arguments are split at double quotes: \(dq keeps the command's own quotes on the page.
      line(`.B ${roff(e.cmd).replace(/"/g, '\\(dq')}`)
      line(roff(e.what[lang]))
    }
  }
  line(`.SH ${roff(man.headings.exitStatus)}`)
  for (const [code, key] of EXIT_HELP_ROWS) {
    line('.TP')
    line(`.B ${code}`)
    line(roff(exitCodes[key]))
  }
  line(`.SH ${roff(man.headings.environment)}`)
  for (const [name, key] of ENVIRONMENT) {
    line('.TP')
    line(`.B ${roff(name)}`)
    line(roff(man.environment[key]))
  }
  line(`.SH ${roff(man.headings.seeAlso)}`)
  line(roff(man.seeAlso))
  return out.join('\n') + '\n'
}
