/**
 * Transitive closure over a map of direct edges: the sub-properties of a property, the
 * superclasses of a class. Read by the checker's axioms (src/check/context-axioms.ts) and by
 * `--cite`'s property hierarchy (src/query/cite/store-backend.ts).
 */

/**
 * Every node reachable from `start` through `edges`, depth first, `start` itself excluded (also
 * when a cycle leads back to it).
 *
 * @example
 * ```ts
 * reachable(new Map([['a', new Set(['b'])], ['b', new Set(['c'])]]), 'a'); // Set { 'b', 'c' }
 * ```
 */
export function reachable(edges: ReadonlyMap<string, ReadonlySet<string>>, start: string): Set<string> {
  const all = new Set<string>();
  const stack = [...(edges.get(start) ?? [])];
  while (stack.length) {
    const x = stack.pop()!;
    if (all.has(x) || x === start) continue;
    all.add(x);
    stack.push(...(edges.get(x) ?? []));
  }
  return all;
}
