import { PARTICLE_AT_START, particleFor } from './particles.js'

interface Placeholder {
  name: string
  /** A Korean particle right after it (past closing quotes), written both ways in the template. */
  particle?: { closers: string; written: string }
}

const COMPILED = new Map<string, (string | Placeholder)[]>()

/**
 * Fill `{name}` placeholders. Templates are split once and cached: this runs several times per
 * order in `check -`, where a regex replace per call showed up in the profile.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  let parts = COMPILED.get(template)
  if (parts === undefined) {
    parts = []
    let last = 0
    for (const m of template.matchAll(/\{(\w+)\}/g)) {
      parts.push(template.slice(last, m.index), { name: m[1]! })
      last = m.index + m[0].length
    }
    parts.push(template.slice(last))
    // Korean: a particle written both ways after a placeholder (`{file}을(를)`) takes the form its word needs.
    for (let i = 2; i < parts.length; i += 2) {
      const literal = parts[i] as string
      const m = PARTICLE_AT_START.exec(literal)
      if (m) {
        ;(parts[i - 1] as Placeholder).particle = { closers: m[1]!, written: m[2]! }
        parts[i] = literal.slice(m[0].length)
      }
    }
    COMPILED.set(template, parts)
  }
  let out = ''
  for (const part of parts) {
    if (typeof part === 'string') out += part
    else {
      const value = values[part.name]
      const text = value === undefined ? `{${part.name}}` : String(value)
      out += part.particle ? text + part.particle.closers + particleFor(text, part.particle.written) : text
    }
  }
  return out
}
