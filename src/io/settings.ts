import { todayIn } from '../core/dates.js'

/** The user's saved defaults (see `buyerdesk config`). */
export interface Settings {
  platform?: string
  lang?: string
  timezone?: string
}

/** The saved settings; none yet until `buyerdesk config` lands (issue 5). */
export function readSettings(): Settings {
  return {}
}

/** "Today" for every command: the current date in the saved time zone, else the machine's. */
export function defaultToday(settings: Settings): number {
  return todayIn(settings.timezone)
}
