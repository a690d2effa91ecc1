import { Argument, Command, Option } from 'commander'
import { ACTIONS } from './core/types.js'
import { LANGS } from './i18n/lang.js'
import { resolveLang } from './i18n/resolve.js'
import { helpLang, localizeProgram } from './i18n/localize-help.js'
import type { Lang } from './core/lang.js'
import { UsageError } from './errors.js'
import { printText } from './io/output.js'
import { examplesBlock } from './i18n/help-examples.js'
import { exitCodesBlock } from './i18n/layout-contact-messages.js'
import { wrap } from './render/wrap.js'
// Types only (erased): the module itself is imported lazily by its command.
import type * as ConfigCommands from './commands/config.js'
import { byLang, message, type MessageKey } from './i18n/catalog/index.js'

/** The order flags shared by `check`, `wizard` and `track` (POLICY.md field names). */
export const ORDER_FLAGS = ['platform', 'issue', 'ordered', 'shipped', 'delivered', 'eta', 'contacted', 'disputed', 'id'] as const

const collect = (value: string, previous: string[]): string[] => [...previous, value]

/** A help text of the catalogues (`help.commands.check.description`, `help.options.platform`): src/i18n/catalog. */
export type HelpKey = Extract<MessageKey, `help.${string}`>
/** The help texts of one language: what the program is built with. */
export type HelpTexts = (key: HelpKey) => string

export function helpTexts(lang: Lang): HelpTexts {
  return (key) => message(lang, key)
}

export function addOrderOptions(cmd: Command, h: HelpTexts): Command {
  return cmd
    .option('--platform <id>', h('help.options.platform'))
    .option('--issue <issue>', h('help.options.issue'))
    .option('--ordered <date>', h('help.options.ordered'))
    .option('--shipped <date>', h('help.options.shipped'))
    .option('--delivered <date>', h('help.options.delivered'))
    .option('--eta <date>', h('help.options.eta'))
    .option('--contacted <date>', h('help.options.contacted'))
    .option('--disputed <date>', h('help.options.disputed'))
    .option('--today <date>', h('help.options.today'))
    .option('--id <id>', h('help.options.id'))
}

