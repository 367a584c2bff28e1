/**
 * Reading traqula syntax trees (src/query/parse.ts): the walkers the query stage's planners share
 * (src/query/run.ts, rewrite.ts, cite/).
 *
 * A tree keeps IRIs as written (prefixed names, relative IRIs); {@link iriContext} and
 * {@link rdfTerm} resolve them as the algebra translation does.
 */
import type * as RDF from '@rdfjs/types';
import type {
  Expression, Pattern, Query, QuerySelect, SparqlQuery, Term, TermIri, TermVariable,
} from '@traqula/rules-sparql-1-2';
import { resolve as resolveRelative } from 'relative-to-absolute-iri';
import rdfDataFactory from 'rdf-data-factory';

const DF = new rdfDataFactory.DataFactory();
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/** A node of a traqula tree, as far as the walkers look at it. */
export interface AnyNode {
  type?: string;
  subType?: string;
  [key: string]: unknown;
}

/**
 * Visits every node of a traqula tree depth first, except terms (leaves here), source locations
 * and prefix declarations; `visit` returning false skips that node's children.
 *
 * @example
 * ```ts
 * walkAst(parseQuery('SELECT (SAMPLE(?o) AS ?x) { ?s ?p ?o }'), (n) => { if (n.subType === 'aggregate') found = true; });
 * ```
 */
