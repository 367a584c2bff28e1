/**
 * Where Oxigraph's evaluation departs from SPARQL 1.1, and what claimgraph does about it so that
 * a query answers the same on both stores (the store is chosen by graph size, src/query/graph.ts).
 *
 * Found with the W3C suites (`npm run conformance`, docs/conformance.md), each shape below is a
 * test Comunica passes and Oxigraph fails:
 * - a FILTER in a nested group that reads a variable bound only outside that group: Oxigraph
 *   lets it see the outer binding (`optional-filter/dawg-optional-filter-005-not-simplified`,
 *   `graph/graph-variable-scope`);
 * - MINUS inside `GRAPH ?g` (`negation/graph-minus`);
 * - GROUP_CONCAT over literals sharing a language tag keeps the tag, where SPARQL 1.1 gives a
 *   simple literal (`aggregates/agg-groupconcat-04`, `-06`);
 * - `TRUE` and `FALSE` in capitals are refused by Oxigraph's parser
 *   (`expr-builtin/case-insensitive-booleans`).
 * The first two shapes are evaluated by Comunica over the Oxigraph store (pattern by pattern:
 * slower at size, but the answer of the n3 path). A GROUP_CONCAT that is a projected column
 * has its language tag removed from Oxigraph's answer; one used inside another expression sends
 * the query to Comunica. A text Oxigraph cannot parse is sent as traqula's writing of it.
 * What only an engine change could fix (stored numbers kept in canonical form, lexical forms of
 * computed numbers, zero-length paths on an empty graph) is listed in docs/conformance.md.
 */
import type { Pattern, Query, QuerySelect } from '@traqula/rules-sparql-1-2';
import { collectVariables, scopeVariables } from './syntax.js';

/** What the Oxigraph path does with a query. */
export type OxigraphPlan =
  /** Evaluate with Comunica over the store: Oxigraph's answer would depart from the spec. */
  | { route: 'comunica'; why: string }
  /** Push down, then remove the language tag of these GROUP_CONCAT columns. */
  | { route: 'oxigraph'; plainColumns: string[] };

interface AnyNode {
  type?: string;
  subType?: string;
  [key: string]: unknown;
}

const plans = new WeakMap<object, OxigraphPlan>();

/**
 * How the Oxigraph path runs a query (see the module comment); memoised per syntax tree.
 *
 * @example
 * ```ts
 * oxigraphPlan(parseQuery('SELECT ?t WHERE { ?b :t ?t OPTIONAL { { ?b :p ?p FILTER (?t = "x") } } }'));
 * // { route: 'comunica', why: 'a FILTER reads ?t, bound outside its group' }
 * ```
 */
export function oxigraphPlan(ast: Query): OxigraphPlan {
  let plan = plans.get(ast);
  if (!plan) {
    plan = planFor(ast);
    plans.set(ast, plan);
  }
  return plan;
}

function planFor(ast: Query): OxigraphPlan {
  const why = outerFilter(ast.where?.patterns ?? [], false) ?? minusInGraph(ast.where?.patterns ?? [], false);
  if (why) return { route: 'comunica', why };
  const plainColumns: string[] = [];
  const projected = new Set<unknown>();
  if (ast.subType === 'select') {
    for (const v of (ast as QuerySelect).variables as unknown as AnyNode[]) {
      const e = v.expression as AnyNode | undefined;
      if (v.subType === 'bind' && e?.type === 'expression' && e.subType === 'aggregate' && String(e.aggregation).toLowerCase() === 'group_concat') {
        plainColumns.push((v.variable as { value: string }).value);
        projected.add(e);
      }
    }
  }
  // a GROUP_CONCAT anywhere else (in an expression, HAVING, ORDER BY, a sub-select) is read by
  // the query itself: its tag cannot be removed afterwards
  if (hasGroupConcat(ast, projected)) return { route: 'comunica', why: 'a GROUP_CONCAT inside an expression or a sub-select' };
  return { route: 'oxigraph', plainColumns };
}

/**
 * A FILTER of a nested group that reads a variable the group does not bind (SPARQL scopes a
 * filter to its group; EXISTS patterns may read outer variables and are not counted). The
 * filters of the WHERE clause itself, of a sub-select's, and directly in an OPTIONAL (there the
 * filter is the left join's condition, which sees both sides) are not checked.
 */
function outerFilter(patterns: readonly Pattern[], check: boolean): string | undefined {
  const nodes = patterns as unknown as AnyNode[];
  if (check) {
    const inScope = new Set<string>();
    scopeVariables(patterns, inScope);
    for (const p of nodes) {
      if (p.subType !== 'filter') continue;
      const used = new Map<string, number>();
      collectVariables(withoutExists(p.expression), used);
      const outer = [...used.keys()].find((v) => !inScope.has(v));
      if (outer) return `a FILTER reads ?${outer}, bound outside its group`;
    }
  }
  for (const p of nodes) {
    if (p.type === 'query') {
      const why = outerFilter(((p.where as AnyNode).patterns as Pattern[]) ?? [], false);
      if (why) return why;
    } else if (Array.isArray(p.patterns)) {
      // groups, UNION branches, MINUS, GRAPH and SERVICE bodies are groups of their own
      const why = outerFilter(p.patterns as Pattern[], p.subType !== 'optional');
      if (why) return why;
    }
  }
  return undefined;
}

/** The expression with its EXISTS / NOT EXISTS patterns left out. */
function withoutExists(e: unknown): unknown {
  if (!e || typeof e !== 'object') return e;
  const n = e as AnyNode;
  if (n.type === 'expression' && n.subType === 'patternOperation') return undefined;
  if (Array.isArray(n.args)) return { ...n, args: n.args.map(withoutExists) };
  return n;
}

function minusInGraph(patterns: readonly Pattern[], inGraph: boolean): string | undefined {
  for (const p of patterns as unknown as AnyNode[]) {
    if (p.subType === 'minus' && inGraph) return 'MINUS inside GRAPH';
    const inner = p.type === 'query' ? ((p.where as AnyNode).patterns as Pattern[]) : (p.patterns as Pattern[] | undefined);
    if (!inner) continue;
    const graph = inGraph || p.subType === 'graph';
    const why = minusInGraph(inner, graph);
    if (why) return why;
  }
  return undefined;
}

function hasGroupConcat(node: unknown, allowed: Set<unknown>): boolean {
  if (Array.isArray(node)) return node.some((n) => hasGroupConcat(n, allowed));
  if (!node || typeof node !== 'object') return false;
  const n = node as AnyNode;
  if (n.type === 'term') return false;
  if (n.type === 'expression' && n.subType === 'aggregate' && String(n.aggregation).toLowerCase() === 'group_concat' && !allowed.has(n)) return true;
  for (const k in n) if (k !== 'loc' && k !== 'context' && typeof n[k] === 'object' && hasGroupConcat(n[k], allowed)) return true;
  return false;
}
