// `npm run eval`: measure `buyerdesk ask` on ../shared/eval (and our own extra questions), write bench/EVAL.md.
//
// Every question goes through the built CLI (`buyerdesk ask - --json`), exactly as a user's would.
// Figures per set and language: top-1 accuracy on in-scope questions (the answer's topic is one of the
// accepted ones; an abstention counts as a miss), abstention on out-of-scope ones, false abstention.
// Bitext is split in two halves by a fixed hash of each line: "tune" is what the search was tuned on,
// "held-out" is reported as the figure for unseen utterances and was not looked at while tuning.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import MiniSearch from 'minisearch'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const evalDir = process.env.BUYERDESK_EVAL_DIR ?? join(root, '..', 'shared', 'eval')
const bin = join(root, 'bin', 'buyerdesk.js')
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const onlySet = args.find((a) => a.startsWith('--set='))?.slice(6)

const readJsonl = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l))

/** FNV-1a: a stable split that does not depend on line order. */
function fnv(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

const sets = []
const dev = join(evalDir, 'questions-dev.jsonl')
if (existsSync(dev)) sets.push({ name: 'questions-dev', items: readJsonl(dev) })
const bitext = join(evalDir, 'bitext-en.jsonl')
if (existsSync(bitext)) {
  const all = readJsonl(bitext).map((x) => ({ ...x, lang: 'en' }))
  sets.push({ name: 'bitext-tune', items: all.filter((x) => fnv(x.text) % 2 === 0) })
  sets.push({ name: 'bitext-held-out', items: all.filter((x) => fnv(x.text) % 2 === 1) })
}
const extra = join(root, 'bench', 'questions-extra.jsonl')
if (existsSync(extra)) sets.push({ name: 'questions-extra', items: readJsonl(extra) })
// Written by someone who had not seen the KB: -fresh to -fresh40 were looked at while improving the search,
// each only after its first run (-fresh35 to -fresh40 in aggregate only); -fresh41 to -fresh46 only as the
// figure for unseen questions.
for (const name of ['questions-fresh', 'questions-fresh2', 'questions-fresh3', 'questions-fresh4', 'questions-fresh5', 'questions-fresh6', 'questions-fresh7', 'questions-fresh8', 'questions-fresh9', 'questions-fresh10', 'questions-fresh11', 'questions-fresh12', 'questions-fresh13', 'questions-fresh14', 'questions-fresh15', 'questions-fresh16', 'questions-fresh17', 'questions-fresh18', 'questions-fresh19', 'questions-fresh20', 'questions-fresh21', 'questions-fresh22', 'questions-fresh23', 'questions-fresh24', 'questions-fresh25', 'questions-fresh26', 'questions-fresh27', 'questions-fresh28', 'questions-fresh29', 'questions-fresh30', 'questions-fresh31', 'questions-fresh32', 'questions-fresh33', 'questions-fresh34', 'questions-fresh35', 'questions-fresh36', 'questions-fresh37', 'questions-fresh38', 'questions-fresh39', 'questions-fresh40', 'questions-fresh41', 'questions-fresh42', 'questions-fresh43', 'questions-fresh44', 'questions-fresh45', 'questions-fresh46']) {
  const file = join(root, 'bench', `${name}.jsonl`)
  if (existsSync(file)) sets.push({ name, items: readJsonl(file) })
}

function run(items) {
  const input = items.map((x) => x.text.replace(/\s+/g, ' ')).join('\n') + '\n'
  const t0 = process.hrtime.bigint()
  const out = spawnSync(process.execPath, [bin, 'ask', '-', '--json'], { input, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (out.status !== 0 && out.status !== 1) throw new Error(`ask - failed (${out.status}): ${out.stderr}`)
  const records = out.stdout.trim().split('\n').map((l) => JSON.parse(l))
  if (records.length !== items.length) throw new Error(`expected ${items.length} answers, got ${records.length}`)
  return { records, ms }
}

// Baseline for the record: MiniSearch with its own defaults (tokenizer, lower-casing, no fuzzy or prefix)
// over the same fields, top-1 topic without abstention, against ours without abstention.
const kbEntries = readdirSync(join(root, 'data', 'kb'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(root, 'data', 'kb', f), 'utf8')).entries)
const plain = new MiniSearch({ fields: ['q', 'k', 't'] })
plain.addAll(kbEntries.map((e) => ({ id: e.id, q: Object.values(e.questions).flat().join('\n'), k: Object.values(e.keywords).flat().join('\n'), t: Object.values(e.title).join('\n') })))
const topicOf = new Map(kbEntries.map((e) => [e.id, e.topic]))
const baseline = (text) => topicOf.get(plain.search(text)[0]?.id) ?? null
const baseRows = []

const pct = (n, d) => (d === 0 ? '–' : (n / d).toFixed(3))
const rows = []
const failures = []
for (const set of sets) {
  if (onlySet && set.name !== onlySet) continue
  const { records, ms } = run(set.items)
  const byLang = new Map()
  set.items.forEach((item, i) => {
    const r = records[i]
    const lang = item.lang ?? 'en'
    for (const key of [lang, 'all']) {
      if (!byLang.has(key)) byLang.set(key, { inN: 0, correct: 0, abstainIn: 0, outN: 0, abstainOut: 0, raw: 0, base: 0 })
      const s = byLang.get(key)
      if (item.topics.length === 0) {
        s.outN++
        if (r.topic === null) s.abstainOut++
      } else {
        s.inN++
        if (r.topic === null) s.abstainIn++
        else if (item.topics.includes(r.topic)) s.correct++
        if (item.topics.includes(r.matches[0]?.topic)) s.raw++
        if (item.topics.includes(baseline(item.text))) s.base++
      }
    }
    const ok = item.topics.length === 0 ? r.topic === null : item.topics.includes(r.topic)
    if (!ok) failures.push({ set: set.name, text: item.text, want: item.topics.join('|') || '(abstain)', got: r.topic ?? `(abstain; top ${r.matches[0]?.topic ?? '-'} ${r.matches[0]?.score ?? ''})` })
  })
  const langs = [...byLang.keys()].filter((k) => k !== 'all').sort()
  for (const lang of langs.length > 1 ? [...langs, 'all'] : langs) {
    const s = byLang.get(lang)
    rows.push(`| ${set.name} | ${lang} | ${s.inN} | ${pct(s.correct, s.inN)} | ${pct(s.abstainIn, s.inN)} | ${s.outN} | ${pct(s.abstainOut, s.outN)} |`)
    baseRows.push(`| ${set.name} | ${lang} | ${s.inN} | ${pct(s.base, s.inN)} | ${pct(s.raw, s.inN)} |`)
  }
  console.error(`${set.name}: ${set.items.length} questions in ${ms.toFixed(0)} ms`)
}

const table = [
  '| set | lang | in-scope | top-1 accuracy | false abstention | out-of-scope | abstention |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n')

const md = `# Search evaluation (\`npm run eval\`)

Generated by \`bench/eval.mjs\` on ${new Date().toISOString().slice(0, 10)} with Node ${process.version}. Every question goes
through the built CLI (\`buyerdesk ask - --json\`). *top-1 accuracy*: the answer's topic is one of the accepted
topics (an abstention counts as a miss); *false abstention*: in-scope questions answered with "I don't know";
*abstention*: out-of-scope questions (\`"topics": []\`, e.g. bitext's invoice intents) correctly declined.

- \`questions-dev\`: ../shared/eval/questions-dev.jsonl (48 ko/en/ro questions), looked at while building.
- \`bitext-tune\` / \`bitext-held-out\`: ../shared/eval/bitext-en.jsonl split in two by an FNV-1a hash of each
  utterance. The search was tuned on the first half only; **the held-out half is the figure for unseen
  utterances**.
- \`questions-extra\`: bench/questions-extra.jsonl, our own shopper questions (ko/en/ro, written for this check,
  not copied from any eval set), including out-of-scope ones. NOTE: we looked at its failures while tuning,
  so it is a sanity check, not a held-out figure.
- \`questions-fresh\`: bench/questions-fresh.jsonl, a second set of our own questions (typos, no spaces, no
  diacritics, out-of-scope ones), written after the search was tuned. Its failures were looked at later, so it is
  no longer unseen.
- \`questions-fresh2\` / \`questions-fresh3\`: two sets of 75 (20 in-scope and 5 out-of-scope questions per
  language, casual Korean, Romanian with and without diacritics) written by a helper who did not see the KB or
  the search. The failures of -fresh2 led to general changes (Korean compounds indexed joined, casual Korean
  endings, common spelling variants). -fresh3 was kept unseen until the threshold was set, then its failures
  were looked at too (Romanian articles after a hyphen, phone plans out of scope).
- \`questions-fresh4\`: 90 more from the same kind of writer (English-heavy, long questions with a story,
  out-of-scope ones sharing everyday words with shopping). Its failures led to the NEUTRAL words (the thing
  bought and the story around it no longer count against an answer) and two more out-of-scope concepts
  (streaming services; loans, salaries, jobs, libraries).
- \`questions-fresh5\`: 75 more (40 of them English, in every style from keywords to long stories), looked at:
  more such words (furniture, family, times of day), selling on the platform as out of scope, and two
  keywords (cheaper, charged two times).
- \`questions-fresh6\`: 99 questions (25 in-scope and 8 out-of-scope per language) from the same kind of writer.
  Its first run, before anything was changed for it, was en 0.92 top-1 / 0.04 false abstention / 0.625
  out-of-scope abstention, ko 0.88 / 0 / 0.875, ro 1.00 / 0 / 0.75: out-of-scope questions sharing everyday
  words with shopping were the weak spot. Then its failures were looked at (renting, public offices, small
  talk out of scope; pieces of Korean verb endings no longer count as bigrams; "dead on arrival").
- \`questions-fresh7\`: 120 questions (30 in-scope and 10 out-of-scope per language). Its first run, unseen:
  en 0.90 / 0.033 / 0.90, ko 1.00 / 0 / 0.70, ro 1.00 / 0 / 0.70. Then looked at: questions about other shops
  and apps (Coupang, Temu, eMAG, Facebook…) are out of scope.
- \`questions-fresh8\`: 120 more. Its first run, unseen: en 0.967 / 0 / 0.70, ko 0.90 / 0.10 / 0.90, ro 0.933 /
  0 / 0.90. Then looked at: out-of-scope questions still passed through everyday words ("how's your *day*",
  "the *signs* that delivery is *close*", "bank *hours*"), which led to the domain gate (below).
- \`questions-fresh9\` to \`-fresh46\`: 120 each, written after the domain gate, each the unseen
  figure for one version of the search (top-1 / false abstention / out-of-scope abstention), beside what the
  search before the gate gave on the same set:

  | set | lang | before the gate | first run, unseen |
  | --- | --- | --- | --- |
  | -fresh9 | en | 0.867 / 0.067 / 0.90 | 0.90 / 0.033 / 0.90 |
  | -fresh9 | ko | 0.90 / 0.10 / 0.80 | 0.90 / 0.10 / 0.60 |
  | -fresh9 | ro | 0.867 / 0.033 / 0.90 | 0.833 / 0.10 / 0.90 |
  | -fresh10 | en | 0.867 / 0.133 / 0.80 | 0.90 / 0.10 / 0.80 |
  | -fresh10 | ko | 0.867 / 0.133 / 0.80 | 0.933 / 0.067 / 0.70 |
  | -fresh10 | ro | 1.00 / 0 / 0.80 | 0.967 / 0.033 / 1.00 |
  | -fresh11 | en | 0.833 / 0.167 / 1.00 | 0.90 / 0.10 / 1.00 |
  | -fresh11 | ko | 0.933 / 0.067 / 0.90 | 0.967 / 0.033 / 0.80 |
  | -fresh11 | ro | 0.90 / 0.067 / 0.70 | 0.833 / 0.133 / 0.70 |
  | -fresh12 | en | 0.733 / 0.233 / 0.90 | 0.80 / 0.133 / 0.90 |
  | -fresh12 | ko | 0.90 / 0.10 / 0.90 | 0.833 / 0.167 / 0.80 |
  | -fresh12 | ro | 1.00 / 0 / 1.00 | 1.00 / 0 / 1.00 |
  | -fresh13 | en | 0.767 / 0.167 / 0.80 | 0.90 / 0.033 / 0.80 |
  | -fresh13 | ko | 0.867 / 0.133 / 0.90 | 0.967 / 0.033 / 0.90 |
  | -fresh13 | ro | 0.867 / 0.10 / 0.70 | 0.933 / 0.067 / 0.90 |
  | -fresh14 to -16 | en | 0.811 / 0.156 / 0.933 | 0.944 / 0.033 / 0.767 |
  | -fresh14 to -16 | ko | 0.833 / 0.167 / 0.90 | 0.90 / 0.10 / 0.90 |
  | -fresh14 to -16 | ro | 0.878 / 0.067 / 0.767 | 0.878 / 0.056 / 0.933 |
  | -fresh17 to -19 | en | 0.833 / 0.133 / 0.867 | 0.900 / 0.033 / 0.867 |
  | -fresh17 to -19 | ko | 0.789 / 0.167 / 0.967 | 0.889 / 0.056 / 0.90 |
  | -fresh17 to -19 | ro | 0.889 / 0.10 / 0.967 | 0.878 / 0.089 / 1.00 |
  | -fresh20 to -22 | en | 0.778 / 0.20 / 0.833 | 0.878 / 0.10 / 0.90 |
  | -fresh20 to -22 | ko | 0.833 / 0.167 / 0.867 | 0.90 / 0.089 / 0.833 |
  | -fresh20 to -22 | ro | 0.878 / 0.078 / 0.967 | 0.878 / 0.089 / 0.967 |
  | -fresh23 to -25 | en | 0.733 / 0.211 / 0.867 | 0.878 / 0.044 / 0.80 |
  | -fresh23 to -25 | ko | 0.822 / 0.167 / 0.867 | 0.933 / 0.044 / 0.833 |
  | -fresh23 to -25 | ro | 0.867 / 0.111 / 0.767 | 0.944 / 0.022 / 0.733 |
  | -fresh26 to -28 | en | 0.756 / 0.189 / 0.833 | 0.889 / 0.011 / 0.80 |
  | -fresh26 to -28 | ko | 0.856 / 0.133 / 0.933 | 0.956 / 0 / 0.90 |
  | -fresh26 to -28 | ro | 0.867 / 0.056 / 0.933 | 0.944 / 0 / 0.867 |
  | -fresh29 to -31 | en | 0.644 / 0.322 / 0.967 | 0.856 / 0.078 / 0.90 |
  | -fresh29 to -31 | ko | 0.744 / 0.222 / 0.933 | 0.911 / 0.011 / 0.933 |
  | -fresh29 to -31 | ro | 0.811 / 0.167 / 0.933 | 0.90 / 0.078 / 0.933 |
  | -fresh32 to -34 | en | 0.589 / 0.311 / 0.833 | 0.867 / 0.067 / 0.867 |
  | -fresh32 to -34 | ko | 0.711 / 0.289 / 0.90 | 0.911 / 0.056 / 0.90 |
  | -fresh32 to -34 | ro | 0.722 / 0.222 / 0.867 | 0.933 / 0.022 / 0.933 |
  | -fresh35 to -40 | en | 0.594 / 0.378 / 0.95 | 0.917 / 0.022 / 0.933 |
  | -fresh35 to -40 | ko | 0.733 / 0.25 / 0.95 | 0.939 / 0.011 / 0.917 |
  | -fresh35 to -40 | ro | 0.783 / 0.189 / 0.967 | 0.944 / 0.011 / 0.95 |
  | **-fresh41 to -46** | en | 0.644 / 0.30 / 0.967 | **0.906 / 0.022 / 0.967** |
  | **-fresh41 to -46** | ko | 0.667 / 0.30 / 0.967 | **0.922 / 0.022 / 0.95** |
  | **-fresh41 to -46** | ro | 0.722 / 0.222 / 0.917 | **0.917 / 0.028 / 0.967** |

  Looked at after -fresh17 to -fresh19: out-of-scope words that a stem turned into everyday ones ("news" →
  new declined "my new phone arrived broken"; "booking" → book, "plane" → plan; "stock", 비자 for a Visa card),
  now checked by a test against the KB's own text; a Korean run typed without spaces anchored through the
  domain word inside it (판매자한테메시지보내는법); more Korean "it seems" endings; and keywords the KB lacked
  (unblocking an account, a device that won't turn on, Google Pay and Revolut, "what's the catch", "om" for a
  human agent in Romanian). -fresh20 to -fresh22 were the unseen figure of that version: out-of-scope
  abstention met everywhere, false abstention missed everywhere (0.089 to 0.10).
  Then an independent review of the code found: the gate declined 38 of the KB's own 1,862 question
  phrasings (now a test: every one passes); out-of-scope words that shoppers use for what they buy ("car"
  charger, a "bolt" set, "mașină" de spălat, a seller asking for payment on "WhatsApp", reporting a scam to
  the "police"), removed; a bare copula 인 stripped from nouns (수령인 → 수령, 로그인 → 로그), no longer;
  a typo match passing the gate ("border" → order), now only when the typo keeps the first letter; no floor
  under the lower bar for long questions (now half the bar); substring checks of Korean runs that grew with
  the square of their length (now capped at the longest domain word). Then the thresholds were chosen again,
  by a rule aligned with the targets (below). -fresh23 to -fresh25 (pooled, 90 in-scope and 30 out-of-scope
  questions per language) were the unseen figure of that version: nothing was changed before their first
  run. Against the targets (top-1 ≥ 0.90, false abstention ≤ 0.05, out-of-scope
  abstention ≥ 0.80), Korean met all three; English met false abstention and out-of-scope abstention
  (0.80, at the edge) but not top-1 (0.878: 7.8% of its questions got a wrong answer, not an abstention);
  Romanian met top-1 and false abstention but not out-of-scope abstention (0.733: 8 of 30 answered).
  Looked at after that run: the same kinds of out-of-scope questions came back in set after set (train
  tickets, an ATM that kept a card, a router's password, a food-delivery order, a flat's maintenance fee,
  a freelancer's taxes), now concepts of their own; domain words the Korean and Romanian lists lacked
  (받은, 깨져, 칭찬, nr); KB keywords for an e-mail about a new login, the list of orders in the app, a dent or a
  torn seam, a compliment for an agent. Then the thresholds were chosen again by the same rule.
  -fresh26 to -fresh28 (pooled, 90 in-scope and 30 out-of-scope questions per language) were the unseen
  figure of that version: Korean and Romanian met all three targets; English met false abstention (0.011)
  and out-of-scope abstention (0.80, at the edge) but not top-1 (0.889: about one English question in ten
  got the answer of a neighbouring topic).
  Looked at after that run: KB keywords for what English kept confusing (an e-mail about a new sign-in,
  whether a store is legit, a cracked item and what to do first, a dispute nobody answered), and a second
  bar, EVERYDAY_BAR (0.25), for a question that names none of the words that mean only shopping (order,
  refund, parcel, seller, the shops, the account...): a noise *complaint*, a garage door's *code* or a bond's
  *return* share the domain's everyday words but none of those. -fresh29 to -fresh31 were the unseen figure
  of that version (beside the search at the start of that work, 9d16d78: en 0.856 / 0.056 / 0.867, ko 0.911 /
  0.011 / 0.90, ro 0.933 / 0.044 / 0.933): out-of-scope abstention rose, and false abstention with it
  (English and Romanian 0.078). Looked at after that run: the second bar is lowered for a long story as the
  first one is; chat shorthand (msg, pkg); numbers the KB never uses no longer dilute the confidence (4.8
  stars); Romanian "om" and "botul" (a human, the bot). Then each language's questions and titles became
  fields of their own (a question searches its language's fields and the keywords), and the KB got four
  more Korean and four more Romanian phrasings per entry, written by helpers who saw the KB but no
  evaluation set. English phrasings were written the same way and left out: on -fresh29 to -fresh34 they
  moved as many English questions wrong as right and lowered out-of-scope abstention (on -fresh32 to
  -fresh34 from 0.871 to 0.774). Thresholds chosen again by the same rule. -fresh32 to -fresh34 were the
  unseen figure of that version (9d16d78 on the same: en 0.856 / 0.067 / 0.833, ko 0.944 / 0.044 / 0.833, ro
  0.878 / 0.033 / 0.833). Looked at after that run: out-of-scope words that declined shoppers' questions
  ("wholesale" and 도매, as buyers order in bulk too; an offer that is a "joke"; a "back to school" order)
  removed from the lists; fillers of chat English and Romanian (says, actually; chiar, însă) made stop
  words; thresholds chosen again.
  -fresh35 to -fresh40 (pooled, 180 in-scope and 60 out-of-scope questions per language; six writers, each
  leaning towards a different kind of shopper) were the unseen figure of that version (c7a33b6): all three
  targets met in every language and in each half of the six sets (en 0.911 / 0.033 / 0.933 and 0.922 / 0.011 /
  0.933; ko 0.922 / 0.022 / 0.90 and 0.956 / 0 / 0.933; ro 0.956 / 0.011 / 0.933 and 0.933 / 0.011 / 0.967).
  9d16d78 on the same six sets: en 0.878 / 0.056 / 0.917, ko 0.944 / 0.017 / 0.90, ro 0.933 / 0.033 / 0.967.
  Their failures were not looked at; their aggregate figures went into the next choice of thresholds.
  Then an independent review of the code found, and these were fixed: a word only the other languages'
  phrasings use still counted as one the KB uses (so a Romanian phrasing with "blender" made "my blender
  arrived broken" less sure); \`ask\` did not tell the search the user's language, so a question whose words
  do not tell it ("recenzie amazon") was read as English; a question naming only a shop got an answer;
  카드 and 후기 (a card, a review) counted as shopping-only words; shorthand looked up "constructor" on the
  object. Thresholds were chosen again by the same rule.
  **-fresh41 to -fresh46** (pooled, 180 in-scope and 60 out-of-scope questions per language, six more
  writers) are the figure for unseen questions of the search as it is now (e4de556): run once after the last
  change to the search and not looked at. All three targets are met in every language: en 0.906 / 0.022 /
  0.967, ko 0.922 / 0.022 / 0.95, ro 0.917 / 0.028 / 0.967. English top-1 is the thinnest margin: 0.922 in
  one half of the six sets and 0.889 in the other (ko 0.922 and 0.922, ro 0.90 and 0.933). These writers'
  questions are harder than the last six: 9d16d78 gives en 0.867 / 0.033 / 0.933, ko 0.911 / 0.028 / 0.95,
  ro 0.90 / 0.028 / 0.95 on them.

  Out-of-scope questions that these writers were asked for now share the domain's own words ("escalate my
  *car insurance claim*", "*bus ticket* refund fee", "*taxi app* card"), which the gate lets through; false
  abstention came mostly from long questions that tell a story. Looked at after each run: Korean passive and
  copula endings (정지당함, 불량인데), bare jamo (ㅠㅠ), "film" as a verb (film the unboxing) no longer out
  of scope, cars, buses and taxis out of scope, and the lower bar for long questions (STORY_WORDS). -fresh12
  (after the thresholds were set; they were not changed for it) showed gaps in the Korean domain words
  (휴대폰, 번호, 건의), more Korean endings (분실된거같아요, 정지됐습니다, 불량이면, jamo typed onto a word),
  and "visa" declining questions about a Visa card. -fresh13 showed the Romanian and Korean domain words
  lagging behind the English ones (crăpat, 사기…). -fresh14 to -fresh16 (pooled, 90 in-scope and 30
  out-of-scope questions per language) showed two things: the bar for long questions, at 0.22 for English,
  let through long out-of-scope stories that share the domain's words ("the band cancelled the concert, how
  do I get a refund on the tickets"; English out-of-scope abstention 0.40 on -fresh14), and Korean concept
  words had put their bigrams into the lists (셀러등록 made 셀러, a seller, out of scope). The lists now hold
  whole words only, and the thresholds were chosen again on all the looked-at sets (below).

${table}

## Measured against MiniSearch's defaults

Top-1 topic on in-scope questions, without abstention: MiniSearch as it comes (its tokenizer splits on
spaces and punctuation and lower-cases; no fuzzy or prefix) over the same fields, against our analysis.
The defaults cannot meet Korean with particles attached or Romanian typed without diacritics.

${'| set | lang | in-scope | MiniSearch defaults | ours |'}
${'| --- | --- | ---: | ---: | ---: |'}
${baseRows.join('\n')}

Speed, measured with hyperfine on this machine: rebuilding MiniSearch's radix tree with \`MiniSearch.loadJS\`
from the saved JSON cost ~55 ms per start (more than the whole start-up budget of \`ask\`), against ~2 ms
for \`JSON.parse\` of the same data. So MiniSearch builds the index at build time, and \`ask\` searches the
saved postings with src/core/faq/frozen.ts, which replicates \`MiniSearch#search\` (BM25+, boosts, prefix
and fuzzy weights, the quality factor; test/core/faq-frozen.test.ts compares the two on the real KB) with
one deliberate change: a swap of two adjacent letters counts as one typo.

## How the search decides

MiniSearch (BM25+) over each entry's questions and title in the question's language and its keywords in all
three (a question searches only its own language's fields, so one language's phrasings cannot move another's
answers; the keywords are where the languages meet), with our analysis
(src/core/faq/text.ts): Latin text lower-cased and stripped of diacritics (ș/ş, ț/ţ, ă, â, î), one light
stemmer for Romanian and English endings, stop words of both (including request verbs: "I need help
to check…"); Korean words lose a trailing particle or verb ending (환불은, 환불받고 → 환불) and add character
bigrams, plus the bigram across each space in the KB (몇 시 ↔ 몇시); a Korean word the index knows whole is one
vote, its bigrams are the fallback for unknown or run-together words. Latin words of five letters or more
also match by prefix and with one typo (two from nine letters; a swap of adjacent letters is one typo).

It abstains (\`topic: null\`) in four cases (src/core/faq/search.ts), and when the question only names a shop:
- *the domain gate*: the best entry shares none of the domain's own words with the question (\`DOMAIN_WORDS\`:
  the shops, order, refund, parcel, seller, account, coupon… in the three languages; a Korean compound such as
  배송조회 counts through the word inside it). A match through everyday words alone ("what *time* does the
  bank *close*", "how's your *day*") is not an answer. Among the matches, one that shares a domain word
  with the question ranks before one that does not.
- *out-of-scope concepts*: a short list (invoices and receipts, travel, food, films and music, weather and
  sport, other shops and apps, streaming, loans and jobs, selling on the platform, cars, buses and taxis,
  other services such as passports or stocks; no word that also names something in scope, e.g. not "tax",
  "film" or "holiday"): when the question uses one of their words and the best entry does not. This is
  what declines bitext's invoice intents.
- *confidence* below \`MIN_CONFIDENCE\` (0.16 for English, 0.16 for Korean, 0.28 for Romanian questions),
  lowered in proportion for a question of more than \`STORY_WORDS\` (6) content words, which tells a story,
  down to half of it (\`STORY_FLOOR\`).
- *the everyday bar*: a question that names none of the words that mean only shopping (\`SHOPPING_WORDS\`:
  the shops, order, refund, parcel, seller, account, password…) must reach \`EVERYDAY_BAR\` (0.25, lowered
  for a story in the same way): a noise *complaint*, a door *code*, the *return* on a bond share the
  domain's everyday words but none of those.
  Confidence = coverage × strength:
  - *coverage*: the share of the question's words the best entry matched, each word weighted by its rarity
    in the KB (IDF; a word the KB never uses weighs the most), a typo or prefix match counting 0.6 and a
    Korean word known only through bigrams counting the share of its bigrams matched. The thing bought and
    the story around it (headphones, yesterday, my son) do not count unless the KB's phrasings in the
    question's language use them, nor do numbers the KB never uses.
  - *strength*: the BM25 score per word, squashed to 0..1, so one weak match does not pass for an answer.

How the thresholds were chosen: on the looked-at sets only (questions-dev, -extra, -fresh to -fresh40 once
each had had its first run; never -fresh41 to -fresh46). Up to -fresh19 the rule was the value that
maximises top-1 accuracy plus out-of-scope abstention; on the next two unseen batches that rule left
out-of-scope abstention well above its target (0.83 to 1.00) and false abstention above its own (0.056 to
0.10): it weighed one out-of-scope question like three in-scope ones. The rule now follows the targets
themselves: per language, the value with the largest worst margin to the three targets (top-1 − 0.90,
0.05 − false abstention, out-of-scope abstention − 0.80), and among values within 0.005 of that, the one
with the largest second-worst margin, then third. With EVERYDAY_BAR at 0.25 (0.20, 0.25, 0.30 and 0.35 give
the same sum of worst margins within 0.005; 0.25 was kept; for Romanian the plain bar is the higher one), that
gives 0.16 / 0.16 / 0.28 (en / ko / ro), where the looked-at sets read en 0.941 top-1 / 0.017 false abstention
/ 0.866 out-of-scope abstention, ko 0.967 / 0.005 / 0.890, ro 0.961 / 0.004 / 0.908, and bitext-tune 0.935 /
0.013. The lower bar for long questions was measured on
the same sets with and without it (with -fresh to -fresh19): the best sums of top-1 and out-of-scope
abstention are 1.875 / 1.887 / 1.927 (en / ko / ro) with it against 1.812 / 1.875 / 1.889 without. Before the
domain gate, the thresholds were 0.27 / 0.28 / 0.30.
`
writeFileSync(join(root, 'bench', 'EVAL.md'), md)
console.log(table)
if (verbose) for (const f of failures) console.log(`${f.set}\t${f.want}\t${f.got}\t${f.text}`)
