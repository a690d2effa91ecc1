import { Argument, Command, Option } from 'commander'
import { ACTIONS, ISSUES } from './core/types.js'
import { LANGS } from './i18n/lang.js'
import { resolveLang } from './i18n/resolve.js'
import { helpLang, localizeProgram } from './i18n/localize-help.js'
import { UsageError } from './errors.js'
import { printText } from './io/output.js'
import { examplesBlock } from './i18n/help-examples.js'
import { exitCodesBlock } from './i18n/layout-contact-messages.js'
import { wrap } from './render/wrap.js'
// Types only (erased): the module itself is imported lazily by its command.
import type * as ConfigCommands from './commands/config.js'
import { byLang } from './i18n/catalog/index.js'

/** The order flags shared by `check`, `wizard` and `track` (POLICY.md field names). */
export const ORDER_FLAGS = ['platform', 'issue', 'ordered', 'shipped', 'delivered', 'eta', 'contacted', 'disputed', 'id'] as const

const collect = (value: string, previous: string[]): string[] => [...previous, value]

export function addOrderOptions(cmd: Command): Command {
  return cmd
    .option('--platform <id>', 'aliexpress, amazon, or the id of a --policy pack')
    .option('--issue <issue>', `what went wrong: ${ISSUES.join(', ')}`)
    .option('--ordered <date>', 'date the order was placed (YYYY-MM-DD, today…)')
    .option('--shipped <date>', 'date the seller shipped it (none: not yet)')
    .option('--delivered <date>', 'date tracking shows it as delivered')
    .option('--eta <date>', 'latest estimated delivery date shown for the order')
    .option('--contacted <date>', 'date you first contacted the seller about the problem')
    .option('--disputed <date>', 'date you opened a dispute or A-to-z claim')
    .option('--today <date>', 'judge as of this date instead of today')
    .option('--id <id>', 'your order ID, echoed back')
}

export function langOption(): Option {
  return new Option('--lang <lang>', 'language of the answer (default: saved setting, then LANG)').choices(LANGS)
}

/** The top-level commands, in the order help lists them. */
export const COMMANDS = ['check', 'config', 'track', 'deadlines', 'wizard', 'ask', 'topics', 'show', 'contact'] as const
type CommandName = (typeof COMMANDS)[number]

/**
 * The command a command line runs, when its first word names one exactly (`buyerdesk check …`);
 * undefined for anything else (no command, `help`, a flag, a typo), which needs the whole program.
 */
export function commandOf(argv: readonly string[]): CommandName | undefined {
  const first = argv[2]
  return (COMMANDS as readonly string[]).includes(first ?? '') ? (first as CommandName) : undefined
}

/**
 * Commander definitions only (STYLE.md §1); commands are imported lazily so each loads only what it uses.
 * `only`: define just that command (what `buyerdesk check …` parses with): defining all of them cost
 * ~4 ms of every start (bench/RESULTS.md); help and errors of that command read the same either way.
 */
export function createProgram(only?: CommandName, opts: { completionCommands?: boolean } = {}): Command {
  const program = new Command('buyerdesk')
    .description('Support assistant for AliExpress and Amazon shoppers: deadlines, eligibility, and answers, offline.')
    .version('0.1.0', '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    // One prefix for every error, commander's ("error: …", translated or not) and the tool's own.
    .configureOutput({
      outputError: (str, write) => write(str.replace(/^(?:error|오류|eroare): /, 'buyerdesk: ')),
      // Help through the tool's own writer, so `buyerdesk --help | head -1` ends quietly too.
      writeOut: (str) => printText(str),
    })

  const wanted = (name: CommandName) => only === undefined || only === name
  if (wanted('check')) addCheckCommand(program)
  if (wanted('config')) addConfigCommand(program)
  if (wanted('track')) addTrackCommand(program)
  if (wanted('deadlines')) addDeadlinesCommand(program)
  if (wanted('wizard')) addWizardCommand(program)
  addFaqCommands(program, wanted)
  if (only === undefined && opts.completionCommands !== false) addCompletionCommands(program)

  program.hook('preAction', (_root, action) => refuseFlagLikeValues(action))

  // Keep last: it lets the root take operands, which commands created after it would inherit.
  if (only === undefined) addMenuAction(program)
  // `buyerdesk help [command]`: commander adds it by itself only to a root without an action of its own.
  program.helpCommand(true)
  addExamples(program)
  program.addHelpText('after', exitCodesBlock('en', wrap))
  // Help and commander's own messages in the user's language (English: nothing to do).
  localizeProgram(program, helpLang())
  return program
}

const FLAG_LIKE = /^--?[A-Za-z][\w-]*(=.*)?$/

const FLAG_AS_VALUE = byLang((c) => c.errors).flagAsValue

/**
 * `deadlines --ics --json` must not write a file named `--json`: commander hands any next word to an option
 * that takes a value. A value that is a whole flag (`--json`, `-q`) is refused, for every option.
 */
function refuseFlagLikeValues(cmd: Command): void {
  const opts = cmd.opts()
  for (const option of cmd.options) {
    if (!option.required && !option.optional) continue
    const raw = opts[option.attributeName()] as unknown
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (typeof value !== 'string' || !FLAG_LIKE.test(value)) continue
      const lang = resolveLang(typeof opts.lang === 'string' ? opts.lang : undefined)
      const name = option.long?.replace(/^--/, '') ?? option.attributeName()
      throw new UsageError(FLAG_AS_VALUE[lang].replaceAll('{option}', name).replace('{value}', value), name)
    }
  }
}

