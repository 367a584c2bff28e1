/**
 * One query answered by a process that answers and exits (`claimgraph query`): the request, its
 * answer on one graph, the answer's canonical order, and its form for crossing to another thread.
 *
 * Why a canonical order: a fresh process may answer from the graph's index (Comunica) or from
 * the Turtle loaded into Oxigraph, whichever is first (src/query/hedge.ts). The two engines give
 * the same rows, but where SPARQL leaves the order open (no ORDER BY, rows tied on it, the
 * values inside a GROUP_CONCAT) each has its own. Putting that open order into one fixed order
 * makes the output bytes the same whichever engine answered, and the same on every run.
 */
import N3 from 'n3';
import type * as RDF from '@rdfjs/types';
import type { Query, QuerySelect } from '@traqula/rules-sparql-1-2';
import { citeQuads, runCitedQuery, type OntologySource } from './cite/index.js';
import { sortQuads } from './format.js';
import { orderKeysShown, orderTieKey } from './determined.js';
import { parseQuery, runParsedQuery } from './run.js';
import type { QueryResult, QueryRow, QuerySource, RowCitations } from './types.js';

/** What to answer: the query as the CLI was given it. */
export interface OnceRequest {
  /** The query text (a named query's with its parameters applied, or `-e`'s). */
  text: string;
  /** Its name in messages (`members-of`, `-e`). */
  name: string;
  /** The file it came from, for error positions. */
  file?: string;
  /** Prefixes predeclared for an inline query. */
  prefixes?: Record<string, string>;
  /** Whether the text is sent to the engine as written (named queries and files); `-e` is regenerated with its prefixes. */
  asWritten: boolean;
  /** Attach citations (`--cite`). */
  cite: boolean;
}

/** A query's answer: the result and, with `--cite`, one citation entry per row or triple. */
export interface OnceAnswer {
  result: QueryResult;
  citations?: RowCitations[];
}

/**
 * Answers a request on one graph: the rows (with their citations when asked; a CONSTRUCT's
 * triples sorted and cited), in the canonical order when `canonical` is set (see
 * {@link canonicalOrder}).
 *
 * @example
 * ```ts
 * const { result, citations } = await answerRequest(graph, { text, name: 'members-of', asWritten: true, cite: true }, () => ontologyQuads(dir));
 * ```
 */
export async function answerRequest(source: QuerySource, req: OnceRequest, ontology: OntologySource | undefined, canonical = false, ast: Query = parseRequest(req)): Promise<OnceAnswer> {
  const text = req.asWritten ? req.text : undefined;
  const opts = { name: req.name, ontology };
  const cited = req.cite ? await runCitedQuery(source, ast, text, opts) : undefined;
  const result = cited?.result ?? (await runParsedQuery(source, ast, text, { name: req.name }));
  let citations = cited?.citations;
  if (result.type === 'quads' && (req.cite || canonical)) result.quads = sortQuads(result.quads);
  if (req.cite && result.type === 'quads') citations = await citeQuads(source, result.quads, opts);
  const answer = { result, citations };
  return canonical ? canonicalOrder(ast, answer) : answer;
}

/** The request's query parsed (positioned `QUERY_SYNTAX` errors). */
export function parseRequest(req: OnceRequest): Query {
  return parseQuery(req.text, { name: req.name, file: req.file, prefixes: req.prefixes });
}

/**
 * The answer with the order SPARQL leaves open fixed, and its numbers in one form. Numbers first
 * ({@link canonicalNumber}: the form Oxigraph stores and computes them in). Then the parts of each projected
 * `GROUP_CONCAT` (split at its separator) sorted; then, without ORDER BY, all rows sorted;
 * with an ORDER BY on plain variables, each run of rows tied on them (equal terms, or equal
 * numbers: `1` and `1.0`) sorted. Rows are sorted by their terms in N-Triples form, projected
 * variables first; citations move with their rows. What this order cannot settle is left to
 * src/query/determined.ts, which keeps such queries to one engine: an ORDER BY on expressions
 * keeps the engine's order of ties (a row cannot be told tied without evaluating them), a LIMIT
 * that cuts through tied rows may keep other rows on another engine, and values SPARQL does not
 * compare (a number and a string) are ordered by each engine in its own way.
 *
 * @example
 * ```ts
 * canonicalOrder(parseQuery('SELECT ?s { ?s ?p ?o }'), { result }).result; // rows sorted by ?s
 * ```
 */
