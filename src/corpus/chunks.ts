/**
 * The corpus build's chunk files and their merge into the Turtle file.
 *
 * Why this exists: the corpus build must write the same bytes as the in-memory build (N3.Writer
 * over the whole graph) while holding only one article in memory. Each article's quads are
 * encoded here with N3.Writer's own term encoders, written as a sorted chunk of per-subject
 * Turtle blocks, and the chunks are merged (k-way, by subject; duplicates dropped) into the
 * Turtle file: the output is byte-identical to N3.Writer's, and memory stays bounded by the
 * largest article plus a small read buffer per chunk. The cache, compilation and assembly that
 * produce the chunks live in build.ts.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import N3 from 'n3';
import type { Term } from '@rdfjs/types';
import { PREFIXES } from '../graph/index.js';
import { termEncoder, turtleHeader, type TermEncoder } from '../graph/n3-internals.js';
import { predicateSortKey, termSortKey } from '../graph/export.js';
import type { SubjectBlock } from '../graph/index.js';
import { encodeSegment } from '../index-store/index.js';
import { chunkOffset, readOpened, writeChunkPart } from './cache-file.js';
import type { FileSink } from './file-sink.js';

export { FileSink } from './file-sink.js';

const CG_CLAIM_ENC = 'cg:Claim';
const CG_GROUP_CLAIM_ENC = 'cg:GroupClaim';

// A chunk holds one article's share of the Turtle file, already written: one block per subject
// (`s p o; p o, o.` as the writer lays it out), in subject order. The merge copies a block's
// bytes as they are unless another chunk has a block for the same subject (claims and entities
// are shared between articles); only then are the blocks split into triples, merged in quad
// order and written again. Each block has a header line: its subject's sort key (escaped), byte
// length, triple count, claim and group-claim type counts, subject length, and per triple the
// lengths of its encoded predicate (when new) and object, which split the block without
// parsing it.

/**
 * Order-preserving escape of a sort key: characters U+0000..U+000A become U+0001 followed by
 * U+0030+c, so keys hold no tab or newline (header field and line separators) and still compare
 * exactly as the raw keys do.
 */
function escapeKey(k: string): string {
  return /[\u0000-\u000a]/.test(k) ? k.replace(/[\u0000-\u000a]/g, (c) => `\u0001${String.fromCharCode(0x30 + c.charCodeAt(0))}`) : k;
}

// Terms are encoded exactly as N3.Writer encodes them (its own encoders, behind
// src/graph/n3-internals.ts), per article and in worker threads, so the merge only concatenates.

/** An IRI's encoding, its part of the sort key, and whether that part can be read back from the encoding. */
interface EncodedIri {
  enc: string;
  key: string;
  readable: boolean;
}

const objectSortKey = termSortKey as (t: Term) => string;

/**
 * IRIs repeat (a subject per block, a few dozen predicates): their encodings are memoized, the
 * predicates' for the whole build, the others' per chunk (memory stays bounded by an article).
 */
const encodedIris = new Map<string, EncodedIri>();
const encodedPredicates = new Map<string, EncodedIri>();

function encodeIri(t: Term, cache: Map<string, EncodedIri>, encode: (t: Term) => string, keyOf: (enc: string) => string | undefined, sortKey: (t: Term) => string): EncodedIri {
  let e = cache.get(t.value);
  if (e === undefined) {
    const enc = encode(t);
    const key = sortKey(t);
    e = { enc, key, readable: keyOf(enc) === key };
    if (cache.size > 100_000) cache.clear();
    cache.set(t.value, e);
  }
  return e;
}

// Reading sort keys back from encodings: the merge needs them only for blocks of a shared
// subject, and storing them would triple the chunks (every literal twice more). The writer
// checks each triple's read-back against its real key and stores the keys when they differ.

const TURTLE_ESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\' };
const PREFIX_IRIS = new Map(Object.entries(PREFIXES));
const XSD_NS = PREFIXES.xsd;
const LANG_STRING = `${PREFIXES.rdf}langString`;

function unescapeTurtle(s: string): string {
  if (s.indexOf('\\') === -1) return s;
  return s.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|([^uU]))/g, (_m, u4: string | undefined, u8: string | undefined, c: string | undefined) =>
    (u4 ? String.fromCharCode(parseInt(u4, 16)) : u8 ? String.fromCodePoint(parseInt(u8, 16)) : TURTLE_ESCAPES[c!] ?? c!));
}

