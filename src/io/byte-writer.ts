/**
 * Output assembled as bytes: text is encoded straight into a chunk, pre-encoded fragments are copied in.
 *
 * NOTE: measured on 1M orders (bench/RESULTS.md): building ~2.6 KB lines as JS strings and letting
 * stdout encode them cost 4.7 s for ASCII text and 19 s once Korean source titles made the strings
 * two-byte; copying pre-encoded fragments into Buffers wrote the same volume in 2.3 s.
 */
/**
 * Buffer#write normalises its arguments on every call; its own fast path, utf8Write, skips that and
 * has been on Buffer.prototype since Node 0.x (it is what Buffer#write calls). Fall back when absent.
 */
type FastBuffer = Buffer & { utf8Write?: (s: string, offset: number) => number }
const HAS_UTF8_WRITE = typeof (Buffer.prototype as FastBuffer).utf8Write === 'function'

export class ByteWriter {
  private chunk: Buffer
  private pos = 0

  /** `reuse`: a buffer handed back by its reader, to write into instead of allocating. */
  constructor(
    private readonly size = 1 << 22,
    reuse?: Buffer,
  ) {
    this.chunk = reuse !== undefined && reuse.length >= size ? reuse : Buffer.allocUnsafe(size)
  }

  get length(): number {
    return this.pos
  }

  text(s: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 unit.
    if (this.pos + s.length * 3 > this.chunk.length) this.grow(s.length * 3)
    this.pos += HAS_UTF8_WRITE ? (this.chunk as FastBuffer).utf8Write!(s, this.pos) : this.chunk.write(s, this.pos, 'utf8')
  }

  bytes(b: Uint8Array): void {
    if (this.pos + b.length > this.chunk.length) this.grow(b.length)
    this.chunk.set(b, this.pos)
    this.pos += b.length
  }

  /** Chunks handed over by takeForReuse() and written since: the next chunks, instead of fresh allocations. */
  private readonly spare: Buffer[] = []

  /**
   * Hand over what has been written, with `done` to call once it is written out: its chunk then becomes a later
   * one. A long stream cycles through a few chunks instead of allocating one per flush, so memory stays flat.
   */
  takeForReuse(): { bytes: Buffer; done: () => void } {
    const chunk = this.chunk
    const bytes = chunk.subarray(0, this.pos)
    this.chunk = this.spare.pop() ?? Buffer.allocUnsafe(this.size)
    this.pos = 0
    return { bytes, done: () => void (this.spare.length < 4 && chunk.length === this.size && this.spare.push(chunk)) }
  }

  /** Hand over what has been written and start a fresh chunk (the one handed over is never reused). */
  take(): Buffer {
    const out = this.chunk.subarray(0, this.pos)
    this.chunk = Buffer.allocUnsafe(this.size)
    this.pos = 0
    return out
  }

  /** Hand over what has been written; the writer is done (no fresh chunk is allocated). */
  finish(): Buffer {
    const out = this.chunk.subarray(0, this.pos)
    this.chunk = Buffer.alloc(0)
    this.pos = 0
    return out
  }

  toString(): string {
    return this.chunk.toString('utf8', 0, this.pos)
  }

  private grow(needed: number): void {
    const next = Buffer.allocUnsafe(Math.max(this.chunk.length * 2, this.pos + needed))
    this.chunk.copy(next, 0, 0, this.pos)
    this.chunk = next
  }
}