export function walkAst(node: unknown, visit: (obj: AnyNode) => boolean | void): void {
  if (Array.isArray(node)) {
    for (const n of node) walkAst(n, visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as AnyNode;
  if (obj.type === 'term' || visit(obj) === false) return;
  for (const k in obj) if (k !== 'loc' && k !== 'context' && typeof obj[k] === 'object') walkAst(obj[k], visit);
}

/**
 * True for a variable term.
 *
 * @example
 * ```ts
 * isVariable(ast.where.patterns[0].triples[0].subject); // true for ?s
 * ```
 */
export function isVariable(node: unknown): node is TermVariable {
  const n = node as AnyNode | undefined;
  return !!n && n.type === 'term' && n.subType === 'variable';
}

/**
 * Every variable the tree mentions (anywhere: projection, patterns, FILTER, ORDER BY), in order
 * of first appearance. Source locations are skipped.
 *
 * @example
 * ```ts
 * const order = new Map<string, number>();
 * collectVariables(parseQuery('SELECT ?b WHERE { ?a ?p ?b } ORDER BY ?c'), order);
 * [...order.keys()]; // ['b', 'a', 'p', 'c']
 * ```
 */
export function collectVariables(node: unknown, order: Map<string, number>): void {
  if (Array.isArray(node)) {
    for (const n of node) collectVariables(n, order);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as AnyNode;
  if (isVariable(obj)) {
    if (!order.has(obj.value)) order.set(obj.value, order.size);
    return;
  }
  for (const k in obj) if (k !== 'loc') collectVariables(obj[k], order);
}

/**
 * True when an expression contains an aggregate (COUNT, SUM, GROUP_CONCAT, ...).
 *
 * @example
 * ```ts
 * hasAggregate(parseExpression('COUNT(?s) + 1')); // true
 * ```
 */
export function hasAggregate(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const node = e as AnyNode;
  if (node.type === 'expression' && node.subType === 'aggregate') return true;
  // an EXISTS pattern's aggregates belong to its own sub-selects
  if (node.type === 'expression' && node.subType === 'patternOperation') return false;
  return Array.isArray(node.args) && node.args.some(hasAggregate);
}

/**
 * True when a `SERVICE` clause occurs anywhere in the query (it needs the engine with HTTP).
 *
 * @example
 * ```ts
 * hasService(parseQuery('SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }')); // true
 * ```
 */
export function hasService(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasService);
  if (!node || typeof node !== 'object') return false;
  const obj = node as AnyNode;
  if (obj.type === 'pattern' && obj.subType === 'service') return true;
  // a term holds no pattern; `for in` allocates nothing (this runs on every query)
  if (obj.type === 'term') return false;
  for (const k in obj) {
    const v = obj[k];
    if (k !== 'loc' && k !== 'context' && typeof v === 'object' && hasService(v)) return true;
  }
  return false;
}

/**
 * The IRIs of the functions a query calls by IRI (`ex:myFunc(?x)`, casts like `xsd:integer(?x)`),
 * resolved; none for a query without such calls (this runs on every query pushed to Oxigraph).
 *
 * @example
 * ```ts
 * functionIris(parseQuery('PREFIX ex: <http://ex/> SELECT * { ?s ?p ?o FILTER ex:f(?o) }')); // ['http://ex/f']
 * ```
 */
export function functionIris(ast: Query): string[] {
  const calls: TermIri[] = [];
  walkAst(ast, (obj) => {
    if (obj.type === 'expression' && obj.subType === 'functionCall') calls.push(obj.function as TermIri);
  });
  if (calls.length === 0) return [];
  const ctx = iriContext(ast);
  return [...new Set(calls.map((t) => resolveIri(t, ctx)))];
}

/** How a tree's IRIs resolve: its prefixes and base. */
export interface IriContext {
  prefixes: Record<string, string>;
  base?: string;
}

/**
 * The prefixes and base a query declares (later declarations win, as in every engine), with
 * relative prefix IRIs resolved against the base declared before them.
 *
 * @example
 * ```ts
 * iriContext(parseQuery('PREFIX : <http://ex/> ASK {}')).prefixes; // { '': 'http://ex/' }
 * ```
 */
export function iriContext(ast: SparqlQuery, baseIRI?: string): IriContext {
  const ctx: IriContext = { prefixes: {}, base: baseIRI };
  const defs = ast.type === 'query' ? ast.context : ast.updates.flatMap((u) => u.context);
  for (const d of defs) {
    if (d.subType === 'base') ctx.base = resolveIri(d.value as TermIri, ctx);
    else if (d.subType === 'prefix') ctx.prefixes[d.key] = resolveIri(d.value as TermIri, ctx);
  }
  return ctx;
}

/**
 * The absolute IRI of an IRI term (prefixed name or IRI reference) in a context.
 *
 * @example
 * ```ts
 * resolveIri(term, { prefixes: { cg: 'https://w3id.org/claimgraph/ontology#' } }); // for cg:memberOf
 * ```
 */
export function resolveIri(term: TermIri, ctx: IriContext): string {
  const prefix = (term as { prefix?: string }).prefix;
  if (prefix !== undefined) return (ctx.prefixes[prefix] ?? `${prefix}:`) + term.value;
  return ctx.base ? resolveRelative(term.value, ctx.base) : term.value;
}

/**
 * The RDF/JS term of a tree's term (variables included); undefined for what is not a term.
 *
 * @example
 * ```ts
 * rdfTerm({ type: 'term', subType: 'variable', value: 's' }, ctx); // DF.variable('s')
 * ```
 */
export function rdfTerm(node: unknown, ctx: IriContext): RDF.Term | undefined {
  const t = node as AnyNode;
  if (!t || t.type !== 'term') return undefined;
  switch (t.subType) {
    case 'variable':
      return DF.variable(t.value as string);
    case 'namedNode':
      return DF.namedNode(resolveIri(t as unknown as TermIri, ctx));
    case 'blankNode':
      return DF.blankNode(t.label as string);
    case 'literal': {
      const lt = t.langOrIri as string | TermIri | undefined;
      if (typeof lt === 'string') {
        const [language, direction] = lt.split('--');
        return direction ? DF.literal(t.value as string, { language: language!, direction: direction as 'ltr' | 'rtl' }) : DF.literal(t.value as string, lt);
      }
      if (!lt) return DF.literal(t.value as string);
      const dt = resolveIri(lt, ctx);
      return dt === XSD_STRING || dt === RDF_LANG_STRING ? DF.literal(t.value as string) : DF.literal(t.value as string, DF.namedNode(dt));
    }
    case 'triple': {
      const s = rdfTerm(t.subject, ctx);
      const p = rdfTerm(t.predicate, ctx);
      const o = rdfTerm(t.object, ctx);
      return s && p && o ? DF.quad(s as RDF.Quad_Subject, p as RDF.Quad_Predicate, o as RDF.Quad_Object) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * What a SELECT projects: `*`, the plain variables, and every projected name (plain and `AS`)
 * in order.
 *
 * @example
 * ```ts
 * projection(parseQuery('SELECT ?a (1 AS ?b) {}') as QuerySelect); // { wildcard: false, plain: ['a'], names: ['a', 'b'] }
 * ```
 */
export function projection(q: QuerySelect): { wildcard: boolean; plain: string[]; names: string[] } {
  const plain: string[] = [];
  const names: string[] = [];
  let wildcard = false;
  for (const v of q.variables as unknown[] as AnyNode[]) {
    if (v.type === 'wildcard') wildcard = true;
    else if (isVariable(v)) {
      plain.push(v.value);
      names.push(v.value);
    } else if (v.subType === 'bind') names.push((v.variable as TermVariable).value);
  }
  return { wildcard, plain, names };
}

/**
 * True for a SELECT that aggregates: GROUP BY, HAVING, or an aggregate in the projection (one
 * implicit group).
 *
 * @example
 * ```ts
 * isAggregate(parseQuery('SELECT (COUNT(*) AS ?n) { ?s ?p ?o }') as QuerySelect); // true
 * ```
 */
export function isAggregate(q: QuerySelect): boolean {
  const m = q.solutionModifiers;
  return !!m.group || !!m.having || (q.variables as unknown[] as AnyNode[]).some((v) => v.subType === 'bind' && hasAggregate(v.expression));
}

/**
 * The `GROUP BY` elements: a plain variable key, or an expression (with its `AS` name, if any).
 *
 * @example
 * ```ts
 * groupKeys(q); // [{ variable: 's' }, { expression: …, as: 'k' }]
 * ```
 */
export function groupKeys(q: QuerySelect): { variable?: string; expression?: Expression; as?: string }[] {
  return (q.solutionModifiers.group?.groupings ?? []).map((g) => {
    if (isVariable(g)) return { variable: g.value };
    const bound = g as { variable?: TermVariable; value?: Expression };
    if (bound.variable && bound.value) return { expression: bound.value, as: bound.variable.value };
    return { expression: g as Expression };
  });
}

/**
 * The variables in scope of a group's patterns (SPARQL 1.1 section 18.2.1): those of triple
 * patterns (paths: their ends), OPTIONAL, UNION and GRAPH parts, BIND, VALUES, and what a
 * sub-select projects, and SERVICE groups. MINUS and FILTER (EXISTS) add none.
 *
 * @example
 * ```ts
 * const vars = new Set<string>();
 * scopeVariables(parseQuery('SELECT * { ?s ?p ?o MINUS { ?s ?q ?x } }').where.patterns, vars); // s, p, o
 * ```
 */
export function scopeVariables(patterns: readonly Pattern[], out: Set<string>): void {
  for (const p of patterns as readonly unknown[] as AnyNode[]) {
    if (p.type === 'query') {
      const sub = p as unknown as QuerySelect;
      const proj = projection(sub);
      if (proj.wildcard) scopeVariables(sub.where.patterns, out);
      for (const n of proj.names) out.add(n);
      continue;
    }
    switch (p.subType) {
      case 'bgp':
        for (const t of p.triples as unknown[]) tripleVariables(t, out);
        break;
      case 'group':
      case 'optional':
      case 'union':
      case 'service':
        scopeVariables(p.patterns as Pattern[], out);
        break;
      case 'graph':
        if (isVariable(p.name)) out.add(p.name.value);
        scopeVariables(p.patterns as Pattern[], out);
        break;
      case 'bind':
        out.add((p.variable as TermVariable).value);
        break;
      case 'values':
        for (const v of (p.variables as TermVariable[] | undefined) ?? []) out.add(v.value);
        for (const row of p.values as Record<string, unknown>[]) for (const k of Object.keys(row)) out.add(k);
        break;
      default:
        break;
    }
  }
}

/** Variables of a triple (nested collections and reifiers included; paths: their ends). */
function tripleVariables(node: unknown, out: Set<string>): void {
  const t = node as AnyNode;
  if (!t || typeof t !== 'object') return;
  if (isVariable(t)) {
    out.add(t.value);
    return;
  }
  if (t.type === 'triple') {
    tripleVariables(t.subject, out);
    if (isVariable(t.predicate)) out.add(t.predicate.value);
    tripleVariables(t.object, out);
    for (const a of (t.annotations as unknown[] | undefined) ?? []) tripleVariables((a as AnyNode).val ?? a, out);
  } else if (t.type === 'tripleCollection') {
    tripleVariables(t.identifier, out);
    for (const inner of t.triples as unknown[]) tripleVariables(inner, out);
  } else if (t.type === 'term' && t.subType === 'triple') {
    tripleVariables(t.subject, out);
    tripleVariables(t.predicate, out);
    tripleVariables(t.object, out);
  }
}

/**
 * Variables a top-level one-row VALUES block fixes (a named query's parameter): constants for
 * every solution.
 *
 * @example
 * ```ts
 * valuesConstants(parseQuery('SELECT * { VALUES ?o { cgr:league } ?s ?p ?o }').where.patterns, ctx); // Map { 'o' => cgr:league }
 * ```
 */
export function valuesConstants(patterns: readonly Pattern[], ctx: IriContext): Map<string, RDF.Term> {
  const out = new Map<string, RDF.Term>();
  for (const p of patterns as readonly unknown[] as AnyNode[]) {
    if (p.subType !== 'values' || (p.values as unknown[]).length !== 1) continue;
    for (const [k, v] of Object.entries((p.values as Record<string, Term | undefined>[])[0]!)) {
      const t = v && rdfTerm(v, ctx);
      if (t) out.set(k, t);
    }
  }
  return out;
}

/**
 * The query's own WHERE group (DESCRIBE may have none: then an empty one).
 *
 * @example
 * ```ts
 * wherePatterns(parseQuery('ASK { ?s ?p ?o }')).length; // 1
 * ```
 */
export function wherePatterns(q: Query): readonly Pattern[] {
  return q.where?.patterns ?? [];
}
