// Query results in one shape for comparison: expected results read from the W3C files (SPARQL
// XML, SPARQL JSON, the DAWG result-set vocabulary in Turtle or RDF/XML, graphs), and the answers
// of claimgraph and of the engines run directly.
import { createReadStream, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import N3 from 'n3';
import oxigraph from 'oxigraph';
import { DataFactory } from 'rdf-data-factory';
import { isomorphic } from 'rdf-isomorphic';
import { SparqlJsonParser } from 'sparqljson-parse';
import { SparqlXmlParser } from 'sparqlxml-parse';

export const DF = new DataFactory();
const RS = 'http://www.w3.org/2001/sw/DataAccess/tests/result-set#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** A term as rdf-data-factory builds it (from any RDF/JS-like term: Oxigraph's, N3's, Comunica's). */
export function plain(t) {
  if (!t) return undefined;
  switch (t.termType) {
    case 'NamedNode': return DF.namedNode(t.value);
    case 'BlankNode': return DF.blankNode(t.value);
    case 'Literal': {
      if (t.language) return t.direction ? DF.literal(t.value, { language: t.language, direction: t.direction }) : DF.literal(t.value, t.language);
      return DF.literal(t.value, t.datatype && t.datatype.value !== XSD_STRING ? DF.namedNode(t.datatype.value) : undefined);
    }
    case 'Quad': return DF.quad(plain(t.subject), plain(t.predicate), plain(t.object), plain(t.graph));
    case 'DefaultGraph': return DF.defaultGraph();
    default: return DF.literal(String(t.value));
  }
}

/** Rows as plain objects of plain terms. */
export function bindings(rows) {
  return rows.map((r) => {
    const out = {};
    const entries = r instanceof Map ? [...r] : typeof r.forEach === 'function' && !Array.isArray(r) && !(r.constructor === Object) ? [...r].map(([k, v]) => [k.value ?? k, v]) : Object.entries(r);
    for (const [k, v] of entries) if (v) out[String(k).replace(/^\?/, '')] = plain(v);
    return out;
  });
}

/**
 * Quads with plain terms, in the default graph (CONSTRUCT results are triples). A triple with a
 * literal subject or a non-IRI predicate is not in an RDF graph (SPARQL 16.2 leaves it out of a
 * CONSTRUCT result; Comunica passes it on): it is left out here too.
 */
export function triples(quads) {
  return quads
    .filter((q) => q.subject.termType !== 'Literal' && q.predicate.termType === 'NamedNode')
    .map((q) => DF.quad(plain(q.subject), plain(q.predicate), plain(q.object)));
}

function rdfFormat(file) {
  if (file.endsWith('.rdf')) return 'application/rdf+xml';
  if (file.endsWith('.nt')) return 'application/n-triples';
  if (file.endsWith('.nq')) return 'application/n-quads';
  if (file.endsWith('.trig')) return 'application/trig';
  return 'text/turtle';
}

/**
 * The quads of an RDF file, read with Oxigraph's parsers (Turtle, RDF/XML, N-Triples), relative
 * IRIs resolved against the file's own URL, into a graph when one is given.
 *
 * @example
 * readRdf('/…/data-g1.ttl', 'file:///…/data-g1.ttl').length;
 */
export function readRdf(file, graph) {
  const text = readFileSync(file, 'utf8');
  const quads = oxigraph.parse(text, { format: rdfFormat(file), base_iri: pathToFileURL(file).href });
  // blank nodes are local to their document: two files' _:x are two nodes
  const doc = `d${++documents}_`;
  const local = (t) => (t.termType === 'BlankNode' ? DF.blankNode(doc + t.value) : t);
  return quads.map((q) => DF.quad(local(plain(q.subject)), plain(q.predicate), local(plain(q.object)), graph ? DF.namedNode(graph) : DF.defaultGraph()));
}

let documents = 0;

/**
 * The expected result of a test: `{ type: 'bindings', variables, rows }`, `{ type: 'boolean', value }`
 * or `{ type: 'quads', quads }`.
 *
 * @example
 * await readExpected('/…/agg01.srx'); // { type: 'bindings', variables: ['P', 'C'], rows: [...] }
 */