function iriKeyOf(enc: string): string | undefined {
  if (enc.charCodeAt(0) === 60 /* < */) return enc.charCodeAt(enc.length - 1) === 62 ? `<${unescapeTurtle(enc.slice(1, -1))}>` : undefined;
  if (enc.startsWith('_:')) return `<${enc.slice(2)}>`;
  const colon = enc.indexOf(':');
  const ns = colon === -1 ? undefined : PREFIX_IRIS.get(enc.slice(0, colon));
  return ns === undefined ? undefined : `<${ns}${unescapeTurtle(enc.slice(colon + 1))}>`;
}

function predicateKeyOf(enc: string): string | undefined {
  return enc === 'a' ? '' : iriKeyOf(enc);
}

/** Offset of the quote closing a literal's encoding that starts with `"` (its length when none). */
function closingQuote(enc: string): number {
  let i = 1;
  for (; i < enc.length; i++) {
    const c = enc.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 34) break;
  }
  return i;
}

function objectKeyOf(enc: string): string | undefined {
  if (enc.charCodeAt(0) === 34 /* " */) {
    const i = closingQuote(enc);
    if (i >= enc.length) return undefined;
    const suffix = literalKeySuffix(i === enc.length - 1 ? '' : enc.slice(i + 1));
    return suffix === undefined ? undefined : `"${unescapeTurtle(enc.slice(1, i))}${suffix}`;
  }
  // the writer's shorthands for booleans and numbers
  if (enc === 'true' || enc === 'false') return `"${enc}"@^^${XSD_NS}boolean`;
  if (/^[+-]?\d+$/.test(enc)) return `"${enc}"@^^${XSD_NS}integer`;
  if (/^[+-]?\d*\.\d+$/.test(enc)) return `"${enc}"@^^${XSD_NS}decimal`;
  if (/^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/.test(enc)) return `"${enc}"@^^${XSD_NS}double`;
  return iriKeyOf(enc);
}

/** Whether `key`, from `at` on, is the key read back from an object's encoding (no string built). */
function objectKeyIs(key: string, at: number, enc: string): boolean {
  if (enc.charCodeAt(0) !== 34 /* " */) {
    const k = objectKeyOf(enc);
    return k !== undefined && key.length === at + k.length && key.endsWith(k);
  }
  const i = closingQuote(enc);
  if (i >= enc.length) return false;
  const value = unescapeTurtle(enc.slice(1, i));
  const suffix = literalKeySuffix(i === enc.length - 1 ? '' : enc.slice(i + 1));
  return suffix !== undefined && key.length === at + 1 + value.length + suffix.length && key.charCodeAt(at) === 34
    && key.startsWith(value, at + 1) && key.endsWith(suffix);
}

/** Literals share a few datatypes and languages: what follows the value, memoized. */
const literalSuffixes = new Map<string, string | undefined>();

/** The sort key after a literal's value, from what follows the value in its encoding. */
function literalKeySuffix(rest: string): string | undefined {
  if (literalSuffixes.has(rest)) return literalSuffixes.get(rest);
  let suffix: string | undefined;
  if (rest === '') suffix = `"@^^${XSD_NS}string`;
  else if (rest.startsWith('@')) suffix = rest.includes('--') ? undefined : `"${rest}^^${LANG_STRING}`;
  else {
    const dt = rest.startsWith('^^') ? iriKeyOf(rest.slice(2)) : undefined;
    suffix = dt === undefined ? undefined : `"@^^${dt.slice(1, -1)}`;
  }
  if (literalSuffixes.size > 10_000) literalSuffixes.clear();
  literalSuffixes.set(rest, suffix);
  return suffix;
}

