import { DAYS, type Hours } from '../core/faq/hours.js'
import { isTopic } from '../core/faq/topics.js'
import { CATALOGS, message } from './catalog/index.js'
import { fill } from './fill.js'
import type { Lang } from './lang.js'

/**
 * The texts `ask`, `topics`, `show` and `contact` print around the knowledge base (the catalogues' `faq` group),
 * with the templates that take words as functions: `FAQ_MESSAGES.ko.reach('아마존')`.
 */
function faqMessages(lang: Lang) {
  const m = CATALOGS[lang].faq
  return {
    ...m,
    aboutShop: (shop: string, other: string, flag: string) => fill(m.aboutShop, { shop, other, flag }),
    reach: (shop: string) => fill(m.reach, { shop }),
    unknownId: (id: string) => fill(m.unknownId, { id }),
    contactTitle: (shop: string) => fill(m.contactTitle, { shop }),
    yourZone: (zone: string) => fill(m.yourZone, { zone }),
    closesAt: (time: string, rel: string) => fill(m.closesAt, { time, rel }),
    opensAt: (time: string, rel: string) => fill(m.opensAt, { time, rel }),
    serviceTime: (zone: string) => fill(m.serviceTime, { zone }),
    in: (text: string) => fill(m.in, { text }),
    hm: (h: number, min: number) => (h > 0 ? fill(m.hoursMinutes, { h, m: min }) : fill(m.minutes, { m: min })),
    days: (d: number) => fill(m.days, { d }),
    otherShop: (shop: string) => fill(m.otherShop, { shop }),
  }
}

export const FAQ_MESSAGES: Record<Lang, ReturnType<typeof faqMessages>> = { en: faqMessages('en'), ko: faqMessages('ko'), ro: faqMessages('ro') }

export type FaqMessages = (typeof FAQ_MESSAGES)[Lang]

/** A topic's name as `lang` writes it (`faq.topics.<id>` in the catalogues); an id the taxonomy does not have, as it is. */
export function topicName(id: string, lang: Lang): string {
  return isTopic(id) ? message(lang, `faq.topics.${id}`) : id
}

/** A channel's opening hours in words: `09:00–15:00 (Korea time), Mon, Tue, …`. */
export function scheduleText(hours: Exclude<Hours, string>, lang: Lang): string {
  const m = FAQ_MESSAGES[lang]
  const days = hours.days.length === 7 ? m.everyDay : DAYS.filter((d) => hours.days.includes(d)).join(', ')
  return `${hours.open}–${hours.close} (${m.serviceTime(hours.timeZone)}), ${days}`
}

/** A covered shop's name as `lang` writes it (`알리익스프레스` in Korean); another id as it is. */
export function shopName(id: string, lang: Lang): string {
  const shops: Record<string, string> = CATALOGS[lang].common.shops
  return shops[id] ?? id
}

/** `Topic: title` for a list of entries, or the title alone when it already says the topic. */
export function entryLabel(topic: string, title: string): string {
  return title.toLowerCase().startsWith(topic.toLowerCase()) ? title : `${topic}: ${title}`
}
