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
import { createReadStream, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import N3 from 'n3';
import type * as RDF from '@rdfjs/types';
import { prepareIndex, writePreparedIndex, type PreparedIndex, type TurtleStamp } from './format.js';

const SEGMENT_FORMAT = 1;

/** One subject's triples, as the graph stage hands them to the chunk writer. */
export interface TripleBlock {
  subject: RDF.Term;
  predicates: readonly RDF.Term[];
  objects: readonly RDF.Term[];
}

/**
 * Writes the segment of a chunk: `path` (beside the chunk), the chunk's `key`, its blocks.
 * Layout: u32 length of a JSON header `{ format, key, terms }` (terms as n3 ids), the header,
 * padding to 4 bytes, then u32 triples as indexes into `terms`.
 *
 * @example
 * ```ts
 * writeSegment(`${chunkPath}.ix`, built.blocks, chunkKey);
 * ```
 */
export function writeSegment(path: string, blocks: readonly TripleBlock[], key: string): void {
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
  const json = Buffer.from(JSON.stringify({ format: SEGMENT_FORMAT, key, terms }), 'utf8');
  const pad = (4 - ((4 + json.length) % 4)) % 4;
  const head = Buffer.alloc(4);
  head.writeUInt32LE(json.length, 0);
  writeFileSync(path, Buffer.concat([head, json, Buffer.alloc(pad), new Uint8Array(triples.buffer)]));
}

/** Reads a segment; undefined when it is missing, damaged or not the one for `key`. */
function readSegment(path: string, key: string): { terms: string[]; triples: Uint32Array } | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return undefined;
  }
  if (buf.length < 4) return undefined;
  const len = buf.readUInt32LE(0);
  if (4 + len > buf.length) return undefined;
  let head: { format?: number; key?: string; terms?: string[] };
  try {
    head = JSON.parse(buf.toString('utf8', 4, 4 + len)) as typeof head;
  } catch {
    return undefined;
  }
  if (head.format !== SEGMENT_FORMAT || head.key !== key || !Array.isArray(head.terms)) return undefined;
  const start = 4 + len + ((4 - ((4 + len) % 4)) % 4);
  if ((buf.length - start) % 12 !== 0) return undefined;
  // copied out: the file's Buffer may sit at an offset no Uint32Array can start at
  const triples = new Uint32Array(buf.buffer.slice(buf.byteOffset + start, buf.byteOffset + buf.length));
  const terms = head.terms;
  for (let i = 0; i < triples.length; i++) if (triples[i]! >= terms.length) return undefined;
  return { terms, triples };
}

/** Terms numbered in order of first sight, and triples as those numbers (a growing array). */
class TermTable {
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  triples = new Uint32Array(3 << 16);
  length = 0;

  id(k: string): number {
    let i = this.ids.get(k);
    if (i === undefined) {
      i = this.terms.length;
      this.ids.set(k, i);
      this.terms.push(k);
    }
    return i;
  }

  add(s: number, p: number, o: number): void {
    if (this.length + 3 > this.triples.length) {
      const next = new Uint32Array(this.triples.length * 2);
      next.set(this.triples);
      this.triples = next;
    }
    this.triples[this.length++] = s;
    this.triples[this.length++] = p;
    this.triples[this.length++] = o;
  }

  /** The index laid out (terms renumbered in sorted order). */
  prepare(): PreparedIndex {
    const sorted = [...this.terms].sort();
    const rank = new Map<string, number>();
    for (let i = 0; i < sorted.length; i++) rank.set(sorted[i]!, i);
    const remap = new Uint32Array(this.terms.length);
    for (let i = 0; i < this.terms.length; i++) remap[i] = rank.get(this.terms[i]!)!;
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
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    writePreparedIndex(tmp, prepared, stamp);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return { triples: prepared.triples, terms: prepared.terms };
}

/**
 * Lays out the index from chunk segments (each path with the key it must carry); undefined when
 * a segment is missing or stale.
 *
 * @example
 * ```ts
 * const prepared = prepareFromSegments([{ path: `${chunk}.ix`, key: chunkKey }]);
 * ```
 */
export function prepareFromSegments(segments: ReadonlyArray<{ path: string; key: string }>): PreparedIndex | undefined {
  const table = new TermTable();
  for (const seg of segments) {
    const s = readSegment(seg.path, seg.key);
    if (!s) return undefined;
    const map = new Uint32Array(s.terms.length);
    for (let i = 0; i < s.terms.length; i++) map[i] = table.id(s.terms[i]!);
    const t = s.triples;
    for (let i = 0; i < t.length; i += 3) table.add(map[t[i]!]!, map[t[i + 1]!]!, map[t[i + 2]!]!);
  }
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