export async function readExpected(file) {
  if (file.endsWith('.srx')) {
    const text = readFileSync(file, 'utf8');
    const parser = new SparqlXmlParser({ dataFactory: DF });
    if (/<boolean>/.test(text)) return { type: 'boolean', value: await parser.parseXmlBooleanStream(createReadStream(file)) };
    const variables = [...text.matchAll(/<variable\s+name="([^"]+)"/g)].map((m) => m[1]);
    const rows = [];
    await new Promise((resolve, reject) => {
      parser.parseXmlResultsStream(createReadStream(file)).on('data', (b) => rows.push(b)).on('error', reject).on('end', resolve);
    });
    return { type: 'bindings', variables, rows: bindings(rows) };
  }
  if (file.endsWith('.srj')) {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const parser = new SparqlJsonParser({ dataFactory: DF, prefixVariableQuestionMark: false });
    if ('boolean' in json) return { type: 'boolean', value: parser.parseJsonBoolean(json) };
    return { type: 'bindings', variables: json.head.vars ?? [], rows: bindings(parser.parseJsonResults(json)) };
  }
  const quads = readRdf(file);
  const store = new N3.Store(quads);
  const set = store.getSubjects(DF.namedNode(`${RDF}type`), DF.namedNode(`${RS}ResultSet`), null)[0];
  if (!set) return { type: 'quads', quads };
  const one = (s, p) => store.getObjects(s, DF.namedNode(p), null)[0];
  const bool = one(set, `${RS}boolean`);
  if (bool) return { type: 'boolean', value: bool.value === 'true' };
  const variables = store.getObjects(set, DF.namedNode(`${RS}resultVariable`), null).map((v) => v.value);
  const solutions = store.getObjects(set, DF.namedNode(`${RS}solution`), null).map((sol) => {
    const row = {};
    for (const b of store.getObjects(sol, DF.namedNode(`${RS}binding`), null)) row[one(b, `${RS}variable`).value] = plain(one(b, `${RS}value`));
    const index = one(sol, `${RS}index`);
    return { row, index: index ? Number(index.value) : undefined };
  });
  const ordered = solutions.every((s) => s.index !== undefined);
  if (ordered) solutions.sort((a, b) => a.index - b.index);
  return { type: 'bindings', variables, rows: solutions.map((s) => s.row), ordered };
}

/**
 * Rows as multisets. Without blank nodes, rows compare by their text, sorted: graph isomorphism
 * (one blank node per row) is only needed to match blank-node names, and it slows to minutes on
 * large answers with many equal rows (rdf-isomorphic cannot tell equal rows' nodes apart).
 */
function sameRows(a, b) {
  if (a.some(rowHasBlank) || b.some(rowHasBlank)) return isomorphic(rowsAsGraph(a), rowsAsGraph(b));
  return sameKeys(a.map(rowKey), b.map(rowKey));
}

function rowHasBlank(row) {
  return Object.values(row).some(hasBlankTerm);
}

function hasBlankTerm(t) {
  return t.termType === 'BlankNode' || (t.termType === 'Quad' && [t.subject, t.predicate, t.object].some(hasBlankTerm));
}

function hasBlank(quads) {
  return quads.some((q) => hasBlankTerm(q.subject) || hasBlankTerm(q.object));
}

function rowKey(row) {
  return Object.keys(row).sort().map((k) => `${k}=${termKey(row[k])}`).join(' ');
}

function quadKey(q) {
  return `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`;
}

function sameKeys(a, b) {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((k, i) => k === y[i]);
}

/** A result set as a graph: one blank node per row, so multisets compare up to blank-node names. */
function rowsAsGraph(rows) {
  const out = [];
  rows.forEach((row, i) => {
    const r = DF.blankNode(`row${i}`);
    out.push(DF.quad(r, DF.namedNode('urn:cg:row'), DF.literal('')));
    for (const [k, v] of Object.entries(row)) out.push(DF.quad(r, DF.namedNode(`urn:cg:var:${k}`), v.termType === 'Quad' ? DF.literal(`<<${termKey(v)}>>`) : v));
  });
  return out;
}

