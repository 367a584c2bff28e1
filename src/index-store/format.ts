/**
 * The index file: a graph's terms and triples laid out so a process reads only the pages a
 * query touches, as they are, with no parsing (the codec; what the file is for and when it is
 * current: src/index-store/index.ts).
 *
 * Layout (integers little-endian):
 * - 16 bytes: magic `CGINDEX2`, the header's byte length (u32), its CRC-32 (u32);
 * - the header, JSON ({@link IndexHeader}): format, the Turtle it was built from (size, mtime,
 *   SHA-256), counts, and the section table (offset, length, CRC-32 of the small sections);
 * - the terms: every distinct term once, as its n3 id (`termToId`: an IRI as it is, `_:b` a
 *   blank node, `"v"@lang` / `"v"^^datatype` a literal), sorted in JavaScript string order (a
 *   term's number is its rank), in blocks of {@link BLOCK_TERMS}: `termData` holds each block's
 *   terms as (u32 byte length, UTF-8 bytes); `termDir` where each block starts, `termCrcs` each
 *   block's CRC-32, `termFences` (JSON) each block's first term, to find a term's block;
 * - the triples as term numbers in three sort orders (`spo`, `pos`, `osp`; rows are always
 *   subject, predicate, object), so any pattern of bound positions is one contiguous range of
 *   one of them; in pages of {@link PAGE_ROWS} rows, with each page's first row (`*Fences`) and
 *   CRC-32 (`*Crcs`).
 *
 * Opening reads the header and the small sections (fences, directories, CRCs: ~0.3 MB at 1M
 * triples); a term block or a page is read when first needed and checked against its CRC then.
 * Why: reading and checking the whole 60 MB file took ~0.35 s of CPU at 1M triples, several
 * times what a query like `members-of --cite` needs of it (bench/README.md, "The persistent
 * index"). A damaged page is reported ({@link IndexUnusable}), never used.
 */
import { closeSync, copyFileSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';
import { crc32 } from 'node:zlib';

/** Bumped whenever the layout or the term encoding changes: an index of another format is rebuilt. */
export const INDEX_FORMAT = 2;
const MAGIC = 'CGINDEX2';
const PREAMBLE = 16;
/** Terms per block of the term table. */
export const BLOCK_TERMS = 64;
/** Rows per page of a triple order (12 KB). */
export const PAGE_ROWS = 1024;

/** The Turtle file an index was built from. */
export interface TurtleStamp {
  /** Bytes. */
  size: number;
  /** Modification time (ms, with the file system's precision). */
  mtimeMs: number;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

/** One section of the file (`crc` of the whole section; 0 for paged ones, checked per page). */
export interface SectionInfo {
  offset: number;
  length: number;
  crc: number;
}

/** The three sort orders of the triples: the columns (0 subject, 1 predicate, 2 object) each sorts by, in turn. */
export const ORDERS = { spo: [0, 1, 2], pos: [1, 2, 0], osp: [2, 0, 1] } as const;
export type OrderName = keyof typeof ORDERS;
const ORDER_NAMES: readonly OrderName[] = ['spo', 'pos', 'osp'];

/** The sections of an index file. */
export type SectionName = 'termDir' | 'termCrcs' | 'termFences' | 'termData' | OrderName | `${OrderName}Fences` | `${OrderName}Crcs`;
/** Read whole when the file is opened, and checked whole. */
const SMALL: readonly SectionName[] = ['termDir', 'termCrcs', 'termFences', 'spoFences', 'spoCrcs', 'posFences', 'posCrcs', 'ospFences', 'ospCrcs'];
const ALL: readonly SectionName[] = [...SMALL, 'termData', 'spo', 'pos', 'osp'];

/** The JSON header of an index file. */
export interface IndexHeader {
  format: number;
  /** Byte order of the u32 sections (always `LE`; a reader on another order rejects the file). */
  endianness: 'LE';
  turtle: TurtleStamp;
  terms: number;
  triples: number;
  sections: Record<SectionName, SectionInfo>;
}

/** Why an index file cannot be used (stale, damaged, foreign): the reader's only error. */
export class IndexUnusable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexUnusable';
  }
}

