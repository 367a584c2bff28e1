/**
 * A built graph read from its index file: the n3 Store look-ups claimgraph uses (`getQuads`,
 * `countQuads`, `getSubjects`, `getObjects`, `size`) and the RDF/JS `Source` interface
 * (`match`, with `countQuads` for Comunica's join planning), without loading the graph.
 *
 * Terms are found by binary search in the sorted term table and decoded on first use (then
 * kept); a pattern is a range of one of the three sorted triple orders. The graph is the
 * default graph: a pattern naming another graph matches nothing.
 */
import type * as RDF from '@rdfjs/types';
import N3 from 'n3';
import { BLOCK_TERMS, IndexFile, ORDERS, PAGE_ROWS, type OrderName } from './format.js';
import { smallStore } from '../graph/store.js';
import { partitionPoint } from '../partition-point.js';

/** A term as n3's Store takes it: an RDF/JS term, an n3 id string (an IRI as it is), or any. */
export type TermArg = RDF.Term | string | null | undefined;

const DEFAULT_GRAPH = N3.DataFactory.defaultGraph();

/** Quads a `match` stream hands over at a time. */
const MATCH_CHUNK = 256;
/**
 * How many chunks `match` streams hand over before letting the event loop run (a few ms of
 * work). Counted, not timed: where a stream pauses decides how Comunica interleaves a UNION's
 * branches, so a pause decided by the clock would let a UNION under LIMIT keep other rows on a
 * busy machine (tests/index-store/yield.test.ts).
 */
export const YIELD_EVERY_CHUNKS = 16;
/** Chunks handed over since `match` streams last let the event loop run (shared: one evaluation reads many streams). */
let sinceYield = 0;

/**
 * The graph of an index file, read-only.
 *
 * @example
 * ```ts
 * const graph = IndexGraph.open('graph/.index/claimgraph.cgi');
 * graph.countQuads(null, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', null, null);
 * await engine.queryBindings('SELECT * { ?s ?p ?o } LIMIT 1', { sources: [graph] });
 * ```
 */
export class IndexGraph {
  /** Which store holds the graph (n3's Store has no such field). */
  readonly backend = 'index' as const;
  readonly file: IndexFile;
  readonly #terms: (RDF.Term | undefined)[];
  readonly #ids = new Map<string, number>();
  #abandoned = false;
  /** Triples held beside the file (the ontology, `addQuads`), none of them in the file. */
  #extra: N3.Store | undefined;
  /**
   * The n3 ids of the subjects, predicates and objects of `#extra`: a pattern with a bound
   * position none of them holds cannot match there, and is not asked (looking every pattern up
   * in `#extra` too had cost a fresh `members-of --cite` at 1M triples ~0.1 s).
   */
  readonly #extraTerms: [Set<string>, Set<string>, Set<string>] = [new Set(), new Set(), new Set()];

  constructor(file: IndexFile) {
    this.file = file;
    this.#terms = new Array(file.header.terms);
  }

  /**
   * Opens an index file (see `openIndex` in src/index-store/index.ts for the checks against the
   * Turtle it was built from). Throws `IndexUnusable` for a damaged or foreign file.
   */
  static open(path: string): IndexGraph {
    return new IndexGraph(IndexFile.open(path));
  }

