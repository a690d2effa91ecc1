import { Command, Option } from 'commander'
import { ACTIONS, ISSUES } from './core/types.js'
import { LANGS } from './i18n/lang.js'
import { resolveLang } from './i18n/resolve.js'

/** The order flags shared by `check`, `wizard` and `track` (POLICY.md field names). */
export const ORDER_FLAGS = ['platform', 'issue', 'ordered', 'shipped', 'delivered', 'eta', 'contacted', 'id'] as const

const collect = (value: string, previous: string[]): string[] => [...previous, value]

export function addOrderOptions(cmd: Command): Command {
  return cmd
    .option('--platform <id>', 'aliexpress, amazon, or the id of a --policy pack')
    .option('--issue <issue>', `what went wrong: ${ISSUES.join(', ')}`)
    .option('--ordered <date>', 'date the order was placed (YYYY-MM-DD)')
    .option('--shipped <date>', 'date the seller shipped it')
    .option('--delivered <date>', 'date tracking shows it delivered')
    .option('--eta <date>', 'latest estimated delivery date shown for the order')
    .option('--contacted <date>', 'date you first contacted the seller about the problem')
    .option('--today <date>', 'judge as of this date instead of today')
    .option('--id <id>', 'your order id, echoed back')
}

export function langOption(): Option {
  return new Option('--lang <lang>', 'language of the answer (default: saved setting, then LANG)').choices(LANGS)
}

/** Commander definitions only (STYLE.md §1); commands are imported lazily so each loads only what it uses. */
export function createProgram(): Command {
  const program = new Command('buyerdesk')
    .description('Support assistant for AliExpress and Amazon shoppers: deadlines, eligibility and answers, offline.')
    .version('0.1.0', '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) })

  addOrderOptions(
    program
      .command('check')
      .description('Can this order still be cancelled, refunded, disputed or escalated? One order from flags, or NDJSON/CSV from a file or - (stdin).')
      .argument('[input]', 'stream mode: an NDJSON or CSV file, or - for stdin'),
  )
    .addOption(new Option('--input-format <format>', 'format of the stream input').choices(['ndjson', 'csv']))
    .option('--policy <file>', "load a policy pack for another shop (repeatable)", collect, [])
    .option('--json', 'print one JSON object instead of text')
    .addOption(langOption())
    .addOption(new Option('--fail-on-ineligible <action>', 'exit 3 when this action is not eligible or uncertain').choices(ACTIONS))
    .action(async (input: string | undefined, opts: Record<string, string | string[] | boolean | undefined>) => {
      const [{ check, parseTodayFlag }, { defaultToday, readSettings }] = await Promise.all([import('./commands/check.js'), import('./io/settings.js')])
      const settings = readSettings()
      const order: Record<string, string | undefined> = {}
      for (const flag of ORDER_FLAGS) order[flag] = opts[flag] as string | undefined
      order.platform ??= settings.platform
      const argOrderInput = input
      process.exitCode = await check({
        order,
        input: argOrderInput,
        inputFormat: opts.inputFormat as 'ndjson' | 'csv' | undefined,
        today: parseTodayFlag(opts.today as string | undefined, defaultToday(settings)),
        lang: resolveLang(opts.lang as string | undefined, settings.lang),
        json: Boolean(opts.json),
        policyFiles: (opts.policy as string[] | undefined) ?? [],
        failOnIneligible: opts.failOnIneligible as (typeof ACTIONS)[number] | undefined,
      })
    })

  return program
}
