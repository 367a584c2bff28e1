/**
 * Planning citation: which solutions of the WHERE clause stand behind each displayed row, and
 * the query that gives them when the rows themselves do not.
 *
 * Each planner either returns its plan or says why it declines (as Comunica's actors do with
 * `failTest`): the caller then tries the next way, or reports the rows as not traced.
 * - {@link planGroupCitation}: an aggregate query gets one more projected aggregate carrying
 *   each group's solutions (src/query/cite/group-codec.ts): one evaluation, exact per group.
 * - {@link planExpansion}: the query run again with every in-scope variable projected and no
 *   DISTINCT, ORDER BY, LIMIT or OFFSET (an aggregate one without its grouping); each row takes
 *   the solutions that agree with it on everything it shows (on its group keys). Under LIMIT,
 *   OFFSET or HAVING the re-run is pinned to the rows with VALUES.
 * - {@link planSubSelect}: a sub-select's own solutions behind the values it projects.
 * Plans are syntax trees written out by traqula's generator (src/query/parse.ts).
 */
import type * as RDF from '@rdfjs/types';
import type { Pattern, PatternValues, Query, QuerySelect, TermVariable } from '@traqula/rules-sparql-1-2';
import { termToSparql } from '../format.js';
import { sparqlParser } from '../traqula.js';
import { collectVariables, groupKeys, isAggregate, isVariable, projection, scopeVariables } from '../syntax.js';
import type { QueryRow } from '../types.js';
import { groupConcatText } from './group-codec.js';
import type { SubSelectScope } from './types.js';

/** A plan, or why there is none. */
export type Planned<T> = { plan: T } | { declined: string };

/** Rows up to which a re-run is pinned to the displayed rows' keys with VALUES. */
export const MAX_PINNED_ROWS = 5000;

// Trees built here are written out whole by the generator (src/query/parse.ts generateQuery).
const GEN = { sourceLocationType: 'autoGenerate' } as const;

const variable = (name: string): TermVariable => ({ type: 'term', subType: 'variable', value: name, loc: GEN });

/** A re-run and how its solutions are matched to rows. */
export interface ExpansionPlan {
  query: QuerySelect;
  /** Names a displayed row and its solutions agree on. */
  keys: string[];
}

/**
 * The re-run of a SELECT whose rows do not carry every variable the patterns need, or undefined
 * when they do (rows that show every in-scope variable are their own solutions: DISTINCT and
 * LIMIT only drop identical or later ones). `constants` are variables fixed for every solution.
 *
 * @example
 * ```ts
 * const p = planExpansion(parseQuery('SELECT DISTINCT ?s { ?s cg:memberOf ?o }') as QuerySelect, new Set(), rows);
 * // 'plan' in p: SELECT ?s ?o WHERE { ?s cg:memberOf ?o }, matched on ?s
 * ```
 */
export function planExpansion(query: QuerySelect, constants: Set<string>, rows: QueryRow[]): Planned<ExpansionPlan> | undefined {
  const inScope = new Set<string>();
  scopeVariables(query.where.patterns, inScope);
  for (const c of constants) inScope.delete(c);
  const { wildcard, plain, names } = projection(query);
  const aggregated = isAggregate(query);
  if (!aggregated && (wildcard || [...inScope].every((v) => plain.includes(v)))) return undefined;
  const mods = query.solutionModifiers;
  const dropsSolutions = !!mods.limitOffset || !!mods.having;

  let expanded: QuerySelect;
  let keys: string[];
  if (aggregated) {
    const groups = groupKeys(query);
    if (groups.some((g) => !g.variable || !plain.includes(g.variable))) {
      return { declined: 'a row grouped on a key it does not show cannot be told from the other groups' };
    }
    keys = groups.map((g) => g.variable!);
    expanded = { ...query, variables: [{ type: 'wildcard', loc: GEN }], distinct: undefined, reduced: undefined, solutionModifiers: {} };
  } else {
    keys = names;
    const extra = [...inScope].filter((v) => !names.includes(v)).map(variable);
    expanded = { ...query, variables: [...(query.variables as TermVariable[]), ...extra], distinct: undefined, reduced: undefined, solutionModifiers: {} };
  }
  if (!dropsSolutions) return { plan: { query: expanded, keys } };
  return { plan: { query: pinned(expanded, keys, rows, certainlyBound(query.where.patterns)), keys } };
}