  /** Number of triples. */
  get size(): number {
    return this.file.header.triples + (this.#extra?.size ?? 0);
  }

  /**
   * Adds triples of the default graph held in memory beside the file (the ontology, queried with
   * the data): every look-up answers over both. A triple the file already holds is not added
   * again, so counts and SPARQL answers are those of the union as a set.
   *
   * @example
   * ```ts
   * graph.addQuads(ontologyQuads('.') ?? []);
   * ```
   */
  addQuads(quads: Iterable<RDF.Quad>): void {
    // the ontology's ~1,200 triples: a store set up for small graphs fills ~3x faster
    const extra = (this.#extra ??= smallStore());
    for (const q of quads) {
      if (q.graph.termType !== 'DefaultGraph') continue;
      if (this.#count(q.subject, q.predicate, q.object, q.graph) === 0 && extra.addQuad(q as N3.Quad)) {
        this.#extraTerms[0].add(N3.termToId(q.subject as N3.Term));
        this.#extraTerms[1].add(N3.termToId(q.predicate as N3.Term));
        this.#extraTerms[2].add(N3.termToId(q.object as N3.Term));
      }
    }
  }

  /** Whether triples are held beside the file (`addQuads`). */
  get hasExtra(): boolean {
    return (this.#extra?.size ?? 0) > 0;
  }

  /** The pattern for the in-memory triples: a variable (SPARQL's) is any term there too. */
  #extraArgs(s: TermArg, p: TermArg, o: TermArg, g: TermArg): [N3.Term | null, N3.Term | null, N3.Term | null, N3.Term | null] | undefined {
    if (!this.#extra || this.#abandoned) return undefined;
    const arg = (t: TermArg): N3.Term | null =>
      t === null || t === undefined || (typeof t !== 'string' && t.termType === 'Variable') ? null : typeof t === 'string' ? N3.termFromId(t) as N3.Term : t as N3.Term;
    const args: [N3.Term | null, N3.Term | null, N3.Term | null, N3.Term | null] = [arg(s), arg(p), arg(o), arg(g)];
    for (let i = 0; i < 3; i++) {
      const t = args[i];
      if (t && !this.#extraTerms[i]!.has(N3.termToId(t))) return undefined;
    }
    return args;
  }

  /** Every quad matching the pattern (null, undefined or a variable: any term). */
  getQuads(s?: TermArg, p?: TermArg, o?: TermArg, g?: TermArg): RDF.Quad[] {
    const out: RDF.Quad[] = [];
    this.#scan(s, p, o, g, (rows, i) => {
      out.push(N3.DataFactory.quad(this.term(rows[i]!) as RDF.Quad_Subject, this.term(rows[i + 1]!) as RDF.Quad_Predicate, this.term(rows[i + 2]!) as RDF.Quad_Object, DEFAULT_GRAPH));
    });
    const x = this.#extraArgs(s, p, o, g);
    if (x) out.push(...this.#extra!.getQuads(...x));
    return out;
  }

  /** Number of quads matching the pattern (exact). */
  countQuads(s?: TermArg, p?: TermArg, o?: TermArg, g?: TermArg): number {
    const x = this.#extraArgs(s, p, o, g);
    return this.#count(s, p, o, g) + (x ? this.#extra!.countQuads(...x) : 0);
  }

  #count(s: TermArg, p: TermArg, o: TermArg, g: TermArg): number {
    const r = this.#range(s, p, o, g);
    return r ? r.end - r.start : 0;
  }

  /** Distinct subjects of the matching quads. */
  getSubjects(p?: TermArg, o?: TermArg, g?: TermArg): RDF.Term[] {
    return this.#distinct(null, p, o, g, 0);
  }

  /** Distinct predicates of the matching quads. */
  getPredicates(s?: TermArg, o?: TermArg, g?: TermArg): RDF.Term[] {
    return this.#distinct(s, null, o, g, 1);
  }

  /** Distinct objects of the matching quads. */
  getObjects(s?: TermArg, p?: TermArg, g?: TermArg): RDF.Term[] {
    return this.#distinct(s, p, null, g, 2);
  }

  /**
   * True when `callback` is true for some matching quad; stops reading there (as n3's
   * `Store.some`: a hub entity's claims need not all be decoded to show the first few).
   */
  some(callback: (quad: RDF.Quad) => boolean, s?: TermArg, p?: TermArg, o?: TermArg, g?: TermArg): boolean {
    let found = false;
    this.#scan(s, p, o, g, (rows, i) => {
      found = callback(N3.DataFactory.quad(this.term(rows[i]!) as RDF.Quad_Subject, this.term(rows[i + 1]!) as RDF.Quad_Predicate, this.term(rows[i + 2]!) as RDF.Quad_Object, DEFAULT_GRAPH));
      return found;
    });
    if (found) return true;
    const x = this.#extraArgs(s, p, o, g);
    return x ? this.#extra!.some(callback as (q: N3.Quad) => boolean, ...x) : false;
  }

