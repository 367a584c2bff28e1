import { expect, test } from 'vitest';
import { count } from '../../src/web/format.js';

test('count groups thousands as toLocaleString("en") does', () => {
  for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 987_315, -1200, -5]) {
    expect(count(n)).toBe(n.toLocaleString('en'));
  }
});
