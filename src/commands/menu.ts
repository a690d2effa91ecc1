import type { Lang } from '../i18n/lang.js'
import { fill } from '../i18n/core-messages.js'
import { WIZARD_TEXT } from '../i18n/wizard-messages.js'
import { colours } from '../io/colour.js'
import { printError } from '../io/output.js'

export interface MenuOptions {
  lang: Lang
  /** Whether there is a terminal to ask in; without one the menu is the help text. */
  interactive: boolean
  /** Run a command line of this program (`['wizard']`, `['track', 'list']`). */
  run: (args: string[]) => Promise<void>
  /** Whether this version has a command of that name. */
  has: (name: string) => boolean
  /** Print the help (no terminal). */
  help: () => void
}

export const MENU_ITEMS = ['ask', 'check', 'saved'] as const
export type MenuItem = (typeof MENU_ITEMS)[number]

/** Bare `buyerdesk` in a terminal: offer the three things people come for. Returns what was chosen. */
export async function menu(opts: MenuOptions): Promise<MenuItem | null> {
  if (!opts.interactive) {
    opts.help()
    return null
  }
  const { lang } = opts
  const prompts = await import('../io/prompts.js')
  const choice = await prompts.askSelect<MenuItem>({
    message: WIZARD_TEXT.menu[lang],
    choices: [
      { value: 'ask', name: WIZARD_TEXT.menuAsk[lang] },
      { value: 'check', name: WIZARD_TEXT.menuCheck[lang] },
      { value: 'saved', name: WIZARD_TEXT.menuSaved[lang] },
    ],
    keysHint: colours().dim(WIZARD_TEXT.keys[lang]),
  })
  const command = choice === 'ask' ? 'ask' : choice === 'check' ? 'wizard' : 'track'
  if (!opts.has(command)) {
    printError(fill(WIZARD_TEXT.unavailable[lang], { command: `buyerdesk ${command}` }))
    return choice
  }
  if (choice === 'ask') {
    const question = await prompts.askText({
      message: WIZARD_TEXT.question[lang],
      validate: (v) => (v.trim() === '' ? WIZARD_TEXT.questionEmpty[lang] : true),
    })
    await opts.run(['ask', question.trim()])
  } else if (choice === 'check') {
    await opts.run(['wizard'])
  } else {
    await opts.run(['track', 'list'])
  }
  return choice
}
