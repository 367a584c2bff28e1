/**
 * The query's citable patterns (src/query/cite/types.ts `CiteScope`) and what one solution
 * instantiates them into.
 *
 * A row is traced through the positive patterns its solutions matched: triples of the WHERE
 * clause and of its OPTIONAL, UNION, GRAPH and nested groups, with any predicate (an IRI, a
 * variable bound per solution, a property path), and the patterns of sub-selects (through what
 * they project, or a re-run pinned to it). MINUS, FILTER (NOT) EXISTS, BIND and VALUES match no
 * triple of a row. A pattern with a blank node, a triple term or a reifier, and a SERVICE
 * clause (someone else's graph), cannot be traced.
 */
import type * as RDF from '@rdfjs/types';
import type { Pattern, QuerySelect } from '@traqula/rules-sparql-1-2';
import { termToSparql } from '../format.js';
import { type IriContext, isVariable, projection, rdfTerm, resolveIri, scopeVariables } from '../syntax.js';
import type { QueryRow } from '../types.js';
import type { CitePattern, CiteScope, GroundTriple, LinkPredicate, PathExpr, SubSelectScope, UntraceablePattern } from './types.js';

interface AnyNode {
  type?: string;
  subType?: string;
  [key: string]: unknown;
}

/**
 * The citable shape of a group of patterns.
 *
 * @example
 * ```ts
 * const scope = collectScope(ast.where.patterns, iriContext(ast));
 * scope.patterns.length; // triple patterns, at any depth outside sub-selects
 * ```
 */
export function collectScope(patterns: readonly Pattern[], ctx: IriContext): CiteScope {
  const scope: CiteScope = { patterns: [], untraceable: [], subSelects: [] };
  walk(patterns, ctx, scope);
  return scope;
}

function walk(patterns: readonly Pattern[], ctx: IriContext, scope: CiteScope): void {
  for (const p of patterns as readonly unknown[] as AnyNode[]) {
    if (p.type === 'query') {
      scope.subSelects.push(subSelect(p as unknown as QuerySelect, ctx));
      continue;
    }
    switch (p.subType) {
      case 'bgp':
        for (const t of p.triples as AnyNode[]) triple(t, ctx, scope);
        break;
      case 'group':
      case 'optional':
      case 'union':
      case 'graph':
        walk(p.patterns as Pattern[], ctx, scope);
        break;
      case 'service': {
        const vars = new Set<string>();
        scopeVariables(p.patterns as Pattern[], vars);
        scope.untraceable.push({ variables: [...vars], why: 'a SERVICE clause (another endpoint\'s triples)' });
        break;
      }
      default:
        // MINUS, FILTER (NOT) EXISTS, BIND, VALUES: no triple of the row
        break;
    }
  }
}

function subSelect(query: QuerySelect, ctx: IriContext): SubSelectScope {
  const scope = collectScope(query.where.patterns, ctx);
  const { names, wildcard } = projection(query);
  const inner = new Set<string>();
  scopeVariables(query.where.patterns, inner);
  const projected = wildcard ? [...inner] : names;
  const shown = new Set(projected);
  // Every variable inside is one the enclosing group sees under the same name: its patterns are
  // instantiated with the enclosing solutions directly.
  const transparent = [...inner].every((v) => shown.has(v)) && scope.subSelects.every((s) => s.transparent);
  return { query, scope, projected, transparent };
}

/** One triple of a BGP (with the triples of any collection or blank-node property list in it). */
function triple(t: AnyNode, ctx: IriContext, scope: CiteScope): void {
  if (t.type === 'tripleCollection') {
    untraceable(t, scope, 'a blank node or collection in the pattern');
    for (const inner of t.triples as AnyNode[]) triple(inner, ctx, scope);
    return;
  }
  if (t.type !== 'triple') return;
  for (const end of [t.subject, t.object] as AnyNode[]) {
    if (end.type === 'tripleCollection') triple(end, ctx, scope);
  }
  if ((t.annotations as unknown[] | undefined)?.length) untraceable(t, scope, 'a reifier or annotation in the pattern');
  const subject = rdfTerm(t.subject, ctx);
  const object = rdfTerm(t.object, ctx);
  if (!subject || !object || subject.termType === 'BlankNode' || object.termType === 'BlankNode') {
    untraceable(t, scope, 'a blank node or collection in the pattern');
    return;
  }
  if (subject.termType === 'Quad' || object.termType === 'Quad') {
    untraceable(t, scope, 'a triple term in the pattern');
    return;
  }
  const pred = t.predicate as AnyNode;
  let predicate: CitePattern['predicate'];
  if (isVariable(pred)) {
    predicate = { kind: 'variable', name: pred.value };
  } else {
    const path = pathExpr(pred, ctx, false);
    const links = path && linksOf(path);
    predicate = links ? { kind: 'links', links } : { kind: 'path', path: path!, text: pathText(pred, ctx) };
  }
  scope.patterns.push({ subject, predicate, object });
}