export function canonicalOrder(ast: Query, answer: OnceAnswer): OnceAnswer {
  const { result, citations } = answer;
  if (result.type === 'quads') {
    const quads = result.quads.map((q) => (q.object.termType === 'Literal' && canonicalNumber(q.object) !== q.object ? DF.quad(q.subject, q.predicate, canonicalNumber(q.object) as RDF.Quad_Object, q.graph) : q));
    return { result: { type: 'quads', quads }, citations };
  }
  if (result.type !== 'bindings') return answer;
  if (ast.subType !== 'select') return { result: { ...result, rows: result.rows.map(numbersInCanonicalForm) }, citations };
  const q = ast as QuerySelect;
  const concat = groupConcatColumns(q);
  const rows = result.rows.map((row) => sortConcatParts(numbersInCanonicalForm(row), concat));
  const vars = result.variables;
  const key = (row: QueryRow) => {
    let k = '';
    for (const v of vars) k += `${row[v] ? N3.termToId(row[v] as N3.Term) : ''}\u0000`;
    for (const v of Object.keys(row).sort()) if (!vars.includes(v)) k += `${v}=${N3.termToId(row[v] as N3.Term)}\u0000`;
    return k;
  };
  const pairs = rows.map((row, i) => ({ row, c: citations?.[i], k: key(row) }));
  const byKey = (a: { k: string }, b: { k: string }) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0);
  const order = q.solutionModifiers.order?.orderDefs ?? [];
  const keys = order.map((o) => ('descending' in o ? o.expression : o));
  if (keys.length === 0) pairs.sort(byKey);
  // a key the rows do not show cannot tell tied rows: the engine's order is kept (src/query/determined.ts keeps such queries to one engine)
  else if (orderKeysShown(q)) {
    const names = keys.map((k) => (k as { value: string }).value);
    // equal numbers tie though their terms differ (`1` and `1.0`): each engine keeps its own order of them
    const tie = (row: QueryRow) => names.map((n) => orderTieKey(row[n])).join('\u0000');
    for (let start = 0; start < pairs.length;) {
      const t = tie(pairs[start]!.row);
      let end = start + 1;
      while (end < pairs.length && tie(pairs[end]!.row) === t) end++;
      if (end - start > 1) {
        const run = pairs.slice(start, end).sort(byKey);
        for (let i = 0; i < run.length; i++) pairs[start + i] = run[i]!;
      }
      start = end;
    }
  }
  return {
    result: { ...result, rows: pairs.map((p) => p.row) },
    citations: citations && pairs.map((p) => p.c!),
  };
}

/** The projected `(GROUP_CONCAT(...) AS ?v)` columns with their separators. */
function groupConcatColumns(q: QuerySelect): Map<string, string> {
  const out = new Map<string, string>();
  // traqula's tree: a projected expression is a `bind` with its variable
  for (const v of q.variables as unknown[] as Array<{ subType?: string; variable?: { value: string }; expression?: { type?: string; subType?: string; aggregation?: string; separator?: string } }>) {
    const e = v.expression;
    if (v.subType === 'bind' && v.variable && e?.type === 'expression' && e.subType === 'aggregate' && String(e.aggregation).toLowerCase() === 'group_concat') {
      out.set(v.variable.value, e.separator ?? ' ');
    }
  }
  return out;
}

/**
 * A row whose GROUP_CONCAT values have their parts sorted. Split at the separator, the parts
 * are those of the concatenated values whatever their order (a value holding the separator
 * splits the same way in any order), so the sorted string depends only on the values.
 */
function sortConcatParts(row: QueryRow, columns: Map<string, string>): QueryRow {
  if (columns.size === 0) return row;
  let out: QueryRow | undefined;
  for (const [name, separator] of columns) {
    const t = row[name];
    if (t?.termType !== 'Literal' || separator === '') continue;
    const sorted = t.value.split(separator).sort().join(separator);
    if (sorted === t.value) continue;
    out ??= { ...row };
    out[name] = t.language ? DF.literal(sorted, t.language) : DF.literal(sorted, t.datatype);
  }
  return out ?? row;
}

const DF = N3.DataFactory;