/** The characters n3's Turtle writer escapes in a literal (its own `escape`). */
const LITERAL_ESCAPE = /["\\\t\n\r\b\f\u0000-\u0019\ud800-\udbff]/;
const XSD_STRING = `${XSD_NS}string`;
/**
 * Datatypes whose literals are left to the writer: those it may write as bare values (`true`,
 * `12`), and those of literals with a language.
 */
const WRITER_DATATYPES = new Set([
  ...['boolean', 'integer', 'decimal', 'double'].map((t) => XSD_NS + t),
  LANG_STRING, `${PREFIXES.rdf}dirLangString`,
]);

/** What follows the value in the encoding of a plain literal of a datatype, and whether its key reads back. */
interface LiteralTail {
  rest: string;
  readable: boolean;
}
const literalTails = new Map<string, LiteralTail | null>();

function literalTail(e: TermEncoder, datatype: string): LiteralTail | null {
  let tail = literalTails.get(datatype);
  if (tail === undefined) {
    if (WRITER_DATATYPES.has(datatype)) tail = null;
    else {
      const rest = datatype === XSD_STRING ? '' : `^^${e._encodeObject(N3.DataFactory.namedNode(datatype))}`;
      tail = { rest, readable: literalKeySuffix(rest) === `"@^^${datatype}` };
    }
    if (literalTails.size > 10_000) literalTails.clear();
    literalTails.set(datatype, tail);
  }
  return tail;
}

/** Whether the key of the object last encoded by {@link encodeObject} can be read back from its encoding. */
let encodedReadable = true;

/**
 * A literal's (or blank node's) encoding, as the writer makes it. Most literals are a value
 * with nothing to escape, without language, of a datatype with no shorthand: the writer gives
 * `"value"` and the datatype's encoding, and the key reads back when the datatype's does. Those
 * are made here (n3 parses a literal's value, language and datatype out of its id on every
 * read; a string's id is its encoding), the others by the writer and checked.
 */
function encodeObject(e: TermEncoder, o: Term): string {
  if (o.termType === 'Literal') {
    const tail = literalTail(e, (o as { datatypeString?: string }).datatypeString ?? o.datatype.value);
    if (tail !== null) {
      const value = o.value;
      if (!LITERAL_ESCAPE.test(value)) {
        encodedReadable = tail.readable;
        const id = (o as { id?: unknown }).id;
        return tail.rest === '' && typeof id === 'string' && id.length === value.length + 2 && id.charCodeAt(0) === 34 ? id : `"${value}"${tail.rest}`;
      }
    }
  }
  const enc = e._encodeObject(o);
  encodedReadable = objectKeyIs(objectSortKey(o), 0, enc);
  return enc;
}

/** A growing byte buffer: strings go in as UTF-8 without an intermediate string or Buffer each. */
class ByteOut {
  buf = Buffer.allocUnsafe(1 << 20);
  len = 0;
  write(s: string): number {
    // UTF-8 takes at most 3 bytes per UTF-16 unit
    if (this.buf.length - this.len < s.length * 3) {
      const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + s.length * 3));
      this.buf.copy(next, 0, 0, this.len);
      this.buf = next;
    }
    const n = this.buf.write(s, this.len, 'utf8');
    this.len += n;
    return n;
  }
  writeBytes(b: Uint8Array): void {
    if (this.buf.length - this.len < b.length) {
      const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + b.length));
      this.buf.copy(next, 0, 0, this.len);
      this.buf = next;
    }
    this.buf.set(b, this.len);
    this.len += b.length;
  }
}

let chunkOut: ByteOut | undefined;

/** Width of a block's byte length in its header: written before the block, filled in after. */
const LENGTH_WIDTH = 10;
const LENGTH_PLACEHOLDER = '0'.repeat(LENGTH_WIDTH);

/**
 * Writes a chunk: a header line with its key, then one block per subject, in order (as a built
 * graph's blocks are).
 */
export function writeChunk(path: string, blocks: readonly SubjectBlock[], key: string): void {
  const e = termEncoder();
  // One buffer for every chunk a thread writes: fresh megabytes per chunk cost page faults.
  const out = (chunkOut ??= new ByteOut());
  out.len = 0;
  // the chunk's share of the graph's index (src/index-store) after the header line, cached with it
  const segment = encodeSegment(blocks, key);
  out.write(`${JSON.stringify({ key, segment: segment.length })}\n`);
  out.writeBytes(segment);
  encodedIris.clear();
  for (const b of blocks) {
    const { predicates, objects } = b;
    const sEnc = encodeIri(b.subject, encodedIris, (t) => e._encodeSubject(t), iriKeyOf, objectSortKey).enc;
    // the block is made as one string: one UTF-8 write per block rather than per triple
    let text = sEnc;
    let entries = '';
    let readable = true;
    let claims = 0;
    let groupClaims = 0;
    let lastP = '';
    for (let t = 0; t < predicates.length; t++) {
      const p = encodeIri(predicates[t], encodedPredicates, (x) => e._encodePredicate(x), predicateKeyOf, predicateSortKey as (x: Term) => string);
      const o = objects[t];
      let oEnc: string;
      if (o.termType === 'NamedNode') {
        const x = encodeIri(o, encodedIris, (y) => e._encodeObject(y), iriKeyOf, objectSortKey);
        oEnc = x.enc;
        readable &&= p.readable && x.readable;
      } else {
        oEnc = encodeObject(e, o);
        readable &&= p.readable && encodedReadable;
      }
      if (t === 0) {
        entries = `${p.enc.length}.${oEnc.length}`;
        text += ` ${p.enc} ${oEnc}`;
      } else if (p.enc === lastP) {
        entries += `,${oEnc.length}`;
        text += `, ${oEnc}`;
      } else {
        entries += `,${p.enc.length}.${oEnc.length}`;
        text += `;\n    ${p.enc} ${oEnc}`;
      }
      lastP = p.enc;
      if (p.enc === 'a') {
        if (oEnc === CG_CLAIM_ENC) claims++;
        else if (oEnc === CG_GROUP_CLAIM_ENC) groupClaims++;
      }
    }
    const explicit = readable ? '' : `\t${JSON.stringify(predicates.map((p, t) => `${predicateSortKey(p)}\u0000${termSortKey(objects[t])}`))}`;
    out.write(`${escapeKey(b.key)}\t`);
    const lengthAt = out.len;
    out.write(`${LENGTH_PLACEHOLDER}\t${predicates.length}\t${claims}\t${groupClaims}\t${sEnc.length}\t${entries}${explicit}\n`);
    const bytes = out.write(`${text}.\n`);
    out.buf.write(String(bytes).padStart(LENGTH_WIDTH, '0'), lengthAt, 'latin1');
  }
  // into the article's cache file, after its compiled part (src/corpus/cache-file.ts)
  writeChunkPart(path, out.buf.subarray(0, out.len));
}