/** Text of a term (blank nodes as `_:`). */
export function termKey(t) {
  if (!t) return '';
  switch (t.termType) {
    case 'NamedNode': return `<${t.value}>`;
    case 'BlankNode': return '_:';
    case 'Literal': return `${JSON.stringify(t.value)}${t.language ? `@${t.language}${t.direction ? `--${t.direction}` : ''}` : `^^${t.datatype.value}`}`;
    case 'Quad': return `<<${termKey(t.subject)} ${termKey(t.predicate)} ${termKey(t.object)}>>`;
    default: return t.value;
  }
}

/**
 * Whether an answer matches the expected result: rows as multisets (up to blank-node names);
 * where `orderBy` names variables, also their values row by row (ties may come in any order);
 * graphs up to isomorphism.
 *
 * @example
 * sameResult(expected, actual, ['x']); // { ok: true }
 */
export function sameResult(expected, actual, orderBy = [], lax = false) {
  if (lax && expected.type === 'bindings' && actual?.type === 'bindings') {
    return sameResult({ ...expected, rows: distinctRows(expected.rows) }, { ...actual, rows: distinctRows(actual.rows) }, orderBy);
  }
  if (!actual) return { ok: false, why: 'no answer' };
  if (expected.type !== actual.type) return { ok: false, why: `${actual.type} instead of ${expected.type}` };
  if (expected.type === 'boolean') return expected.value === actual.value ? { ok: true } : { ok: false, why: `${actual.value} instead of ${expected.value}` };
  if (expected.type === 'quads') {
    const a = dedupe(triples(expected.quads));
    const b = dedupe(triples(actual.quads));
    return a.length === b.length && (hasBlank(a) || hasBlank(b) ? isomorphic(a, b) : sameKeys(a.map(quadKey), b.map(quadKey))) ? { ok: true } : { ok: false, why: `graph of ${b.length} triples differs from the expected ${a.length}` };
  }
  if (expected.rows.length !== actual.rows.length) return { ok: false, why: `${actual.rows.length} rows instead of ${expected.rows.length}` };
  if (!sameRows(expected.rows, actual.rows)) return { ok: false, why: 'different rows', detail: diff(expected.rows, actual.rows) };
  const keys = orderBy.filter((v) => expected.rows.some((r) => r[v]));
  if (keys.length && expected.ordered !== false) {
    for (let i = 0; i < expected.rows.length; i++) {
      const a = keys.map((k) => termKey(expected.rows[i][k])).join(' ');
      const b = keys.map((k) => termKey(actual.rows[i][k])).join(' ');
      if (a !== b) return { ok: false, why: `row ${i + 1} out of order (${b} where ${a} was expected)` };
    }
  }
  return { ok: true };
}

function distinctRows(rows) {
  const seen = new Map();
  for (const r of rows) seen.set(Object.keys(r).sort().map((k) => `${k}=${termKey(r[k])}${r[k].termType === 'BlankNode' ? r[k].value : ''}`).join(' '), r);
  return [...seen.values()];
}

function dedupe(quads) {
  const seen = new Map();
  for (const q of quads) seen.set(`${termKey(q.subject)}${q.subject.termType === 'BlankNode' ? q.subject.value : ''} ${termKey(q.predicate)} ${termKey(q.object)}${q.object.termType === 'BlankNode' ? q.object.value : ''}`, q);
  return [...seen.values()];
}

function diff(expected, actual) {
  const text = (rows) => rows.map((r) => Object.keys(r).sort().map((k) => `${k}=${termKey(r[k])}`).join(' '));
  const a = text(expected);
  const b = text(actual);
  const missing = a.filter((x) => !b.includes(x)).slice(0, 2);
  const extra = b.filter((x) => !a.includes(x)).slice(0, 2);
  return `missing ${JSON.stringify(missing)}; unexpected ${JSON.stringify(extra)}`;
}
