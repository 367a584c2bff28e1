/**
 * The built graph held in Oxigraph (npm `oxigraph`, the Rust engine compiled to WebAssembly),
 * for graphs too large for Comunica to join over an n3 Store at interactive speed.
 *
 * Why: measured on the bench's 1M-triple corpus, Comunica over an n3 Store took 14.5 s to load
 * and 0.3-10+ s for the named queries' joins, where Oxigraph loads the same Turtle in ~7.5 s and
 * answers in 1-700 ms. A SELECT or ASK goes to this store whole, asked directly
 * (src/query/run.ts `answerWhole`); Comunica hands a CONSTRUCT or DESCRIBE to it whole through a
 * query source (src/query/pushdown.ts, the design it uses for SPARQL endpoints), and evaluates
 * itself, over this store, the shapes where Oxigraph departs from the spec. The same object is an RDF/JS `Source` (`match`), so
 * Comunica can also evaluate pattern by pattern when a query needs it (a `SERVICE` clause), and
 * it has the n3 Store look-ups citation uses (`getQuads`, `countQuads`, ...).
 *
 * Terms leave this module as plain RDF/JS terms (rdf-data-factory): Oxigraph's own terms are
 * handles into WebAssembly memory whose getters decode a string on every read.
 */
import type * as RDF from '@rdfjs/types';
import rdfDataFactory from 'rdf-data-factory';
import { beforeBlocking } from '../blocking.js';
import { ClaimgraphError } from '../errors.js';
import { commonJs } from './engine.js';

/** The part of the `oxigraph` package this module uses. */
interface OxigraphModule {
  Store: new () => OxStore;
  namedNode(value: string): unknown;
  blankNode(value: string): unknown;
  literal(value: string, languageOrDatatype?: unknown): unknown;
  defaultGraph(): unknown;
  fromTerm(term: unknown): unknown;
  fromQuad(quad: unknown): unknown;
}
interface OxStore {
  readonly size: number;
  load(input: string, options: { format: string; base_iri?: string }): void;
  add(quad: unknown): void;
  match(s?: unknown, p?: unknown, o?: unknown, g?: unknown): RDF.Quad[];
  query(query: string, options?: { base_iri?: string; results_format?: string }): boolean | Map<string, RDF.Term>[] | RDF.Quad[] | string;
}

const DF = new rdfDataFactory.DataFactory();

let modulePromise: Promise<OxigraphModule> | undefined;

/** Imports Oxigraph once per process (compiling its WebAssembly takes ~60 ms). */
function oxigraph(): Promise<OxigraphModule> {
  modulePromise ??= import('oxigraph').then(
    (m) => commonJs(m) as unknown as OxigraphModule,
    (err: unknown) => {
      throw new ClaimgraphError('IO', `cannot load the oxigraph package (${(err as Error).message.split('\n')[0]}); run \`npm install\`, or query with --store n3`, {}, { cause: err });
    },
  );
  return modulePromise;
}

/**
 * An RDF graph held in Oxigraph, read-only, with the read API of an n3 Store that claimgraph
 * uses and the RDF/JS `Source` interface.
 *
 * @example
 * ```ts
 * const graph = await OxigraphGraph.fromTurtle(readFileSync('graph/claimgraph.ttl', 'utf8'));
 * graph.size; // triples
 * const result = await runQuery(graph, 'SELECT ?c WHERE { ?c a cg:Claim } LIMIT 3');
 * ```
 */
export class OxigraphGraph {
  /** Which store holds the graph (n3's Store has no such field). */
  readonly backend = 'oxigraph' as const;
  readonly #ox: OxigraphModule;
  readonly #store: OxStore;

  private constructor(ox: OxigraphModule, store: OxStore) {
    this.#ox = ox;
    this.#store = store;
  }

  /**
   * Parses Turtle (or another RDF syntax Oxigraph reads, by media type) into a new graph.
   * A syntax error is thrown as Oxigraph reports it (with line and column).
   *
   * @example
   * ```ts
   * const graph = await OxigraphGraph.fromTurtle('<http://ex/a> <http://ex/p> 1 .');
   * ```
   */
  static async fromTurtle(text: string, format = 'text/turtle'): Promise<OxigraphGraph> {
    const ox = await oxigraph();
    const store = new ox.Store();
    // WebAssembly: the load holds the thread until it ends
    beforeBlocking();
    store.load(text, { format });
    return new OxigraphGraph(ox, store);
  }