const XSD = 'http://www.w3.org/2001/XMLSchema#';
/** xsd:integer and the types derived from it. */
const INTEGER_TYPES = new Set(['integer', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'long', 'int', 'short', 'byte', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte'].map((t) => XSD + t));
const I64 = 2n ** 63n;

/** A row whose numbers are in canonical form ({@link canonicalNumber}). */
function numbersInCanonicalForm(row: QueryRow): QueryRow {
  let out: QueryRow | undefined;
  for (const k in row) {
    const t = row[k];
    if (t?.termType !== 'Literal') continue;
    const c = canonicalNumber(t);
    if (c !== t) (out ??= { ...row })[k] = c;
  }
  return out ?? row;
}

/**
 * A numeric literal in the form Oxigraph holds it: the integer types (xsd:int,
 * xsd:nonNegativeInteger, ...) as xsd:integer without sign or leading zeros, decimals without
 * trailing zeros (`1.50` and `1.0` become `1.5` and `1`), doubles and floats as their shortest
 * decimal. Why: Oxigraph stores numbers that way, so its answers carry them so (a departure from
 * SPARQL, which returns stored terms as they are: docs/conformance.md), and Comunica writes
 * computed decimals with a `.0`. A fresh process may answer from either engine
 * (src/query/hedge.ts); written in one form, the output is the same bytes. Values Oxigraph does
 * not reduce (out of its 64-bit integer or 18-fraction-digit decimal range, ill-formed) are kept.
 * tests/query/hedge.test.ts fails when Oxigraph's own form departs from this.
 *
 * @example
 * ```ts
 * canonicalNumber(literal('052', namedNode(XSD + 'nonNegativeInteger'))); // "52"^^xsd:integer
 * ```
 */
export function canonicalNumber(t: RDF.Literal): RDF.Literal {
  const dt = t.datatype.value;
  const v = t.value;
  if (INTEGER_TYPES.has(dt)) {
    if (!/^[+-]?\d+$/.test(v)) return t;
    const n = BigInt(v);
    if (n >= I64 || n < -I64) return t;
    const text = n.toString();
    return text === v && dt === `${XSD}integer` ? t : DF.literal(text, DF.namedNode(`${XSD}integer`));
  }
  if (dt === `${XSD}decimal`) {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(v);
    if (!m || (m[2] === '' && !m[3])) return t;
    const whole = m[2]!.replace(/^0+(?=\d)/, '') || '0';
    const fraction = (m[3] ?? '').replace(/0+$/, '');
    if (fraction.length > 18 || whole.length > 20) return t;
    const sign = m[1] === '-' && (whole !== '0' || fraction !== '') ? '-' : '';
    const text = `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
    return text === v ? t : DF.literal(text, t.datatype);
  }
  if (dt === `${XSD}double` || dt === `${XSD}float`) {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v)) return t;
    const n = Number(v);
    const text = Object.is(n, -0) ? '-0' : String(n);
    // JavaScript writes an exponent outside 1e-7..1e21, Oxigraph never: kept as written there
    if (!Number.isFinite(n) || /e/i.test(text) || (dt === `${XSD}float` && Math.fround(n) !== n)) return t;
    return text === v ? t : DF.literal(text, t.datatype);
  }
  return t;
}

/** An answer in a form a `postMessage` carries: terms as n3 ids. */
export interface WireAnswer {
  result:
    | { type: 'bindings'; variables: string[]; rows: Record<string, string>[] }
    | { type: 'boolean'; value: boolean }
    | { type: 'quads'; quads: [string, string, string, string][] };
  citations?: RowCitations[];
}

/**
 * An answer as plain data (terms as their n3 ids, which {@link fromWire} reads back into equal
 * terms), to cross from a worker thread.
 *
 * @example
 * ```ts
 * fromWire(toWire(answer)); // an answer with equal terms
 * ```
 */
export function toWire(answer: OnceAnswer): WireAnswer {
  const id = (t: RDF.Term) => N3.termToId(t as N3.Term);
  const r = answer.result;
  const result: WireAnswer['result'] = r.type === 'bindings'
    ? { type: 'bindings', variables: r.variables, rows: r.rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, t]) => t).map(([k, t]) => [k, id(t!)]))) }
    : r.type === 'boolean'
      ? { type: 'boolean', value: r.value }
      : { type: 'quads', quads: r.quads.map((q) => [id(q.subject), id(q.predicate), id(q.object), id(q.graph)]) };
  return { result, citations: answer.citations };
}

/** An answer from its {@link toWire} form. */
export function fromWire(wire: WireAnswer): OnceAnswer {
  const term = (s: string) => N3.termFromId(s) as RDF.Term;
  const r = wire.result;
  const result: QueryResult = r.type === 'bindings'
    ? { type: 'bindings', variables: r.variables, rows: r.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, t]) => [k, term(t)]))) }
    : r.type === 'boolean'
      ? r
      : { type: 'quads', quads: r.quads.map(([s, p, o, g]) => DF.quad(term(s) as RDF.Quad_Subject, term(p) as RDF.Quad_Predicate, term(o) as RDF.Quad_Object, term(g) as RDF.Quad_Graph)) };
  return { result, citations: wire.citations };
}
