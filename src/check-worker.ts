import { parentPort, workerData } from 'node:worker_threads'
import type { Action, Policy } from './core/types.js'
import type { Lang } from './i18n/lang.js'
import type { FieldSelection } from './render/check-json.js'
import { ByteWriter } from './io/byte-writer.js'
import { processBlock, type BlockContext } from './commands/check-block.js'

/** Worker for `check -` on large inputs: judges blocks of NDJSON lines and sends back the bytes. */
export interface WorkerSetup {
  /** The packs as the main thread loaded and validated them (structured clone): no file is read here. */
  policies: Map<string, Policy>
  today: number
  lang: Lang
  failOnIneligible?: Action
  fields?: FieldSelection
}

export interface WorkerBlock {
  seq: number
  text: string
  firstLine: number
}

const setup = workerData as WorkerSetup
const ctx: BlockContext = { policies: setup.policies, today: setup.today, lang: setup.lang, failOnIneligible: setup.failOnIneligible, fields: setup.fields }

/** Output buffers the main thread has written and handed back: a bounded pool, not a stream of garbage. */
const free: ArrayBuffer[] = []

parentPort!.on('message', (message: WorkerBlock | { recycle: ArrayBuffer }) => {
  if ('recycle' in message) {
    free.push(message.recycle)
    return
  }
  const reuse = free.pop()
  const out = new ByteWriter(1 << 21, reuse && Buffer.from(reuse))
  const counts = processBlock(message.text, message.firstLine, ctx, out)
  const bytes = out.finish()
  // Hand the buffer over rather than copy it; it comes back once written.
  parentPort!.postMessage({ seq: message.seq, bytes, ...counts }, [bytes.buffer as ArrayBuffer])
})
