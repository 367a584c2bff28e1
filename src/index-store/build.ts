/**
 * Writing the index: from the Turtle (any graph file: parsed with n3), or from the segments the
 * corpus build leaves beside each cached chunk (src/corpus/chunks.ts), which spares parsing the
 * Turtle the build has just written.
 *
 * A segment is one chunk's triples with their terms as n3 ids: written by the thread that
 * assembles the chunk (in parallel, and cached with it, so an unchanged article costs nothing
 * on the next build), then merged into the one index: term tables united, triples renumbered,
 * then sorted (src/index-store/format.ts). Each segment carries its chunk's key; a segment that
 * is missing or does not carry the expected key makes the build fall back to the Turtle.
 */
import { createReadStream, fstatSync, readSync } from 'node:fs';
import N3 from 'n3';
import type * as RDF from '@rdfjs/types';
import { replaceFile } from '../graph/atomic-file.js';
import { chunkOffset, readOpened } from '../corpus/cache-file.js';
import { ByteTermSet } from './term-bytes.js';
import { prepareIndex, restampIndex, writePreparedIndex, type PreparedIndex, type TurtleStamp } from './format.js';

/**
 * Bumped when the segment layout changes: a segment of another format is not read (the index
 * then comes from the Turtle). 2: terms as UTF-8 text with their lengths (1 was JSON, whose
 * parse was a third of laying out the 1M-triple index). 3: inside its chunk's file, after the
 * chunk's header line (2 was a file of its own beside the chunk: a file more to create, open
 * and close per article).
 */
const SEGMENT_FORMAT = 3;

/** One subject's triples, as the graph stage hands them to the chunk writer. */
export interface TripleBlock {
  subject: RDF.Term;
  predicates: readonly RDF.Term[];
  objects: readonly RDF.Term[];
}

/**
 * Encodes the segment of a chunk: its `key`, its blocks. The chunk writer (src/corpus/chunks.ts)
 * stores it in the chunk's file right after the file's first line, a JSON header whose
 * `segment` field is the segment's byte length (the layout {@link readSegment} reads).
 * Layout: u32 length of a JSON header `{ format, key, terms, triples }`, the header, padding to
 * 4 bytes, u32 byte length of each term, u32 triples as indexes into the terms, then the terms
 * (n3 ids) one after the other as UTF-8.
 *
 * @example
 * ```ts
 * const segment = encodeSegment(built.blocks, chunkKey);
 * writeFileSync(chunkPath, Buffer.concat([Buffer.from(`${JSON.stringify({ key: chunkKey, segment: segment.length })}\n`), segment]));
 * ```
 */
export function encodeSegment(blocks: readonly TripleBlock[], key: string): Buffer {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const id = (t: RDF.Term): number => {
    const k = N3.termToId(t as N3.Term);
    let i = ids.get(k);
    if (i === undefined) {
      i = terms.length;
      ids.set(k, i);
      terms.push(k);
    }
    return i;
  };
  let n = 0;
  for (const b of blocks) n += b.predicates.length;
  const triples = new Uint32Array(n * 3);
  let at = 0;
  for (const b of blocks) {
    const s = id(b.subject);
    for (let i = 0; i < b.predicates.length; i++) {
      triples[at++] = s;
      triples[at++] = id(b.predicates[i]!);
      triples[at++] = id(b.objects[i]!);
    }
  }
  const json = Buffer.from(JSON.stringify({ format: SEGMENT_FORMAT, key, terms: terms.length, triples: n }), 'utf8');
  const start = 4 + json.length + ((4 - ((4 + json.length) % 4)) % 4);
  const textStart = start + (terms.length + triples.length) * 4;
  let room = textStart;
  for (const t of terms) room += t.length * 3; // UTF-8 takes at most 3 bytes per UTF-16 unit
  const buf = Buffer.allocUnsafe(room);
  buf.fill(0, 0, start);
  buf.writeUInt32LE(json.length, 0);
  json.copy(buf, 4);
  let end = textStart;
  for (let i = 0; i < terms.length; i++) {
    const bytes = buf.write(terms[i]!, end, 'utf8');
    buf.writeUInt32LE(bytes, start + i * 4);
    end += bytes;
  }
  buf.set(u8(triples), start + terms.length * 4);
  return buf.subarray(0, end);
}

/**
 * The segment stored in the file at `path` after its first line (a JSON header with the
 * segment's byte length in `segment`); only the header and the segment are read. Undefined when
 * the file is missing or does not hold one.
 */
