import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const CORE = join(ROOT, 'src/core')
const I18N = join(ROOT, 'src/i18n')


function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
}

/** Every module a file imports (static, type-only, re-exports and dynamic `import()`), as absolute paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specs = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]!)
  return specs.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s))
}

describe('the core speaks codes: nothing under src/core/ imports src/i18n/', () => {
  const files = filesUnder(CORE)

  it('finds the core files and their imports (the scan itself works)', () => {
    expect(files.length).toBeGreaterThan(10)
    expect(importsOf(join(CORE, 'assess.ts'))).toContain(join(CORE, 'dates.js'))
    expect(importsOf(join(ROOT, 'src/render/verdict.ts')).some((p) => p.startsWith(I18N + '/'))).toBe(true)
  })

  it.each(files.map((f) => relative(CORE, f)))('%s', (name) => {
    const fromI18n = importsOf(join(CORE, name)).filter((p) => p.startsWith(I18N + '/'))
    expect(fromI18n, `${name} imports ${fromI18n.map((p) => relative(ROOT, p)).join(', ')}`).toEqual([])
  })
})
