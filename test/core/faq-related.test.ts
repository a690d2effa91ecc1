import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkCommand, issueOf } from '../../src/core/faq/related.js'
import { readKb, readLexicons } from '../../src/data/kb.js'

const { issues } = await readLexicons()
const kb = await readKb(fileURLToPath(new URL('../../data/kb/', import.meta.url)))
const entry = (id: string) => kb.byId.get(id)!

describe('issueOf', () => {
  it.each([
    ['my kettle arrived broken', 'damaged'],
    ['물건이 깨져서 왔어요', 'damaged'],
    ['produsul a venit spart', 'damaged'],
    ['the charger does not work', 'defective'],
    ['이어폰 불량이에요', 'defective'],
    ['my parcel never arrived', 'not_received'],
    ['coletul nu a ajuns', 'not_received'],
    ['I changed my mind, can I return it', 'changed_mind'],
    ['the colour is different from the picture', 'not_as_described'],
    ['how long do I have to return', undefined],
  ])('%s → %s', (q, issue) => expect(issueOf(issues, q)).toBe(issue))
})

describe('checkCommand', () => {
  it('fills the shop the question names and the issue it tells (the KB points to the wizard, which asks the dates)', () => {
    const e = entry('ali-return-how')
    expect(checkCommand(e, 'my lamp arrived cracked', 'aliexpress', issues)).toBe('buyerdesk wizard --platform aliexpress --issue damaged')
    expect(checkCommand(entry('amz-dispute-open'), 'my package never arrived', 'amazon', issues)).toBe('buyerdesk wizard --platform amazon --issue not_received')
  })
  it('a new issue replaces the entry\'s own', () => {
    expect(checkCommand(entry('amz-dispute-open'), 'the blender is broken', 'amazon', issues)).toBe('buyerdesk wizard --platform amazon --issue damaged')
  })
  it('keeps the entry\'s own command when the question tells nothing more', () => {
    const e = entry('ali-refund-deadline')
    expect(checkCommand(e, 'refund deadline', undefined, issues)).toBe(`buyerdesk ${e.related!.command} ${e.related!.args}`)
  })
  it('contact commands name the shop; an entry without a command gets none', () => {
    expect(checkCommand(entry('ali-contact-phone'), 'phone', undefined, issues)).toBe('buyerdesk contact aliexpress')
    const plain = kb.entries.find((e) => e.related === undefined)!
    expect(checkCommand(plain, 'x', undefined, issues)).toBeNull()
  })
})
