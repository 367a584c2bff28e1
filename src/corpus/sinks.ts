/**
 * Where the corpus build's merge (src/corpus/chunks.ts) writes: the Turtle file, hashed on the
 * way ({@link FileSink}), or memory ({@link MemorySink}: the half of the keys a worker merges).
 */
import { openSync, write as writeAsync, closeSync } from 'node:fs';
import { createHash } from 'node:crypto';

/** Where the merge (`mergeChunks` of chunks.ts) writes: a file ({@link FileSink}) or memory ({@link MemorySink}). */
export interface MergeSink {
  write(chunk: string): void;
  writeBytes(b: Buffer): void;
  readonly backlogged: boolean;
  drain(): Promise<void>;
}

/** The blocks of a key range of the merge, kept in memory (a thread merging half of the keys). */
export class MemorySink implements MergeSink {
  readonly parts: Buffer[] = [];
  private pending: Buffer[] = [];
  private size = 0;
  readonly backlogged = false;
  write(chunk: string): void {
    this.writeBytes(Buffer.from(chunk, 'utf8'));
  }
  writeBytes(b: Buffer): void {
    this.pending.push(b);
    this.size += b.length;
    if (this.size > 1 << 20) this.flush();
  }
  async drain(): Promise<void> {}
  /** The bytes, in order, in buffers of their own (transferable); the sink is done. */
  end(): Buffer[] {
    this.flush();
    return this.parts;
  }
  private flush(): void {
    if (!this.pending.length) return;
    // a copy (of its own memory, not a pool's): the pending parts are views of the readers' buffers
    const b = Buffer.allocUnsafeSlow(this.size);
    let at = 0;
    for (const p of this.pending) at += p.copy(b, at);
    this.parts.push(b);
    this.pending = [];
    this.size = 0;
  }
}

/**
 * Buffered writes to a file, hashed on the way. Writes go to libuv's threads, each at its own
 * offset: the kernel's copying of the file's 70 MB runs beside the merge instead of inside it
 * (the worker threads are idle by then, so a core is free). At most BACKLOG bytes wait to be
 * written: the merge waits for the disk beyond that, and memory stays bounded.
 */
export class FileSink implements MergeSink {
  private readonly fd: number;
  private parts: Buffer[] = [];
  private size = 0;
  private position = 0;
  private inFlight = 0;
  private failure: Error | undefined;
  private onWritten: (() => void) | undefined;
  private closed = false;
  readonly hash = createHash('sha256');
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(chunk: string): void {
    this.writeBytes(Buffer.from(chunk, 'utf8'));
  }
  writeBytes(b: Buffer): void {
    this.parts.push(b);
    this.size += b.length;
    if (this.size > 1 << 20) this.flush();
  }
  /** Appends a buffer that nothing else writes to any more (another thread's half of the merge), without copying it. */
  writeOwned(b: Buffer): void {
    this.flush();
    this.send(b);
  }
  /** Hashes `b` and writes it at the end of what was sent before. */
  private send(b: Buffer): void {
    this.hash.update(b);
    this.inFlight += b.length;
    writeAt(this.fd, b, this.position, (err) => {
      this.inFlight -= b.length;
      if (err) this.failure ??= err;
      const wake = this.onWritten;
      this.onWritten = undefined;
      wake?.();
    });
    this.position += b.length;
  }
  /** Whether the merge should wait ({@link drain}) before going on. */
  get backlogged(): boolean {
    return this.inFlight > BACKLOG || this.failure !== undefined;
  }
  private flush(): void {
    if (!this.parts.length) return;
    // a copy: the parts are views of the readers' buffers, which move on
    const b = Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    this.send(b);
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
    this.parts = [];
    while (this.inFlight > 0) await new Promise<void>((resolve) => { this.onWritten = resolve; });
    this.close();
  }
  private close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}

const BACKLOG = 16 << 20;

/** Writes all of `b` at `position` (a regular file may take it in parts). */
function writeAt(fd: number, b: Buffer, position: number, done: (err: Error | null) => void): void {
  writeAsync(fd, b, 0, b.length, position, (err, n) => {
    if (err) done(err);
    else if (n < b.length) writeAt(fd, b.subarray(n), position + n, done);
    else done(null);
  });
}

