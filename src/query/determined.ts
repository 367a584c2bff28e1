/**
 * Whether a query's answer is fixed by the query and the data alone, or leaves a choice to the
 * engine that runs it: the question the hedge of a fresh process (src/query/hedge.ts) asks
 * before it lets two engines race for one answer.
 *
 * Why: the hedge prints whichever answer comes first, put in the canonical order of
 * src/query/once.ts. That order makes two answers the same bytes only when they hold the same
 * rows and the engines' orders differ only where the canonical order settles them. SPARQL leaves
 * some answers open: which rows a LIMIT/OFFSET keeps among rows its ORDER BY ties (or in any
 * order, without ORDER BY), the order of rows tied on an ORDER BY expression, the value SAMPLE
 * picks, the order of a GROUP_CONCAT used inside an expression. Comunica (over the index) and
 * Oxigraph (the loaded graph) choose differently there, so the bytes would depend on which
 * engine was first: a fresh process could print other rows on every run. Such a query is
 * answered by the index alone ({@link answerDetermined} says why, the hedge says so on stderr).
 *
 * Where the query fixes the answer but the values decide whether the engines order it alike (an
 * ORDER BY on a variable whose values SPARQL's `<` does not compare: numbers beside strings, a
 * language-tagged string, a NaN), {@link engineFreeOrder} checks the answer itself.
 */
import type * as RDF from '@rdfjs/types';
import type { Query, QuerySelect } from '@traqula/rules-sparql-1-2';
import { isVariable, walkAst, type AnyNode } from './syntax.js';
import type { QueryRow } from './types.js';

/** {@link answerDetermined}'s verdict: determined, or not and why (a clause for a message). */
export type Determinacy = { determined: true } | { determined: false; reason: string };

/**
 * Whether every engine that follows SPARQL gives this query the same answer, up to the
 * canonical order of src/query/once.ts (rows sorted where SPARQL leaves their order open,
 * the parts of a projected GROUP_CONCAT sorted). Not determined: a LIMIT or OFFSET on a query's
 * rows or triples (its own or a sub-select's), an ORDER BY on an expression in a SELECT, a
 * SAMPLE, a GROUP_CONCAT other than a projected column of the query itself, a DESCRIBE (its
 * description is the engine's choice). An ASK's answer
 * does not depend on which solutions come first, so only its aggregates count.
 *
 * @example
 * ```ts
 * answerDetermined(parseQuery('SELECT ?s { ?s ?p ?o } ORDER BY ?s')); // { determined: true }
 * answerDetermined(parseQuery('SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 3'));
 * // { determined: false, reason: 'its LIMIT/OFFSET keeps rows SPARQL does not fix (...)' }
 * ```
 */
export function answerDetermined(ast: Query): Determinacy {
  const top = ast as unknown as AnyNode;
  if (ast.subType === 'describe') {
    return { determined: false, reason: 'SPARQL leaves what a DESCRIBE returns to the engine, and each describes in its own way' };
  }
  const lo = (ast.solutionModifiers as { limitOffset?: unknown } | undefined)?.limitOffset;
  if (lo && ast.subType !== 'ask') {
    return { determined: false, reason: 'its LIMIT/OFFSET keeps rows SPARQL does not fix (among rows its ORDER BY ties, or in any order without one), and each engine keeps others' };
  }
  if (ast.subType === 'select') {
    const order = (ast as QuerySelect).solutionModifiers.order?.orderDefs ?? [];
    const keys = order.map((o) => ('descending' in o ? o.expression : o));
    if (!keys.every(isVariable)) {
      return { determined: false, reason: 'its ORDER BY on an expression leaves the order of tied rows to the engine' };
    }
    if (!orderKeysShown(ast as QuerySelect)) {
      return { determined: false, reason: 'its ORDER BY on a variable it does not project leaves the order of the rows tied on it to the engine' };
    }
  }
  // the projected `(GROUP_CONCAT(...) AS ?v)` of the query itself: the canonical order sorts its parts
  const projectedConcat = new Set<unknown>();
  if (ast.subType === 'select') {
    for (const v of (ast as QuerySelect).variables as unknown[] as AnyNode[]) {
      if (v.subType === 'bind' && isAggregate(v.expression, 'group_concat')) projectedConcat.add(v.expression);
    }
  }
  let reason: string | undefined;
  walkAst(ast, (obj) => {
    if (reason) return false;
    if (obj !== top && obj.type === 'query' && (obj.solutionModifiers as { limitOffset?: unknown } | undefined)?.limitOffset) {
      reason = 'a sub-select\'s LIMIT/OFFSET keeps rows SPARQL does not fix, and each engine keeps others';
      return false;
    }
    if (isAggregate(obj, 'sample')) {
      reason = 'SAMPLE picks any value of its group, and each engine picks another';
      return false;
    }
    if (isAggregate(obj, 'group_concat') && !projectedConcat.has(obj)) {
      reason = 'a GROUP_CONCAT used inside an expression, a HAVING or a sub-select depends on the order of its values, which each engine joins in its own';
      return false;
    }
    return true;
  });
  return reason ? { determined: false, reason } : { determined: true };
}

/**
 * Whether every ORDER BY key of a SELECT is a variable its rows show (projected, or `*`), so
 * rows tied on the keys can be told from the rows: the canonical order sorts those runs.
 *
 * @example
 * ```ts
 * orderKeysShown(parseQuery('SELECT ?s { ?s ?p ?o } ORDER BY ?o') as QuerySelect); // false
 * ```
 */
