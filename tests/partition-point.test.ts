// partitionPoint (src/partition-point.ts): the first index not before a bound, checked against
// a linear scan, at the edges (empty, all before, none before, runs of equal entries) and for
// the indexes it asks about and how many.
import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../src/partition-point.js';

/** The answer by a linear scan. */
const scan = (count: number, isBefore: (i: number) => boolean): number => {
  let i = 0;
  while (i < count && isBefore(i)) i++;
  return i;
};

/** A seeded generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

describe('partitionPoint', () => {
  it('is 0 for an empty range, without asking', () => {
    let asked = 0;
    expect(partitionPoint(0, () => (asked++, true))).toBe(0);
    expect(asked).toBe(0);
  });

  it('is the count when every index is before the bound, 0 when none is', () => {
    for (const n of [1, 2, 3, 7, 8, 1000]) {
      expect(partitionPoint(n, () => true)).toBe(n);
      expect(partitionPoint(n, () => false)).toBe(0);
    }
  });

  it('finds the first and past the last of a run of equal entries (lower and upper bound)', () => {
    const a = [1, 3, 3, 3, 5, 8, 8];
    expect(partitionPoint(a.length, (i) => a[i]! < 3)).toBe(1);
    expect(partitionPoint(a.length, (i) => a[i]! <= 3)).toBe(4);
    expect(partitionPoint(a.length, (i) => a[i]! < 8)).toBe(5);
    expect(partitionPoint(a.length, (i) => a[i]! <= 8)).toBe(7);
    expect(partitionPoint(a.length, (i) => a[i]! < 0)).toBe(0);
    expect(partitionPoint(a.length, (i) => a[i]! < 4)).toBe(4); // absent: where it would go
  });

  it('compares strings in JavaScript order, as the sorted term table and word lists are sorted', () => {
    const words = ['Zebra', 'apple', 'fig', 'fig', 'pear', 'é'];
    expect([...words].sort()).toEqual(words);
    expect(partitionPoint(words.length, (i) => words[i]! < 'fig')).toBe(2);
    expect(partitionPoint(words.length, (i) => words[i]! < 'e')).toBe(2);
    expect(partitionPoint(words.length, (i) => words[i]! < 'zz')).toBe(5);
  });

  it('agrees with a linear scan on random sorted arrays and bounds, asking only indexes in range, at most ⌈log2(n + 1)⌉ times', () => {
    const next = random(20261203);
    for (let round = 0; round < 500; round++) {
      const n = Math.floor(next() * 70);
      const a = Array.from({ length: n }, () => Math.floor(next() * 20)).sort((x, y) => x - y);
      const bound = Math.floor(next() * 22) - 1;
      for (const strict of [true, false]) {
        const asked: number[] = [];
        const isBefore = (i: number) => {
          asked.push(i);
          return strict ? a[i]! < bound : a[i]! <= bound;
        };
        const got = partitionPoint(n, isBefore);
        expect(got).toBe(scan(n, (i) => (strict ? a[i]! < bound : a[i]! <= bound)));
        expect(asked.every((i) => Number.isInteger(i) && i >= 0 && i < n)).toBe(true);
        expect(asked.length).toBeLessThanOrEqual(Math.ceil(Math.log2(n + 1)));
      }
    }
  });

  it('handles counts near 2^32 without overflowing the midpoint', () => {
    const n = 2 ** 32 - 1;
    const target = 4_000_000_000;
    expect(partitionPoint(n, (i) => i < target)).toBe(target);
    expect(partitionPoint(n, () => true)).toBe(n);
  });
});
