import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { words } from '../../src/core/faq/features.js'
import { searchFaq } from '../../src/core/faq/search.js'
import { TOPIC_IDS } from '../../src/core/faq/topics.js'
import { loadFaq, readKb, readLexicons, readTraining, serialiseModel, validateKbText } from '../../src/data/kb.js'
import { LANGS } from '../../src/i18n/lang.js'

const FIXTURE = fileURLToPath(new URL('../fixtures/kb/', import.meta.url))
const REAL = fileURLToPath(new URL('../../data/kb/', import.meta.url))
const fixtureFile = () => JSON.parse(readFileSync(join(FIXTURE, 'aliexpress.json'), 'utf8'))

/** The problems reported for the fixture file after `change` breaks it. */
const problems = async (change: (file: any) => void) => {
  const file = fixtureFile()
  change(file)
  return (await validateKbText(JSON.stringify(file))).errors
}

describe('knowledge-base validation names the JSON path and what was expected', () => {
  it('accepts the fixture', async () => expect(await problems(() => {})).toEqual([]))
  it.each([
    ['a missing language', (f: any) => delete f.entries[0].answer.ro, 'entries[0].answer: missing required field "ro"'],
    ['an empty question list', (f: any) => (f.entries[1].questions.ko = []), 'entries[1].questions.ko: expected at least 1 item'],
    ['an unknown field', (f: any) => (f.entries[0].answr = {}), 'entries[0]: unknown field "answr"'],
    ['a bad related command', (f: any) => (f.entries[0].related.command = 'rm'), 'entries[0].related.command: expected one of "check"'],
    ['a source without address', (f: any) => (f.entries[0].sources = [{ title: 'x' }]), 'entries[0].sources[0]: does not match any of the accepted forms'],
    ['an unknown topic', (f: any) => (f.entries[0].topic = 'refund.someday'), 'entries[0].topic: unknown topic "refund.someday"'],
    ['a duplicate id', (f: any) => (f.entries[1].id = f.entries[0].id), 'entries[1].id: duplicate id "ali-refund-window"'],
    ['an id of another shop', (f: any) => (f.entries[0].id = 'amz-x'), 'entries[0].id: expected an id starting with "ali-"'],
    ['an unknown platform', (f: any) => (f.entries[0].platforms = ['ebay']), 'entries[0].platforms[0]: expected one of aliexpress, amazon'],
  ])('rejects %s', async (_name, change, message) => {
    expect((await problems(change)).join('\n')).toContain(message)
  })
  it('rejects text that is not JSON', async () => expect((await validateKbText('{ "platform": ')).errors[0]).toMatch(/^not valid JSON/))

  it('a broken file fails loading with the file name and the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'))
    cpSync(FIXTURE, dir, { recursive: true })
    const file = fixtureFile()
    delete file.entries[2].title.ko
    writeFileSync(join(dir, 'aliexpress.json'), JSON.stringify(file))
    await expect(readKb(dir)).rejects.toThrow(/data\/kb\/aliexpress\.json: invalid knowledge-base file\n {2}entries\[2\]\.title: missing required field "ko"/)
  })
})

describe('the saved model', () => {
  it('is used when built from exactly these files; when they changed since, the entries are recomputed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'))
    cpSync(FIXTURE, dir, { recursive: true })
    const modelFile = join(mkdtempSync(join(tmpdir(), 'kb-model-')), 'kb-model.bin')
    writeFileSync(modelFile, await serialiseModel(dir))
    const built = await loadFaq(dir, modelFile)
    expect(built.fromBuild).toBe(true)
    expect(searchFaq(built.model, built.lexicon, built.byId, 'cancel my order').matches[0]!.entry.id).toBe('ali-cancel-order')

    const file = fixtureFile()
    file.entries[1].id = 'ali-cancel-renamed'
    writeFileSync(join(dir, 'aliexpress.json'), JSON.stringify(file))
    const faq = await loadFaq(dir, modelFile)
    expect(faq.fromBuild).toBe(false)
    // the renamed entry is found: the stale entries were not used
    expect(searchFaq(faq.model, faq.lexicon, faq.byId, 'cancel my order').matches[0]!.entry.id).toBe('ali-cancel-renamed')
  }, 60_000)
})