export function orderKeysShown(q: QuerySelect): boolean {
  const keys = (q.solutionModifiers.order?.orderDefs ?? []).map((o) => ('descending' in o ? o.expression : o));
  if (!keys.every(isVariable)) return false;
  const shown = new Set<string>();
  for (const v of q.variables as unknown[] as AnyNode[]) {
    // `SELECT *` shows every variable in scope (one out of scope is unbound in every row)
    if (v.type === 'wildcard') return true;
    if (isVariable(v)) shown.add(v.value);
    else if (v.subType === 'bind') shown.add((v.variable as { value: string }).value);
  }
  return keys.every((k) => shown.has((k as { value: string }).value));
}

function isAggregate(node: unknown, name: string): boolean {
  const n = node as AnyNode | undefined;
  return !!n && n.type === 'expression' && n.subType === 'aggregate' && String(n.aggregation).toLowerCase() === name;
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const EXACT = new Set(['integer', 'decimal', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'long', 'int', 'short', 'byte', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte'].map((t) => XSD + t));
const FLOATING = new Set([`${XSD}double`, `${XSD}float`]);
// a character outside the Basic Multilingual Plane: JavaScript compares strings by UTF-16 code
// units (Comunica), Rust by code points (Oxigraph); the two orders differ only around these
const ASTRAL = /[\uD800-\uDFFF]/;

/**
 * The class of values an ORDER BY compares alike on every engine: `iri`, one literal kind
 * (`exact` numbers, `floating` numbers, `string`, `boolean`), or `undefined` for a value whose
 * order SPARQL leaves to the engine (a blank node, a language-tagged string, a NaN, a date, any
 * other datatype, a string or IRI with a character beyond U+FFFF).
 */
function orderClass(t: RDF.Term): string | undefined {
  if (t.termType === 'NamedNode') return ASTRAL.test(t.value) ? undefined : 'iri';
  if (t.termType !== 'Literal') return undefined;
  const dt = t.datatype.value;
  if (EXACT.has(dt)) return 'exact';
  // a NaN (or an ill-formed value) has no place in the order
  if (FLOATING.has(dt)) return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?INF$/.test(t.value) ? 'floating' : undefined;
  if (dt === `${XSD}string`) return ASTRAL.test(t.value) ? undefined : 'string';
  if (dt === `${XSD}boolean`) return t.value === 'true' || t.value === 'false' ? 'boolean' : undefined;
  return undefined;
}

/**
 * Whether every engine orders these rows as this ORDER BY asks in the same way, up to ties
 * (which the canonical order sorts): true when the query has no ORDER BY on a SELECT, or when
 * each ORDER BY variable holds, besides unbound values, only IRIs and values of one literal
 * class that SPARQL's `<` compares (numbers of the exact types or of the floating ones, strings,
 * booleans). False for anything else (see {@link orderClass}): SPARQL leaves that order to the
 * engine. Meant for answers of queries {@link answerDetermined} accepts (ORDER BY on variables).
 *
 * @example
 * ```ts
 * engineFreeOrder(parseQuery('SELECT ?o { ?s ?p ?o } ORDER BY ?o'), rows); // false if ?o holds 1 and "a"
 * ```
 */
export function engineFreeOrder(ast: Query, rows: readonly QueryRow[]): boolean {
  if (ast.subType !== 'select') return true;
  const order = (ast as QuerySelect).solutionModifiers.order?.orderDefs ?? [];
  for (const o of order) {
    const key = 'descending' in o ? o.expression : o;
    if (!isVariable(key)) return false;
    let literal: string | undefined;
    for (const row of rows) {
      const t = row[key.value];
      if (!t) continue;
      const c = orderClass(t);
      if (c === undefined) return false;
      if (c === 'iri') continue;
      if (literal !== undefined && literal !== c) return false;
      literal = c;
    }
  }
  return true;
}

/**
 * The key under which ORDER BY ties a value with others: equal numbers of one class (`1` and
 * `1.0`, `1E0` and `1.0E0`) tie though their terms differ; any other value ties only with itself.
 *
 * @example
 * ```ts
 * orderTieKey(literal('1.0', xsdDecimal)) === orderTieKey(literal('1', xsdInteger)); // true
 * ```
 */
export function orderTieKey(t: RDF.Term | undefined): string {
  if (!t) return '';
  if (t.termType === 'Literal') {
    const dt = t.datatype.value;
    if (EXACT.has(dt)) {
      const exact = exactNumber(t.value);
      if (exact !== undefined) return `#${exact}`;
    }
    if (FLOATING.has(dt)) {
      const n = Number(t.value.replace(/^([+-]?)INF$/, '$1Infinity'));
      if (!Number.isNaN(n)) return `%${Object.is(n, -0) ? 0 : n}`;
    }
  }
  return `${t.termType}:${t.termType === 'Literal' ? `${t.value}\u0001${t.datatype.value}\u0001${t.language}` : t.value}`;
}

/** An integer or decimal lexical form in one form per value (`+01.50` becomes `1.5`), else undefined. */
function exactNumber(v: string): string | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(v);
  if (!m || (m[2] === '' && !m[3])) return undefined;
  const whole = m[2]!.replace(/^0+(?=\d)/, '') || '0';
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  const sign = m[1] === '-' && (whole !== '0' || fraction !== '') ? '-' : '';
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