  /**
   * Adds quads (before the first query: the look-up columns are built from what is loaded then).
   *
   * @example
   * ```ts
   * graph.addQuads(new N3.Parser().parse(ontologyText));
   * ```
   */
  addQuads(quads: RDF.Quad[]): void {
    if (this.#columns.size > 0 || this.#lookups.size > 0) throw new ClaimgraphError('INTERNAL', 'internal: quads added to an Oxigraph graph after it was queried');
    for (const q of quads) this.#store.add(this.#ox.fromQuad(q));
  }

  /** Number of triples (quads) in the graph. */
  get size(): number {
    return this.#store.size;
  }

  /**
   * Runs a whole SPARQL query in Oxigraph. Solutions come back as rows of plain RDF/JS terms
   * (unbound variables absent), graphs as plain quads. `form` says what the query returns when
   * the caller knows it (SELECT: `bindings`), which lets solutions travel as one TSV string.
   *
   * @example
   * ```ts
   * graph.query('ASK { ?s ?p ?o }'); // true
   * graph.query('SELECT * { ?s ?p ?o } LIMIT 1', undefined, 'bindings'); // [Map { 's' => ..., ... }]
   * ```
   */
  query(sparql: string, baseIRI?: string, form?: 'bindings' | 'boolean' | 'quads'): boolean | Map<string, RDF.Term>[] | RDF.Quad[] {
    const options: { base_iri?: string; results_format?: string } = baseIRI ? { base_iri: baseIRI } : {};
    // the evaluation holds the thread until it ends
    beforeBlocking();
    if (form === 'bindings') {
      // Reading each term's fields through WebAssembly getters costs ~10 us a term (158 rows x
      // 7 terms: 11 ms of a 22 ms query); parsing Oxigraph's TSV of the same solutions ~1 us.
      const tsv = this.#store.query(sparql, { ...options, results_format: 'text/tab-separated-values' });
      if (typeof tsv === 'string') return parseTsvResults(tsv);
    }
    const raw = this.#store.query(sparql, options) as boolean | Map<string, RDF.Term>[] | RDF.Quad[];
    if (typeof raw === 'boolean') return raw;
    const memo = new Map<string, RDF.Term>();
    return raw.map((x) => {
      if (!(x instanceof Map)) return plainQuad(x, memo);
      const row = new Map<string, RDF.Term>();
      for (const [k, t] of x) row.set(k, plainTerm(t, memo));
      return row;
    }) as Map<string, RDF.Term>[] | RDF.Quad[];
  }

  /**
   * Runs a whole SELECT in Oxigraph and returns its solutions as plain rows (variable name to
   * term, unbound variables absent) with the variables Oxigraph projects, in its order. Rows are
   * read straight from Oxigraph's TSV: no `Map` per row in between.
   *
   * @example
   * ```ts
   * graph.select('SELECT ?s { ?s ?p ?o } LIMIT 1'); // { names: ['s'], rows: [{ s: NamedNode }] }
   * ```
   */
  select(sparql: string, baseIRI?: string): { names: string[]; rows: Record<string, RDF.Term>[] } {
    beforeBlocking();
    const tsv = this.#store.query(sparql, { ...(baseIRI ? { base_iri: baseIRI } : {}), results_format: 'text/tab-separated-values' });
    if (typeof tsv !== 'string') throw new ClaimgraphError('QUERY_FAILED', 'internal: Oxigraph did not answer a SELECT with solutions');
    return parseTsvRows(tsv);
  }

  /**
   * Quads matching a pattern (null or undefined: any term; graph null: every graph), as plain
   * RDF/JS quads. The read method n3's Store calls `getQuads`.
   *
   * @example
   * ```ts
   * graph.getQuads(null, rdfType, null, null).length;
   * ```
   */
  getQuads(s?: RDF.Term | null, p?: RDF.Term | null, o?: RDF.Term | null, g?: RDF.Term | null): RDF.Quad[] {
    const found = this.#lookup(s, p, o, g);
    if (found) {
      const pred = p as RDF.NamedNode;
      return found.map((e) => DF.quad(e.s as RDF.Quad_Subject, pred, e.o as RDF.Quad_Object, e.g as RDF.Quad_Graph));
    }
    const memo = new Map<string, RDF.Term>();
    return this.#match(s, p, o, g).map((q) => plainQuad(q, memo));
  }

  /**
   * Number of quads matching a pattern.
   *
   * @example
   * ```ts
   * graph.countQuads(claim, rdfType, cgClaim, null) > 0;
   * ```
   */
  countQuads(s?: RDF.Term | null, p?: RDF.Term | null, o?: RDF.Term | null, g?: RDF.Term | null): number {
    return (this.#lookup(s, p, o, g) ?? this.#match(s, p, o, g)).length;
  }

  /**
   * Distinct subjects of the quads with this predicate and object.
   *
   * @example
   * ```ts
   * graph.getSubjects(rdfType, cgClaim, null);
   * ```
   */
  getSubjects(p?: RDF.Term | null, o?: RDF.Term | null, g?: RDF.Term | null): RDF.Term[] {
    const found = this.#lookup(null, p, o, g);
    if (found) return [...new Set(found.map((e) => e.s))];
    return this.#distinct(this.#match(null, p, o, g), 'subject');
  }

  /**
   * Distinct objects of the quads with this subject and predicate.
   *
   * @example
   * ```ts
   * graph.getObjects(claim, rdfSubject, null);
   * ```
   */
  getObjects(s?: RDF.Term | null, p?: RDF.Term | null, g?: RDF.Term | null): RDF.Term[] {
    const found = this.#lookup(s, p, null, g);
    if (found) return [...new Set(found.map((e) => e.o))];
    return this.#distinct(this.#match(s, p, null, g), 'object');
  }

  /**
   * RDF/JS `Source.match`: a stream of the matching quads, for engines that evaluate pattern by
   * pattern.
   *
   * @example
   * ```ts
   * const engine = await getEngine('remote');
   * await engine.queryBindings('SELECT * { ?s ?p ?o } LIMIT 1', { sources: [graph] });
   * ```
   */
  match(s?: RDF.Term | null, p?: RDF.Term | null, o?: RDF.Term | null, g?: RDF.Term | null): RDF.Stream<RDF.Quad> {
    const quads = this.getQuads(s, p, o, g);
    const { Readable } = process.getBuiltinModule('node:stream') as typeof import('node:stream');
    return Readable.from(quads, { objectMode: true }) as unknown as RDF.Stream<RDF.Quad>;
  }

  // Look-ups by index cost 25-90 us each across the WebAssembly boundary (n3: ~1 us), and
  // citing a large answer makes tens of thousands of them on a few predicates. A predicate
  // looked up often is therefore read once, whole, into JavaScript maps (the graph is
  // read-only).
  readonly #columns = new Map<string, Column>();
  /** Per predicate: look-ups so far, and how many the column is worth (1/32 of its size). */
  readonly #lookups = new Map<string, { n: number; worth: number }>();
  #namedGraphs?: boolean;

  /** The matches from a column, or undefined when Oxigraph itself must answer. */
  #lookup(s: RDF.Term | null | undefined, p: RDF.Term | null | undefined, o: RDF.Term | null | undefined, g: RDF.Term | null | undefined): ColumnEntry[] | undefined {
    if (!p || p.termType !== 'NamedNode' || (g && g.termType !== 'Variable')) return undefined;
    if (s?.termType === 'Quad' || o?.termType === 'Quad') return undefined;
    let col = this.#columns.get(p.value);
    if (!col) {
      // A scan of the whole predicate reads the column anyway; single look-ups pay for reading
      // it once they would have cost more (~30 us a look-up, ~1 us a row read in bulk).
      const scan = (!s || s.termType === 'Variable') && (!o || o.termType === 'Variable');
      if (!scan) {
        let seen = this.#lookups.get(p.value);
        if (!seen) {
          const count = this.#store.query(`SELECT (COUNT(*) AS ?n) WHERE { ${this.#anyGraph(`?s <${p.value}> ?o`)} }`, { results_format: 'text/tab-separated-values' }) as string;
          this.#lookups.set(p.value, (seen = { n: 0, worth: Math.max(COLUMN_AFTER_LOOKUPS, Number(/\d+/.exec(count.split('\n')[1] ?? '')?.[0] ?? 0) / 32) }));
        }
        if (++seen.n < seen.worth) return undefined;
      }
      const tsv = this.#store.query(`SELECT ?s ?o ?g WHERE { ${this.#anyGraph(`?s <${p.value}> ?o`)} }`, { results_format: 'text/tab-separated-values' }) as string;
      col = new Column(tsv);
      this.#columns.set(p.value, col);
    }
    const found = col.entries(s, o);
    // Oxigraph stores numbers, dates and other typed literals by value ("06"^^xsd:int is kept
    // as "6"^^xsd:integer) and matches a pattern's literal the same way: a literal written
    // otherwise than the stored form is not found by its text, so Oxigraph is asked.
    if (found.length === 0 && (normalisable(s) || normalisable(o))) return undefined;
    return found;
  }

  // A pattern in any graph, as n3's Store matches with a null graph.
  #anyGraph(pattern: string): string {
    this.#namedGraphs ??= this.#store.query('ASK { GRAPH ?g { ?s ?p ?o } }') === true;
    return this.#namedGraphs ? `{ ${pattern} } UNION { GRAPH ?g { ${pattern} } }` : pattern;
  }

