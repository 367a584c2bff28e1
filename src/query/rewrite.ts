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
import type { Pattern, PatternBgp, QuerySelect, TripleNesting } from '@traqula/rules-sparql-1-2';
import { collectVariables, groupKeys, hasAggregate, isVariable } from './syntax.js';

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
 *   node, collection or triple term;
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
export function groupBeforeJoin(query: QuerySelect | { subType: string }): QuerySelect | undefined {
  if (query.subType !== 'select') return undefined;
  const q = query as QuerySelect;
  const mods = q.solutionModifiers;
  if (!mods.group || mods.having || q.values) return undefined;
  const where = q.where.patterns;
  if (!where.every((p) => p.type === 'pattern' && (p.subType === 'bgp' || p.subType === 'filter'))) return undefined;
  const keys = new Set<string>();
  for (const g of groupKeys(q)) {
    if (!g.variable) return undefined;
    keys.add(g.variable);
  }
  const candidates: TripleNesting[] = [];
  const rest: Pattern[] = [];
  for (const p of where) {
    if (p.subType !== 'bgp') {
      rest.push(p);
      continue;
    }
    const kept = (p as PatternBgp).triples.filter((t) => {
      if (t.type !== 'triple' || !describesGroup(t, keys)) return true;
      candidates.push(t);
      return false;
    });
    if (kept.length > 0) rest.push({ ...(p as PatternBgp), triples: kept });
  }
  // A pattern that binds nothing new only filters groups: it stays before the grouping, where
  // it can cut the solutions to aggregate (moved, every group would be aggregated, then dropped).
  const mentioned = new Map<string, number>();
  collectVariables(rest, mentioned);
  const binds = (t: TripleNesting) => tripleVariables(t).some((v) => !mentioned.has(v));
  const moved = candidates.filter(binds);
  const filters = candidates.filter((t) => !binds(t));
  if (filters.length > 0) rest.push(bgp(filters));
  if (moved.length === 0) return undefined;
  const certain = new Set<string>();
  for (const p of rest) {
    if (p.subType !== 'bgp') continue;
    for (const t of (p as PatternBgp).triples) {
      // only a plain triple's variables are certainly bound (a collection's are too, but need not be counted)
      if (t.type === 'triple') for (const v of tripleVariables(t)) certain.add(v);
    }
  }
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
  const outerVars: QuerySelect['variables'] = [];
  const innerVars: QuerySelect['variables'] = innerKeys.map(variable);
  for (const v of q.variables) {
    if (v.type === 'wildcard') return undefined;
    if (v.subType === 'bind') {
      if (uses(v.expression)) return undefined;
      (innerVars as unknown[]).push(v);
      (outerVars as unknown[]).push(v.variable);
    } else if (isVariable(v) && keys.has(v.value)) {
      (outerVars as unknown[]).push(v);
    } else {
      return undefined;
    }
  }
  for (const o of mods.order?.orderDefs ?? []) {
    const e = 'descending' in o ? o.expression : o;
    if (hasAggregate(e)) return undefined;
  }
  const inner: QuerySelect = {
    type: 'query',
    subType: 'select',
    context: [],
    variables: innerVars,
    where: { type: 'pattern', subType: 'group', patterns: rest, loc: GEN },
    solutionModifiers: { group: { type: 'solutionModifier', subType: 'group', groupings: innerKeys.map(variable), loc: GEN } },
    datasets: { type: 'datasetClauses', clauses: [], loc: GEN },
    loc: GEN,
  };
  const { group: _group, ...otherMods } = mods;
  return {
    ...q,
    variables: outerVars,
    where: { type: 'pattern', subType: 'group', patterns: [{ type: 'pattern', subType: 'group', patterns: [inner], loc: GEN }, bgp(moved)], loc: GEN },
    solutionModifiers: otherMods,
  };
}

// Trees built here are written out whole by the generator (src/query/parse.ts generateQuery).
const GEN = { sourceLocationType: 'autoGenerate' } as const;

function variable(name: string) {
  return { type: 'term', subType: 'variable', value: name, loc: GEN } as const;
}

function bgp(triples: TripleNesting[]): PatternBgp {
  return { type: 'pattern', subType: 'bgp', triples, loc: GEN };
}

/** A top-level triple pattern whose every variable is a group key: ground within a group. */
function describesGroup(t: TripleNesting, keys: Set<string>): boolean {
  const p = t.predicate as { type: string; subType: string; value?: string };
  const iri = p.type === 'term' && p.subType === 'namedNode';
  if (!iri && !(isVariable(p) && keys.has(p.value!))) return false;
  let vars = 0;
  for (const term of [t.subject, t.predicate, t.object] as { type: string; subType: string; value?: string }[]) {
    if (term.type !== 'term') return false; // a collection or a reified triple
    if (isVariable(term)) {
      if (!keys.has(term.value!)) return false;
      vars++;
    } else if (term.subType !== 'namedNode' && term.subType !== 'literal') {
      return false;
    }
  }
  if ((t.annotations ?? []).length > 0) return false;
  return vars > 0;
}

function tripleVariables(t: TripleNesting): string[] {
  const out: string[] = [];
  for (const term of [t.subject, t.predicate, t.object]) if (isVariable(term)) out.push(term.value);
  return out;
}
