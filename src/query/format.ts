/**
 * Result writers: the W3C SPARQL 1.1 results formats (JSON, CSV, TSV, XML), an aligned text
 * table for terminals, and Turtle / N-Triples for graph results.
 *
 * With citations, JSON gets a top-level `citations` array parallel to `results.bindings`
 * (standard parsers ignore unknown top-level members), CSV/TSV an extra last column
 * `citations`, the table indented citation lines under each row, Turtle and N-Triples comment
 * lines after the triples. A row without citation says so, and why, in every format.
 */
import N3 from 'n3';
import type * as RDF from '@rdfjs/types';
import { ClaimgraphError } from '../errors.js';
import { PREFIXES } from '../graph/vocab.js';
import type { BindingsResult, Citation, QueryResult, ResultFormat, RowCitations } from './types.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const XSD_STRING = `${XSD}string`;
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/** Prefixes used to shorten IRIs in tables and Turtle output: the graph's own, plus dcterms. */
export const QUERY_PREFIXES: Record<string, string> = { ...PREFIXES, dcterms: 'http://purl.org/dc/terms/' };

/** Options of {@link formatResult}. */
export interface FormatOptions {
  /** Per-row citations (bindings) or per-quad citations (graphs), in result order. */
  citations?: RowCitations[];
  /** Extra prefixes for shortening IRIs (the query's own). */
  prefixes?: Record<string, string>;
  /** Longest literal shown in a table cell or citation line, in code points (default 100). */
  maxTextLength?: number;
}

/**
 * Writes a query result in a format: `table|json|csv|tsv|xml` for SELECT/ASK,
 * `turtle|ntriples|table` for CONSTRUCT/DESCRIBE. Deterministic for a given result.
 *
 * @example
 * ```ts
 * process.stdout.write(formatResult(result, 'json'));
 * process.stdout.write(formatResult(result, 'table', { citations }));
 * ```
 */
export function formatResult(result: QueryResult, format: ResultFormat, opts: FormatOptions = {}): string {
  if (result.type === 'quads') {
    if (format === 'ntriples') return writeNTriples(result.quads, opts.citations);
    if (format === 'turtle' || format === 'table') return writeTurtle(result.quads, opts);
    throw new ClaimgraphError('USAGE', `format ${format} is for SELECT/ASK results; a graph result is written as turtle or ntriples`);
  }
  if (format === 'turtle' || format === 'ntriples') {
    throw new ClaimgraphError('USAGE', `format ${format} is for CONSTRUCT/DESCRIBE results; use table, json, csv, tsv or xml`);
  }
  switch (format) {
    case 'json': return writeJson(result, opts.citations);
    case 'csv': return writeCsv(result, opts.citations);
    case 'tsv': return writeTsv(result, opts.citations);
    case 'xml':
      if (opts.citations) throw new ClaimgraphError('USAGE', '--cite is not available with --format xml; use json, csv, tsv or table');
      return writeXml(result);
    case 'table': return writeTable(result, opts);
  }
}

/**
 * SPARQL 1.1 Query Results JSON; with citations, a top-level `citations` array holds one
 * array of {@link Citation} per row of `results.bindings`.
 *
 * @example
 * ```ts
 * JSON.parse(writeJson({ type: 'boolean', value: true })); // { head: {}, boolean: true }
 * ```
 */
export function writeJson(result: BindingsResult | { type: 'boolean'; value: boolean }, citations?: RowCitations[]): string {
  return [...jsonChunks(result, citations)].join('');
}

/**
 * {@link writeJson}'s text in pieces, byte for byte what `JSON.stringify(doc, null, 2)` writes.
 * Why pieces: a large answer with citations (22,496 rows on the 1M bench corpus) is longer than
 * the longest string V8 can make, so one `JSON.stringify` of it failed ("Invalid string length").
 */