const READ_SIZE = 32 * 1024;

/** Sequential reader of a chunk's blocks (bounded buffer, grown only for a block larger than it). */
class BlockReader {
  private readonly fd: number;
  private buf = Buffer.allocUnsafe(READ_SIZE);
  private pos = 0;
  private end = 0;
  /** Offset in the file of the byte after `end`. */
  private filePos = 0;
  private eof = false;
  /** The current block: escaped subject key, bytes (valid until `next`: the buffer is reused), header fields. */
  sKey = '';
  text: Buffer = this.buf.subarray(0, 0);
  triples = 0;
  claims = 0;
  groupClaims = 0;
  private sLen = 0;
  /** The header line after the subject length: per-triple lengths, then (tab-separated) stored keys. */
  private tail: Buffer = this.buf.subarray(0, 0);

  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }

  /** Makes `n` bytes available from the read position; false when the file ends first. */
  private fill(n: number): boolean {
    while (this.end - this.pos < n) {
      if (this.eof) return false;
      if (this.buf.length - this.pos < n || this.buf.length - this.end < READ_SIZE / 4) {
        // The bytes before `pos` are done with (the sink copies what it is given), so they are
        // overwritten: the same buffer again rather than a fresh one per refill, whose first
        // touch costs a page fault per 4 kB (~77 MB of chunks read in the 1M merge). A new
        // buffer only for a block larger than this one.
        if (n * 2 <= this.buf.length) this.buf.copyWithin(0, this.pos, this.end);
        else {
          const next = Buffer.allocUnsafe(Math.max(READ_SIZE, n * 2));
          this.buf.copy(next, 0, this.pos, this.end);
          this.buf = next;
        }
        this.end -= this.pos;
        this.pos = 0;
      }
      const got = readSync(this.fd, this.buf, this.end, this.buf.length - this.end, this.filePos);
      if (got === 0) this.eof = true;
      else {
        this.end += got;
        this.filePos += got;
      }
    }
    return true;
  }

  /** Passes over `n` bytes (the index segment after the header) without reading them. */
  private skip(n: number): void {
    const held = this.end - this.pos;
    if (n <= held) {
      this.pos += n;
      return;
    }
    this.pos = this.end;
    this.filePos += n - held;
    if (this.filePos > fstatSync(this.fd).size) throw new Error('truncated chunk');
  }

  /** Moves to the next block; false (and closes the file) at the end. */
  next(): boolean {
    for (;;) {
      // the header line, scanned here: a Buffer.indexOf per block cost more than its short line
      const b = this.buf;
      const end = this.end;
      let nl = this.pos;
      while (nl < end && b[nl] !== 10) nl++;
      if (nl === end) {
        if (this.fill(this.end - this.pos + 1)) continue;
        closeSync(this.fd);
        if (this.end > this.pos) throw new Error('truncated chunk');
        return false;
      }
      const start = this.pos;
      this.pos = nl + 1;
      if (b[start] === 123 /* '{': the chunk's header, or the article's compiled part before it */) {
        const head = JSON.parse(b.toString('utf8', start, nl)) as { segment?: number; skip?: number };
        this.skip(head.skip ?? head.segment ?? 0);
        continue;
      }
      // key, byte length, triples, claims, group claims, subject length: read off the bytes; the
      // per-triple lengths (and stored keys) are decoded only for a block that is split
      let i = start;
      while (i < nl && b[i] !== 9) i++;
      this.sKey = b.toString('utf8', start, i);
      const field = (): number => {
        let v = 0;
        for (i++; b[i] !== 9; i++) {
          const d = b[i]! - 48;
          if (i >= nl || d < 0 || d > 9) throw new Error('damaged chunk');
          v = v * 10 + d;
        }
        return v;
      };
      const bytes = field();
      this.triples = field();
      this.claims = field();
      this.groupClaims = field();
      this.sLen = field();
      // the header line and the block, read on from the line's start: a refill moves the bytes
      // after `pos` to the front of the buffer, and the line's tail is kept as a view of them
      const line = nl + 1 - start;
      const tailFrom = i + 1 - start;
      this.pos = start;
      if (!this.fill(line + bytes)) throw new Error('truncated chunk');
      const at = this.pos;
      this.tail = this.buf.subarray(at + tailFrom, at + line - 1);
      this.text = this.buf.subarray(at + line, at + line + bytes);
      this.pos = at + line + bytes;
      return true;
    }
  }

  /**
   * Appends the current block's triples to `out` (predicate and object key, encodings) and
   * returns its subject's encoding. When the chunk stored the keys (they do not read back),
   * each key is whole in `ok` and `pk` is undefined.
   */
  split(out: MergeTriple[]): string {
    const text = this.text.toString('utf8');
    const tail = this.tail.toString('utf8');
    const tab = tail.indexOf('\t');
    const keys = tab === -1 ? undefined : (JSON.parse(tail.slice(tab + 1)) as string[]);
    let pos = this.sLen + 1;
    let p = '';
    let pk: string | undefined = '';
    const entries = (tab === -1 ? tail : tail.slice(0, tab)).split(',');
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const dot = e.indexOf('.');
      let oLen: number;
      if (dot !== -1) {
        if (i) pos += 6; // ';\n    '
        const pLen = Number(e.slice(0, dot));
        p = text.substr(pos, pLen);
        pos += pLen + 1;
        oLen = Number(e.slice(dot + 1));
        pk = keys ? undefined : readKey(p, readPredicateKeys, predicateKeyOf);
      } else {
        pos += 2; // ', '
        oLen = Number(e);
      }
      const o = text.substr(pos, oLen);
      pos += oLen;
      out.push({ pk, ok: keys ? keys[i] : o.charCodeAt(0) === 34 /* " */ ? objectKeyOf(o)! : readKey(o, readObjectKeys, objectKeyOf), p, o });
    }
    return text.slice(0, this.sLen);
  }
}