function addCheckCommand(program: Command): void {
  addOrderOptions(
    program
      .command('check')
      .description('Can this order still be canceled, refunded, disputed, or escalated? One order from flags, or NDJSON/CSV from a file or - (stdin).')
      .argument('[input]', 'stream mode: an NDJSON or CSV file, or - for stdin'),
  )
    .addOption(new Option('--input-format <format>', 'format of the stream input').choices(['ndjson', 'csv']))
    .option('--first-line <n>', 'number the stream lines from n (one part of a larger stream, as under GNU parallel)')
    .option('--policy <file>', "load a policy pack for another shop (repeatable)", collect, [])
    .option('--json', 'print one JSON object instead of text')
    .option('--fields <list>', 'JSON with only these fields, e.g. status or id,refund.status,refund.deadline (a wrong name lists them all)')
    .addOption(langOption())
    .addOption(new Option('--fail-on-ineligible <action>', 'exit 3 unless this action is possible (or sources disagree)').choices(ACTIONS))
    .option('--message-only', 'print only the message to the seller, in English (e.g. to pipe into a clipboard tool)')
    .option('--ascii', 'draw the timeline with ASCII characters only (automatic under TERM=dumb or a non-UTF-8 locale)')
    .action(async (input: string | undefined, opts: Record<string, string | string[] | boolean | undefined>) => {
      const [{ check, parseTodayFlag, parseFirstLine, parseFieldsFlag }, { defaultToday, readSettings }, { resolveOrderDates }] = await Promise.all([
        import('./commands/check.js'),
        import('./io/settings.js'),
        import('./commands/date-flags.js'),
      ])
      const settings = readSettings()
      const lang = resolveLang(opts.lang as string | undefined, settings.lang)
      const today = parseTodayFlag(opts.today as string | undefined, defaultToday(settings), lang)
      const argOrder: Record<string, string | undefined> = {}
      for (const flag of ORDER_FLAGS) argOrder[flag] = opts[flag] as string | undefined
      argOrder.platform ??= settings.platform
      const argOrderInput = input
      process.exitCode = await check({
        order: resolveOrderDates(argOrder, today, lang),
        input: argOrderInput,
        inputFormat: opts.inputFormat as 'ndjson' | 'csv' | undefined,
        today,
        lang,
        json: Boolean(opts.json),
        policyFiles: (opts.policy as string[] | undefined) ?? [],
        failOnIneligible: opts.failOnIneligible as (typeof ACTIONS)[number] | undefined,
        ascii: Boolean(opts.ascii),
        messageOnly: Boolean(opts.messageOnly),
        timeZone: settings.timezone,
        firstLine: parseFirstLine(opts.firstLine as string | undefined, lang),
        fields: parseFieldsFlag(opts.fields as string | undefined, lang),
      })
    })
}

type Flags = Record<string, string | string[] | boolean | undefined>