/**
 * A query restricted to solutions that agree with the rows on `keys`: `VALUES` first in its WHERE
 * clause when every key is bound by one of its top-level triple patterns (then joining first or
 * last is the same join), else the whole query joined with the VALUES block after it. Rows with a
 * blank node (VALUES cannot hold one), or more than {@link MAX_PINNED_ROWS} rows, leave it
 * unpinned: its solutions are matched to rows all the same.
 */
function pinned(query: QuerySelect, keys: string[], rows: QueryRow[], bound: Set<string>): QuerySelect {
  const block = valuesBlock(keys, rows);
  if (!block) return query;
  if (keys.every((k) => bound.has(k))) return { ...query, where: { ...query.where, patterns: [block, ...query.where.patterns] } };
  return wrapJoin(query, block);
}

/** `SELECT * WHERE { { inner } VALUES … }`, the dataset and prologue kept on the outside. */
function wrapJoin(query: QuerySelect, block: PatternValues, outer: Query = query): QuerySelect {
  const inner: QuerySelect = { ...query, context: [], datasets: { type: 'datasetClauses', clauses: [], loc: GEN } };
  return {
    type: 'query',
    subType: 'select',
    context: outer.context,
    datasets: outer.datasets,
    variables: [{ type: 'wildcard', loc: GEN }],
    solutionModifiers: {},
    where: { type: 'pattern', subType: 'group', patterns: [{ type: 'pattern', subType: 'group', patterns: [inner], loc: GEN }, block], loc: GEN },
    loc: GEN,
  };
}

function valuesBlock(keys: string[], rows: QueryRow[]): PatternValues | undefined {
  if (keys.length === 0 || rows.length > MAX_PINNED_ROWS) return undefined;
  const seen = new Set<string>();
  const values: Record<string, unknown>[] = [];
  for (const row of rows) {
    if (keys.some((k) => row[k] && !termNode(row[k]!))) return undefined; // not expressible in VALUES
    const k = rowKey(row, keys);
    if (seen.has(k)) continue;
    seen.add(k);
    const entry: Record<string, unknown> = {};
    for (const key of keys) if (row[key]) entry[key] = termNode(row[key]!);
    values.push(entry);
  }
  return { type: 'pattern', subType: 'values', variables: keys.map(variable), values, loc: GEN } as unknown as PatternValues;
}

/** A term as a tree node (IRIs and literals; a blank node or triple term has none in VALUES). */
function termNode(t: RDF.Term): object | undefined {
  if (t.termType === 'NamedNode') return { type: 'term', subType: 'namedNode', value: t.value, loc: GEN };
  if (t.termType !== 'Literal') return undefined;
  const dir = (t as RDF.Literal & { direction?: string }).direction;
  const langOrIri = t.language ? `${t.language}${dir ? `--${dir}` : ''}` : { type: 'term', subType: 'namedNode', value: t.datatype.value, loc: GEN };
  return { type: 'term', subType: 'literal', value: t.value, langOrIri, loc: GEN };
}

/** Variables a plain top-level triple pattern of the group binds: bound in every solution. */
function certainlyBound(patterns: readonly Pattern[]): Set<string> {
  const out = new Set<string>();
  for (const p of patterns) {
    if (p.type !== 'pattern' || p.subType !== 'bgp') continue;
    for (const t of p.triples) {
      if (t.type !== 'triple') continue;
      for (const term of [t.subject, t.predicate, t.object]) if (isVariable(term)) out.add(term.value);
    }
  }
  return out;
}

/**
 * The key of a row on some variables (N-Triples of each, unbound empty).
 *
 * @example
 * ```ts
 * rowKey({ s: cgr('a') }, ['s', 'o']); // '<…/a>\u0001'
 * ```
 */
export function rowKey(row: QueryRow, keys: string[]): string {
  return keys.map((k) => (row[k] ? termToSparql(row[k]!) : '')).join('\u0001');
}

/** {@link planGroupCitation}'s plan. */
export interface GroupCitationPlan {
  /** The query with one more projected aggregate: each group's solutions as text. */
  query: QuerySelect;
  column: string;
  /** The variables written per solution, in order. */
  vars: string[];
  /** Group keys the rows show: the same for every solution of a row, so not written. */
  keys: string[];
  /** DISTINCT was taken off: rows the original merges must be merged after the run. */
  merge: boolean;
}