describe('the training data and lexicons (data/train, data/lexicon)', () => {
  it('hold thousands of labelled questions in every language, and thousands out of scope', () => {
    const train = readTraining()
    expect(train.filter((e) => e.label !== '-').length).toBeGreaterThan(5000)
    expect(train.filter((e) => e.label === '-').length).toBeGreaterThan(3000)
    expect(new Set(train.map((e) => e.label)).size).toBe(TOPIC_IDS.length + 1)
  })
  it('share no question with an evaluation set', () => {
    const dir = fileURLToPath(new URL('../../bench/eval/sets/', import.meta.url))
    const evalTexts = new Set(
      readdirSync(dir).flatMap((f) =>
        readFileSync(join(dir, f), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => words((JSON.parse(l) as { text: string }).text).join(' ')),
      ),
    )
    expect(readTraining().filter((e) => evalTexts.has(words(e.text).join(' '))).map((e) => e.text)).toEqual([])
  })
  describe('every file comes through data/train/manifest.json', () => {
    const TRAIN = fileURLToPath(new URL('../../data/train/', import.meta.url))
    const copy = (change: (dir: string, manifest: { files: Record<string, unknown>[] }) => void) => {
      const dir = mkdtempSync(join(tmpdir(), 'train-'))
      const manifest = JSON.parse(readFileSync(join(TRAIN, 'manifest.json'), 'utf8'))
      manifest.files = manifest.files.filter((f: { file: string }) => f.file === 'questions.jsonl' || f.file === 'oos-h14.jsonl')
      for (const f of manifest.files) cpSync(join(TRAIN, f.file), join(dir, f.file))
      change(dir, manifest)
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest))
      return dir
    }
    it('reads the files it lists, out-of-scope ones by category, each with its weight', () => {
      const dir = copy((_, m) => (m.files[1]!.weight = 0.5))
      const train = readTraining(dir)
      const oos = train.filter((e) => e.label === '-')
      expect(oos.length).toBeGreaterThan(10)
      expect(oos.every((e) => e.weight === 0.5)).toBe(true)
      expect(train.filter((e) => e.label !== '-').every((e) => e.weight === undefined)).toBe(true)
      expect(readTraining(dir, { 'oos-h14.jsonl': 0 }).filter((e) => e.label === '-')).toEqual([])
    })
    it.each([
      ['a file it does not list', (dir: string) => writeFileSync(join(dir, 'extra.jsonl'), '{"lang":"en","topic":"order.cancel","text":"x"}\n'), 'data/train/extra.jsonl: not listed in data/train/manifest.json'],
      ['a listed file that is missing', (_: string, m: { files: Record<string, unknown>[] }) => m.files.push({ file: 'gone.jsonl', labels: 'topic' }), 'files[2]: gone.jsonl is missing'],
      ['a bad weight', (_: string, m: { files: Record<string, unknown>[] }) => (m.files[0]!.weight = -1), 'files[0]: expected {"file": "NAME.jsonl", "labels": "topic"|"category", "weight"?: a number > 0}'],
      ['a line without its label', (dir: string) => writeFileSync(join(dir, 'oos-h14.jsonl'), '{"lang":"en","topic":"order.cancel","text":"x"}\n'), 'data/train/oos-h14.jsonl:1: expected {"lang": "en"|"ko"|"ro", "category": "...", "text": "..."}'],
    ])('refuses %s, naming it', (_, change, message) => {
      expect(() => readTraining(copy(change))).toThrow(message)
    })
  })
  it('lexicons pass their schemas', async () => {
    const { lexicon, issues } = await readLexicons()
    expect(Object.keys(lexicon.covered)).toEqual(['aliexpress', 'amazon'])
    expect(issues.issues.length).toBe(6)
  })
})

const kb = await readKb(REAL)

describe('the real knowledge base (data/kb)', () => {
  it.each(['aliexpress', 'amazon'])('every topic has an entry for %s', (platform) => {
    const covered = new Set(kb.entries.filter((e) => e.platforms.includes(platform)).map((e) => e.topic))
    expect(TOPIC_IDS.filter((t) => !covered.has(t))).toEqual([])
  })
  it('every entry answers in all three languages, with questions and keywords in each', () => {
    for (const e of kb.entries) {
      for (const lang of LANGS) {
        expect(e.answer[lang].trim(), `${e.id} answer.${lang}`).not.toBe('')
        expect(e.title[lang].trim(), `${e.id} title.${lang}`).not.toBe('')
        expect(e.questions[lang].length, `${e.id} questions.${lang}`).toBeGreaterThan(0)
        if (e.steps) expect(e.steps[lang].length, `${e.id} steps.${lang}`).toBe(e.steps.en.length)
      }
    }
  })
})