/** Settings, language and "today" for `track` and `deadlines` (issue 5): flags first, then saved settings. */
async function savedContext(opts: Flags) {
  const [{ defaultToday, readSettings }, { parseTodayFlag }] = await Promise.all([import('./io/settings.js'), import('./commands/check.js')])
  const settings = readSettings()
  const lang = resolveLang(opts.lang as string | undefined, settings.lang)
  return {
    settings,
    lang,
    today: parseTodayFlag(opts.today as string | undefined, defaultToday(settings), lang),
    json: Boolean(opts.json),
    policyFiles: (opts.policy as string[] | undefined) ?? [],
  }
}

function addConfigCommand(program: Command): void {
  const config = program
    .command('config')
    .description('Saved settings: platform, lang, timezone, within (days for `deadlines`), alarm (days before, for --ics). BUYERDESK_CONFIG_DIR moves the files.')
  const run =
    (fn: (mod: typeof ConfigCommands, args: string[], opts: { lang: ReturnType<typeof resolveLang>; json: boolean }) => unknown) =>
    async (...args: unknown[]) => {
      // commander passes the positional arguments, then the options, then the command.
      const opts = args[args.length - 2] as Flags
      const [mod, { readSettings }] = await Promise.all([import('./commands/config.js'), import('./io/settings.js')])
      await fn(mod, args.slice(0, -2) as string[], { lang: resolveLang(opts.lang as string | undefined, readSettings().lang), json: Boolean(opts.json) })
    }
  const common = (cmd: Command) => cmd.option('--json', 'print JSON').addOption(langOption())
  common(config.command('get').description('print the value of a setting').argument('<key>', 'platform, lang, timezone, within, or alarm')).action(run((m, [key], o) => m.configGet(key!, o)))
  common(config.command('set').description('save a setting (validated)').argument('<key>').argument('<value>')).action(run((m, [key, value], o) => m.configSet(key!, value!, o)))
  common(config.command('unset').description('remove a saved setting').argument('<key>')).action(run((m, [key], o) => m.configUnset(key!, o)))
  common(config.command('list').description('every setting, its value, and where it comes from')).action(run((m, _args, o) => m.configList(o)))
  common(config.command('path').description('where the settings file lives (saved orders are beside it)')).action(run((m, _args, o) => m.configPath(o)))
}

function addTrackCommand(program: Command): void {
  const track = program.command('track').description('Saved orders: judged afresh against today and the current rules on every run.')
  const common = (cmd: Command, withToday = true) => {
    if (withToday) cmd.option('--today <date>', 'judge as of this date instead of today')
    return cmd
      .option('--json', 'print JSON')
      .option('--policy <file>', 'load a policy pack for another shop (repeatable)', collect, [])
      .addOption(langOption())
  }
  // Date flags read as the wizard reads them (`3 days ago`, `none`), against --today.
  const orderOf = async (opts: Flags, today: number, lang: ReturnType<typeof resolveLang>) => {
    const { resolveOrderDates } = await import('./commands/date-flags.js')
    const order: Record<string, string | undefined> = {}
    for (const flag of ORDER_FLAGS) order[flag] = opts[flag] as string | undefined
    return resolveOrderDates(order, today, lang)
  }
  common(addOrderOptions(track.command('add').description('save an order (same flags as check; an id is generated when --id is not given)')), false)
    .option('--note <text>', 'a note of your own, shown with the order')
    .action(async (opts: Flags) => {
      const [{ trackAdd }, ctx] = await Promise.all([import('./commands/track.js'), savedContext(opts)])
      const order = await orderOf(opts, ctx.today, ctx.lang)
      order.platform ??= ctx.settings.platform
      process.exitCode = (await trackAdd({ ...ctx, order, note: opts.note as string | undefined })).code
    })
  common(track.command('list').description('every saved order: next deadline, days left, status')).action(async (opts: Flags) => {
    const [{ trackList }, ctx] = await Promise.all([import('./commands/track.js'), savedContext(opts)])
    process.exitCode = (await trackList(ctx)).code
  })
  common(track.command('show').description('the full check result of a saved order').argument('<id>')).action(async (id: string, opts: Flags) => {
    const [{ trackShow }, ctx] = await Promise.all([import('./commands/track.js'), savedContext(opts)])
    process.exitCode = (await trackShow({ ...ctx, id })).code
  })
  common(addOrderOptions(track.command('update').description('change facts of a saved order (an empty value removes one; --id renames)').argument('<id>')), false)
    .option('--note <text>', 'replace the note (empty: remove it)')
    .action(async (id: string, opts: Flags) => {
      const [{ trackUpdate }, ctx] = await Promise.all([import('./commands/track.js'), savedContext(opts)])
      process.exitCode = (await trackUpdate({ ...ctx, id, changes: await orderOf(opts, ctx.today, ctx.lang), note: opts.note as string | undefined })).code
    })
  common(track.command('rm').description('remove a saved order').argument('<id>')).action(async (id: string, opts: Flags) => {
    const [{ trackRm }, ctx] = await Promise.all([import('./commands/track.js'), savedContext(opts)])
    process.exitCode = (await trackRm({ ...ctx, id })).code
  })
  common(
    track
      .command('import')
      .description("save orders from an NDJSON or CSV file (- for stdin), or from a shop's own export (Amazon's Retail.OrderHistory CSV or data zip, AliExpress's XLSX or extension CSV); bad lines are reported")
      .argument('<file>'),
  )
    .addOption(new Option('--input-format <format>', 'format of the input').choices(['ndjson', 'csv']))
    .option('--dry-run', 'show what would be saved, save nothing')
    .action(async (input: string, opts: Flags) => {
      const [{ trackImport }, ctx] = await Promise.all([import('./commands/track.js'), savedContext(opts)])
      const inputFormat = opts.inputFormat as 'ndjson' | 'csv' | undefined
      process.exitCode = (await trackImport({ ...ctx, input, inputFormat, dryRun: Boolean(opts.dryRun), timeZone: ctx.settings.timezone })).code
    })
}

