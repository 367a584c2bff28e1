// The bounded differential run of `npm test` (conformance/fuzz.js): generated queries over
// generated claim-graph-shaped data, each through every claimgraph path, must answer as the
// engine behind that path answers alone. `npm run conformance -- --fuzz N` runs longer ones.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript tooling, typed by use
import { generateData, generateQueries, runFuzz } from '../../conformance/fuzz.js';
import { groupBeforeJoin } from '../../src/query/rewrite.js';
import { parseQuery } from '../../src/query/index.js';

const SEED = 20261201;
const COUNT = 300;

describe('generated queries', () => {
  it('are the same for the same seed, and cover the shapes the issue names', () => {
    const a = (generateQueries(SEED, 0, COUNT) as { text: string }[]).map((q) => q.text);
    expect((generateQueries(SEED, 0, COUNT) as { text: string }[]).map((q) => q.text)).toEqual(a);
    expect(generateData(SEED)).toEqual(generateData(SEED));
    const body = a.map((q) => q.replace(/PREFIX[^\n]*\n/g, ''));
    for (const re of [/^SELECT/, /^ASK/, /^CONSTRUCT/, /OPTIONAL/, /MINUS/, /NOT EXISTS/, /BIND/, /VALUES/, /UNION/, /\{ SELECT/, /GROUP BY/, /HAVING/, /\+|\*\s|\^cg/, /ORDER BY[^\n]*LIMIT/, /GROUP_CONCAT/]) {
      expect(body.some((q) => re.test(q)), String(re)).toBe(true);
    }
    // some are rewritten for Oxigraph (src/query/rewrite.ts), some of that shape refused
    const grouped = a.filter((q) => /GROUP BY \?s \?(label|rank|type)/.test(q)).map((q) => groupBeforeJoin(parseQuery(q) as never));
    expect(grouped.some(Boolean)).toBe(true);
    expect(grouped.some((x) => !x)).toBe(true);
  });

  it(`${COUNT} queries: every claimgraph path answers as its engine alone`, async () => {
    const report = await runFuzz({ count: COUNT, seed: SEED, quiet: true });
    expect(report.ownCases.map((c: { index: number; path: string; why: string }) => `#${c.index} ${c.path}: ${c.why}`)).toEqual([]);
    // most queries are valid and compared on all six paths
    expect(report.invalid).toBeLessThan(COUNT / 10);
    expect(report.compared).toBeGreaterThan(COUNT * 5);
  }, 600_000);
});
