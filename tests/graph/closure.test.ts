// src/graph/closure.ts: the transitive closure the checker's axioms and --cite's hierarchy share.
import { describe, expect, it } from 'vitest';
import { reachable } from '../../src/graph/closure.js';

const edges = (pairs: [string, string][]) => {
  const m = new Map<string, Set<string>>();
  for (const [a, b] of pairs) (m.get(a) ?? m.set(a, new Set()).get(a)!).add(b);
  return m;
};

describe('reachable', () => {
  it('follows edges transitively, depth first, without the start', () => {
    expect([...reachable(edges([['a', 'b'], ['b', 'c'], ['a', 'd']]), 'a')].sort()).toEqual(['b', 'c', 'd']);
  });
  it('ends on a cycle and leaves the start out even when the cycle returns to it', () => {
    expect([...reachable(edges([['a', 'b'], ['b', 'a'], ['b', 'c'], ['c', 'b']]), 'a')].sort()).toEqual(['b', 'c']);
  });
  it('is empty for a node with no edges', () => {
    expect(reachable(edges([['a', 'b']]), 'z').size).toBe(0);
  });
});