function untraceable(t: AnyNode, scope: CiteScope, why: string): void {
  const vars = new Set<string>();
  collectTermVariables(t, vars);
  const entry: UntraceablePattern = { variables: [...vars], why };
  if (!scope.untraceable.some((u) => u.why === why && u.variables.join() === entry.variables.join())) scope.untraceable.push(entry);
}

function collectTermVariables(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) collectTermVariables(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (isVariable(node)) {
    out.add(node.value);
    return;
  }
  for (const [k, v] of Object.entries(node)) if (k !== 'loc') collectTermVariables(v, out);
}

/**
 * A predicate or property path in normal form (inverses pushed to the links).
 *
 * @example
 * ```ts
 * pathExpr(parsedPathOf('^(cg:memberOf/cg:partOf)'), ctx, false); // seq [^partOf, ^memberOf]
 * ```
 */
export function pathExpr(node: unknown, ctx: IriContext, inverse: boolean): PathExpr | undefined {
  const n = node as AnyNode;
  if (n.type === 'term' && n.subType === 'namedNode') return { type: 'link', iri: resolveIri(n as never, ctx), inverse };
  if (n.type !== 'path') return undefined;
  const items = (n.items as unknown[]) ?? [];
  switch (n.subType) {
    case '^':
      return pathExpr(items[0], ctx, !inverse);
    case '/': {
      const parts = items.map((i) => pathExpr(i, ctx, inverse));
      if (parts.some((x) => !x)) return undefined;
      return { type: 'seq', items: (inverse ? parts.reverse() : parts) as PathExpr[] };
    }
    case '|': {
      const parts = items.map((i) => pathExpr(i, ctx, inverse));
      return parts.some((x) => !x) ? undefined : { type: 'alt', items: parts as PathExpr[] };
    }
    case '*':
    case '+':
    case '?': {
      const item = pathExpr(items[0], ctx, inverse);
      if (!item) return undefined;
      return { type: n.subType === '*' ? 'star' : n.subType === '+' ? 'plus' : 'opt', item };
    }
    case '!': {
      // !(a|^b): predicates other than a read forwards, other than b read backwards
      const forward = new Set<string>();
      const backward = new Set<string>();
      let hasForward = false;
      let hasBackward = false;
      const members = (items[0] as AnyNode).subType === '|' && (items[0] as AnyNode).type === 'path' ? ((items[0] as AnyNode).items as AnyNode[]) : [items[0] as AnyNode];
      for (const m of members) {
        if (m.type === 'path' && m.subType === '^') {
          backward.add(resolveIri((m.items as AnyNode[])[0] as never, ctx));
          hasBackward = true;
        } else {
          forward.add(resolveIri(m as never, ctx));
          hasForward = true;
        }
      }
      // SPARQL: !(a) reads forwards only, !(^b) backwards only, !(a|^b) both ways
      const fwd = hasForward || !hasBackward ? forward : undefined;
      const bwd = hasBackward ? backward : undefined;
      return inverse ? { type: 'nps', forward: bwd, inverse: fwd } : { type: 'nps', forward: fwd, inverse: bwd };
    }
    default:
      return undefined;
  }
}

/** A path that is one link or alternatives of links: instantiated like a plain triple. */
function linksOf(path: PathExpr): LinkPredicate[] | undefined {
  if (path.type === 'link') return [{ iri: path.iri, inverse: path.inverse }];
  if (path.type !== 'alt') return undefined;
  const out: LinkPredicate[] = [];
  for (const item of path.items) {
    const sub = linksOf(item);
    if (!sub) return undefined;
    out.push(...sub);
  }
  return out;
}