function readEmbedded(path: string): Buffer | undefined {
  return readOpened(path, (fd) => {
    // an article's cache file holds its compiled form first (src/corpus/cache-file.ts)
    const from = chunkOffset(fd);
    const size = fstatSync(fd).size - from;
    const headLen = Math.max(0, Math.min(size, 1 << 16));
    const buf = scratchFor(headLen);
    const got = readSync(fd, buf, 0, headLen, from);
    const nl = buf.subarray(0, got).indexOf(10);
    if (nl === -1) return undefined;
    const n = (JSON.parse(buf.toString('utf8', 0, nl)) as { segment?: unknown }).segment;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || nl + 1 + n > size) return undefined;
    // the rest of the segment after what the first read brought, in the same buffer
    const whole = scratchFor(nl + 1 + n, got);
    let at = got;
    while (at < nl + 1 + n) {
      const r = readSync(fd, whole, at, nl + 1 + n - at, from + at);
      if (r === 0) return undefined;
      at += r;
    }
    return whole.subarray(nl + 1, nl + 1 + n);
  });
}

/**
 * One read buffer for every segment a thread reads (the caller is done with a segment before it
 * reads the next: `addSegment` copies the terms it keeps). A fresh buffer per segment (64 kB for
 * the header, then the segment: ~70 MB over the 1M corpus's 894 chunks) cost a page fault per
 * 4 kB on first touch, more than reading into it.
 */
let scratch = Buffer.allocUnsafeSlow(1 << 16);

/** The read buffer with room for `n` bytes, its first `keep` bytes kept when it grows. */
function scratchFor(n: number, keep = 0): Buffer {
  if (scratch.length < n) {
    const next = Buffer.allocUnsafeSlow(Math.max(n, scratch.length * 2));
    scratch.copy(next, 0, 0, keep);
    scratch = next;
  }
  return scratch;
}

function u8(a: Uint32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/**
 * Reads the segment in the chunk file at `path`; undefined when it is missing, damaged or not the
 * one for `key`. The terms stay bytes: term `i` is `buf[at, at + lengths[i])` with `at` the sum
 * of the lengths before it, from `textStart` on.
 */
function readSegment(path: string, key: string): { buf: Buffer; lengths: Uint32Array; textStart: number; triples: Uint32Array } | undefined {
  // a view of the thread's read buffer: valid until the next segment is read
  const buf = readEmbedded(path);
  if (!buf) return undefined;
  if (buf.length < 4) return undefined;
  const len = buf.readUInt32LE(0);
  if (4 + len > buf.length) return undefined;
  let head: { format?: number; key?: string; terms?: number; triples?: number };
  try {
    head = JSON.parse(buf.toString('utf8', 4, 4 + len)) as typeof head;
  } catch {
    return undefined;
  }
  const count = head.terms, n = head.triples;
  if (head.format !== SEGMENT_FORMAT || head.key !== key || !Number.isInteger(count) || !Number.isInteger(n)) return undefined;
  const start = 4 + len + ((4 - ((4 + len) % 4)) % 4);
  const textStart = start + (count! + n! * 3) * 4;
  if (textStart > buf.length) return undefined;
  // copied out: the file's Buffer may sit at an offset no Uint32Array can start at
  const words = new Uint32Array(buf.buffer.slice(buf.byteOffset + start, buf.byteOffset + textStart));
  const lengths = words.subarray(0, count!);
  const triples = words.subarray(count!);
  let at = textStart;
  for (let i = 0; i < count!; i++) at += lengths[i]!;
  if (at !== buf.length) return undefined;
  for (let i = 0; i < triples.length; i++) if (triples[i]! >= count!) return undefined;
  return { buf, lengths, textStart, triples };
}

/**
 * Terms numbered in order of first sight, and triples as those numbers (a growing array). The
 * order in which triples come in does not matter: {@link TermTable.prepare} sorts terms and
 * triples (so segments can be added as they are written, in any order). A table takes either
 * segments ({@link TermTable.addSegment}: terms as bytes, src/index-store/term-bytes.ts) or
 * terms as strings ({@link TermTable.id}: a parsed Turtle's), not both.
 */
export class TermTable {
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  /** The segments' terms, by their bytes. */
  readonly bytes = new ByteTermSet();
  triples = new Uint32Array(3 << 16);
  length = 0;

  id(k: string): number {
    let i = this.ids.get(k);
    if (i === undefined) {
      if (this.bytes.size) throw new Error('a term table takes segments or terms, not both');
      i = this.terms.length;
      this.ids.set(k, i);
      this.terms.push(k);
    }
    return i;
  }

  add(s: number, p: number, o: number): void {
    this.#room(3);
    this.triples[this.length++] = s;
    this.triples[this.length++] = p;
    this.triples[this.length++] = o;
  }

  /** Adds a chunk's segment; false when it is missing or stale (not the one for `key`). */
  addSegment(path: string, key: string): boolean {
    if (this.terms.length) throw new Error('a term table takes segments or terms, not both');
    const s = readSegment(path, key);
    if (!s) return false;
    const { buf, lengths } = s;
    const map = new Uint32Array(lengths.length);
    let at = s.textStart;
    for (let i = 0; i < lengths.length; i++) {
      const end = at + lengths[i]!;
      map[i] = this.bytes.id(buf, at, end);
      at = end;
    }
    const t = s.triples;
    this.#room(t.length);
    const out = this.triples;
    let to = this.length;
    for (let i = 0; i < t.length; i++) out[to++] = map[t[i]!]!;
    this.length = to;
    return true;
  }

  #room(n: number): void {
    if (this.length + n <= this.triples.length) return;
    const next = new Uint32Array(Math.max(this.triples.length * 2, this.length + n));
    next.set(this.triples.subarray(0, this.length));
    this.triples = next;
  }

  /** The index laid out (terms renumbered in sorted order). */
  prepare(): PreparedIndex {
    const terms = this.bytes.size ? this.bytes.strings() : this.terms;
    // ids sorted by their terms (distinct strings): no Map from term to id to hash them into
    const order = Array.from({ length: terms.length }, (_, i) => i);
    order.sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
    const sorted = order.map((i) => terms[i]!);
    const remap = new Uint32Array(terms.length);
    for (let i = 0; i < order.length; i++) remap[order[i]!] = i;
    const triples = this.triples.subarray(0, this.length);
    for (let i = 0; i < triples.length; i++) triples[i] = remap[triples[i]!]!;
    return prepareIndex(sorted, triples);
  }
}