export function langOption(h: HelpTexts): Option {
  return new Option('--lang <lang>', h('help.options.lang')).choices(LANGS)
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
 * `lang`: the language every description, option and heading is registered in (help.* in the catalogues);
 * by default the one the user gets, chosen before parsing (src/i18n/resolve.ts), so commander prints it as given.
 */
export function createProgram(only?: CommandName, opts: { completionCommands?: boolean; lang?: Lang } = {}): Command {
  const lang = opts.lang ?? helpLang()
  const h = helpTexts(lang)
  const program = new Command('buyerdesk')
    .description(h('help.program.description'))
    .version('0.1.0', '-v, --version', h('help.builtins.version'))
    // Before any command is added: commands inherit the help option and the `help [command]` of their parent.
    .helpOption('-h, --help', h('help.builtins.help'))
    // `buyerdesk help [command]`: commander adds it by itself only to a root without an action of its own.
    .helpCommand('help [command]', h('help.builtins.help'))
    .showSuggestionAfterError(true)
    .exitOverride()
    // One prefix for every error, commander's ("error: …", translated or not) and the tool's own.
    .configureOutput({
      outputError: (str, write) => write(str.replace(/^(?:error|오류|eroare): /, 'buyerdesk: ')),
      // Help through the tool's own writer, so `buyerdesk --help | head -1` ends quietly too.
      writeOut: (str) => printText(str),
    })

  const wanted = (name: CommandName) => only === undefined || only === name
  if (wanted('check')) addCheckCommand(program, h)
  if (wanted('config')) addConfigCommand(program, h)
  if (wanted('track')) addTrackCommand(program, h)
  if (wanted('deadlines')) addDeadlinesCommand(program, h)
  if (wanted('wizard')) addWizardCommand(program, h)
  addFaqCommands(program, wanted, h)
  if (only === undefined && opts.completionCommands !== false) addCompletionCommands(program, h)

  program.hook('preAction', (_root, action) => refuseFlagLikeValues(action))

  // Keep last: it lets the root take operands, which commands created after it would inherit.
  if (only === undefined) addMenuAction(program)
  addExamples(program, lang)
  program.addHelpText('after', exitCodesBlock(lang, wrap))
  // Commander's own words (headings, "(choices: …)", its error lines) in the same language.
  localizeProgram(program, lang)
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

function addCheckCommand(program: Command, h: HelpTexts): void {
  addOrderOptions(
    program
      .command('check')
      .description(h('help.commands.check.description'))
      .argument('[input]', h('help.commands.check.arguments.input')),
    h,
  )
    .addOption(new Option('--input-format <format>', h('help.commands.check.options.inputFormat')).choices(['ndjson', 'csv']))
    .option('--first-line <n>', h('help.commands.check.options.firstLine'))
    .option('--policy <file>', h('help.options.policy'), collect, [])
    .option('--json', h('help.commands.check.options.json'))
    .option('--fields <list>', h('help.commands.check.options.fields'))
    .addOption(langOption(h))
    .addOption(new Option('--fail-on-ineligible <action>', h('help.commands.check.options.failOnIneligible')).choices(ACTIONS))
    .option('--message-only', h('help.options.messageOnly'))
    .option('--ascii', h('help.commands.check.options.ascii'))
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

function addConfigCommand(program: Command, h: HelpTexts): void {
  const config = program.command('config').description(h('help.commands.config.description'))
  const run =
    (fn: (mod: typeof ConfigCommands, args: string[], opts: { lang: ReturnType<typeof resolveLang>; json: boolean }) => unknown) =>
    async (...args: unknown[]) => {
      // commander passes the positional arguments, then the options, then the command.
      const opts = args[args.length - 2] as Flags
      const [mod, { readSettings }] = await Promise.all([import('./commands/config.js'), import('./io/settings.js')])
      await fn(mod, args.slice(0, -2) as string[], { lang: resolveLang(opts.lang as string | undefined, readSettings().lang), json: Boolean(opts.json) })
    }
  const common = (cmd: Command) => cmd.option('--json', h('help.options.json')).addOption(langOption(h))
  common(config.command('get').description(h('help.commands.config.get.description')).argument('<key>', h('help.commands.config.get.arguments.key'))).action(run((m, [key], o) => m.configGet(key!, o)))
  common(config.command('set').description(h('help.commands.config.set.description')).argument('<key>').argument('<value>')).action(run((m, [key, value], o) => m.configSet(key!, value!, o)))
  common(config.command('unset').description(h('help.commands.config.unset.description')).argument('<key>')).action(run((m, [key], o) => m.configUnset(key!, o)))
  common(config.command('list').description(h('help.commands.config.list.description'))).action(run((m, _args, o) => m.configList(o)))
  common(config.command('path').description(h('help.commands.config.path.description'))).action(run((m, _args, o) => m.configPath(o)))
}

function addTrackCommand(program: Command, h: HelpTexts): void {
  const track = program.command('track').description(h('help.commands.track.description'))
  const common = (cmd: Command, withToday = true) => {
    if (withToday) cmd.option('--today <date>', h('help.options.today'))
    return cmd
      .option('--json', h('help.options.json'))
      .option('--policy <file>', h('help.options.policy'), collect, [])
      .addOption(langOption(h))
  }
  // Date flags read as the wizard reads them (`3 days ago`, `none`), against --today.
  const orderOf = async (opts: Flags, today: number, lang: ReturnType<typeof resolveLang>) => {
    const { resolveOrderDates } = await import('./commands/date-flags.js')
    const order: Record<string, string | undefined> = {}
    for (const flag of ORDER_FLAGS) order[flag] = opts[flag] as string | undefined
    return resolveOrderDates(order, today, lang)
  }
  common(addOrderOptions(track.command('add').description(h('help.commands.track.add.description')), h), false)
    .option('--note <text>', h('help.commands.track.add.options.note'))
    .action(async (opts: Flags) => {
      const [{ trackAdd }, ctx] = await Promise.all([import('./commands/track.js'), savedContext(opts)])
      const order = await orderOf(opts, ctx.today, ctx.lang)
      order.platform ??= ctx.settings.platform
      process.exitCode = (await trackAdd({ ...ctx, order, note: opts.note as string | undefined })).code
    })
  common(track.command('list').description(h('help.commands.track.list.description'))).action(async (opts: Flags) => {
    const [{ trackList }, ctx] = await Promise.all([import('./commands/track.js'), savedContext(opts)])
    process.exitCode = (await trackList(ctx)).code
  })
  common(track.command('show').description(h('help.commands.track.show.description')).argument('<id>')).action(async (id: string, opts: Flags) => {
    const [{ trackShow }, ctx] = await Promise.all([import('./commands/track.js'), savedContext(opts)])
    process.exitCode = (await trackShow({ ...ctx, id })).code
  })
  common(addOrderOptions(track.command('update').description(h('help.commands.track.update.description')).argument('<id>'), h), false)
    .option('--note <text>', h('help.commands.track.update.options.note'))
    .action(async (id: string, opts: Flags) => {
      const [{ trackUpdate }, ctx] = await Promise.all([import('./commands/track.js'), savedContext(opts)])
      process.exitCode = (await trackUpdate({ ...ctx, id, changes: await orderOf(opts, ctx.today, ctx.lang), note: opts.note as string | undefined })).code
    })
  common(track.command('rm').description(h('help.commands.track.rm.description')).argument('<id>')).action(async (id: string, opts: Flags) => {
    const [{ trackRm }, ctx] = await Promise.all([import('./commands/track.js'), savedContext(opts)])
    process.exitCode = (await trackRm({ ...ctx, id })).code
  })
  common(
    track.command('import').description(h('help.commands.track.import.description')).argument('<file>'),
  )
    .addOption(new Option('--input-format <format>', h('help.commands.track.import.options.inputFormat')).choices(['ndjson', 'csv']))
    .option('--dry-run', h('help.commands.track.import.options.dryRun'))
    .action(async (input: string, opts: Flags) => {
      const [{ trackImport }, ctx] = await Promise.all([import('./commands/track.js'), savedContext(opts)])
      const inputFormat = opts.inputFormat as 'ndjson' | 'csv' | undefined
      process.exitCode = (await trackImport({ ...ctx, input, inputFormat, dryRun: Boolean(opts.dryRun), timeZone: ctx.settings.timezone })).code
    })
}

function addDeadlinesCommand(program: Command, h: HelpTexts): void {
  program
    .command('deadlines')
    .description(h('help.commands.deadlines.description'))
    .option('--within <days>', h('help.commands.deadlines.options.within'))
    .option('--quiet', h('help.commands.deadlines.options.quiet'))
    .option('--ics <file>', h('help.commands.deadlines.options.ics'))
    .option('--force', h('help.commands.deadlines.options.force'))
    .option('--today <date>', h('help.options.today'))
    .option('--json', h('help.commands.deadlines.options.json'))
    .option('--policy <file>', h('help.options.policy'), collect, [])
    .addOption(langOption(h))
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
function addFaqCommands(program: Command, wanted: (name: CommandName) => boolean, h: HelpTexts): void {
  if (wanted('ask')) {
    program
      .command('ask')
      .description(h('help.commands.ask.description'))
      .argument('<question>', h('help.commands.ask.arguments.question'))
      .option('--platform <shop>', h('help.commands.ask.options.platform'))
      .addOption(langOption(h))
      .option('--json', h('help.commands.ask.options.json'))
      .option('--all', h('help.commands.ask.options.all'))
      .option('--limit <n>', h('help.commands.ask.options.limit'))
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
      .description(h('help.commands.topics.description'))
      .option('--platform <shop>', h('help.commands.topics.options.platform'))
      .addOption(langOption(h))
      .option('--json', h('help.options.jsonObject'))
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
      .description(h('help.commands.show.description'))
      .argument('<id>', h('help.commands.show.arguments.id'))
      .addOption(langOption(h))
      .option('--json', h('help.commands.show.options.json'))
      .action(async (id: string, opts: Record<string, string | boolean | undefined>) => {
        const [{ show }, { readSettings }] = await Promise.all([import('./commands/show.js'), import('./io/settings.js')])
        const settings = readSettings()
        process.exitCode = await show({ id, lang: resolveLang(opts.lang as string | undefined, settings.lang), json: Boolean(opts.json) })
      })
  }

  if (wanted('contact')) {
    program
      .command('contact')
      .description(h('help.commands.contact.description'))
      .argument('[platform]', h('help.commands.contact.arguments.platform'))
      .addOption(langOption(h))
      .option('--json', h('help.options.jsonObject'))
      .option('--now <iso>', h('help.commands.contact.options.now'))
      .option('--timezone <zone>', h('help.commands.contact.options.timezone'))
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
function addWizardCommand(program: Command, h: HelpTexts): void {
  addOrderOptions(program.command('wizard').description(h('help.commands.wizard.description')), h)
    .option('--request <what>', h('help.commands.wizard.options.request'))
    .option('--message-only', h('help.options.messageOnly'))
    .option('--ascii', h('help.commands.wizard.options.ascii'))
    .option('--no-interactive', h('help.commands.wizard.options.interactive'))
    .option('--policy <file>', h('help.options.policy'), collect, [])
    .addOption(langOption(h))
    .addHelpText('after', h('help.commands.wizard.dateForms'))
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
function addExamples(cmd: Command, lang: Lang, path = ''): void {
  const block = examplesBlock(path, lang)
  if (block !== undefined) cmd.addHelpText('after', block)
  for (const sub of cmd.commands) addExamples(sub, lang, path === '' ? sub.name() : `${path} ${sub.name()}`)
}

/**
 * `buyerdesk completion SHELL` prints a script; the script calls the hidden `buyerdesk complete -- WORDS…` at
 * each TAB. Both complete from these same definitions (src/commands/completion.ts).
 */
function addCompletionCommands(program: Command, h: HelpTexts): void {
  program
    .command('completion')
    .description(h('help.commands.completion.description'))
    .addArgument(new Argument('<shell>', h('help.commands.completion.arguments.shell')).choices(['bash', 'zsh', 'fish', 'powershell']))
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
