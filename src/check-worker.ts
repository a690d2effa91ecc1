import { parentPort, workerData } from 'node:worker_threads'
import type { Action } from './core/types.js'
import { loadPolicies } from './data/load.js'
import type { Lang } from './i18n/lang.js'
import { ByteWriter } from './io/byte-writer.js'
import { processBlock, type BlockContext } from './commands/check-block.js'

/** Worker for `check -` on large inputs: judges blocks of NDJSON lines and sends back the bytes. */
export interface WorkerSetup {
  policyFiles: string[]
  today: number
  lang: Lang
  failOnIneligible?: Action
}

export interface WorkerBlock {
  seq: number
  text: string
  firstLine: number
}

const setup = workerData as WorkerSetup
// The main thread has already validated these packs; loading them again here gives the same policies.
const ctx: BlockContext = { policies: loadPolicies(setup.policyFiles), today: setup.today, lang: setup.lang, failOnIneligible: setup.failOnIneligible }

parentPort!.on('message', (block: WorkerBlock) => {
  const out = new ByteWriter(1 << 21)
  const counts = processBlock(block.text, block.firstLine, ctx, out)
  const bytes = out.finish()
  // Hand the buffer over rather than copy it.
  parentPort!.postMessage({ seq: block.seq, bytes, ...counts }, [bytes.buffer as ArrayBuffer])
})