/** An index laid out in memory, waiting for the stamp of its Turtle to be written. */
export interface PreparedIndex {
  terms: number;
  triples: number;
  bodies: Record<SectionName, Uint8Array>;
}

/**
 * Lays out an index from sorted, distinct term ids and the triples as numbers into `terms`
 * (3 per triple, any order, duplicates allowed).
 *
 * @example
 * ```ts
 * writePreparedIndex(tmp, prepareIndex(['http://ex/a', 'http://ex/p'], new Uint32Array([0, 1, 0])), stamp);
 * ```
 */
export function prepareIndex(terms: readonly string[], triples: Uint32Array): PreparedIndex {
  const bodies = {} as Record<SectionName, Uint8Array>;
  Object.assign(bodies, termSections(terms));
  const spo = sortTriples(triples, terms.length, 'spo');
  const count = spo.length / 3;
  const pages = Math.ceil(count / PAGE_ROWS);
  for (const order of ORDER_NAMES) {
    const rows = order === 'spo' ? spo : sortTriples(spo, terms.length, order);
    const fences = new Uint32Array(pages * 3);
    const crcs = new Uint32Array(pages);
    for (let p = 0; p < pages; p++) {
      fences.set(rows.subarray(p * PAGE_ROWS * 3, p * PAGE_ROWS * 3 + 3), p * 3);
      crcs[p] = crc32(u8(rows.subarray(p * PAGE_ROWS * 3, Math.min(count, (p + 1) * PAGE_ROWS) * 3)));
    }
    bodies[order] = u8(rows);
    bodies[`${order}Fences`] = u8(fences);
    bodies[`${order}Crcs`] = u8(crcs);
  }
  return { terms: terms.length, triples: count, bodies };
}

/** Where each section of a prepared index goes, and the header, for the Turtle `turtle`. */
function layOut(prepared: PreparedIndex, turtle: TurtleStamp): { pre: Buffer; json: Buffer; sections: Record<SectionName, SectionInfo> } {
  const { bodies } = prepared;
  const sections = {} as Record<SectionName, SectionInfo>;
  const header: IndexHeader = { format: INDEX_FORMAT, endianness: 'LE', turtle, terms: prepared.terms, triples: prepared.triples, sections };
  // The header's length depends on the offsets it lists: lay out with room for the largest.
  const room = Buffer.byteLength(JSON.stringify(header)) + ALL.length * 90;
  let at = align(PREAMBLE + room);
  for (const name of ALL) {
    sections[name] = { offset: at, length: bodies[name].byteLength, crc: SMALL.includes(name) ? crc32(bodies[name]) : 0 };
    at = align(at + bodies[name].byteLength);
  }
  const json = Buffer.from(JSON.stringify(header).padEnd(room, ' '), 'utf8');
  const pre = Buffer.alloc(PREAMBLE);
  pre.write(MAGIC, 0, 'latin1');
  pre.writeUInt32LE(json.length, 8);
  pre.writeUInt32LE(crc32(json), 12);
  return { pre, json, sections };
}

function writeHead(fd: number, head: { pre: Buffer; json: Buffer }): void {
  writeAll(fd, head.pre, 0);
  writeAll(fd, head.json, PREAMBLE);
}

function writeBodies(fd: number, prepared: PreparedIndex, sections: Record<SectionName, SectionInfo>): void {
  for (const name of ALL) writeAll(fd, prepared.bodies[name], sections[name].offset);
}

/**
 * Writes a prepared index to `path` directly (callers write to a temporary name and rename),
 * recording the Turtle it stands for.
 */