function addDeadlinesCommand(program: Command): void {
  program
    .command('deadlines')
    .description('Every upcoming deadline across saved orders, most urgent first.')
    .option('--within <days>', 'only deadlines at most this many days ahead (default: the saved `within` setting, else all)')
    .option('--quiet', 'print nothing; exit 3 when something closes within --within days (default: the saved `within`, else 3), else 0')
    .option('--ics <file>', 'write an iCalendar file (- for stdout): an all-day event per deadline with an alarm')
    .option('--force', 'with --ics: replace an existing file that buyerdesk did not write')
    .option('--today <date>', 'judge as of this date instead of today')
    .option('--json', 'print a JSON array')
    .option('--policy <file>', 'load a policy pack for another shop (repeatable)', collect, [])
    .addOption(langOption())
    .action(async (opts: Flags) => {
      const [{ deadlines }, { parseSetting }, ctx] = await Promise.all([import('./commands/deadlines.js'), import('./io/settings.js'), savedContext(opts)])
      let within = ctx.settings.within
      if (opts.within !== undefined) {
        const parsed = parseSetting('within', opts.within, ctx.lang)
        if (!parsed.ok) throw new UsageError(`--${parsed.message}`, 'within')
        within = parsed.value as number
      }
      process.exitCode = (await deadlines({ ...ctx, within, quiet: Boolean(opts.quiet), ics: opts.ics as string | undefined, force: Boolean(opts.force), alarmDays: ctx.settings.alarm })).code
    })
}

