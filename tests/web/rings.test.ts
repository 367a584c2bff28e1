import { expect, test } from 'vitest';
import { ringPositions } from '../../src/web/rings.js';

const dist = (p: { x: number; y: number }): number => Math.hypot(p.x, p.y);

test('the centre sits at the origin and each hop on a ring of its own, further out', () => {
  const nodes = [{ iri: 'c', hop: 0 }, ...['a', 'b', 'd'].map((iri) => ({ iri, hop: 1 })), ...['x', 'y'].map((iri) => ({ iri, hop: 2 }))];
  const pos = ringPositions(nodes, [{ source: 'c', target: 'a' }, { source: 'a', target: 'x' }, { source: 'd', target: 'y' }]);
  expect(pos.get('c')).toEqual({ x: 0, y: 0 });
  const r1 = ['a', 'b', 'd'].map((k) => dist(pos.get(k)!));
  const r2 = ['x', 'y'].map((k) => dist(pos.get(k)!));
  expect(new Set(r1.map(Math.round)).size).toBe(1);
  expect(new Set(r2.map(Math.round)).size).toBe(1);
  expect(r2[0]!).toBeGreaterThan(r1[0]! + 100);
  // ring 1 in the order given, from the top, clockwise (screen y down)
  expect(pos.get('a')).toEqual({ x: 0, y: -r1[0]! });
  expect(pos.get('b')!.x).toBeGreaterThan(0);
  expect(pos.get('d')!.x).toBeLessThan(0);
  // every node placed, no two at the same place
  expect(pos.size).toBe(nodes.length);
  expect(new Set([...pos.values()].map((p) => `${p.x},${p.y}`)).size).toBe(nodes.length);
});

test('a ring grows with the nodes it holds, and an outer node sits near its neighbour inside', () => {
  const many = Array.from({ length: 40 }, (_, i) => ({ iri: `n${i}`, hop: 1 }));
  const outer = [{ iri: 'o1', hop: 2 }, { iri: 'o2', hop: 2 }, { iri: 'o3', hop: 2 }];
  // o2 hangs off n10 (right side), o1 off n30 (left side), o3 off nothing drawn
  const pos = ringPositions([{ iri: 'c', hop: 0 }, ...many, ...outer], [{ source: 'n10', target: 'o2' }, { source: 'o1', target: 'n30' }]);
  const r1 = dist(pos.get('n0')!);
  expect(r1 * 2 * Math.PI).toBeGreaterThanOrEqual(40 * 72 - 1);
  expect(pos.get('o2')!.x).toBeGreaterThan(0);
  expect(pos.get('o1')!.x).toBeLessThan(0);
  // the unlinked node comes last: after o2 (right) and o1 (left), clockwise from the top
  const a = (k: string): number => (Math.atan2(pos.get(k)!.y, pos.get(k)!.x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
  expect(a('o2')).toBeLessThan(a('o1'));
  expect(a('o1')).toBeLessThan(a('o3'));
});

test('the same input gives the same positions', () => {
  const nodes = [{ iri: 'c', hop: 0 }, { iri: 'a', hop: 1 }, { iri: 'b', hop: 2 }];
  const edges = [{ source: 'a', target: 'b' }];
  expect([...ringPositions(nodes, edges)]).toEqual([...ringPositions(nodes, edges)]);
});