  /**
   * RDF/JS `Source.match`: the matching quads as a stream (Comunica wraps it). The stream hands
   * them over in chunks and, every {@link YIELD_EVERY_CHUNKS} chunks, lets the event loop run
   * (`setImmediate`): Comunica's evaluation is a chain of promises, which would otherwise keep
   * timers and messages (src/query/hedge.ts: the CPU clock, the loaded graph's answer) waiting
   * until it ends. Once the graph is abandoned, a stream ends at its next chunk.
   */
  match(s?: TermArg, p?: TermArg, o?: TermArg, g?: TermArg): RDF.Stream<RDF.Quad> {
    const quads = this.getQuads(s, p, o, g);
    const { Readable } = process.getBuiltinModule('node:stream') as typeof import('node:stream');
    let next = 0;
    const stream = new Readable({
      objectMode: true,
      highWaterMark: MATCH_CHUNK,
      read: () => {
        const push = () => {
          if (this.#abandoned) next = quads.length;
          const end = Math.min(quads.length, next + MATCH_CHUNK);
          while (next < end) stream.push(quads[next++]);
          if (next >= quads.length) stream.push(null);
        };
        if (++sinceYield < YIELD_EVERY_CHUNKS) return push();
        setImmediate(() => {
          sinceYield = 0;
          push();
        });
      },
    });
    return stream as unknown as RDF.Stream<RDF.Quad>;
  }

  /** The term with this number (decoded once). */
  term(id: number): RDF.Term {
    let t = this.#terms[id];
    if (t === undefined) this.#terms[id] = t = N3.termFromId(this.file.termText(Math.floor(id / BLOCK_TERMS), id % BLOCK_TERMS)) as RDF.Term;
    return t;
  }

  /** The number of a term, or -1 when the graph does not hold it. */
  idOf(term: RDF.Term | string): number {
    const key = typeof term === 'string' ? term : N3.termToId(term as N3.Term);
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#search(key);
      if (this.#ids.size > 100_000) this.#ids.clear();
      this.#ids.set(key, id);
    }
    return id;
  }

  /** Releases the file: terms and pages already read stay usable, others can no longer be read. */
  close(): void {
    this.file.close();
  }

  /**
   * Makes every later look-up match nothing: an evaluation still running over this graph (one
   * given up for taking too long, whose answer is never used) then ends at once instead of
   * competing for the thread. (Throwing instead reached Comunica streams with no error
   * listener and ended the process.)
   */
  abandon(): void {
    this.#abandoned = true;
  }

  // The term table is sorted in JavaScript string order (as Array.prototype.sort leaves it):
  // the block is the last whose first term is not after the key, then a search in the block.
  #search(key: string): number {
    const fences = this.file.termFences;
    const block = partitionPoint(fences.length, (i) => fences[i]! <= key) - 1;
    if (block < 0) return -1;
    const size = this.file.blockSize(block);
    const i = partitionPoint(size, (k) => this.file.termText(block, k) < key);
    return i < size && this.file.termText(block, i) === key ? block * BLOCK_TERMS + i : -1;
  }

