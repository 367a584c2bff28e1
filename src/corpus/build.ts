/**
 * The incremental, streaming corpus build.
 *
 * Memory stays bounded by the largest article, not the corpus: articles are compiled one at a
 * time, each one's quads are written as a chunk file of Turtle blocks (one per subject, sorted),
 * and the chunks are merged (k-way, duplicates dropped) straight into the Turtle file. The
 * output is byte-identical to the in-memory build (`buildToFile` of src/graph): same quad
 * order, same term encodings (N3.Writer's own), same prefixes.
 *
 * It is incremental: a content-hash cache (`.claimgraph-cache/` in the project, ignored by git
 * through its own .gitignore) keeps each article's compiled form and chunk; an article whose
 * inputs (text, meta, claims, entities, ontology, compiler code) are unchanged is not compiled
 * again. Group claims depend on other articles (members of a group are the `partOf` claims of
 * every article), so an article with group claims is re-assembled (not re-compiled) when the
 * corpus-wide membership changes.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, unlinkSync, write as writeAsync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import N3 from 'n3';
import type { Term } from '@rdfjs/types';
import { ClaimgraphError } from '../errors.js';
import { removeStaleTemps } from '../graph/stale-temp.js';
import { checkEntities, loadEntities, loadOntology } from '../claims/index.js';
import type { CompiledClaim } from '../claims/index.js';
import { assembleGraph, checkAuthor, compileArticle, loadArticle, PREFIXES, GRAPH_FILE, ONTOLOGY_FILE, ENTITIES_FILE } from '../graph/index.js';
import { predicateSortKey, termSortKey } from '../graph/export.js';
import type { CompiledArticle, Project, SubjectBlock } from '../graph/index.js';
import type { CorpusBuildOptions, CorpusBuildSummary, BuildProgress } from './types.js';
import { ensureIndex, startIndexJob, writeSegment, type IndexJob } from '../index-store/index.js';

// Taken when a build starts workers, not when the CLI loads this module: every command pays for
// what is imported at start (`query` never builds).
function workerThreads(): typeof import('node:worker_threads') {
  return process.getBuiltinModule('node:worker_threads');
}

/** The cache folder, relative to the project. */
export const CACHE_DIR = '.claimgraph-cache';
const CACHE_FORMAT = 'claimgraph-cache-2';
const ARTICLES = join('graph', 'articles');
/** Cache folders of a clean build's predecessors, being deleted. */
const TRASH_PREFIX = 'articles.old-';
const CG_CLAIM_ENC = 'cg:Claim';
const CG_GROUP_CLAIM_ENC = 'cg:GroupClaim';


// ------------------------------------------------------------------ keys

function sha(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(typeof p === 'string' ? p : Buffer.from(p));
    h.update('\u0000');
  }
  return h.digest('hex');
}

let codeVersion: string | undefined;
/** Hash of the compiler's own code: a new claimgraph version must not reuse old chunks. */
function compilerVersion(): string {
  if (codeVersion) return codeVersion;
  const h = createHash('sha256').update(CACHE_FORMAT);
  for (const rel of ['../source/index.js', '../claims/index.js', '../claims/ontology.js', '../claims/yaml.js', '../graph/index.js', '../graph/export.js', '../graph/vocab.js', '../corpus/build.js']) {
    try {
      h.update(readFileSync(new URL(rel, import.meta.url)));
    } catch {
      h.update(`missing ${rel}`);
    }
  }
  codeVersion = h.digest('hex');
  return codeVersion;
}

function readOrEmpty(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
}

// ------------------------------------------------------------------ chunks
//
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

/**
 * Turtle encoding of terms exactly as N3.Writer (the in-memory build's writer) encodes them,
 * done per article (in worker threads when there are several) so the merge only concatenates.
 * It calls the writer's own encoders, so prefixes, escapes and literal shorthands cannot drift.
 */
interface TermEncoder {
  _encodeSubject(t: Term): string;
  _encodePredicate(t: Term): string;
  _encodeObject(t: Term): string;
}

