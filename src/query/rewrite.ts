/**
 * Planning for a query handed whole to Oxigraph: an equivalent text that Oxigraph evaluates
 * faster, where one is known to be exact.
 *
 * Why: Oxigraph evaluates a query in the shape it is written. A grouped query that also fetches
 * per-group attributes (`GROUP BY ?sentence ?id ?begin ?end ?text` with a triple pattern for each
 * attribute) joins every attribute into every solution and hashes them all into the group key.
 * Grouping first and fetching the attributes once per group gives the same rows: measured at 1M
 * triples (bench corpus, 2026-11-29), `claims-per-sentence` went 463 -> 326 ms in Oxigraph, and
 * with `--cite`'s extra aggregate 597 -> 418 ms. Comunica still parses, plans and checks the
 * query as written; only the text Oxigraph receives changes.
 */
import type * as RDF from '@rdfjs/types';
import type { Grouping, Pattern, Query, SelectQuery, Triple } from 'sparqljs';
import rdfDataFactory from 'rdf-data-factory';
import { collectVariables, hasAggregate } from './syntax.js';

const DF = new rdfDataFactory.DataFactory();

/**
 * Rewrites an aggregate query so that it groups before it joins the triple patterns that only
 * describe a group (every variable of the pattern is a `GROUP BY` key), or returns undefined
 * when that would not be exact or there is nothing to move.
 *
 * Exact because such a pattern, with all its variables fixed by a group's keys, is a ground
 * triple: it holds once or not at all, so it neither splits nor repeats a group's solutions.
 * Each group of the original is one row of the inner grouping (on the keys the remaining
 * patterns bind) joined with one solution of the moved patterns, with the same aggregates. The
 * conditions keep it so:
 * - the WHERE clause holds only triple patterns and FILTERs: no OPTIONAL, MINUS, BIND, VALUES,
 *   sub-select, UNION, GRAPH or SERVICE, whose answers depend on what is joined before them
 *   (tests/query/rewrite.test.ts shows a rewrite across an OPTIONAL dropping rows);
 * - every `GROUP BY` element is a plain variable; no HAVING, no trailing VALUES, no wildcard;
 * - moved patterns are top-level triples with an IRI predicate (or a key variable) and no blank
 *   node or triple term;
 * - a moved variable the rest of the query mentions is bound in every remaining solution (it
 *   occurs in a remaining top-level triple), so the join cannot bind what grouping left unbound;
 * - a variable only the moved patterns bind is used by no aggregate or projected expression
 *   (those are computed before the join) and by no ORDER BY aggregate;
 * - at least one key is left to group on (an empty GROUP BY would make one group of nothing).
 *
 * A pattern is moved only when it binds a variable nothing else binds (an attribute of the
 * group): one whose variables are all bound already only filters groups, and filtering before
 * aggregating is cheaper.
 *
 * @example
 * ```ts
 * const ast = parseQuery('SELECT ?s ?id (COUNT(?c) AS ?n) WHERE { ?c :about ?s . ?s :id ?id } GROUP BY ?s ?id');
 * const faster = groupBeforeJoin(ast);
 * // SELECT ?s ?id ?n WHERE { { SELECT ?s (COUNT(?c) AS ?n) WHERE { ?c :about ?s } GROUP BY ?s } ?s :id ?id }
 * ```
 */
