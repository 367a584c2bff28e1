// Round 38 (branch fix31, users31's F4): "plus" between amounts is a sum, not "and"
// (src/check/join-rewrites.ts): "1,500 km plus another 300 km" was read as "1,500 km and another
// 300 km", and the part "runs 1,500 km" refuted the true whole.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { check } = checkFixture(fixtureClaim({ id: 'canal.lengthKm.1800.expected', s: 'cgr:canal', p: 'cg:lengthKm', o: '"1800"^^xsd:decimal', modality: 'Expected', more: 'cg:approximate true ; cg:statedIn cga:fixture-article' }));
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('"plus" in a number phrase', () => {
  it('is never "and"', async () => {
    expect(await verdict('The canal pipeline will run 1,500 kilometres plus another 300 kilometres.')).not.toBe('REFUTED');
    expect(await verdict('The canal pipeline will run one thousand plus eight hundred kilometres.')).not.toBe('REFUTED');
  });
});
