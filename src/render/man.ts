import { Help, type Command } from 'commander'
import { EXAMPLES } from '../i18n/help-examples.js'
import { EXIT } from '../errors.js'

/**
 * The man page buyerdesk(1), in roff (man(7) macros), from the same commander definitions as `--help` and
 * the completion scripts, so the three never disagree. Pure: the build writes it to dist/buyerdesk.1.
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

const EXIT_TEXT: Record<number, string> = {
  [EXIT.OK]: 'answered (a "not eligible" verdict is an answer)',
  [EXIT.DATA]: 'data errors: bad stream lines or export rows, a broken policy or data file; an internal error',
  [EXIT.USAGE]: 'usage errors: unknown flag or command, impossible date, dates in the wrong order, unknown issue or platform',
  [EXIT.INELIGIBLE]: '--fail-on-ineligible ACTION: that action is not open; deadlines --quiet: something closes within the given days',
  [EXIT.CANCELLED]: 'Ctrl-C at a prompt of the wizard or the menu, or during track import before its commit (nothing was saved)',
}

function commandsOf(cmd: Command, path: string[] = []): { path: string[]; cmd: Command }[] {
  const help = new Help()
  return help.visibleCommands(cmd).flatMap((sub) => (cmd.commands.includes(sub) ? [{ path: [...path, sub.name()], cmd: sub }, ...commandsOf(sub, [...path, sub.name()])] : []))
}

export function manPage(program: Command, version: string, date: string): string {
  const help = new Help()
  const out: string[] = []
  const line = (s: string) => out.push(s)
  line(`.TH BUYERDESK 1 "${date}" "buyerdesk ${version}" "User Commands"`)
  line('.SH NAME')
  line(`buyerdesk \\- ${roff(program.description())}`)
  line('.SH SYNOPSIS')
  line('.B buyerdesk')
  line('[\\fIcommand\\fR] [\\fIoptions\\fR]')
  line('.br')
  line('.B buyerdesk help')
  line('[\\fIcommand\\fR ...]')
  line('.SH DESCRIPTION')
  line(roff('An offline support assistant for AliExpress and Amazon shoppers, in English, Korean and Romanian: can an order still be cancelled, refunded, disputed or escalated, and by when; what to say to the seller; how to reach the shop. It answers from rules and a knowledge base shipped with it and never sends orders anywhere.'))
  line('.PP')
  line(roff('The options --lang, --json and --no-color may come before or after the command. Every error line starts with "buyerdesk: ".'))
  line('.SH COMMANDS')
  for (const { path, cmd } of commandsOf(program)) {
    line('.SS ' + roff(`buyerdesk ${path.join(' ')} ${help.commandUsage(cmd).split(' ').slice(path.length + 1).join(' ')}`.trim()))
    line(roff(cmd.description()))
    for (const option of help.visibleOptions(cmd)) {
      if (option.long === '--help') continue
      line('.TP')
      line(`.B ${roff(option.flags)}`)
      line(roff(help.optionDescription(option)))
    }
    for (const argument of cmd.registeredArguments) {
      if (!argument.description) continue
      line('.TP')
      line(`.I ${roff(argument.name())}`)
      line(roff(help.argumentDescription(argument)))
    }
  }
  line('.SH EXAMPLES')
  for (const examples of Object.values(EXAMPLES)) {
    // The page is English and troff reads no Hangul: an example written in Korean is left to --help.
    for (const e of examples.filter((x) => /^[\x20-\x7e]*$/.test(x.cmd))) {
      line('.TP')
      line(`.B ${roff(e.cmd)}`)
      line(roff(e.what.en))
    }
  }
  line('.SH EXIT STATUS')
  for (const [code, text] of Object.entries(EXIT_TEXT)) {
    line('.TP')
    line(`.B ${code}`)
    line(roff(text))
  }
  line('.SH ENVIRONMENT')
  const env: [string, string][] = [
    ['BUYERDESK_CONFIG_DIR', 'where the settings and the saved orders live'],
    ['BUYERDESK_PLATFORM, BUYERDESK_LANG, BUYERDESK_TIMEZONE, BUYERDESK_WITHIN, BUYERDESK_ALARM', 'override the saved settings of the same name'],
    ['BUYERDESK_WORKERS', 'worker threads for long check streams (0: none; unset: two when a core is free)'],
    ['BUYERDESK_CACHE_DIR', 'where compiled code is kept between runs (default: the user cache folder, e.g. ~/.cache/buyerdesk-nodejs)'],
    ['NODE_DISABLE_COMPILE_CACHE', 'set: keep no compiled code'],
    ['LC_ALL, LC_MESSAGES, LANG', 'the language when neither --lang nor the lang setting gives one'],
    ['NO_COLOR, FORCE_COLOR', 'turn colour off or on'],
  ]
  for (const [name, text] of env) {
    line('.TP')
    line(`.B ${roff(name)}`)
    line(roff(text))
  }
  line('.SH SEE ALSO')
  line(roff('buyerdesk completion bash|zsh|fish|powershell prints a shell completion script; the README has the rest.'))
  return out.join('\n') + '\n'
}
