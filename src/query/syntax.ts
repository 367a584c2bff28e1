/**
 * Walks over sparqljs syntax trees shared by the query stage's planners (src/query/run.ts,
 * cite.ts, rewrite.ts).
 */

/**
 * Every variable the syntax tree mentions (anywhere: projection, patterns, FILTER, ORDER BY), in
 * order of first appearance.
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
  const obj = node as Record<string, unknown>;
  if (obj.termType === 'Variable' && typeof obj.value === 'string') {
    if (!order.has(obj.value)) order.set(obj.value, order.size);
    return;
  }
  for (const k of Object.keys(obj)) collectVariables(obj[k], order);
}

/**
 * True when an expression contains an aggregate (COUNT, SUM, GROUP_CONCAT, ...).
 *
 * @example
 * ```ts
 * const q = parseQuery('SELECT (COUNT(?s) + 1 AS ?n) WHERE { ?s ?p ?o }') as SelectQuery;
 * hasAggregate((q.variables[0] as { expression: unknown }).expression); // true
 * ```
 */
export function hasAggregate(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const node = e as { type?: string; args?: unknown[] };
  if (node.type === 'aggregate') return true;
  return Array.isArray(node.args) && node.args.some(hasAggregate);
}
