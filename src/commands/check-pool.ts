import { availableParallelism, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { WorkerSetup } from '../check-worker.js'
import { write } from '../io/output.js'
import type { BlockCounts } from './check-block.js'

/** Blocks in flight per worker: enough to keep both busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_WORKER = 3

/**
 * How many worker threads large streams use: BUYERDESK_WORKERS, else 2 when the machine has two cores or more
 * and one of them is free, else none. Workers cost CPU to hand blocks over (bench/RESULTS.md): they pay only on
 * a core nobody else is using; on a busy machine one thread finishes as soon, for less.
 */
export function workerCount(cores = availableParallelism(), load = loadavg()[0]!): number {
  const env = process.env.BUYERDESK_WORKERS
  if (env !== undefined && /^\d+$/.test(env)) return Math.min(Number(env), 8)
  return cores >= 2 && freeCores(cores, load) >= 1 ? 2 : 0
}

/** Cores the last minute's load leaves idle; Windows reports no load average: all but one taken as free. */
export function freeCores(cores: number, load: number, platform: NodeJS.Platform = process.platform): number {
  return platform === 'win32' ? cores - 1 : Math.max(0, Math.floor(cores - load))
}

interface WorkerReply extends BlockCounts {
  seq: number
  bytes: Uint8Array
}

/** Worker threads judging blocks; replies are written strictly in the order the blocks were read. */
export class WorkerPool {
  private readonly workers: Worker[]
  private seq = 0
  /** Replies not yet written, oldest first: their order is the input's order. */
  private readonly pending: Promise<WorkerReply>[] = []
  private readonly waiting = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>()

  constructor(size: number, setup: WorkerSetup) {
    const file = fileURLToPath(new URL('./check-worker.js', import.meta.url))
    this.workers = Array.from({ length: size }, () => {
      // Small heaps: a worker only ever holds one 64 KiB block and its output, and a bounded heap keeps
      // the process's memory flat over millions of orders (bench/RESULTS.md, peak memory).
      const worker = new Worker(file, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 } })
      worker.on('message', (reply: WorkerReply) => {
        this.waiting.get(reply.seq)?.resolve(reply)
        this.waiting.delete(reply.seq)
      })
      worker.on('error', (err) => {
        for (const w of this.waiting.values()) w.reject(err)
        this.waiting.clear()
      })
      // A worker that ends with blocks still owed would leave the stream waiting forever.
      worker.on('exit', (code) => {
        if (this.closing || this.waiting.size === 0) return
        for (const w of this.waiting.values()) w.reject(new Error(`a worker thread stopped (exit code ${code}) before it judged its blocks`))
        this.waiting.clear()
      })
      return worker
    })
  }

  /** Send a block; when too many are in flight, first write out the oldest. */
  async submit(text: string, firstLine: number, add: (c: BlockCounts) => void): Promise<void> {
    const seq = this.seq++
    this.pending.push(new Promise((resolve, reject) => this.waiting.set(seq, { resolve, reject })))
    this.workers[seq % this.workers.length]!.postMessage({ seq, text, firstLine })
    while (this.pending.length > IN_FLIGHT_PER_WORKER * this.workers.length) await this.writeOldest(add)
  }

  private async writeOldest(add: (c: BlockCounts) => void): Promise<void> {
    const reply = await this.pending.shift()!
    add(reply)
    // Once written, the buffer goes back to its worker for the next block: memory stays flat.
    const worker = this.workers[reply.seq % this.workers.length]!
    const recycle = () => worker.postMessage({ recycle: reply.bytes.buffer }, [reply.bytes.buffer as ArrayBuffer])
    if (reply.bytes.length > 0) await write(reply.bytes, recycle)
    else recycle()
  }

  async drain(add: (c: BlockCounts) => void): Promise<void> {
    while (this.pending.length > 0) await this.writeOldest(add)
  }

  private closing = false

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}