function* jsonChunks(result: BindingsResult | { type: 'boolean'; value: boolean }, citations?: RowCitations[]): Generator<string> {
  if (result.type === 'boolean') {
    yield `${JSON.stringify({ head: {}, boolean: result.value })}\n`;
    return;
  }
  const bindings = result.rows.map((row) => () => {
    const out: Record<string, unknown> = {};
    for (const v of result.variables) if (row[v]) out[v] = jsonTerm(row[v]!);
    return out;
  });
  yield `{\n  "head": ${indented(JSON.stringify({ vars: result.variables }, null, 2), '  ')},\n  "results": {\n    "bindings": `;
  yield* jsonArray(bindings, '    ');
  yield '\n  }';
  if (citations) {
    yield ',\n  "citations": ';
    yield* jsonArray(citations.map((c) => () => rowCitationsJson(c)), '  ');
  }
  yield '\n}\n';
}

/** An array as `JSON.stringify(array, null, 2)` writes it at the nesting of `pad`, one element at a time. */
function* jsonArray(items: (() => unknown)[], pad: string): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  yield '[';
  for (let i = 0; i < items.length; i++) yield `${i ? ',' : ''}\n${pad}  ${indented(JSON.stringify(items[i]!(), null, 2), `${pad}  `)}`;
  yield `\n${pad}]`;
}

/** JSON text moved right by `pad` (JSON strings hold no raw line breaks, so every one is layout). */
function indented(json: string, pad: string): string {
  return json.replace(/\n/g, `\n${pad}`);
}

/**
 * {@link formatResult}'s text in pieces, for writing an answer too large for one string (JSON;
 * the other formats are one piece).
 *
 * @example
 * ```ts
 * for (const piece of formatChunks(result, 'json', { citations })) process.stdout.write(piece);
 * ```
 */
export function* formatChunks(result: QueryResult, format: ResultFormat, opts: FormatOptions = {}): Generator<string> {
  if (format === 'json' && result.type !== 'quads') yield* jsonChunks(result, opts.citations);
  else yield formatResult(result, format, opts);
}

function rowCitationsJson(row: RowCitations): Record<string, unknown> {
  const out: Record<string, unknown> = { status: row.status };
  if (row.reason) out.reason = row.reason;
  if (row.detail) out.detail = row.detail;
  out.citations = row.citations.map(citationJson);
  return out;
}

function citationJson(c: Citation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (c.claim) out.claim = c.claim;
  if (c.polarity) out.polarity = c.polarity;
  if (c.modality) out.modality = c.modality;
  out.via = c.via;
  out.sentences = c.sentences.map((s) => ({
    sentence: s.iri, id: s.id, begin: s.begin, end: s.end, text: s.text,
    ...(s.article ? { article: s.article } : {}), ...(s.articleDate ? { articleDate: s.articleDate } : {}),
  }));
  return out;
}

function jsonTerm(t: RDF.Term): Record<string, string> {
  if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
  if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
  if (t.termType === 'Literal') {
    if (t.language) return { type: 'literal', value: t.value, 'xml:lang': t.language };
    if (t.datatype && t.datatype.value !== XSD_STRING) return { type: 'literal', value: t.value, datatype: t.datatype.value };
    return { type: 'literal', value: t.value };
  }
  return { type: 'literal', value: t.value };
}

/**
 * SPARQL 1.1 Query Results CSV (RFC 4180 quoting, CRLF line ends, lexical values only).
 *
 * @example
 * ```ts
 * writeCsv({ type: 'bindings', variables: ['x'], rows: [] }); // 'x\r\n'
 * ```
 */
