import { PLATFORMS } from '../core/faq/detect.js'
import { FAQ_MESSAGES, shopName, topicName } from '../i18n/faq-messages.js'
import { TOPIC_IDS } from '../core/faq/topics.js'
import type { KbEntry } from '../core/faq/types.js'
import { readKb } from '../data/kb.js'
import { EXIT, type ExitCode } from '../errors.js'
import type { Lang } from '../i18n/lang.js'
import { colours } from '../io/colour.js'
import { printLines, printText } from '../io/output.js'
import { wrap } from '../render/wrap.js'
import { screenWidth } from '../io/screen.js'

export interface TopicsOptions {
  /** Only this shop's entries. */
  platform?: string
  lang: Lang
  json: boolean
  /** A knowledge-base folder other than data/kb (tests). */
  kbDir?: string
}

/** The topics JSON: per platform, every topic with its title and its entries' ids and titles. */
export interface TopicsJson {
  type: 'topics'
  lang: Lang
  platforms: { platform: string; topics: { topic: string; title: string; entries: { id: string; title: string }[] }[] }[]
}

/** Group entries by platform and topic, in the taxonomy's order. Pure. */
export function toTopicsJson(entries: readonly KbEntry[], lang: Lang, platform?: string): TopicsJson {
  const shops = platform !== undefined ? [platform] : [...PLATFORMS]
  return {
    type: 'topics',
    lang,
    platforms: shops.map((shop) => ({
      platform: shop,
      topics: TOPIC_IDS.map((topic) => ({
        topic,
        title: topicName(topic, lang),
        entries: entries.filter((e) => e.topic === topic && e.platforms.includes(shop)).map((e) => ({ id: e.id, title: e.title[lang] })),
      })).filter((t) => t.entries.length > 0),
    })),
  }
}


export function renderTopics(json: TopicsJson, c = colours(), width = screenWidth()): string[] {
  const m = FAQ_MESSAGES[json.lang]
  const lines: string[] = []
  for (const shop of json.platforms) {
    if (lines.length > 0) lines.push('')
    lines.push(c.bold(shopName(shop.platform, json.lang)))
    if (shop.topics.length === 0) lines.push(`  ${m.noTopics}`)
    for (const topic of shop.topics) {
      lines.push(...wrap(`${c.bold(topic.title)} ${c.dim(`(${topic.topic})`)}`, width, '  ', '    '))
      for (const entry of topic.entries) {
        // The title beside its id, wrapping under itself; on a narrow screen under the id.
        const prefix = `    ${c.cyan(entry.id.padEnd(30))} `
        if (width - 35 >= 20) lines.push(...wrap(entry.title, width, prefix, ' '.repeat(35)))
        else lines.push(`    ${c.cyan(entry.id)}`, ...wrap(entry.title, width, '      '))
      }
    }
  }
  return lines
}

/** `buyerdesk topics`. */
export async function topics(opts: TopicsOptions): Promise<ExitCode> {
  const kb = await readKb(opts.kbDir)
  const json = toTopicsJson(kb.entries, opts.lang, opts.platform)
  if (opts.json) printText(JSON.stringify(json) + '\n')
  else printLines(renderTopics(json))
  return EXIT.OK
}
