import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// A developer's own saved settings must never leak into a test run.
process.env.BUYERDESK_CONFIG_DIR = mkdtempSync(join(tmpdir(), 'buyerdesk-test-'))
delete process.env.LANG
delete process.env.LC_ALL
delete process.env.LC_MESSAGES
// Compiled code of the built CLI goes to a folder of the run's own, not the developer's cache.
process.env.BUYERDESK_CACHE_DIR = mkdtempSync(join(tmpdir(), 'buyerdesk-test-cache-'))