  #match(s?: RDF.Term | null, p?: RDF.Term | null, o?: RDF.Term | null, g?: RDF.Term | null): RDF.Quad[] {
    // A term that cannot stand in its position matches nothing, as in n3's Store; Oxigraph throws
    // instead ("The literal ... is not a possible named or blank node term"), which a join that
    // binds a subject to an object's literal (Comunica over this graph) would not survive.
    if (s?.termType === 'Literal' || (p && p.termType !== 'NamedNode' && p.termType !== 'Variable')) return [];
    if (g && (g.termType === 'Literal' || g.termType === 'Quad')) return [];
    // a variable in a pattern position means "any", as in n3's Store
    const arg = (t: RDF.Term | null | undefined) => (t && t.termType !== 'Variable' ? this.#ox.fromTerm(t) : null);
    return this.#store.match(arg(s), arg(p), arg(o), arg(g));
  }

  #distinct(quads: RDF.Quad[], pos: 'subject' | 'object'): RDF.Term[] {
    const memo = new Map<string, RDF.Term>();
    const seen = new Set<RDF.Term>();
    for (const q of quads) seen.add(plainTerm(q[pos], memo));
    return [...seen];
  }
}

/**
 * True when a value is an {@link OxigraphGraph}.
 *
 * @example
 * ```ts
 * isOxigraphGraph(await loadQueryGraph('.')); // true for a large graph
 * ```
 */