/** A triple of a shared subject in the merge: its key (predicate part, object part) and encodings. */
interface MergeTriple {
  pk: string | undefined;
  ok: string;
  p: string;
  o: string;
}

/**
 * Sorts a shared subject's triples into quad order. Comparing predicate key, then object key,
 * orders as the whole key does unless a predicate key holds U+0000 (or a chunk stored whole
 * keys): then the whole keys are compared. Predicate keys come from one memo, so equal ones are
 * mostly the same string and compare at once.
 */
function sortMergeTriples(all: MergeTriple[]): void {
  if (all.some((t) => t.pk === undefined || t.pk.includes('\u0000'))) {
    for (const t of all) {
      if (t.pk !== undefined) t.ok = `${t.pk}\u0000${t.ok}`;
      t.pk = '';
    }
  }
  all.sort(compareMergeTriples);
}

function compareMergeTriples(a: MergeTriple, b: MergeTriple): number {
  if (a.pk !== b.pk) return a.pk! < b.pk! ? -1 : 1;
  return a.ok < b.ok ? -1 : a.ok > b.ok ? 1 : 0;
}

/** Keys read back from IRI encodings, memoized: shared subjects repeat their predicates and objects. */
const readPredicateKeys = new Map<string, string>();
const readObjectKeys = new Map<string, string>();