/**
 * Plans one evaluation of an aggregate query (GROUP BY, or an aggregate over one implicit group)
 * that also carries each group's solutions. Adding an aggregate changes no group, HAVING, ORDER
 * BY or LIMIT. Under SELECT DISTINCT it would keep rows apart that DISTINCT merges: without
 * LIMIT or OFFSET the DISTINCT is taken off and the caller merges equal rows (their groups'
 * solutions together); with them, the plan declines.
 *
 * @example
 * ```ts
 * planGroupCitation(parseQuery('SELECT ?s (COUNT(?o) AS ?n) { ?s cg:memberOf ?o } GROUP BY ?s') as QuerySelect, new Set(['s', 'o']), new Set(), true);
 * ```
 */
export function planGroupCitation(query: QuerySelect, inPatterns: Set<string>, constants: Set<string>, rawIris: boolean): Planned<GroupCitationPlan> {
  if (!isAggregate(query)) return { declined: 'not an aggregate query' };
  const merge = !!(query.distinct || query.reduced);
  if (merge && query.solutionModifiers.limitOffset) return { declined: 'SELECT DISTINCT with LIMIT or OFFSET: merged rows decide which rows are kept' };
  const inScope = new Set<string>();
  scopeVariables(query.where.patterns, inScope);
  const { plain, names } = projection(query);
  const keys = groupKeys(query).filter((g) => g.variable && plain.includes(g.variable)).map((g) => g.variable!);
  const vars = [...inScope].filter((v) => !constants.has(v) && !keys.includes(v)).sort();
  if (vars.length === 0) return { declined: 'no variable to carry' };
  // A name used anywhere (ORDER BY, a FILTER NOT EXISTS) would take the column's value there
  const named = new Map<string, number>();
  collectVariables(query, named);
  for (const n of names) named.set(n, 0);
  let column = 'cite';
  while (named.has(column)) column = `_${column}`;
  const aggregate = projectedAggregate(`${groupConcatText(vars, inPatterns, rawIris)} AS ?${column}`);
  const planned: QuerySelect = { ...query, variables: [...(query.variables as TermVariable[]), aggregate as TermVariable], distinct: undefined, reduced: undefined };
  return { plan: { query: planned, column, vars, keys, merge } };
}

// One parse per distinct aggregate text (a query run again asks for the same one).
const aggregates = new Map<string, unknown>();

function projectedAggregate(text: string): unknown {
  let node = aggregates.get(text);
  if (!node) {
    node = (sparqlParser().parse(`SELECT (${text}) WHERE {}`) as QuerySelect).variables[0];
    if (aggregates.size > 256) aggregates.clear();
    aggregates.set(text, node);
  }
  return node;
}

/** {@link planSubSelect}'s plan. */
export interface SubSelectPlan {
  query: QuerySelect;
  /** What the sub-select projects that its solutions are matched on. */
  keys: string[];
}

/**
 * The solutions of a sub-select behind the values it shows its enclosing group (`rows`, the
 * enclosing solutions): for an aggregate sub-select, the solutions of each group, matched on
 * its group keys; otherwise the sub-select with every inner variable projected, matched on all
 * it projects. Pinned to the rows' values when they fit in VALUES.
 *
 * @example
 * ```ts
 * planSubSelect(scope.subSelects[0], ast, solutions);
 * ```
 */
export function planSubSelect(sub: SubSelectScope, top: Query, rows: QueryRow[]): Planned<SubSelectPlan> {
  const q = sub.query;
  const inner = new Set<string>();
  scopeVariables(q.where.patterns, inner);
  let query: QuerySelect;
  let keys: string[];
  if (isAggregate(q)) {
    const { plain } = projection(q);
    const groups = groupKeys(q);
    if (groups.some((g) => !g.variable || !plain.includes(g.variable))) {
      return { declined: 'a sub-select grouped on a key it does not project' };
    }
    keys = groups.map((g) => g.variable!);
    query = { ...q, variables: [{ type: 'wildcard', loc: GEN }], distinct: undefined, reduced: undefined, solutionModifiers: {} };
  } else {
    keys = sub.projected;
    const extra = [...inner].filter((v) => !keys.includes(v)).map(variable);
    query = { ...q, variables: [...(q.variables as TermVariable[]), ...extra], distinct: undefined, reduced: undefined, solutionModifiers: {} };
  }
  const block = valuesBlock(keys, rows);
  const outer = block
    ? wrapJoin(query, block, top)
    : { ...query, context: top.context, datasets: top.datasets };
  return { plan: { query: outer, keys } };
}