/**
 * Writes a prepared index atomically to `path` (a temporary file renamed over it: a reader never
 * sees half a file, and one that has the old file open keeps reading the old file).
 *
 * @example
 * ```ts
 * writeIndexAtomically('graph/.index/claimgraph.cgi', prepared, stamp);
 * ```
 */
export function writeIndexAtomically(path: string, prepared: PreparedIndex, stamp: TurtleStamp): { triples: number; terms: number } {
  replaceFile(path, (tmp) => writePreparedIndex(tmp, prepared, stamp));
  return { triples: prepared.triples, terms: prepared.terms };
}

/**
 * Records another stamp of the Turtle in the index at `path` (same content), atomically as
 * {@link writeIndexAtomically} writes.
 *
 * @example
 * ```ts
 * restampIndexAtomically('graph/.index/claimgraph.cgi', turtleStamp('graph/claimgraph.ttl'));
 * ```
 */
export function restampIndexAtomically(path: string, stamp: TurtleStamp): void {
  replaceFile(path, (tmp) => restampIndex(path, tmp, stamp));
}

/**
 * Lays out the index from chunk segments (each path with the key it must carry); undefined when
 * a segment is missing or stale.
 *
 * @example
 * ```ts
 * const prepared = prepareFromSegments([{ path: chunkPath, key: chunkKey }]);
 * ```
 */
export function prepareFromSegments(segments: ReadonlyArray<{ path: string; key: string }>): PreparedIndex | undefined {
  const table = new TermTable();
  for (const seg of segments) if (!table.addSegment(seg.path, seg.key)) return undefined;
  return table.prepare();
}

/**
 * Writes the index at `path` from a Turtle file (parsed with n3, streamed). Throws n3's syntax
 * error as it comes (with its line).
 *
 * @example
 * ```ts
 * await indexFromTurtle(indexPath, 'graph/claimgraph.ttl', turtleStamp('graph/claimgraph.ttl'));
 * ```
 */
export async function indexFromTurtle(path: string, turtle: string, stamp: TurtleStamp): Promise<{ triples: number; terms: number }> {
  const table = new TermTable();
  await new Promise<void>((resolve, reject) => {
    const parser = new N3.StreamParser({ format: 'text/turtle' });
    const input = createReadStream(turtle);
    input.on('error', reject);
    parser.on('error', reject);
    parser.on('data', (q: N3.Quad) => {
      if (q.graph.termType !== 'DefaultGraph') {
        reject(new Error('the graph file holds named graphs, which the index does not keep'));
        return;
      }
      table.add(table.id(N3.termToId(q.subject)), table.id(N3.termToId(q.predicate)), table.id(N3.termToId(q.object)));
    });
    parser.on('end', () => resolve());
    input.pipe(parser);
  });
  return writeIndexAtomically(path, table.prepare(), stamp);
}