function pathText(node: unknown, ctx: IriContext): string {
  const n = node as AnyNode;
  if (n.type === 'term') return `<${resolveIri(n as never, ctx)}>`;
  const items = ((n.items as unknown[]) ?? []).map((i) => pathText(i, ctx));
  switch (n.subType) {
    case '^': return `^${items[0]}`;
    case '!': return `!(${items[0]})`;
    case '/':
    case '|': return `(${items.join(n.subType)})`;
    default: return `(${items[0]})${n.subType}`;
  }
}

/** A path a row needs traced: its two ends in one solution. */
export interface PathTask {
  key: string;
  path: PathExpr;
  text: string;
  s: RDF.Term;
  o: RDF.Term;
}

/**
 * What one solution instantiates: the ground triples of its patterns (a pattern whose ends or
 * predicate it leaves unbound was not matched by it: an OPTIONAL part that failed, the other
 * branch of a UNION), and the property paths to trace between bound ends.
 *
 * @example
 * ```ts
 * groundSolution(scope.patterns, { s: cgr('freedonia'), o: cgr('guild') }, triples, paths);
 * ```
 */
export function groundSolution(patterns: CitePattern[], sol: QueryRow, triples: Map<string, GroundTriple>, paths: Map<string, PathTask>, citable?: (iri: string) => boolean): void {
  for (const p of patterns) {
    const s = bind(p.subject, sol);
    const o = bind(p.object, sol);
    if (!s || !o) continue;
    const pred = p.predicate;
    if (pred.kind === 'path') {
      if (s.termType === 'Literal') continue;
      const key = `${termToSparql(s)} ${pred.text} ${termToSparql(o)}`;
      if (!paths.has(key)) paths.set(key, { key, path: pred.path, text: pred.text, s, o });
      continue;
    }
    if (pred.kind === 'variable') {
      const p = sol[pred.name];
      if (p?.termType !== 'NamedNode' || s.termType === 'Literal') continue;
      if (citable && !citable(p.value)) continue;
      const key = tripleKey(s, p.value, o);
      if (!triples.has(key)) triples.set(key, { key, s, p: p.value, o });
      continue;
    }
    for (const link of pred.links) {
      const [subj, obj] = link.inverse ? [o, s] : [s, o];
      if (subj.termType === 'Literal') continue;
      const key = tripleKey(subj, link.iri, obj);
      if (!triples.has(key)) triples.set(key, { key, s: subj, p: link.iri, o: obj });
    }
  }
}

function bind(t: RDF.Term, sol: QueryRow): RDF.Term | undefined {
  return t.termType === 'Variable' ? sol[t.value] : t;
}

/**
 * The key of a ground triple (its N-Triples form).
 *
 * @example
 * ```ts
 * tripleKey(s, 'https://w3id.org/claimgraph/ontology#memberOf', o); // '<…freedonia> <…#memberOf> <…guild>'
 * ```
 */
export function tripleKey(s: RDF.Term, p: string, o: RDF.Term): string {
  return `${termToSparql(s)} <${p}> ${termToSparql(o)}`;
}

/**
 * The predicates a scope's patterns name (variable predicates and paths aside): what is worth
 * asking the backend about once.
 *
 * @example
 * ```ts
 * namedPredicates(scope); // ['https://w3id.org/claimgraph/ontology#memberOf', …]
 * ```
 */
export function namedPredicates(scope: CiteScope): string[] {
  const out = new Set<string>();
  const visit = (s: CiteScope) => {
    for (const p of s.patterns) if (p.predicate.kind === 'links') for (const l of p.predicate.links) out.add(l.iri);
    for (const sub of s.subSelects) visit(sub.scope);
  };
  visit(scope);
  return [...out];
}

/**
 * The variables of a scope's citable patterns (ends and variable predicates), sub-selects that
 * show them included: what a grouped row's solutions must carry.
 *
 * @example
 * ```ts
 * patternVariables(scope); // Set { 'member', 'org' }
 * ```
 */
export function patternVariables(scope: CiteScope): Set<string> {
  const out = new Set<string>();
  const visit = (s: CiteScope, shown?: Set<string>) => {
    const add = (v: string) => {
      if (!shown || shown.has(v)) out.add(v);
    };
    for (const p of s.patterns) {
      for (const t of [p.subject, p.object]) if (t.termType === 'Variable') add(t.value);
      if (p.predicate.kind === 'variable') add(p.predicate.name);
    }
    for (const u of s.untraceable) u.variables.forEach(add);
    for (const sub of s.subSelects) visit(sub.scope, new Set(sub.projected.filter((v) => !shown || shown.has(v))));
  };
  visit(scope);
  return out;
}