/** `ask`, `topics`, `show`, `contact` (issue 3): the knowledge base and the ways to reach each shop. */
function addFaqCommands(program: Command, wanted: (name: CommandName) => boolean): void {
  if (wanted('ask')) {
    program
      .command('ask')
      .description('Answer a shopping question from the built-in knowledge base, offline, in its language; - reads one question per line from stdin (NDJSON out).')
      .argument('<question>', 'the question in Korean, English, or Romanian (- for stdin)')
      .option('--platform <shop>', 'only this shop: aliexpress or amazon (default: the shop the question names, then the saved setting)')
      .addOption(langOption())
      .option('--json', 'print one JSON object (one per line with -)')
      .option('--all', 'list every match')
      .option('--limit <n>', 'list this many matches (default 3)')
      .action(async (question: string, opts: Record<string, string | boolean | undefined>) => {
        const [{ ask, parseLimitFlag, parsePlatformFlag }, { readSettings, savedZone }] = await Promise.all([import('./commands/ask.js'), import('./io/settings.js')])
        const settings = readSettings()
        process.exitCode = await ask({
          question,
          lang: opts.lang === undefined ? undefined : resolveLang(opts.lang as string),
          fallbackLang: resolveLang(undefined, settings.lang),
          platform: parsePlatformFlag(opts.platform as string | undefined, '--platform', resolveLang(opts.lang as string | undefined, settings.lang)),
          savedPlatform: settings.platform === 'aliexpress' || settings.platform === 'amazon' ? settings.platform : undefined,
          json: Boolean(opts.json),
          all: Boolean(opts.all),
          limit: parseLimitFlag(opts.limit as string | undefined, resolveLang(opts.lang as string | undefined, settings.lang)),
          timeZone: savedZone(settings.timezone) ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
        })
      })
  }

  if (wanted('topics')) {
    program
      .command('topics')
      .description('List the knowledge-base topics and their entries, per shop.')
      .option('--platform <shop>', 'only this shop: aliexpress or amazon')
      .addOption(langOption())
      .option('--json', 'print one JSON object')
      .action(async (opts: Record<string, string | boolean | undefined>) => {
        const [{ topics }, { parsePlatformFlag }, { readSettings }] = await Promise.all([import('./commands/topics.js'), import('./commands/ask.js'), import('./io/settings.js')])
        const settings = readSettings()
        process.exitCode = await topics({
          platform: parsePlatformFlag(opts.platform as string | undefined, '--platform', resolveLang(opts.lang as string | undefined, settings.lang)),
          lang: resolveLang(opts.lang as string | undefined, settings.lang),
          json: Boolean(opts.json),
        })
      })
  }

  if (wanted('show')) {
    program
      .command('show')
      .description('Print one knowledge-base entry in full (ids: buyerdesk topics).')
      .argument('<id>', 'entry id, e.g. ali-refund-deadline')
      .addOption(langOption())
      .option('--json', 'print the entry as JSON')
      .action(async (id: string, opts: Record<string, string | boolean | undefined>) => {
        const [{ show }, { readSettings }] = await Promise.all([import('./commands/show.js'), import('./io/settings.js')])
        const settings = readSettings()
        process.exitCode = await show({ id, lang: resolveLang(opts.lang as string | undefined, settings.lang), json: Boolean(opts.json) })
      })
  }

  if (wanted('contact')) {
    program
      .command('contact')
      .description("How to reach each shop's customer service: channels, hours, open now or not, next opening or closing in your time zone.")
      .argument('[platform]', 'aliexpress or amazon (default: the saved setting, else both)')
      .addOption(langOption())
      .option('--json', 'print one JSON object')
      .option('--now <iso>', 'judge as of this instant (ISO 8601, e.g. 2026-11-22T10:00:00+09:00) instead of now')
      .option('--timezone <zone>', 'show times in this IANA time zone (default: saved setting, else this machine)')
      .action(async (platform: string | undefined, opts: Record<string, string | boolean | undefined>) => {
        const [{ contact, parseNowFlag, parseZoneFlag }, { parsePlatformFlag }, { readSettings }] = await Promise.all([
          import('./commands/contact.js'),
          import('./commands/ask.js'),
          import('./io/settings.js'),
        ])
        const settings = readSettings()
        const argPlatform = platform
        process.exitCode = await contact({
          platform: parsePlatformFlag(argPlatform, 'PLATFORM', resolveLang(opts.lang as string | undefined, settings.lang)) ?? (settings.platform === 'aliexpress' || settings.platform === 'amazon' ? settings.platform : undefined),
          lang: resolveLang(opts.lang as string | undefined, settings.lang),
          json: Boolean(opts.json),
          now: parseNowFlag(opts.now as string | undefined, undefined, resolveLang(opts.lang as string | undefined, settings.lang)),
          timeZone: parseZoneFlag(opts.timezone as string | undefined, settings.timezone, resolveLang(opts.lang as string | undefined, settings.lang)),
        })
      })
  }
}