let encoder: TermEncoder | undefined;
function termEncoder(): TermEncoder {
  encoder ??= new N3.Writer({ prefixes: { ...PREFIXES } }) as unknown as TermEncoder;
  return encoder;
}

/** The Turtle header the writer emits before the first statement (prefix lines, blank line). */
function turtleHeader(): string {
  let header = '';
  new N3.Writer({ prefixes: { ...PREFIXES } }).end((_err, result: string) => { header = result; });
  return header;
}

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
}

let chunkOut: ByteOut | undefined;

/** Width of a block's byte length in its header: written before the block, filled in after. */
const LENGTH_WIDTH = 10;
const LENGTH_PLACEHOLDER = '0'.repeat(LENGTH_WIDTH);

/**
 * Writes a chunk: a header line with its key, then one block per subject, in order (as a built
 * graph's blocks are).
 */
function writeChunk(path: string, blocks: readonly SubjectBlock[], key: string): void {
  const e = termEncoder();
  // One buffer for every chunk a thread writes: fresh megabytes per chunk cost page faults.
  const out = (chunkOut ??= new ByteOut());
  out.len = 0;
  out.write(`${JSON.stringify({ key })}\n`);
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
  writeFileSync(path, out.buf.subarray(0, out.len));
  // the chunk's share of the graph's index (src/index-store), cached with it
  writeSegment(`${path}.ix`, blocks, key);
}

const READ_SIZE = 32 * 1024;