export function writeCsv(result: BindingsResult | { type: 'boolean'; value: boolean }, citations?: RowCitations[]): string {
  if (result.type === 'boolean') return `${result.value}\r\n`;
  const header = [...result.variables, ...(citations ? ['citations'] : [])];
  const lines = [header.map(csvField).join(',')];
  result.rows.forEach((row, i) => {
    const fields = result.variables.map((v) => {
      const t = row[v];
      if (!t) return '';
      return csvField(t.termType === 'BlankNode' ? `_:${t.value}` : t.value);
    });
    if (citations) fields.push(csvField(citationsText(citations[i])));
    lines.push(fields.join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * SPARQL 1.1 Query Results TSV (`?var` header, terms in SPARQL syntax, unbound = empty).
 *
 * @example
 * ```ts
 * writeTsv({ type: 'bindings', variables: ['x'], rows: [] }); // '?x\n'
 * ```
 */
export function writeTsv(result: BindingsResult | { type: 'boolean'; value: boolean }, citations?: RowCitations[]): string {
  if (result.type === 'boolean') return `${result.value}\n`;
  const header = [...result.variables.map((v) => `?${v}`), ...(citations ? ['?citations'] : [])];
  const lines = [header.join('\t')];
  result.rows.forEach((row, i) => {
    const fields = result.variables.map((v) => (row[v] ? termToSparql(row[v]!) : ''));
    if (citations) fields.push(stringLiteral(citationsText(citations[i])));
    lines.push(fields.join('\t'));
  });
  return `${lines.join('\n')}\n`;
}

/**
 * A term in SPARQL / N-Triples syntax (`<iri>`, `"x"@en`, `"1"^^<...#integer>`, `_:b`).
 *
 * @example
 * ```ts
 * termToSparql(DataFactory.literal('a"b')); // '"a\\"b"'
 * ```
 */
export function termToSparql(t: RDF.Term): string {
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.termType === 'Literal') {
    const lex = stringLiteral(t.value);
    if (t.language) return `${lex}@${t.language}`;
    if (t.datatype && t.datatype.value !== XSD_STRING && t.datatype.value !== RDF_LANG_STRING) return `${lex}^^<${t.datatype.value}>`;
    return lex;
  }
  return t.value;
}

function stringLiteral(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
}

/**
 * SPARQL Query Results XML Format.
 *
 * @example
 * ```ts
 * writeXml({ type: 'boolean', value: false }); // '<?xml ...><boolean>false</boolean>...'
 * ```
 */
export function writeXml(result: BindingsResult | { type: 'boolean'; value: boolean }): string {
  const out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">'];
  if (result.type === 'boolean') {
    out.push('  <head/>', `  <boolean>${result.value}</boolean>`);
  } else {
    out.push('  <head>', ...result.variables.map((v) => `    <variable name="${xmlEscape(v)}"/>`), '  </head>', '  <results>');
    for (const row of result.rows) {
      out.push('    <result>');
      for (const v of result.variables) {
        const t = row[v];
        if (t) out.push(`      <binding name="${xmlEscape(v)}">${xmlTerm(t)}</binding>`);
      }
      out.push('    </result>');
    }
    out.push('  </results>');
  }
  out.push('</sparql>');
  return `${out.join('\n')}\n`;
}

function xmlTerm(t: RDF.Term): string {
  if (t.termType === 'NamedNode') return `<uri>${xmlEscape(t.value)}</uri>`;
  if (t.termType === 'BlankNode') return `<bnode>${xmlEscape(t.value)}</bnode>`;
  if (t.termType === 'Literal') {
    if (t.language) return `<literal xml:lang="${xmlEscape(t.language)}">${xmlEscape(t.value)}</literal>`;
    if (t.datatype && t.datatype.value !== XSD_STRING) return `<literal datatype="${xmlEscape(t.datatype.value)}">${xmlEscape(t.value)}</literal>`;
    return `<literal>${xmlEscape(t.value)}</literal>`;
  }
  return xmlEscape(t.value);
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Shortens an IRI with the known prefixes (`cgr:acme`), else `<iri>`.
 *
 * @example
 * ```ts
 * compactIri('https://w3id.org/claimgraph/resource/acme'); // 'cgr:acme'
 * ```
 */
export function compactIri(iri: string, prefixes: Record<string, string> = QUERY_PREFIXES): string {
  // Citations shorten the same IRIs over and over: memoise the default-prefix case (a bound
  // above the ~75k claims and sentences one grouped query at 1M triples cites).
  if (prefixes === QUERY_PREFIXES) {
    let hit = compactCache.get(iri);
    if (hit === undefined) {
      if (compactCache.size > 200_000) compactCache.clear();
      hit = compactWith(iri, prefixes);
      compactCache.set(iri, hit);
    }
    return hit;
  }
  return compactWith(iri, prefixes);
}

const compactCache = new Map<string, string>();

function compactWith(iri: string, prefixes: Record<string, string>): string {
  let best: [string, string] | undefined;
  for (const [p, ns] of Object.entries(prefixes)) {
    if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [p, ns];
  }
  if (best) {
    const local = iri.slice(best[1].length);
    if (/^[A-Za-z0-9_.\-/#]*$/.test(local) && !local.endsWith('.')) return `${best[0]}:${local}`;
  }
  return `<${iri}>`;
}

function displayTerm(t: RDF.Term, prefixes: Record<string, string>): string {
  if (t.termType === 'NamedNode') return compactIri(t.value, prefixes);
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.termType === 'Literal') {
    const text = t.value.replace(/\s+/g, ' ');
    if (t.language) return `"${text}"@${t.language}`;
    return text;
  }
  return t.value;
}

/**
 * An aligned text table with a row count; with citations, each row is followed by indented
 * lines `s014 [812,950) “text” claim cgc:...`, or `(no citation)`.
 *
 * @example
 * ```ts
 * writeTable({ type: 'bindings', variables: ['x'], rows: [] }); // 'x\n-\n(0 rows)\n'
 * ```
 */
export function writeTable(result: BindingsResult | { type: 'boolean'; value: boolean }, opts: FormatOptions = {}): string {
  if (result.type === 'boolean') return `${result.value ? 'yes' : 'no'}\n`;
  const prefixes = { ...QUERY_PREFIXES, ...(opts.prefixes ?? {}) };
  const max = opts.maxTextLength ?? 100;
  const cells = result.rows.map((row) => result.variables.map((v) => (row[v] ? (row[v]!.termType === 'Literal' ? truncate(displayTerm(row[v]!, prefixes), max) : displayTerm(row[v]!, prefixes)) : '')));
  const widths = result.variables.map((v, i) => Math.max(cpLen(v), ...cells.map((r) => cpLen(r[i]!))));
  const line = (fields: string[]) => fields.map((f, i) => (i === fields.length - 1 ? f : pad(f, widths[i]!))).join('  ').trimEnd();
  const out = [line(result.variables), widths.map((w) => '-'.repeat(Math.max(w, 1))).join('  ')];
  cells.forEach((r, i) => {
    out.push(line(r));
    if (opts.citations) out.push(...citationLines(opts.citations[i], prefixes, max));
  });
  const n = result.rows.length;
  out.push(`(${n} row${n === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}

function citationLines(row: RowCitations | undefined, prefixes: Record<string, string>, max: number): string[] {
  if (!row || row.status === 'uncited') return [`    (no citation: ${uncitedText(row)})`];
  const lines: string[] = [];
  for (const c of row.citations) {
    const who = c.claim ? `claim ${compactIri(c.claim, prefixes)}${c.polarity && c.polarity.endsWith('Negative') ? ' (negative)' : ''}${c.modality && !c.modality.endsWith('Stated') ? ` (${compactIri(c.modality, prefixes)})` : ''}` : `sentence bound to ${c.via}`;
    if (c.sentences.length === 0) lines.push(`    ${who}: no source sentence`);
    for (const s of c.sentences) lines.push(`    ${sentenceLabel(s)} [${s.begin},${s.end}) “${truncate(s.text.replace(/\s+/g, ' '), max)}” ${who}`);
  }
  if (row.detail) lines.push(`    (${row.detail})`);
  return lines;
}

/** Why a row has no citation, in words. */
function uncitedText(row: RowCitations | undefined): string {
  if (!row) return 'not cited';
  return row.detail ?? (row.reason === 'untraceable' ? 'a pattern of this row could not be traced' : 'no claim backs this row');
}

function citationsText(row: RowCitations | undefined): string {
  if (!row || row.status === 'uncited') return `uncited (${row?.reason ?? 'no-claim'}): ${uncitedText(row)}`;
  const parts = row.citations.flatMap((c) => c.sentences.map((s) => `${sentenceLabel(s)} [${s.begin},${s.end}) “${s.text.replace(/\s+/g, ' ')}”${c.claim ? ` claim <${c.claim}>` : ''}`));
  if (row.detail) parts.push(`(${row.detail})`);
  return parts.join(' | ');
}

/** A sentence as text outputs name it: its article (id and date) and its id, which repeats across articles. */
function sentenceLabel(s: { id: string; article?: string; articleDate?: string }): string {
  if (!s.article) return s.id;
  return `${s.article.replace(/^.*\//, '')}${s.articleDate ? ` (${s.articleDate})` : ''} ${s.id}`;
}

function truncate(s: string, max: number): string {
  const cps = [...s];
  return cps.length <= max ? s : `${cps.slice(0, max - 1).join('')}…`;
}

function cpLen(s: string): number {
  return [...s].length;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - cpLen(s)));
}

function writeNTriples(quads: RDF.Quad[], citations?: RowCitations[]): string {
  const text = sortedLines(quads.map((q) => `${termToSparql(q.subject)} ${termToSparql(q.predicate)} ${termToSparql(q.object)} .`));
  // N-Triples has comment lines: the citations follow the triples as in Turtle, IRIs in full
  return citations ? text + citationComments(sortQuads(quads), citations, termToSparql) : text;
}

/**
 * The citations of a graph's triples as comment lines (Turtle and N-Triples): one line per
 * sentence behind a triple, and one saying why for a triple with no citation. `sorted` is in
 * {@link sortQuads} order, the order `citations` follows.
 */
function citationComments(sorted: RDF.Quad[], citations: RowCitations[], show: (t: RDF.Term) => string): string {
  const lines: string[] = [];
  sorted.forEach((q, i) => {
    const row = citations[i];
    const triple = `${show(q.subject)} ${show(q.predicate)} ${show(q.object)}`;
    if (!row || row.status === 'uncited') {
      lines.push(`# ${triple} ← no citation: ${uncitedText(row)}`);
      return;
    }
    for (const c of row.citations) {
      for (const s of c.sentences) lines.push(`# ${triple} ← ${sentenceLabel(s)} [${s.begin},${s.end}) ${c.claim ? `claim ${show(N3.DataFactory.namedNode(c.claim))}` : ''}`.trimEnd());
    }
    if (row.detail) lines.push(`# ${triple} ← (${row.detail})`);
  });
  return lines.length ? `\n# citations\n${[...new Set(lines)].join('\n')}\n` : '';
}

function sortedLines(lines: string[]): string {
  const uniq = [...new Set(lines)].sort();
  return uniq.length ? `${uniq.join('\n')}\n` : '';
}

function writeTurtle(quads: RDF.Quad[], opts: FormatOptions): string {
  const prefixes = { ...QUERY_PREFIXES, ...(opts.prefixes ?? {}) };
  const used = Object.fromEntries(
    Object.entries(prefixes).filter(([, ns]) => quads.some((q) => [q.subject, q.predicate, q.object].some((t) => t.termType === 'NamedNode' && t.value.startsWith(ns)) || (q.object.termType === 'Literal' && q.object.datatype.value.startsWith(ns)))),
  );
  // Sorted input makes the writer's output deterministic whatever order the engine produced.
  const sorted = [...quads].sort((a, b) => cmp(termToSparql(a.subject), termToSparql(b.subject)) || cmp(termToSparql(a.predicate), termToSparql(b.predicate)) || cmp(termToSparql(a.object), termToSparql(b.object)));
  const writer = new N3.Writer({ prefixes: used });
  let prev = '';
  for (const q of sorted) {
    const key = `${termToSparql(q.subject)} ${termToSparql(q.predicate)} ${termToSparql(q.object)}`;
    if (key === prev) continue;
    prev = key;
    writer.addQuad(q.subject as N3.Quad_Subject, q.predicate as N3.Quad_Predicate, q.object as N3.Quad_Object);
  }
  let text = '';
  writer.end((err, out) => {
    if (err) throw err;
    text = out;
  });
  if (opts.citations) text += citationComments(sorted, opts.citations, (t) => displayTerm(t, prefixes));
  return text;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts quads the way {@link formatResult} writes them (for aligning per-quad citations).
 *
 * @example
 * ```ts
 * const ordered = sortQuads(result.quads);
 * ```
 */
export function sortQuads(quads: RDF.Quad[]): RDF.Quad[] {
  return [...quads].sort((a, b) => cmp(termToSparql(a.subject), termToSparql(b.subject)) || cmp(termToSparql(a.predicate), termToSparql(b.predicate)) || cmp(termToSparql(a.object), termToSparql(b.object)));
}
