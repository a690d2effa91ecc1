import { afterEach, describe, expect, it, vi } from 'vitest'
import { freeCores, workerCount } from '../../src/commands/check-pool.js'

describe('workerCount: workers only on a free core', () => {
  afterEach(() => vi.unstubAllEnvs())

  it.each([
    [2, 0.2, 2],
    [2, 0.99, 2],
    [2, 1.2, 0],
    [2, 5.9, 0],
    [1, 0, 0],
    [8, 6.5, 2],
    [8, 7.5, 0],
  ])('%i cores, load %f → %i workers', (cores, load, workers) => {
    vi.stubEnv('BUYERDESK_WORKERS', undefined)
    expect(workerCount(cores, load)).toBe(workers)
  })

  it.each([
    ['0', 0],
    ['2', 2],
    ['3', 3],
    ['99', 8],
  ])('BUYERDESK_WORKERS=%s → %i whatever the load', (env, workers) => {
    vi.stubEnv('BUYERDESK_WORKERS', env)
    expect(workerCount(2, 9)).toBe(workers)
    expect(workerCount(2, 0)).toBe(workers)
  })

  it('takes all cores but one as free where there is no load average (Windows)', () => {
    expect(freeCores(4, 0, 'win32')).toBe(3)
    expect(freeCores(4, 0, 'linux')).toBe(4)
  })
})