/** Sequential reader of a chunk's blocks (bounded buffer, grown only for a block larger than it). */
class BlockReader {
  private readonly fd: number;
  private buf = Buffer.allocUnsafe(READ_SIZE);
  private pos = 0;
  private end = 0;
  private eof = false;
  /** The current block: escaped subject key, bytes (valid until the sink flushes), header fields. */
  sKey = '';
  text: Buffer = this.buf.subarray(0, 0);
  triples = 0;
  claims = 0;
  groupClaims = 0;
  private sLen = 0;
  private entries = '';
  private explicit: string | undefined;

  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }

  /** Makes `n` bytes available from the read position; false when the file ends first. */
  private fill(n: number): boolean {
    while (this.end - this.pos < n) {
      if (this.eof) return false;
      // Bytes before `end` may still be queued in the sink: never overwritten, only left behind.
      if (this.buf.length - this.pos < n || this.buf.length - this.end < READ_SIZE / 4) {
        const next = Buffer.allocUnsafe(Math.max(READ_SIZE, n * 2));
        this.buf.copy(next, 0, this.pos, this.end);
        this.end -= this.pos;
        this.pos = 0;
        this.buf = next;
      }
      const got = readSync(this.fd, this.buf, this.end, this.buf.length - this.end, null);
      if (got === 0) this.eof = true;
      else this.end += got;
    }
    return true;
  }

  /** Moves to the next block; false (and closes the file) at the end. */
  next(): boolean {
    for (;;) {
      const nl = this.buf.indexOf(10, this.pos);
      if (nl === -1 || nl >= this.end) {
        if (this.fill(this.end - this.pos + 1)) continue;
        closeSync(this.fd);
        if (this.end > this.pos) throw new Error('truncated chunk');
        return false;
      }
      const line = this.buf.toString('utf8', this.pos, nl);
      this.pos = nl + 1;
      if (line.charCodeAt(0) === 123 /* '{': the chunk's header */) continue;
      const f = line.split('\t');
      const bytes = Number(f[1]);
      this.sKey = f[0];
      this.triples = Number(f[2]);
      this.claims = Number(f[3]);
      this.groupClaims = Number(f[4]);
      this.sLen = Number(f[5]);
      this.entries = f[6];
      this.explicit = f[7];
      if (!this.fill(bytes)) throw new Error('truncated chunk');
      this.text = this.buf.subarray(this.pos, this.pos + bytes);
      this.pos += bytes;
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
    const keys = this.explicit === undefined ? undefined : (JSON.parse(this.explicit) as string[]);
    let pos = this.sLen + 1;
    let p = '';
    let pk: string | undefined = '';
    const entries = this.entries.split(',');
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

/**
 * Buffered writes to a file, hashed on the way. Writes go to libuv's threads, each at its own
 * offset: the kernel's copying of the file's 70 MB runs beside the merge instead of inside it
 * (the worker threads are idle by then, so a core is free). At most BACKLOG bytes wait to be
 * written: the merge waits for the disk beyond that, and memory stays bounded.
 */
class FileSink {
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

// ------------------------------------------------------------------ the cache

/** What the build keeps in memory per article: small (no text, no sentences). */
export interface ArticleInfo {
  key: string;
  /** Author entity id (the speaker of its claims when lent to another article). */
  author: string;
  /** Groups its group claims expand (its chunk depends on their corpus-wide membership). */
  groups: string[];
  /** Its positive stated partOf claims (what group membership is made of). */
  partOf: CompiledClaim[];
}

/** Cache files of an article: flat `<id>.<kind>` names (one folder; cheap to list and prune). */
function cacheFile(cache: string, id: string, kind: 'info.json' | 'compiled.json' | 'chunk'): string {
  return join(cache, 'articles', `${id}.${kind}`);
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** The key in a chunk's header line (chunks validate themselves: no separate marker file). */
function chunkHeaderKey(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(256);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const nl = buf.subarray(0, n).indexOf(10);
    if (nl === -1) return undefined;
    return (JSON.parse(buf.toString('utf8', 0, nl)) as { key?: string }).key;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function membershipClaims(claims: CompiledClaim[]): CompiledClaim[] {
  return claims.filter((c) => c.predicate === 'partOf' && c.polarity === 'positive' && c.modality === 'stated'
    && c.subject.type === 'entity' && c.object.type === 'entity');
}

function groupsOf(claims: CompiledClaim[]): string[] {
  const gs = new Set<string>();
  for (const c of claims) {
    if (c.subject.type === 'group') gs.add(c.subject.spec.group);
    if (c.object.type === 'group') gs.add(c.object.spec.group);
  }
  return [...gs].sort();
}

/** Everything per-article work needs; built once per thread. */
export interface BuildContext {
  dir: string;
  cache: string;
  fresh: boolean;
  project: Project;
  globalKey: string;
}

/**
 * Loads what every article's compilation shares (ontology, entities) and the cache location.
 *
 * @example
 * ```ts
 * const ctx = buildContext('.', false);
 * ```
 */
export function buildContext(dir: string, fresh: boolean): BuildContext {
  if (!existsSync(join(dir, ONTOLOGY_FILE))) {
    throw new ClaimgraphError('SOURCE_NOT_FOUND', `no ${ONTOLOGY_FILE} in ${dir} (is --dir the project directory?)`, { file: ONTOLOGY_FILE });
  }
  const ontology = loadOntology(join(dir, ONTOLOGY_FILE), ONTOLOGY_FILE);
  const entities = loadEntities(join(dir, ENTITIES_FILE), ENTITIES_FILE);
  const entityFacts = checkEntities(entities, ontology);
  return {
    dir, cache: join(dir, CACHE_DIR), fresh,
    project: { dir, ontology, entities, entityFacts, articles: [] },
    globalKey: sha(compilerVersion(), readOrEmpty(join(dir, ONTOLOGY_FILE)), readOrEmpty(join(dir, ENTITIES_FILE))),
  };
}

/**
 * An article's input key, and its cached info when that is still valid.
 *
 * @example
 * ```ts
 * const { key, info } = cachedInfo(ctx, 'freedonia-votes');
 * ```
 */
export function cachedInfo(ctx: BuildContext, id: string): { key: string; info?: ArticleInfo } {
  const base = join(ctx.dir, ARTICLES, id);
  const key = sha(ctx.globalKey, id, readOrEmpty(join(base, 'article.txt')), readOrEmpty(join(base, 'meta.yaml')), readOrEmpty(join(base, 'claims.yaml')));
  const cached = ctx.fresh ? undefined : readJson<ArticleInfo>(cacheFile(ctx.cache, id, 'info.json'));
  if (cached && cached.key === key && existsSync(cacheFile(ctx.cache, id, 'compiled.json'))) return { key, info: cached };
  return { key };
}

/**
 * Phase 1 for one article: its info from the cache when its inputs are unchanged, else compiled
 * (and cached). `compiled` tells which.
 *
 * @example
 * ```ts
 * const { info, compiled } = compileOne(ctx, 'freedonia-votes');
 * ```
 */
export function compileOne(ctx: BuildContext, id: string): { info: ArticleInfo; compiled: boolean } {
  const { key, info: cached } = cachedInfo(ctx, id);
  if (cached) return { info: cached, compiled: false };
  const input = loadArticle(ctx.dir, id);
  checkAuthor(input.meta, ctx.project.entities);
  const compiled = compileArticle(ctx.project, input);
  // The key travels inside each file, so a half-written entry is never taken for a valid one.
  writeFileSync(cacheFile(ctx.cache, id, 'compiled.json'), JSON.stringify({ key, compiled }));
  const info: ArticleInfo = { key, author: compiled.meta.author, groups: groupsOf(compiled.claims), partOf: membershipClaims(compiled.claims) };
  writeFileSync(cacheFile(ctx.cache, id, 'info.json'), JSON.stringify(info));
  return { info, compiled: true };
}

/** What phase 2 of one article needs from the whole corpus. */
export interface AssembleInput {
  id: string;
  info: ArticleInfo;
  chunkKey: string;
  /** Membership claims of other articles for this article's groups. */
  lent: CompiledClaim[];
}

/**
 * The membership claims of other articles that an article's group claims expand with.
 *
 * @example
 * ```ts
 * const lent = lentClaims(partOfByGroup, 'freedonia-votes', info.groups);
 * ```
 */
export function lentClaims(partOfByGroup: ReadonlyMap<string, CompiledClaim[]>, id: string, groups: string[]): CompiledClaim[] {
  return groups.flatMap((g) => (partOfByGroup.get(g) ?? []).filter((c) => c.article !== id));
}

/**
 * Phase 2 for one article: writes its sorted chunk (sentences, claims, expansions) unless the
 * cached chunk has the same key. Returns true when it assembled.
 *
 * @example
 * ```ts
 * assembleOne(ctx, { id, info, chunkKey, lent: [] });
 * ```
 */
export function assembleOne(ctx: BuildContext, a: AssembleInput): boolean {
  const chunk = cacheFile(ctx.cache, a.id, 'chunk');
  if (!ctx.fresh && chunkHeaderKey(chunk) === a.chunkKey) return false;
  const stored = readJson<{ key: string; compiled: CompiledArticle }>(cacheFile(ctx.cache, a.id, 'compiled.json'));
  let compiled: CompiledArticle;
  if (stored && stored.key === a.info.key) compiled = stored.compiled;
  else compiled = compileArticle(ctx.project, loadArticle(ctx.dir, a.id)); // cache entry lost meanwhile
  // Members of this article's groups may be stated elsewhere: those claims join the expansion
  // (membership, citations) but only this article's own quads are emitted.
  const built = assembleGraph(ctx.project, [{ ...compiled, claims: [...compiled.claims, ...a.lent] }], { entities: false, only: new Set([a.id]) });
  writeChunk(chunk, built.blocks, a.chunkKey);
  return true;
}

// ------------------------------------------------------------------ the build

/**
 * Builds `graph/claimgraph.ttl` of a project incrementally and in bounded memory; the output is
 * byte-identical to the in-memory build. Returns a summary with how many articles were compiled
 * and how many were reused from the cache. With `jobs` > 1, articles are compiled and
 * assembled by this thread and `jobs` - 1 worker threads (the merge stays in order, so the
 * output is the same).
 *
 * @example
 * ```ts
 * const s = await buildCorpus('.', { onProgress: (p) => console.error(p.phase, p.done, p.total) });
 * console.log(`${s.triples} triples, ${s.compiled} compiled, ${s.reused} reused`);
 * ```
 */
export async function buildCorpus(dir: string, opts: CorpusBuildOptions = {}): Promise<CorpusBuildSummary> {
  const t0 = Date.now();
  const fresh = opts.clean === true;
  const articlesDir = join(dir, ARTICLES);
  const ids = existsSync(articlesDir)
    ? readdirSync(articlesDir).filter((n) => !n.startsWith('.') && statSync(join(articlesDir, n)).isDirectory()).sort()
    : [];
  const progress = (phase: BuildProgress['phase'], done: number, total: number): void => opts.onProgress?.({ phase, done, total });
  // Worker threads only pay off with enough stale articles (starting one costs ~0.3 s).
  const maxJobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), 8));
  let pool: WorkerPool | undefined;
  const poolFor = (work: number): WorkerPool | undefined => {
    if (maxJobs < 2 || work < (opts.jobs ? 2 : 24) || !existsSync(fileURLToPath(WORKER_SCRIPT))) return undefined;
    // this thread takes tasks too: one worker fewer to start (each loads the project anew)
    pool ??= new WorkerPool(Math.min(maxJobs, work) - 1, dir, fresh);
    return pool;
  };
  // A clean build compiles every article: its workers start up while this thread loads the project.
  if (fresh) poolFor(ids.length);
  let ctx: BuildContext;
  try {
    ctx = buildContext(dir, fresh);
  } catch (err) {
    await (pool as WorkerPool | undefined)?.close();
    throw err;
  }
  const { cache, project } = ctx;
  // A clean build starts from an empty folder and deletes the old entries in the background:
  // overwriting a file the disk already holds waits for its blocks to be freed (measured: 2.7k
  // cache files took 1.6 s to overwrite, 0.4 s to write anew), which the workers would wait for.
  if (ctx.fresh && existsSync(join(cache, 'articles'))) renameSync(join(cache, 'articles'), join(cache, `${TRASH_PREFIX}${process.pid}-${Date.now()}`));
  mkdirSync(join(cache, 'articles'), { recursive: true });
  // The deletion waits for the merge: until then the compiling threads keep both cores busy,
  // and freeing a clean build's 150 MB of old entries (kernel time in libuv's threads) took CPU
  // from them; the merge runs on one thread and leaves a core to it.
  let trash: Promise<unknown> | undefined;
  const trashPaths = (): string[] => (existsSync(cache) ? readdirSync(cache).filter((n) => n.startsWith(TRASH_PREFIX)).map((n) => join(cache, n)) : []);
  const removeTrash = (): Promise<unknown> => Promise.all(trashPaths().map((p) => rm(p, { recursive: true, force: true }).catch(() => undefined)));
  const emptyTrash = (): Promise<unknown> => (trash ??= removeTrash());
  // The cache ignores itself: nothing to add to the project's .gitignore.
  if (!existsSync(join(cache, '.gitignore'))) writeFileSync(join(cache, '.gitignore'), '*\n');

  try {
    // Phase 1: compile changed articles; collect every article's membership claims.
    const infos = new Map<string, ArticleInfo>();
    const compiledIds: string[] = [];
    let done = 0;
    const onCompiled = (id: string, r: { info: ArticleInfo; compiled: boolean }): void => {
      infos.set(id, r.info);
      if (r.compiled) compiledIds.push(id);
      progress('compile', ++done, ids.length);
    };
    // A clean build has nothing to look up: the workers start at once.
    const stale: string[] = ctx.fresh ? [...ids] : [];
    if (!ctx.fresh) {
      for (const id of ids) {
        const { info } = cachedInfo(ctx, id);
        if (info) onCompiled(id, { info, compiled: false });
        else stale.push(id);
      }
    }
    const compilePool = poolFor(stale.length);
    if (compilePool) {
      await compilePool.run(stale.map((id) => ({ type: 'compile' as const, id })), (id, r) => onCompiled(id, r as { info: ArticleInfo; compiled: boolean }),
        (t) => compileOne(ctx, t.id));
    } else {
      for (const id of stale) onCompiled(id, compileOne(ctx, id));
    }
    compiledIds.sort();
    const tCompiled = Date.now();
    // Drop cache entries of deleted articles.
    for (const name of readdirSync(join(cache, 'articles'))) {
      const id = name.slice(0, name.indexOf('.'));
      if (!infos.has(id)) rmSync(join(cache, 'articles', name), { recursive: true, force: true });
    }

    // Corpus-wide membership, per group (partOf object).
    const partOfByGroup = new Map<string, CompiledClaim[]>();
    for (const id of ids) {
      for (const c of infos.get(id)!.partOf) {
        const g = (c.object as { id: string }).id;
        const list = partOfByGroup.get(g) ?? [];
        list.push(c);
        partOfByGroup.set(g, list);
      }
    }
    // Per group once: a group's membership is shared by every article expanding it.
    const groupKeys = new Map<string, string>();
    const groupKey = (g: string): string => {
      let k = groupKeys.get(g);
      if (k === undefined) groupKeys.set(g, (k = sha(g, JSON.stringify(partOfByGroup.get(g) ?? []))));
      return k;
    };
    const membershipKey = (groups: string[]): string => (groups.length ? sha(...groups.map(groupKey)) : '');

    // Phase 2: assemble each article's chunk (its sentences, claims, expansions) unless cached.
    const entityChunk = join(cache, 'entities.chunk');
    const entityKey = sha(ctx.globalKey, 'entities');
    if (ctx.fresh || chunkHeaderKey(entityChunk) !== entityKey) writeChunk(entityChunk, assembleGraph(project, []).blocks, entityKey);
    const inputs: Array<Omit<AssembleInput, 'lent'>> = ids.map((id) => {
      const info = infos.get(id)!;
      return { id, info, chunkKey: sha(info.key, membershipKey(info.groups)) };
    });
    const assembledIds: string[] = [];
    done = 0;
    const onAssembled = (id: string, assembled: boolean): void => {
      if (assembled) assembledIds.push(id);
      progress('assemble', ++done, ids.length);
    };
    const toAssemble: Array<Omit<AssembleInput, 'lent'>> = [];
    for (const a of inputs) {
      if (!ctx.fresh && chunkHeaderKey(cacheFile(cache, a.id, 'chunk')) === a.chunkKey) onAssembled(a.id, false);
      else toAssemble.push(a);
    }
    const assemblePool = poolFor(toAssemble.length);
    if (assemblePool) {
      // Each worker takes the membership once: the lent claims of every article would be
      // cloned per task (43 MB for the 1M-triple corpus).
      await assemblePool.broadcast({ type: 'membership', groups: [...partOfByGroup] });
      // every worker gets every task: without the membership claims, which it holds already
      const tasks = toAssemble.map((a) => ({ type: 'assemble' as const, id: a.id, input: { ...a, info: { ...a.info, partOf: [] } } }));
      await assemblePool.run(tasks, (id, r) => onAssembled(id, r as boolean),
        // this thread has the membership claims (the tasks' infos are stripped of them)
        (t) => t.type === 'assemble' && assembleOne(ctx, { ...t.input, info: infos.get(t.id)!, lent: lentClaims(partOfByGroup, t.id, t.input.info.groups) }));
    } else {
      for (const a of toAssemble) onAssembled(a.id, assembleOne(ctx, { ...a, lent: lentClaims(partOfByGroup, a.id, a.info.groups) }));
    }
    const chunkKeys = inputs.map((a) => a.chunkKey);
    const tAssembled = Date.now();
    // Phase 3: merge the chunks into the Turtle file (skipped when nothing changed at all).
    const out = join(dir, GRAPH_FILE);
    const manifestKey = sha(entityKey, ...ids, ...chunkKeys);
    const manifest = readJson<{ key: string; sha256: string; size: number; mtimeMs: number; triples: number; claims: number; groupClaims: number }>(join(cache, 'manifest.json'));
    let triples = 0;
    let claims = 0;
    let groupClaims = 0;
    let changed = true;
    let merged = false;
    let sha256: string | undefined;
    let indexJob: IndexJob | undefined;
    const segments = [{ path: `${entityChunk}.ix`, key: entityKey }, ...ids.map((id, i) => ({ path: `${cacheFile(cache, id, 'chunk')}.ix`, key: chunkKeys[i]! }))];
    if (!ctx.fresh && manifest && manifest.key === manifestKey && existsSync(out) && statSync(out).size === manifest.size && statSync(out).mtimeMs === manifest.mtimeMs) {
      ({ triples, claims, groupClaims, sha256 } = manifest);
      changed = false;
    } else {
      merged = true;
      // the graph's index is laid out from the chunks' segments alongside the merge
      indexJob = startIndexJob(dir, segments);
      // An idle worker deletes them when there is one: the walk through the folders is
      // JavaScript, which would take turns with the merge on this thread.
      const paths = trashPaths();
      if (pool && paths.length) trash ??= pool.ask({ type: 'remove', paths }).catch(() => undefined).then(removeTrash);
      else void emptyTrash();
      removeStaleTemps(out); // left by a build killed mid-write
      const tmp = `${out}.tmp-${process.pid}-${Date.now()}`;
      const sink = new FileSink(tmp);
      try {
        sink.write(turtleHeader());
        const heap = new ReaderHeap();
        const chunkFiles = [entityChunk, ...ids.map((id) => cacheFile(cache, id, 'chunk'))];
        for (const f of chunkFiles) {
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
            progress('merge', triples, NaN);
          }
        }
        await sink.end();
      } catch (err) {
        await sink.abort();
        await indexJob?.cancel();
        try { unlinkSync(tmp); } catch { /* gone */ }
        throw err instanceof ClaimgraphError ? err : new ClaimgraphError('IO', `cannot write ${GRAPH_FILE}: ${(err as Error).message}`, { file: GRAPH_FILE }, { cause: err });
      }
      const digest = sink.hash.digest('hex');
      // The manifest knows the current file's hash while its size and mtime are the ones it saw.
      const outStat = existsSync(out) ? statSync(out) : undefined;
      const before = !outStat ? ''
        : manifest?.sha256 && outStat.size === manifest.size && outStat.mtimeMs === manifest.mtimeMs ? manifest.sha256
          : createHash('sha256').update(readFileSync(out)).digest('hex');
      if (before === digest) {
        unlinkSync(tmp);
        changed = false;
      } else {
        renameSync(tmp, out);
      }
      const st = statSync(out);
      writeFileSync(join(cache, 'manifest.json'), JSON.stringify({ key: manifestKey, sha256: digest, size: st.size, mtimeMs: st.mtimeMs, triples, claims, groupClaims }));
      sha256 = digest;
    }
    // The graph's index (src/index-store) from the chunks' segments, or kept when current.
    const index = indexJob ? await indexJob.finish(sha256) : await ensureIndex(dir, { sha256, segments });
    return {
      file: GRAPH_FILE, triples, articles: ids.length, claims, groupClaims, changed,
      compiled: compiledIds.length, reused: ids.length - compiledIds.length, assembled: assembledIds.length,
      compiledArticles: compiledIds, merged, index, ms: Date.now() - t0,
      phases: { compileMs: tCompiled - t0, assembleMs: tAssembled - tCompiled, mergeMs: Date.now() - tAssembled },
    };
  } finally {
    await emptyTrash();
    await (pool as WorkerPool | undefined)?.close();
  }
}

// ------------------------------------------------------------------ worker threads

/** A task for a build worker (see build-worker.ts). */
export type BuildTask =
  | { type: 'compile'; id: string }
  | { type: 'assemble'; id: string; input: Omit<AssembleInput, 'lent'> };

/**
 * What the main thread sends a build worker: the membership claims (before the assemble tasks),
 * or a list of tasks that the workers share. Each worker takes the next task itself (`next`
 * counts the tasks taken): no round trip through the main thread per article.
 */
export type BuildMessage =
  | { type: 'membership'; groups: Array<[string, CompiledClaim[]]> }
  | { type: 'remove'; paths: string[] }
  | { type: 'run'; tasks: BuildTask[]; next: SharedArrayBuffer };

/** A build worker's answer: results of tasks (`done` with its last), or an error to rethrow as it was. */
export type BuildAnswer =
  | { ok: true; results: Array<[string, unknown]>; done: boolean }
  | { ok: false; id: string; error: { code?: string; message: string; location?: Record<string, unknown>; stack?: string } };

/** The worker's compiled module (absent when running from TypeScript sources: then no threads). */
// ../corpus/ rather than ./ so the path also holds from the one-file bundle in dist/cli/
const WORKER_SCRIPT = new URL('../corpus/build-worker.js', import.meta.url);

const YOUNG_GENERATION_MB = 64;

/** Fixed-size pool of build workers sharing a task list (the slow articles do not stall the rest). */
class WorkerPool {
  private readonly workers: Worker[];

  constructor(size: number, dir: string, fresh: boolean) {
    // A young generation larger than V8's default for a worker: an article's assembly makes
    // tens of MB of short-lived objects while its graph is alive, and scavenges (copying that
    // graph again each time) took 0.6-0.9 s of a worker's 4 s at 1M triples; about a third
    // less with 64 MB. Peak RSS grows by ~100 MB per worker, not with the corpus.
    this.workers = Array.from({ length: size }, () => new (workerThreads().Worker)(WORKER_SCRIPT, {
      workerData: { dir, fresh }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    }));
  }

  /**
   * Runs every task; `onResult` sees results as they come. Rejects on the first error. This
   * thread takes tasks from the same list with `local`, between the workers' answers.
   */
  run(tasks: BuildTask[], onResult: (id: string, result: unknown) => void, local: (task: BuildTask) => unknown): Promise<void> {
    const next = new SharedArrayBuffer(4);
    return new Promise<void>((resolve, reject) => {
      let running = this.workers.length + 1;
      const counter = new Int32Array(next);
      const runLocal = (): void => {
        if (failed) return;
        const i = Atomics.add(counter, 0, 1);
        if (i >= tasks.length) {
          if (--running === 0) {
            settle();
            resolve();
          }
          return;
        }
        try {
          onResult(tasks[i].id, local(tasks[i]));
        } catch (err) {
          fail(err as Error);
          return;
        }
        // the workers' answers are taken between two tasks
        setImmediate(runLocal);
      };
      let failed = false;
      const settle = (): void => {
        for (const x of this.workers) x.removeAllListeners('message').removeAllListeners('error');
      };
      const fail = (err: Error): void => {
        failed = true;
        // the other workers take no further task
        Atomics.store(new Int32Array(next), 0, tasks.length);
        settle();
        reject(err);
      };
      for (const w of this.workers) {
        w.on('message', (m: BuildAnswer) => {
          if (failed) return;
          if (!m.ok) {
            fail(reviveError(m.error));
            return;
          }
          for (const [id, result] of m.results) onResult(id, result);
          if (m.done && --running === 0) {
            settle();
            resolve();
          }
        });
        w.on('error', (err) => { if (!failed) fail(err); });
        w.postMessage({ type: 'run', tasks, next } satisfies BuildMessage);
      }
      runLocal();
    });
  }

  /** Sends every worker the same message; resolves when all have answered. */
  broadcast(message: BuildMessage): Promise<void> {
    return Promise.all(this.workers.map((w) => this.askOne(w, message))).then(() => undefined);
  }

  /** Sends the first worker a message (while no tasks run); resolves when it has answered. */
  ask(message: BuildMessage): Promise<void> {
    return this.askOne(this.workers[0], message);
  }

  private askOne(w: Worker, message: BuildMessage): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onError = (err: Error): void => {
        w.off('message', onMessage);
        reject(err);
      };
      const onMessage = (m: BuildAnswer): void => {
        w.off('error', onError);
        if (m.ok) resolve();
        else reject(reviveError(m.error));
      };
      w.once('message', onMessage);
      w.once('error', onError);
      w.postMessage(message);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function reviveError(e: { code?: string; message: string; location?: Record<string, unknown>; stack?: string }): Error {
  if (e.code) {
    const err = new ClaimgraphError(e.code as never, '', e.location ?? {});
    // The message already carries its location: keep it as the worker formatted it.
    err.message = e.message;
    return err;
  }
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}
