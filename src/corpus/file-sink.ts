/**
 * The merge's output: buffered writes to a file, hashed on the way, into a few reused buffers.
 *
 * Why reused buffers: on this kind of machine (a VM whose freed memory goes back to the host) the
 * first touch of a fresh page costs a fault of ~10-20 us, so writing the 1M corpus's 72 MB of
 * Turtle through a fresh 1 MB buffer per flush (a `Buffer.concat` of views) spent more time
 * faulting than copying (the concat was ~0.4 s of the merge's thread in a profile, for ~10 ms of
 * memcpy). Here bytes are copied into the current part as they come, and a part written to the
 * disk goes back to a free list: at most BACKLOG / PART + 2 parts are ever allocated. Copying at
 * once also means the sink keeps no view of its callers' buffers, so the chunk readers may
 * reuse theirs (see `BlockReader.fill` in chunks.ts).
 */
import { closeSync, openSync, write as writeAsync } from 'node:fs';
import { createHash } from 'node:crypto';

/** Bytes a part holds before it is written. */
const PART = 1 << 20;
/** At most this many bytes wait to be written: the merge waits for the disk beyond that. */
const BACKLOG = 16 << 20;

/**
 * Buffered writes to a file, hashed on the way. Writes go to libuv's threads, each at its own
 * offset: the kernel's copying of the file's 70 MB runs beside the merge instead of inside it
 * (the worker threads are idle by then, so a core is free). At most BACKLOG bytes wait to be
 * written: the merge waits for the disk beyond that, and memory stays bounded.
 *
 * @example
 * ```ts
 * const sink = new FileSink(tmp);
 * sink.write('@prefix ex: <http://example.org/>.\n');
 * await sink.end();
 * console.log(sink.hash.digest('hex'));
 * ```
 */
export class FileSink {
  private readonly fd: number;
  /** The part being filled, and how many of its bytes are in use. */
  private part: Buffer;
  private used = 0;
  /** Parts whose write has completed, to fill again. */
  private readonly free: Buffer[] = [];
  private position = 0;
  private inFlight = 0;
  private failure: Error | undefined;
  private onWritten: (() => void) | undefined;
  private closed = false;
  private allocatedParts = 1;
  readonly hash = createHash('sha256');
  constructor(path: string) {
    this.fd = openSync(path, 'w');
    this.part = Buffer.allocUnsafe(PART);
  }
  write(chunk: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: encoded in place when it surely fits
    if (PART - this.used >= chunk.length * 3) this.used += this.part.write(chunk, this.used, 'utf8');
    else this.writeBytes(Buffer.from(chunk, 'utf8'));
  }
  /** Copies `b` (the caller may reuse its buffer as soon as this returns). */
  writeBytes(b: Uint8Array): void {
    let from = 0;
    while (from < b.length) {
      const n = Math.min(b.length - from, PART - this.used);
      this.part.set(b.subarray(from, from + n), this.used);
      this.used += n;
      from += n;
      if (this.used === PART) this.flush();
    }
  }
  /** Whether the merge should wait ({@link drain}) before going on. */
  get backlogged(): boolean {
    return this.inFlight > BACKLOG || this.failure !== undefined;
  }
  private flush(): void {
    if (!this.used) return;
    const part = this.part;
    const b = part.subarray(0, this.used);
    this.part = this.free.pop() ?? this.newPart();
    this.used = 0;
    this.hash.update(b);
    this.inFlight += b.length;
    writeAt(this.fd, b, this.position, (err) => {
      this.inFlight -= b.length;
      if (err) this.failure ??= err;
      // written: the part may be filled again (never before, the kernel may still read it)
      else this.free.push(part);
      const wake = this.onWritten;
      this.onWritten = undefined;
      wake?.();
    });
    this.position += b.length;
  }
  /** Resolves once at most `limit` bytes are still being written; rejects on a failed write. */
  async drain(limit = BACKLOG / 2): Promise<void> {
    while (this.inFlight > limit && this.failure === undefined) await new Promise<void>((resolve) => { this.onWritten = resolve; });
    if (this.failure) throw this.failure;
  }
  async end(): Promise<void> {
    this.flush();
    await this.drain(0);
    this.close();
  }
  /** Closes the file once no write is pending (the caller deletes it). */
  async abort(): Promise<void> {
    this.used = 0;
    while (this.inFlight > 0) await new Promise<void>((resolve) => { this.onWritten = resolve; });
    this.close();
  }
  /** How many part buffers this sink has allocated (its reuse is tested). */
  get allocated(): number {
    return this.allocatedParts;
  }
  private newPart(): Buffer {
    this.allocatedParts++;
    return Buffer.allocUnsafe(PART);
  }
  private close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}

/** Writes all of `b` at `position` (a regular file may take it in parts). */
function writeAt(fd: number, b: Buffer, position: number, done: (err: Error | null) => void): void {
  writeAsync(fd, b, 0, b.length, position, (err, n) => {
    if (err) done(err);
    else if (n < b.length) writeAt(fd, b.subarray(n), position + n, done);
    else done(null);
  });
}
