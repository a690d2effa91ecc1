import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Command } from 'commander'
import { ISSUES } from '../core/types.js'
import { kbDir } from '../data/kb.js'
import { SETTING_KEYS } from '../io/settings.js'
import { entryId, readOrders } from '../io/store.js'

/**
 * `buyerdesk completion SHELL` and the hidden `buyerdesk complete -- WORDS…` that the printed script calls on
 * every TAB. Both come from the commander definitions through @bomb.sh/tab's commander adapter: commands,
 * flags and the values commander knows (`--lang`, `--input-format`, …), plus what only buyerdesk knows: the
 * issues, the shops, the settings keys, saved order ids and knowledge-base entry ids.
 */

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const
export type Shell = (typeof SHELLS)[number]

type Complete = (value: string, description: string) => void

/** Knowledge-base entry ids, read without validation: a TAB must be quick and never fail. */
function kbIds(): string[] {
  try {
    const dir = kbDir()
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => ((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { entries?: { id?: unknown }[] }).entries ?? []).map((e) => e.id))
      .filter((id): id is string => typeof id === 'string')
  } catch {
    return []
  }
}

async function orderIds(): Promise<string[]> {
  try {
    return (await readOrders('en')).map(entryId).filter((id): id is string => id !== undefined)
  } catch {
    return []
  }
}

/** The completion tree of `program` (a program built without its own completion commands). */
async function completionTree(program: Command) {
  const { default: tab } = await import('@bomb.sh/tab/commander')
  const root = tab(program, { completionCommandName: 'completion' })
  const values = (list: readonly string[]) => (complete: Complete) => list.forEach((v) => complete(v, ''))
  const ids = await orderIds()
  for (const [path, command] of root.commands) {
    for (const [name, option] of command.options) {
      if (name === 'issue') option.handler = values([...ISSUES, ...(path === 'wizard' ? ['none'] : [])])
      if (name === 'platform') option.handler = values(['aliexpress', 'amazon'])
    }
    const id = command.arguments.get('id')
    if (id && path.startsWith('track ')) id.handler = values(ids)
    if (id && path === 'show') id.handler = values(kbIds())
    const key = command.arguments.get('key')
    if (key && path.startsWith('config ')) key.handler = values(SETTING_KEYS)
    const platform = command.arguments.get('platform')
    if (platform && path === 'contact') platform.handler = values(['aliexpress', 'amazon'])
  }
  return root
}

/** Print the script for `shell` (it calls `buyerdesk complete -- …` at each TAB). */
export async function completion(opts: { shell: Shell; program: Command }): Promise<void> {
  const root = await completionTree(opts.program)
  root.setup('buyerdesk', 'buyerdesk', opts.shell)
}

/** Print the completions of the words typed so far (the last one is the word being completed). */
export async function complete(opts: { words: string[]; program: Command }): Promise<void> {
  const root = await completionTree(opts.program)
  root.parse(opts.words)
}