export function writePreparedIndex(path: string, prepared: PreparedIndex, turtle: TurtleStamp): void {
  const laid = layOut(prepared, turtle);
  const fd = openSync(path, 'w');
  try {
    writeHead(fd, laid);
    writeBodies(fd, prepared, laid.sections);
  } finally {
    closeSync(fd);
  }
}

/** An index file whose sections are written and whose header waits for the Turtle's stamp ({@link beginPreparedIndex}). */
export interface PendingIndexFile {
  readonly path: string;
  readonly fd: number;
  readonly prepared: PreparedIndex;
  /** Where the sections were written (the first section's offset: the rest follow from it). */
  readonly bodyAt: number;
}

/**
 * Starts writing a prepared index to `path` before the Turtle it stands for is finished: the
 * sections go where the header of a stamp like `guess` puts them. {@link endPreparedIndex} then
 * writes the header of the real stamp, and the file has the bytes {@link writePreparedIndex}
 * writes.
 *
 * Why: the stamp (the Turtle's size, time and hash) is known only once the merge has written
 * the Turtle, and the header's length, which places every section, depends on how many
 * characters the stamp's numbers take. Writing the ~60 MB of sections after that took 0.3-0.5 s
 * at the end of a 1M-triple build, on one thread with the other core idle; written beside the
 * merge, only the header is left. The time is guessed from this file's own, taken once it is
 * created (`guess.mtimeMs` when given): the file system's clock gives the Turtle, written in
 * the same seconds, a time printed with as many decimals, mostly. A wrong guess costs writing
 * the sections again, never other bytes (tests/index-store/pending-index.test.ts).
 *
 * @example
 * ```ts
 * const pending = beginPreparedIndex(tmp, prepared, { size: guessTurtleSize(prepared.triples) });
 * // ... the Turtle is written ...
 * endPreparedIndex(pending, turtleStamp('graph/claimgraph.ttl', sha256));
 * ```
 */