export function isOxigraphGraph(x: unknown): x is OxigraphGraph {
  return x instanceof OxigraphGraph;
}

// One text per term (`toString()` is its N-Triples form: one read across the WebAssembly
// boundary instead of up to four), so equal terms of a result share one plain object.
function plainTerm(t: RDF.Term, memo?: Map<string, RDF.Term>): RDF.Term {
  if (!memo) return convert(t, undefined);
  const key = String(t);
  let out = memo.get(key);
  if (!out) memo.set(key, (out = convert(t, memo)));
  return out;
}

function convert(t: RDF.Term, memo: Map<string, RDF.Term> | undefined): RDF.Term {
  switch (t.termType) {
    case 'NamedNode':
      return DF.namedNode(t.value);
    case 'BlankNode':
      return DF.blankNode(t.value);
    case 'Literal': {
      const language = t.language;
      if (language) {
        const direction = (t as RDF.Literal & { direction?: string }).direction;
        return DF.literal(t.value, direction ? { language, direction: direction as 'ltr' | 'rtl' } : language);
      }
      return DF.literal(t.value, DF.namedNode(t.datatype.value));
    }
    case 'DefaultGraph':
      return DF.defaultGraph();
    case 'Variable':
      return DF.variable(t.value);
    case 'Quad':
      return plainQuad(t as RDF.Quad, memo);
    default:
      throw new Error(`unknown term type ${(t as RDF.Term).termType}`);
  }
}

function plainQuad(q: RDF.Quad, memo?: Map<string, RDF.Term>): RDF.Quad {
  return DF.quad(
    plainTerm(q.subject, memo) as RDF.Quad_Subject,
    plainTerm(q.predicate, memo) as RDF.Quad_Predicate,
    plainTerm(q.object, memo) as RDF.Quad_Object,
    plainTerm(q.graph, memo) as RDF.Quad_Graph,
  );
}

/** Look-ups of one predicate before it is read whole into a {@link Column}. */
const COLUMN_AFTER_LOOKUPS = 64;

interface ColumnEntry {
  s: RDF.Term;
  o: RDF.Term;
  g: RDF.Term;
}

/** Every quad of one predicate, by subject and (built on first need) by object. */
class Column {
  readonly #all: ColumnEntry[];
  readonly #bySubject = new Map<string, ColumnEntry[]>();
  #byObject?: Map<string, ColumnEntry[]>;

