import { expect, test } from 'vitest';
import { byLabel, count } from '../../src/web/format.js';

test('count groups thousands as toLocaleString("en") does', () => {
  for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 987_315, -1200, -5]) {
    expect(count(n)).toBe(n.toLocaleString('en'));
  }
});

test('byLabel orders case-insensitively, then by code unit, and is a total order', () => {
  expect(['beta', 'Alpha', 'gamma', 'alpha', 'Beta'].sort(byLabel)).toEqual(['Alpha', 'alpha', 'Beta', 'beta', 'gamma']);
  expect(byLabel('same', 'same')).toBe(0);
  // the same order whatever order the input came in
  const words = ['Zanzibar', 'zebra', 'Ærø', 'apple', 'Apple', 'a b', 'a-b'];
  expect([...words].reverse().sort(byLabel)).toEqual([...words].sort(byLabel));
});
