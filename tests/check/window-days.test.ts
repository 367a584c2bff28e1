// Round 35 (fix28a, users28 F3): "between A and B" is one range, and days said as a window
// ("between D1 and D2") or a stay inside a trip ("was in X from D1 to D2") bound the trip: they
// do not refute its source span where they overlap it (src/check/parser.ts spanWindow,
// src/check/verdict.ts windowOverlap, src/check/compound.ts BETWEEN_OPEN).
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { check } = checkFixture([
  fixtureClaim({ id: 'rufus.visited.marsovia.w35', s: 'cgr:rufus', p: 'cg:visited', o: 'cgr:marsovia', more: 'cg:startDate "2015-10-22"^^xsd:date ; cg:endDate "2015-10-28"^^xsd:date', asserted: true }),
  fixtureClaim({ id: 'canal.lengthKm.1800', s: 'cgr:canal', p: 'cg:lengthKm', o: '"1800"^^xsd:decimal', asserted: true }),
].join('\n'));

describe('days as a window or a stay', () => {
  it('overlapping the source span: not refuted', async () => {
    for (const claim of ['Rufus was in Marsovia from 23 to 27 October 2015.', 'Rufus was in Marsovia between 23 October 2015 and 27 October 2015.',
      'Rufus visited Marsovia between 20 October 2015 and 30 October 2015.']) {
      expect((await check(claim)).verdict, claim).not.toBe('REFUTED');
    }
  });
  it('wholly outside the source span, or said as the exact span: compared as before', async () => {
    expect((await check('Rufus visited Marsovia between 1 November 2015 and 5 November 2015.')).verdict).toBe('REFUTED');
    expect((await check('Rufus visited Marsovia from 20 to 30 October 2015.')).verdict).toBe('REFUTED');
    expect((await check('Rufus visited Marsovia from 22 to 28 October 2015.')).verdict).toBe('SUPPORTED');
    // a stay says every one of its days: past either end of the trip it misstates it (the lead, at the merge)
    expect((await check('Rufus was in Marsovia from 21 to 27 October 2015.')).verdict).toBe('REFUTED');
  });
});

describe('"between A and B" with a comma in a number', () => {
  it('is no conjunction of two clauses', async () => {
    // a claim no reader reads is not enough information
    const verdict = (claim: string) => check(claim).then((r) => r.verdict, () => 'NOT_ENOUGH_INFO');
    expect(await verdict('The canal pipeline will run between 1,500 and 2,000 km.')).not.toBe('REFUTED');
    expect(await verdict('The canal pipeline will be between 1,500 km and 2,000 km long.')).not.toBe('REFUTED');
  });
});