function readKey(enc: string, memo: Map<string, string>, keyOf: (enc: string) => string | undefined): string {
  // `<iri>` with nothing escaped is its own key: no lookup (hashing each fresh slice) needed
  if (enc.charCodeAt(0) === 60 /* < */ && enc.charCodeAt(enc.length - 1) === 62 && enc.indexOf('\\') === -1) return enc;
  let k = memo.get(enc);
  if (k === undefined) {
    k = keyOf(enc)!;
    if (memo.size > 100_000) memo.clear();
    memo.set(enc, k);
  }
  return k;
}

/** Min-heap of readers by current subject key. */
class ReaderHeap {
  private readonly h: BlockReader[] = [];
  get size(): number {
    return this.h.length;
  }
  push(r: BlockReader): void {
    const h = this.h;
    h.push(r);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p].sKey <= h[i].sKey) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
  }
  top(): BlockReader {
    return this.h[0];
  }
  /** Whether another reader is at the top reader's subject (then one of its children is). */
  topShared(): boolean {
    const h = this.h;
    const k = h[0].sKey;
    return (h.length > 1 && h[1].sKey === k) || (h.length > 2 && h[2].sKey === k);
  }
  pop(): BlockReader {
    const top = this.h[0];
    this.fixTop(true);
    return top;
  }
  /** Re-establishes order after the top reader advanced (or removes it when exhausted). */
  fixTop(exhausted: boolean): void {
    const h = this.h;
    if (exhausted) {
      const last = h.pop()!;
      if (!h.length) return;
      h[0] = last;
    }
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && h[l].sKey < h[m].sKey) m = l;
      if (r < h.length && h[r].sKey < h[m].sKey) m = r;
      if (m === i) return;
      [h[m], h[i]] = [h[i], h[m]];
      i = m;
    }
  }
}

/** The key in a chunk's header line (chunks validate themselves: no separate marker file). */
export function chunkHeaderKey(path: string): string | undefined {
  return readOpened(path, (fd) => {
    const buf = Buffer.alloc(256);
    const n = readSync(fd, buf, 0, buf.length, chunkOffset(fd));
    const nl = buf.subarray(0, n).indexOf(10);
    if (nl === -1) return undefined;
    return (JSON.parse(buf.toString('utf8', 0, nl)) as { key?: string }).key;
  });
}

/**
 * Merges chunk files (each in subject order) into `sink`, after the Turtle header: a block
 * whose subject is in no other chunk is copied as it is; blocks of a shared subject are split
 * into triples, merged in quad order and written again. Returns the counts of what was written;
 * `onProgress` sees the triple count every 65,536 triples.
 *
 * @example
 * ```ts
 * const sink = new FileSink(tmp);
 * const { triples } = await mergeChunks([entityChunk, articleChunk], sink, (n) => console.error(n));
 * await sink.end();
 * ```
 */
export async function mergeChunks(files: readonly string[], sink: FileSink, onProgress: (triples: number) => void): Promise<{ triples: number; claims: number; groupClaims: number }> {
  let triples = 0;
  let claims = 0;
  let groupClaims = 0;
  sink.write(turtleHeader());
  const heap = new ReaderHeap();
  for (const f of files) {
    const r = new BlockReader(f);
    if (r.next()) heap.push(r);
  }
  let reported = 0;
  while (heap.size) {
    if (!heap.topShared()) {
      const r = heap.top();
      sink.writeBytes(r.text);
      triples += r.triples;
      claims += r.claims;
      groupClaims += r.groupClaims;
      heap.fixTop(!r.next());
    } else {
      // Blocks of one subject from several chunks: their triples, in quad order, once each.
      const group = [heap.pop()];
      while (heap.size && heap.top().sKey === group[0].sKey) group.push(heap.pop());
      let text = '';
      const all: MergeTriple[] = [];
      for (const r of group) text = r.split(all);
      sortMergeTriples(all);
      let last: MergeTriple | undefined;
      let lastP = '';
      for (const t of all) {
        if (last !== undefined && t.pk === last.pk && t.ok === last.ok) continue;
        text += last === undefined ? ` ${t.p} ${t.o}` : t.p === lastP ? `, ${t.o}` : `;\n    ${t.p} ${t.o}`;
        last = t;
        lastP = t.p;
        triples++;
        if (t.p === 'a') {
          if (t.o === CG_CLAIM_ENC) claims++;
          else if (t.o === CG_GROUP_CLAIM_ENC) groupClaims++;
        }
      }
      sink.write(`${text}.\n`);
      for (const r of group) if (r.next()) heap.push(r);
    }
    if (sink.backlogged) await sink.drain();
    if (triples - reported >= 0x10000) {
      reported = triples;
      onProgress(triples);
    }
  }
  return { triples, claims, groupClaims };
}