  /** From TSV solutions of `SELECT ?s ?o ?g` (read directly: no row objects in between). */
  constructor(tsv: string) {
    const dg = DF.defaultGraph();
    const term = termReader();
    const lines = tsv.split('\n');
    this.#all = [];
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (line === '') continue;
      const [sf, of, gf] = line.split('\t');
      const e: ColumnEntry = { s: term(sf!, 0), o: term(of!, 1), g: gf ? term(gf, 2) : dg };
      this.#all.push(e);
      push(this.#bySubject, sf!, e);
    }
  }

  /** Entries with this subject and object (null or a variable: any). */
  entries(s: RDF.Term | null | undefined, o: RDF.Term | null | undefined): ColumnEntry[] {
    const sb = s && s.termType !== 'Variable' ? s : undefined;
    const ob = o && o.termType !== 'Variable' ? o : undefined;
    if (sb) {
      const list = this.#bySubject.get(nodeText(sb)) ?? [];
      if (!ob) return list;
      const k = termKey(ob);
      return list.filter((e) => termKey(e.o) === k);
    }
    if (ob) {
      if (!this.#byObject) {
        this.#byObject = new Map();
        for (const e of this.#all) push(this.#byObject, termKey(e.o), e);
      }
      return this.#byObject.get(termKey(ob)) ?? [];
    }
    return this.#all;
  }
}

// Identity of a term as RDF 1.1 defines it (type, value, language, direction, datatype).
function termKey(t: RDF.Term): string {
  switch (t.termType) {
    case 'NamedNode':
      return `<${t.value}`;
    case 'BlankNode':
      return `_${t.value}`;
    case 'Literal': {
      const dir = (t as RDF.Literal & { direction?: string }).direction;
      return t.language ? `"${t.value}@${t.language}${dir ? `--${dir}` : ''}` : `"${t.value}^${t.datatype.value}`;
    }
    default:
      return `${t.termType}:${t.value}`;
  }
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

function normalisable(t: RDF.Term | null | undefined): boolean {
  return !!t && t.termType === 'Literal' && !t.language && t.datatype.value !== XSD_STRING;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';

/**
 * Reads SPARQL 1.1 TSV results as Oxigraph writes them: a header of `?name`s, then one line per
 * solution of terms in Turtle syntax (IRIs, blank nodes, quoted literals with escapes, language
 * and direction, datatypes, bare numbers and booleans, `<<( s p o )>>` triple terms); an empty
 * field is unbound.
 *
 * @example
 * ```ts
 * parseTsvResults('?s\t?n\n<http://ex/a>\t42\n')[0]!.get('n')!.value; // '42'
 * ```
 */
export function parseTsvResults(tsv: string): Map<string, RDF.Term>[] {
  return parseTsvRows(tsv).rows.map((row) => new Map(Object.entries(row)));
}

/**
 * Reads SPARQL 1.1 TSV results as {@link parseTsvResults} does, into plain objects (variable
 * name to term, unbound variables absent), with the header's variable names.
 *
 * @example
 * ```ts
 * parseTsvRows('?s\t?n\n<http://ex/a>\t\n').rows[0]; // { s: NamedNode } (?n unbound)
 * ```
 */
export function parseTsvRows(tsv: string): { names: string[]; rows: Record<string, RDF.Term>[] } {
  const lines = tsv.split('\n');
  // an empty header: a SELECT of no variable (`SELECT * {}`), whose solutions are empty lines
  const names = lines[0] === '' ? [] : lines[0]!.split('\t').map((h) => h.replace(/^\?/, ''));
  const term = termReader();
  const rows: Record<string, RDF.Term>[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' && i === lines.length - 1) break;
    const row: Record<string, RDF.Term> = {};
    if (names.length === 1) {
      if (line) row[names[0]!] = term(line);
    } else if (line) {
      const fields = line.split('\t');
      for (let j = 0; j < names.length; j++) {
        const f = fields[j];
        if (f) row[names[j]!] = term(f, j);
      }
    }
    rows.push(row);
  }
  return { names, rows };
}

/**
 * Reads whole TSV fields, each repeated term once, column by column (`col`). A long field (a
 * sentence's text, an aggregate's text) is rarely repeated, and hashing it for the memo costs
 * more than it saves; so does a column whose values rarely repeat (a sentence IRI, offsets, a
 * count per row): after {@link MEMO_TRIAL} look-ups with fewer than a quarter of them repeats,
 * the column is read without the memo (measured on claims-per-sentence's 22,496 rows: the memo
 * cost 60-90 ms of a 0.3 s read). Only object identity depends on it, never a term's value.
 */
function termReader(): (f: string, col?: number) => RDF.Term {
  const columns: { memo?: Map<string, RDF.Term>; asked: number; hits: number }[] = [];
  return (f, col = 0) => {
    if (f.length > 256) return readWholeTerm(f);
    let c = columns[col];
    if (!c) columns[col] = c = { memo: new Map(), asked: 0, hits: 0 };
    const memo = c.memo;
    if (!memo) return readWholeTerm(f);
    let t = memo.get(f);
    if (t) c.hits++;
    else memo.set(f, (t = readWholeTerm(f)));
    if (++c.asked === MEMO_TRIAL && c.hits * 4 < c.asked) c.memo = undefined;
    return t;
  };
}

/** Look-ups of a column after which its memo is kept only if it pays (see `termReader`). */
const MEMO_TRIAL = 256;

function readWholeTerm(f: string): RDF.Term {
  const parsed = readTerm(f, 0);
  if (parsed.end !== f.length) throw new Error(`unreadable TSV term ${JSON.stringify(f)}`);
  return parsed.term;
}

// A subject as Oxigraph writes it in TSV (IRI or blank node), the key of a column's subject map.
function nodeText(t: RDF.Term): string {
  return t.termType === 'BlankNode' ? `_:${t.value}` : `<${t.value}>`;
}

function readTerm(f: string, at: number): { term: RDF.Term; end: number } {
  const c = f[at];
  if (c === '<') {
    if (f.startsWith('<<(', at)) {
      let i = skipSpaces(f, at + 3);
      const s = readTerm(f, i);
      const p = readTerm(f, skipSpaces(f, s.end));
      const o = readTerm(f, skipSpaces(f, p.end));
      i = skipSpaces(f, o.end);
      if (!f.startsWith(')>>', i)) throw new Error(`unreadable TSV triple term ${JSON.stringify(f)}`);
      return { term: DF.quad(s.term as RDF.Quad_Subject, p.term as RDF.Quad_Predicate, o.term as RDF.Quad_Object), end: i + 3 };
    }
    const close = f.indexOf('>', at);
    return { term: DF.namedNode(f.slice(at + 1, close)), end: close + 1 };
  }
  if (c === '_' && f[at + 1] === ':') {
    const m = /^[^\s)]+/.exec(f.slice(at + 2))!;
    return { term: DF.blankNode(m[0]), end: at + 2 + m[0].length };
  }
  if (c === '"') {
    let i = at + 1;
    let value = '';
    for (;;) {
      const j = f.indexOf('"', i);
      const k = f.indexOf('\\', i);
      if (k !== -1 && k < j) {
        value += f.slice(i, k);
        const e = f[k + 1];
        if (e === 'u' || e === 'U') {
          const n = e === 'u' ? 4 : 8;
          value += String.fromCodePoint(parseInt(f.slice(k + 2, k + 2 + n), 16));
          i = k + 2 + n;
        } else {
          value += ESCAPES[e!] ?? e;
          i = k + 2;
        }
        continue;
      }
      if (j === -1) throw new Error(`unterminated TSV literal ${JSON.stringify(f)}`);
      value += f.slice(i, j);
      i = j + 1;
      break;
    }
    if (f[i] === '@') {
      const m = /^([A-Za-z0-9-]+?)(?:--(ltr|rtl))?(?=$|[\s)])/.exec(f.slice(i + 1))!;
      const term = m[2] ? DF.literal(value, { language: m[1]!, direction: m[2] as 'ltr' | 'rtl' }) : DF.literal(value, m[1]!);
      return { term, end: i + 1 + m[0].length };
    }
    if (f.startsWith('^^<', i)) {
      const close = f.indexOf('>', i + 3);
      return { term: DF.literal(value, DF.namedNode(f.slice(i + 3, close))), end: close + 1 };
    }
    return { term: DF.literal(value), end: i };
  }
  const m = /^(?:true|false|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(f.slice(at));
  if (!m) throw new Error(`unreadable TSV term ${JSON.stringify(f)}`);
  const lex = m[0];
  const dt = lex === 'true' || lex === 'false' ? 'boolean' : /[eE]/.test(lex) ? 'double' : lex.includes('.') ? 'decimal' : 'integer';
  return { term: DF.literal(lex, DF.namedNode(XSD + dt)), end: at + lex.length };
}

const ESCAPES: Record<string, string> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };

function skipSpaces(f: string, i: number): number {
  while (f[i] === ' ') i++;
  return i;
}