export function groupBeforeJoin(query: Query): SelectQuery | undefined {
  if (query.queryType !== 'SELECT' || !query.group || query.having || query.values) return undefined;
  const keys = new Set<string>();
  for (const g of query.group as (Grouping & { variable?: RDF.Variable })[]) {
    const e = g.expression as { termType?: string; value?: string };
    if (g.variable || e.termType !== 'Variable') return undefined;
    keys.add(e.value!);
  }
  // Only a WHERE of triple patterns and FILTERs is rewritten: there the group is one join of
  // its triples, filtered, and join order does not matter. OPTIONAL, MINUS, BIND, VALUES,
  // sub-selects, UNION, GRAPH and SERVICE are order-sensitive or change scope: moving a triple
  // out of or past them changes the answer (issue 14), so such a query runs as written.
  if (!(query.where ?? []).every((p) => p.type === 'bgp' || p.type === 'filter')) return undefined;
  const candidates: Triple[] = [];
  const rest: Pattern[] = [];
  for (const p of query.where ?? []) {
    if (p.type !== 'bgp') {
      rest.push(p);
      continue;
    }
    const kept = p.triples.filter((t) => {
      if (!describesGroup(t, keys)) return true;
      candidates.push(t);
      return false;
    });
    if (kept.length > 0) rest.push({ ...p, triples: kept });
  }
  // A pattern that binds nothing new only filters groups: it stays before the grouping, where
  // it can cut the solutions to aggregate (moved, every group would be aggregated, then dropped).
  const mentioned = new Map<string, number>();
  collectVariables(rest, mentioned);
  const binds = (t: Triple) => tripleVariables(t).some((v) => !mentioned.has(v));
  const moved = candidates.filter(binds);
  const filters = candidates.filter((t) => !binds(t));
  if (filters.length > 0) rest.push({ type: 'bgp', triples: filters });
  if (moved.length === 0) return undefined;
  const certain = new Set<string>();
  for (const p of rest) if (p.type === 'bgp') for (const t of p.triples) for (const v of tripleVariables(t)) certain.add(v);
  const movedOnly = new Set<string>();
  for (const t of moved) {
    for (const v of tripleVariables(t)) {
      if (!mentioned.has(v)) movedOnly.add(v);
      else if (!certain.has(v)) return undefined;
    }
  }
  const innerKeys = [...keys].filter((k) => !movedOnly.has(k));
  if (innerKeys.length === 0) return undefined;

  const uses = (node: unknown) => {
    const vars = new Map<string, number>();
    collectVariables(node, vars);
    return [...vars.keys()].some((v) => movedOnly.has(v));
  };
  const outerVars: SelectQuery['variables'] = [];
  const innerVars: SelectQuery['variables'] = innerKeys.map((k) => DF.variable(k));
  for (const v of query.variables) {
    if ('expression' in v) {
      if (uses(v.expression)) return undefined;
      innerVars.push(v);
      outerVars.push(v.variable);
    } else if (v.termType === 'Variable' && keys.has(v.value)) {
      outerVars.push(v);
    } else {
      return undefined;
    }
  }
  if ((query.order ?? []).some((o) => hasAggregate(o.expression))) return undefined;

  const inner = {
    type: 'query',
    queryType: 'SELECT',
    prefixes: {},
    variables: innerVars,
    where: rest,
    group: innerKeys.map((k) => ({ expression: DF.variable(k) })),
  } as unknown as SelectQuery;
  const outer: SelectQuery = {
    ...query,
    variables: outerVars,
    where: [{ type: 'group', patterns: [inner as unknown as Pattern] }, { type: 'bgp', triples: moved }],
  };
  delete (outer as Partial<SelectQuery>).group;
  return outer;
}

/** A top-level triple pattern whose every variable is a group key: ground within a group. */
function describesGroup(t: Triple, keys: Set<string>): boolean {
  const p = t.predicate as { termType?: string; value?: string };
  if (p.termType !== 'NamedNode' && !(p.termType === 'Variable' && keys.has(p.value!))) return false;
  let vars = 0;
  for (const term of [t.subject, t.predicate, t.object] as { termType?: string; value?: string }[]) {
    if (term.termType === 'Variable') {
      if (!keys.has(term.value!)) return false;
      vars++;
    } else if (term.termType !== 'NamedNode' && term.termType !== 'Literal') {
      return false;
    }
  }
  return vars > 0;
}

function tripleVariables(t: Triple): string[] {
  const out: string[] = [];
  for (const term of [t.subject, t.predicate, t.object] as { termType?: string; value?: string }[]) if (term.termType === 'Variable') out.push(term.value!);
  return out;
}