export function beginPreparedIndex(path: string, prepared: PreparedIndex, guess: { size: number; mtimeMs?: number }): PendingIndexFile {
  const fd = openSync(path, 'w');
  try {
    writeAll(fd, Buffer.alloc(PREAMBLE), 0);
    const stamp: TurtleStamp = { size: guess.size, mtimeMs: guess.mtimeMs ?? fstatSync(fd).mtimeMs, sha256: '0'.repeat(64) };
    const { sections } = layOut(prepared, stamp);
    writeBodies(fd, prepared, sections);
    return { path, fd, prepared, bodyAt: sections[ALL[0]!].offset };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/**
 * Finishes a {@link beginPreparedIndex}: writes the header of `turtle` and closes the file.
 * When that header places the sections elsewhere than the guess did, the file is written again
 * whole. Returns whether the guess held (only the header was written).
 */
export function endPreparedIndex(pending: PendingIndexFile, turtle: TurtleStamp): boolean {
  const laid = layOut(pending.prepared, turtle);
  const held = laid.sections[ALL[0]!].offset === pending.bodyAt;
  try {
    if (!held) {
      ftruncateSync(pending.fd, 0);
      writeBodies(pending.fd, pending.prepared, laid.sections);
    }
    writeHead(pending.fd, laid);
  } finally {
    closeSync(pending.fd);
  }
  return held;
}

/**
 * The likely size of a Turtle of `triples` triples, for {@link beginPreparedIndex} (only its
 * digits matter): `size` when known (a previous build's), else ~75 bytes a triple (72.5 MB for
 * the 986,530 triples of the bench's 1M corpus, 325 KB for the seed graph's ~3,500).
 *
 * @example
 * ```ts
 * guessTurtleSize(986530); // 73989750
 * ```
 */
export function guessTurtleSize(triples: number, size?: number): number {
  return size ?? Math.round(triples * 75);
}

/**
 * Copies the index file `from` to `to` with another record of the Turtle it stands for (same
 * terms and triples): when the Turtle was rewritten with the same bytes (a clean build), the
 * index stays, and readers compare a stat instead of hashing the Turtle. Throws
 * {@link IndexUnusable} when the header cannot be read or the new one does not fit its room.
 */
export function restampIndex(from: string, to: string, turtle: TurtleStamp): void {
  const fd = openSync(from, 'r');
  let pre: Buffer, json: Buffer;
  try {
    pre = Buffer.alloc(PREAMBLE);
    if (readSync(fd, pre, 0, PREAMBLE, 0) !== PREAMBLE || pre.toString('latin1', 0, 8) !== MAGIC) throw new IndexUnusable('not a claimgraph index file of this format');
    json = Buffer.alloc(pre.readUInt32LE(8));
    if (readSync(fd, json, 0, json.length, PREAMBLE) !== json.length || crc32(json) !== pre.readUInt32LE(12)) throw new IndexUnusable('the header is damaged');
  } finally {
    closeSync(fd);
  }
  const header = JSON.parse(json.toString('utf8')) as IndexHeader;
  const text = JSON.stringify({ ...header, turtle });
  if (Buffer.byteLength(text) > json.length) throw new IndexUnusable('the new header does not fit');
  const next = Buffer.from(text.padEnd(json.length, ' '), 'utf8');
  pre.writeUInt32LE(crc32(next), 12);
  copyFileSync(from, to);
  const out = openSync(to, 'r+');
  try {
    writeAll(out, pre, 0);
    writeAll(out, next, PREAMBLE);
  } finally {
    closeSync(out);
  }
}

/**
 * The term sections: blocks of (length, bytes), their offsets, CRCs and first terms. Written
 * into one buffer (a Buffer per term and per length, then concatenated, was ~30% of laying out
 * the 1M-triple index).
 */
function termSections(terms: readonly string[]): Pick<Record<SectionName, Uint8Array>, 'termDir' | 'termCrcs' | 'termFences' | 'termData'> {
  const blocks = Math.ceil(terms.length / BLOCK_TERMS);
  const dir = new Uint32Array(blocks + 1);
  const crcs = new Uint32Array(blocks);
  const fences: string[] = [];
  let room = 0;
  for (const t of terms) room += 4 + t.length * 3; // UTF-8 takes at most 3 bytes per UTF-16 unit
  const data = Buffer.allocUnsafe(room);
  let total = 0;
  for (let b = 0; b < blocks; b++) {
    dir[b] = total;
    fences.push(terms[b * BLOCK_TERMS]!);
    const start = total;
    const first = b * BLOCK_TERMS, end = Math.min(terms.length, (b + 1) * BLOCK_TERMS);
    // a block of ASCII terms (most: IRIs) is encoded in one call, its lengths known from the text
    const text = terms.slice(first, end).join('');
    if (Buffer.byteLength(text, 'utf8') === text.length) {
      let at = total + 4 * (end - first);
      data.write(text, at, 'latin1');
      for (let i = first; i < end; i++) {
        data.writeUInt32LE(terms[i]!.length, total);
        data.copyWithin(total + 4, at, at + terms[i]!.length);
        total += 4 + terms[i]!.length;
        at += terms[i]!.length;
      }
    } else {
      for (let i = first; i < end; i++) {
        const n = data.write(terms[i]!, total + 4, 'utf8');
        data.writeUInt32LE(n, total);
        total += 4 + n;
      }
    }
    crcs[b] = crc32(data.subarray(start, total));
    if (total > 0xffffffff) throw new RangeError('the graph\'s terms exceed 4 GB: too large for this index format');
  }
  dir[blocks] = total;
  return { termDir: u8(dir), termCrcs: u8(crcs), termFences: Buffer.from(JSON.stringify(fences), 'utf8'), termData: data.subarray(0, total) };
}

function writeAll(fd: number, data: Uint8Array, position: number): void {
  let done = 0;
  while (done < data.byteLength) done += writeSync(fd, data, done, data.byteLength - done, position + done);
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}

function u8(a: Uint32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/**
 * Sorts triples (3 numbers each, terms below `termCount`) into one order and drops duplicates.
 * Rows keep the subject, predicate, object layout whatever the order. Up to 2^21 terms, each
 * row is one 63-bit key sorted by the engine's native typed-array sort (~10x faster than three
 * counting-sort passes in JavaScript at 1M triples); beyond, the counting sort.
 */
function sortTriples(triples: Uint32Array, termCount: number, order: OrderName): Uint32Array {
  const [a, b, c] = ORDERS[order];
  if (termCount > KEY_TERMS) return countingSort(triples, termCount, a, b, c);
  const n = triples.length / 3;
  const keys = new BigUint64Array(n);
  // written as two u32 halves (no BigInt arithmetic per row): high = x << 10 | y >> 11,
  // low = (y & 0x7ff) << 21 | z, with x, y, z < 2^21
  const halves = new Uint32Array(keys.buffer);
  for (let i = 0; i < n; i++) {
    const x = triples[i * 3 + a]!, y = triples[i * 3 + b]!, z = triples[i * 3 + c]!;
    halves[i * 2] = (((y & 0x7ff) << 21) | z) >>> 0;
    halves[i * 2 + 1] = ((x << 10) | (y >>> 11)) >>> 0;
  }
  keys.sort();
  const out = new Uint32Array(n * 3);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const lo = halves[i * 2]!, hi = halves[i * 2 + 1]!;
    if (i > 0 && lo === halves[i * 2 - 2] && hi === halves[i * 2 - 1]) continue;
    out[m + a] = hi >>> 10;
    out[m + b] = ((hi & 0x3ff) << 11) | (lo >>> 21);
    out[m + c] = lo & 0x1fffff;
    m += 3;
  }
  return m === out.length ? out : out.slice(0, m);
}

/** Terms up to which a row fits one sort key (21 bits a position). */
const KEY_TERMS = 2 ** 21;

/** Three stable counting-sort passes (least significant column first), linear in the triples. */
function countingSort(triples: Uint32Array, termCount: number, a: number, b: number, c: number): Uint32Array {
  const n = triples.length / 3;
  let idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  let tmp = new Uint32Array(n);
  const count = new Uint32Array(termCount + 1);
  for (const col of [c, b, a]) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[triples[idx[i]! * 3 + col]! + 1]!++;
    for (let k = 0; k < termCount; k++) count[k + 1]! += count[k]!;
    for (let i = 0; i < n; i++) tmp[count[triples[idx[i]! * 3 + col]!]!++] = idx[i]!;
    [idx, tmp] = [tmp, idx];
  }
  const out = new Uint32Array(n * 3);
  let m = 0;
  for (let j = 0; j < n; j++) {
    const i = idx[j]! * 3;
    const s = triples[i]!, p = triples[i + 1]!, o = triples[i + 2]!;
    if (m > 0 && out[m - 3] === s && out[m - 2] === p && out[m - 1] === o) continue;
    out[m] = s;
    out[m + 1] = p;
    out[m + 2] = o;
    m += 3;
  }
  return m === out.length ? out : out.slice(0, m);
}

/**
 * An open index file: its header and small sections, and its term blocks and triple pages read
 * (and CRC-checked) on first use, then kept. The file descriptor stays open, so a file replaced
 * by a concurrent build (renamed over this one) keeps being read from the version opened.
 *
 * @example
 * ```ts
 * const file = IndexFile.open('graph/.index/claimgraph.cgi');
 * file.header.triples;
 * file.page('spo', 0)[0]; // the subject of the first triple in spo order
 * ```
 */
export class IndexFile {
  readonly header: IndexHeader;
  readonly path: string;
  /** First term of each term block. */
  readonly termFences: string[];
  /** First row of each page, per order (3 numbers a page). */
  readonly fences: Record<OrderName, Uint32Array>;
  #fd: number | undefined;
  readonly #termDir: Uint32Array;
  readonly #termCrcs: Uint32Array;
  readonly #crcs: Record<OrderName, Uint32Array>;
  readonly #blocks = new Map<number, { bytes: Buffer; starts: Uint32Array }>();
  readonly #pages: Record<OrderName, Map<number, Uint32Array>> = { spo: new Map(), pos: new Map(), osp: new Map() };

  private constructor(path: string, fd: number, header: IndexHeader) {
    this.path = path;
    this.#fd = fd;
    this.header = header;
    this.#termDir = this.#u32(this.#small('termDir'));
    this.#termCrcs = this.#u32(this.#small('termCrcs'));
    try {
      this.termFences = JSON.parse(Buffer.from(this.#small('termFences')).toString('utf8')) as string[];
    } catch {
      throw new IndexUnusable('section termFences is not valid JSON');
    }
    const blocks = Math.ceil(header.terms / BLOCK_TERMS);
    const pages = Math.ceil(header.triples / PAGE_ROWS);
    if (this.#termDir.length !== blocks + 1 || this.#termCrcs.length !== blocks || this.termFences.length !== blocks
      || this.#termDir[blocks] !== header.sections.termData.length) {
      throw new IndexUnusable('its term sections do not match its counts');
    }
    this.fences = {} as Record<OrderName, Uint32Array>;
    this.#crcs = {} as Record<OrderName, Uint32Array>;
    for (const o of ORDER_NAMES) {
      this.fences[o] = this.#u32(this.#small(`${o}Fences`));
      this.#crcs[o] = this.#u32(this.#small(`${o}Crcs`));
      if (this.fences[o].length !== pages * 3 || this.#crcs[o].length !== pages || header.sections[o].length !== header.triples * 12) {
        throw new IndexUnusable(`its ${o} sections do not match its counts`);
      }
    }
  }

  /**
   * Opens a file and checks its preamble, header and small sections (format, byte order,
   * bounds, CRCs). Throws {@link IndexUnusable} saying what is wrong; a missing file throws
   * Node's ENOENT error.
   */
  static open(path: string): IndexFile {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const pre = Buffer.alloc(PREAMBLE);
      if (readSync(fd, pre, 0, PREAMBLE, 0) !== PREAMBLE || pre.toString('latin1', 0, 8) !== MAGIC) {
        throw new IndexUnusable(pre.toString('latin1', 0, 7) === MAGIC.slice(0, 7) ? 'it was written by another claimgraph version (index format)' : 'not a claimgraph index file (bad magic number)');
      }
      const length = pre.readUInt32LE(8);
      if (PREAMBLE + length > size) throw new IndexUnusable('the file is truncated (header)');
      const json = Buffer.alloc(length);
      readSync(fd, json, 0, length, PREAMBLE);
      if (crc32(json) !== pre.readUInt32LE(12)) throw new IndexUnusable('the header is damaged (CRC mismatch)');
      let header: IndexHeader;
      try {
        header = JSON.parse(json.toString('utf8')) as IndexHeader;
      } catch {
        throw new IndexUnusable('the header is not valid JSON');
      }
      if (header.format !== INDEX_FORMAT) throw new IndexUnusable(`it has format ${header.format}, this claimgraph reads format ${INDEX_FORMAT}`);
      if (header.endianness !== 'LE' || endianness() !== 'LE') throw new IndexUnusable('its byte order is not this machine\'s');
      for (const name of ALL) {
        const s = header.sections?.[name];
        if (!s || s.offset % 8 !== 0 || s.offset + s.length > size) throw new IndexUnusable(`the file is truncated or damaged (section ${name})`);
      }
      return new IndexFile(path, fd, header);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  /** The text of term `i` of block `b` (a block is read and checked once; a term decoded on each call). */
  termText(b: number, i: number): string {
    let block = this.#blocks.get(b);
    if (!block) {
      const start = this.#termDir[b]!;
      const read = this.#read('termData', start, this.#termDir[b + 1]! - start);
      // a view of the bytes read, not a copy (Buffer.from(aUint8Array) copies them one by one:
      // ~0.1 s of a fresh `members-of --cite` at 1M triples)
      const bytes = Buffer.from(read.buffer, read.byteOffset, read.byteLength);
      if (crc32(bytes) !== this.#termCrcs[b]) throw new IndexUnusable(`term block ${b} is damaged (CRC mismatch)`);
      const n = Math.min(BLOCK_TERMS, this.header.terms - b * BLOCK_TERMS);
      const starts = new Uint32Array(n + 1);
      // starts[k]: where term k's bytes begin (after its length); starts[n]: past the block, + 4
      let at = 0;
      let k = 0;
      for (; k < n && at + 4 <= bytes.length; k++) {
        starts[k] = at + 4;
        at += 4 + bytes.readUInt32LE(at);
      }
      if (k !== n || at !== bytes.length) throw new IndexUnusable(`term block ${b} is damaged`);
      starts[n] = at + 4;
      this.#blocks.set(b, (block = { bytes, starts }));
    }
    const { bytes, starts } = block;
    return bytes.toString('utf8', starts[i]!, starts[i + 1]! - 4);
  }

  /** Number of terms in block `b`. */
  blockSize(b: number): number {
    return Math.min(BLOCK_TERMS, this.header.terms - b * BLOCK_TERMS);
  }

  /** The rows of one page of an order (3 numbers a row), read once. */
  page(order: OrderName, p: number): Uint32Array {
    const pages = this.#pages[order];
    let rows = pages.get(p);
    if (rows) return rows;
    const first = p * PAGE_ROWS;
    const bytes = this.#read(order, first * 12, (Math.min(this.header.triples, first + PAGE_ROWS) - first) * 12);
    if (crc32(bytes) !== this.#crcs[order][p]) throw new IndexUnusable(`page ${p} of ${order} is damaged (CRC mismatch)`);
    rows = this.#u32(bytes);
    pages.set(p, rows);
    return rows;
  }

  /** Reads and checks every block and page (what `build` does before keeping an index). */
  verify(): void {
    const blocks = Math.ceil(this.header.terms / BLOCK_TERMS);
    for (let b = 0; b < blocks; b++) this.termText(b, 0);
    const pages = Math.ceil(this.header.triples / PAGE_ROWS);
    for (const o of ORDER_NAMES) for (let p = 0; p < pages; p++) this.page(o, p);
  }

  /** Closes the file: whatever was not read yet can no longer be. */
  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }

  #small(name: SectionName): Uint8Array {
    const s = this.header.sections[name];
    const b = this.#read(name, 0, s.length);
    if (crc32(b) !== s.crc) throw new IndexUnusable(`section ${name} is damaged (CRC mismatch)`);
    return b;
  }

  #read(name: SectionName, from: number, length: number): Uint8Array {
    if (this.#fd === undefined) throw new IndexUnusable('the index file is closed');
    // its own ArrayBuffer: a Uint32Array view needs 4-byte alignment (Buffer's pool gives none)
    const b = new Uint8Array(new ArrayBuffer(length));
    let done = 0;
    const at = this.header.sections[name].offset + from;
    while (done < length) {
      const n = readSync(this.#fd, b, done, length - done, at + done);
      if (n === 0) throw new IndexUnusable(`the file is truncated (section ${name})`);
      done += n;
    }
    return b;
  }

  #u32(b: Uint8Array): Uint32Array {
    if (b.byteLength % 4 !== 0) throw new IndexUnusable('a section\'s length is not a multiple of 4');
    return new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  }
}