/** `buyerdesk wizard` (issue 4): every question has a flag of the same name, which skips it. */
function addWizardCommand(program: Command): void {
  addOrderOptions(
    program
      .command('wizard')
      .description('Answer a few questions (only what the rules need) and see what you can still do, by when, what to prepare, and a message to the seller.'),
  )
    .option('--request <what>', 'what the message asks the seller for: refund, partial_refund, or reship (default: refund)')
    .option('--message-only', 'print only the message to the seller, in English (e.g. to pipe into a clipboard tool)')
    .option('--ascii', 'draw with ASCII characters only (automatic under TERM=dumb or a non-UTF-8 locale)')
    .option('--no-interactive', 'never ask: missing answers are an error naming their flags (the default when stdin is not a terminal)')
    .option('--policy <file>', 'load a policy pack for another shop (repeatable)', collect, [])
    .addOption(langOption())
    .addHelpText(
      'after',
      [
        '',
        'Dates may also be written today, yesterday, "3 days ago", 오늘, 어제, 3일 전,',
        '10월 3일, azi, ieri, or acum 3 zile. "none" says an event has not happened',
        '(--shipped none); --issue none says you just want to cancel.',
      ].join('\n'),
    )
    .action(async (opts: Flags) => {
      const [{ wizard }, { defaultToday, readSettings }, { parseTodayFlag }] = await Promise.all([
        import('./commands/wizard.js'),
        import('./io/settings.js'),
        import('./commands/check.js'),
      ])
      const settings = readSettings()
      const lang = resolveLang(opts.lang as string | undefined, settings.lang)
      const today = parseTodayFlag(opts.today as string | undefined, defaultToday(settings), lang)
      const args: Record<string, string | undefined> = {}
      for (const flag of [...ORDER_FLAGS, 'request'] as const) args[flag] = opts[flag] as string | undefined
      await wizard({
        args,
        today,
        lang,
        interactive: opts.interactive !== false && process.stdin.isTTY === true,
        defaultPlatform: settings.platform,
        ascii: Boolean(opts.ascii),
        messageOnly: Boolean(opts.messageOnly),
        policyFiles: (opts.policy as string[] | undefined) ?? [],
      })
    })
}

/** Bare `buyerdesk`: a menu in a terminal (ask, check an order, saved orders), the help text otherwise. */
function addMenuAction(program: Command): void {
  program.allowExcessArguments(true).action(async () => {
    // An unknown word is a mistyped command, not a menu request: let commander say so (with its suggestion).
    // NOTE: unknownCommand() is commander's own (untyped) method behind "unknown command 'x' (Did you mean …?)".
    if (program.args.length > 0) return (program as unknown as { unknownCommand(): void }).unknownCommand()
    const [{ menu }, { readSettings }] = await Promise.all([import('./commands/menu.js'), import('./io/settings.js')])
    await menu({
      lang: resolveLang(undefined, readSettings().lang),
      interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
      run: async (args) => {
        await createProgram().parseAsync(args, { from: 'user' })
      },
      has: (name) => program.commands.some((c) => c.name() === name),
      help: () => program.outputHelp(),
    })
  })
}

/** Two or three examples at the end of every command's help (src/i18n/help-examples.ts; translated like the rest). */
function addExamples(cmd: Command, path = ''): void {
  const block = examplesBlock(path, 'en')
  if (block !== undefined) cmd.addHelpText('after', block)
  for (const sub of cmd.commands) addExamples(sub, path === '' ? sub.name() : `${path} ${sub.name()}`)
}

/**
 * `buyerdesk completion SHELL` prints a script; the script calls the hidden `buyerdesk complete -- WORDS…` at
 * each TAB. Both complete from these same definitions (src/commands/completion.ts).
 */
function addCompletionCommands(program: Command): void {
  program
    .command('completion')
    .description('Print a shell completion script (bash, zsh, fish, or powershell) built from these commands; see the examples to install it.')
    .addArgument(new Argument('<shell>', 'bash, zsh, fish, or powershell').choices(['bash', 'zsh', 'fish', 'powershell']))
    .action(async (shell: 'bash' | 'zsh' | 'fish' | 'powershell') => {
      const { completion } = await import('./commands/completion.js')
      await completion({ shell, program: createProgram(undefined, { completionCommands: false }) })
    })
  program.addCommand(
    new Command('complete')
      .argument('[words...]')
      .helpOption(false)
      .allowUnknownOption()
      .action(async (words: string[]) => {
        const { complete } = await import('./commands/completion.js')
        await complete({ words, program: createProgram(undefined, { completionCommands: false }) })
      }),
    { hidden: true },
  )
}