  /** The bound number of a pattern position: undefined for any, -1 for a term not in the graph. */
  #bound(t: TermArg): number | undefined {
    if (t === null || t === undefined) return undefined;
    if (typeof t === 'string') return this.idOf(t);
    if (t.termType === 'Variable') return undefined;
    if (t.termType === 'Quad' || t.termType === 'DefaultGraph') return -1;
    return this.idOf(t);
  }

  /**
   * The rows of one sorted order holding the pattern's matches (row numbers, end excluded):
   * every combination of bound positions is a prefix of spo, pos or osp, so the matches are one
   * contiguous range. Undefined: nothing can match.
   */
  #range(s: TermArg, p: TermArg, o: TermArg, g: TermArg): { order: OrderName; start: number; end: number } | undefined {
    if (this.#abandoned) return undefined;
    // the graph is the default graph
    if (typeof g === 'string' ? g !== '' : g !== null && g !== undefined && g.termType !== 'Variable' && g.termType !== 'DefaultGraph') return undefined;
    const sb = this.#bound(s), pb = this.#bound(p), ob = this.#bound(o);
    if (sb === -1 || pb === -1 || ob === -1) return undefined;
    // the order whose leading columns are the bound positions
    let order: OrderName;
    let keys: number[];
    if (sb !== undefined) {
      if (pb !== undefined) [order, keys] = ['spo', ob !== undefined ? [sb, pb, ob] : [sb, pb]];
      else if (ob !== undefined) [order, keys] = ['osp', [ob, sb]];
      else [order, keys] = ['spo', [sb]];
    } else if (pb !== undefined) [order, keys] = ['pos', ob !== undefined ? [pb, ob] : [pb]];
    else if (ob !== undefined) [order, keys] = ['osp', [ob]];
    else return { order: 'spo', start: 0, end: this.file.header.triples };
    const start = this.#bound2(order, keys, false);
    // a whole triple (citation asks thousands: "does claim c have this predicate?") is at most
    // one row: the row found, when it is that triple; no second search for the end
    if (keys.length === 3) return { order, start, end: start + (this.#rowIs(order, start, keys) ? 1 : 0) };
    return { order, start, end: this.#bound2(order, keys, true) };
  }

  /**
   * The first row whose leading columns are >= keys (`after`: > keys). The page fences (each
   * page's first row, held in memory) narrow it to one page, the only one read.
   */
  #bound2(order: OrderName, keys: readonly number[], after: boolean): number {
    const cols = ORDERS[order];
    const before = (rows: Uint32Array, at: number): boolean => {
      for (let k = 0; k < keys.length; k++) {
        const d = rows[at + cols[k]!]! - keys[k]!;
        if (d !== 0) return d < 0;
      }
      return after;
    };
    // the first row (of 3 numbers) of `rows` not before the bound
    const firstNotBefore = (rows: Uint32Array): number => partitionPoint(rows.length / 3, (i) => before(rows, i * 3));
    // pages before `lo` start before the bound; the bound is in page lo - 1 or at page lo's start
    const lo = firstNotBefore(this.file.fences[order]);
    if (lo === 0) return 0;
    const page = lo - 1;
    return page * PAGE_ROWS + firstNotBefore(this.file.page(order, page));
  }

  /** Whether row `row` of an order (if there is one) has these leading columns. */
  #rowIs(order: OrderName, row: number, keys: readonly number[]): boolean {
    if (row >= this.file.header.triples) return false;
    const page = Math.floor(row / PAGE_ROWS);
    const rows = this.file.page(order, page);
    const at = (row - page * PAGE_ROWS) * 3;
    const cols = ORDERS[order];
    for (let k = 0; k < keys.length; k++) if (rows[at + cols[k]!] !== keys[k]) return false;
    return true;
  }

  /** Calls `each` with every matching row (its page and offset) in order; `each` returning true stops the scan. */
  #scan(s: TermArg, p: TermArg, o: TermArg, g: TermArg, each: (rows: Uint32Array, i: number) => boolean | void): void {
    const r = this.#range(s, p, o, g);
    if (!r) return;
    for (let row = r.start; row < r.end;) {
      const page = Math.floor(row / PAGE_ROWS);
      const rows = this.file.page(r.order, page);
      const stop = Math.min(r.end, (page + 1) * PAGE_ROWS);
      for (; row < stop; row++) if (each(rows, (row - page * PAGE_ROWS) * 3) === true) return;
    }
  }

  #distinct(s: TermArg, p: TermArg, o: TermArg, g: TermArg, col: number): RDF.Term[] {
    const seen = new Set<number>();
    this.#scan(s, p, o, g, (rows, i) => void seen.add(rows[i + col]!));
    const terms = [...seen].map((id) => this.term(id));
    const x = this.#extraArgs(s, p, o, g);
    if (x) {
      const keys = new Set(terms.map((t) => N3.termToId(t as N3.Term)));
      for (const q of this.#extra!.getQuads(...x)) {
        const t = [q.subject, q.predicate, q.object][col]!;
        const k = N3.termToId(t);
        if (!keys.has(k)) {
          keys.add(k);
          terms.push(t);
        }
      }
    }
    return terms;
  }
}

/**
 * True when a value is an {@link IndexGraph}.
 *
 * @example
 * ```ts
 * isIndexGraph(await loadQueryGraph('.')); // true when the index was current
 * ```
 */
export function isIndexGraph(x: unknown): x is IndexGraph {
  return x instanceof IndexGraph;
}
