/**
 * One cache file per article: what the compile phase keeps (the article's info and compiled
 * form) and, written into the same file later, what the assembly keeps (its chunk: Turtle
 * blocks and index segment, src/corpus/chunks.ts).
 *
 * Why: a cold build creates its cache files right after the old cache was deleted, and creating
 * a file then cost about 3.5x writing into an existing one (893 files on this machine's ext4:
 * ~0.35 ms of system time each, against ~0.05 ms for a write in place; the build's threads
 * also wait in `open` while the journal catches up). Two files per article (compiled form,
 * chunk) were 1,786 creations per 1M-triple build; now the compile creates the file and the
 * assembly writes the chunk at its end, in place. tests/corpus/cache-file.test.ts checks the
 * premise that the chunk goes into the file the compile created (same inode).
 *
 * Layout: an optional first line `{"skip":N}` followed by N bytes (the compiled part: the info
 * line and the compiled line), then the chunk part (its own header line, segment, blocks). A
 * file without that first line is a chunk alone (the entities' chunk, or an article whose
 * compiled form was not cached). Every reader finds the chunk part with {@link chunkOffset}.
 */
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, writeFileSync, writeSync } from 'node:fs';

const SKIP = Buffer.from('{"skip":', 'latin1');

/** Where the compiled part lies in the open file `fd` (from the end of the `skip` line to the chunk part); undefined when there is none. */
function compiledSpan(fd: number): { start: number; end: number } | undefined {
  const head = Buffer.allocUnsafe(32);
  const got = readSync(fd, head, 0, head.length, 0);
  if (got < SKIP.length || head.compare(SKIP, 0, SKIP.length, 0, SKIP.length) !== 0) return undefined;
  let i = SKIP.length;
  let n = 0;
  for (; i < got && head[i]! >= 48 && head[i]! <= 57; i++) n = n * 10 + head[i]! - 48;
  if (i === SKIP.length || head[i] !== 125 /* } */ || head[i + 1] !== 10) throw new Error('damaged cache file');
  return { start: i + 2, end: i + 2 + n };
}

/**
 * The offset of the chunk part in the open file `fd`: after the compiled part when the file
 * starts with one, else 0.
 *
 * @example
 * ```ts
 * const at = chunkOffset(fd); // then read the chunk's header line at `at`
 * ```
 */
export function chunkOffset(fd: number): number {
  return compiledSpan(fd)?.end ?? 0;
}

/**
 * Creates (or replaces) an article's cache file with its compiled part alone: `lines` (the info
 * line and the compiled line, each ending in a newline). Any chunk the file held is gone.
 *
 * @example
 * ```ts
 * writeCompiledPart(path, `${JSON.stringify(info)}\n${JSON.stringify({ key, compiled })}\n`);
 * ```
 */
export function writeCompiledPart(path: string, lines: string): void {
  // one string, encoded once as it is written (Node's own path for a string)
  writeFileSync(path, `{"skip":${Buffer.byteLength(lines, 'utf8')}}\n${lines}`);
}

/**
 * `read(fd)` on the file at `path` opened for reading, the file closed after; undefined when the
 * file is missing or `read` throws (a cache file is never trusted: a bad one is a miss).
 *
 * @example
 * ```ts
 * const size = readOpened(path, (fd) => fstatSync(fd).size);
 * ```
 */
export function readOpened<T>(path: string, read: (fd: number) => T | undefined): T | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    return read(fd);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The compiled part of an article's cache file as text (its lines after the `skip` line), or
 * with `firstLine` only its first line (the info: the compiled line, large, is not read);
 * undefined when the file is missing or has none.
 *
 * @example
 * ```ts
 * const info = readCompiledPart(path, true);
 * ```
 */
export function readCompiledPart(path: string, firstLine = false): string | undefined {
  return readOpened(path, (fd) => {
    const span = compiledSpan(fd);
    if (!span) return undefined;
    const whole = span.end - span.start;
    // the info line is read in pieces until its newline
    for (let len = firstLine ? Math.min(whole, 1 << 14) : whole; ; len = Math.min(whole, len * 4)) {
      const buf = Buffer.allocUnsafe(len);
      const got = readSync(fd, buf, 0, len, span.start);
      if (!firstLine) return got === len ? buf.toString('utf8') : undefined;
      const nl = buf.subarray(0, got).indexOf(10);
      if (nl !== -1) return buf.toString('utf8', 0, nl);
      if (got < len || len === whole) return undefined;
    }
  });
}

/**
 * Writes a chunk (`bytes`: its header line, segment and blocks) into the article's cache file
 * after its compiled part, in place: the file is not created again when it exists. An older
 * chunk there is cut off first (a build killed mid-write leaves no old bytes after new ones).
 *
 * @example
 * ```ts
 * writeChunkPart(cacheFile(cache, id, 'chunk'), chunkBytes);
 * ```
 */
export function writeChunkPart(path: string, bytes: Uint8Array): void {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    writeFileSync(path, bytes);
    return;
  }
  try {
    const at = chunkOffset(fd);
    if (fstatSync(fd).size !== at) ftruncateSync(fd, at);
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done, at + done);
  } finally {
    closeSync(fd);
  }
}
