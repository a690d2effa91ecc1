import type { I18nText, Lang } from '../lang.js'

/** A list of texts in each language (data/schema/kb.schema.json `texts`). */
export type I18nTexts = Record<Lang, string[]>

/** Where a fact comes from: a seed document by file name, or a public page by title and address. */
export type KbSource = { seed: string } | { title: string; url: string }

/** A buyerdesk command that computes the user's own answer (`buyerdesk check --issue …`). */
export interface KbRelated {
  command: 'check' | 'wizard' | 'contact' | 'deadlines'
  /** Arguments after the command, e.g. `--issue not-received`. */
  args?: string
}

/** One knowledge-base entry, as data/kb/*.json holds it. */
export interface KbEntry {
  /** Stable id, kebab-case, prefixed by platform: ali-, amz- or common-. */
  id: string
  /** Exactly one topic id of src/core/faq/topics.ts. */
  topic: string
  /** The platforms the entry applies to. */
  platforms: string[]
  title: I18nText
  /** How shoppers ask this, several phrasings per language. */
  questions: I18nTexts
  /** Words and synonyms a shopper may use, per language. */
  keywords: I18nTexts
  answer: I18nText
  /** Where to click, in order. */
  steps?: I18nTexts
  related?: KbRelated
  sources: KbSource[]
}

/** One file of data/kb: a platform's entries, or `common` for what applies to every shop. */
export interface KbFile {
  platform: string
  /** When the facts were last checked against their sources (YYYY-MM-DD). */
  reviewed: string
  entries: KbEntry[]
  /** The seed documents the entries cite, by file name: title and what each is (common.json holds the table). */
  seeds?: Record<string, KbSeed>
}

/** A seed document as a person is told of it: `about` ("a Korean guide to AliExpress customer support"). */
export interface KbSeed {
  title: string
  about: I18nText
}
