// Round 39 (precision39): false verdicts found by traps against round 38's readers, each fixed in
// the module named: a comment on the truth of what came before it, cut off as a part of its own
// (src/check/paste-shapes.ts, src/check/compound.ts, src/check/truth-comment.ts); a verdict line
// whose value the lexicon lacks (truth-comment.ts); "up to X" of a qualifier's figure read as X
// exactly (src/check/ceiling.ts); "Each of the deals was worth X" rewritten as the deals' total
// (src/check/rewrites.ts).
import { describe, expect, it } from 'vitest';
import { holdsTruthComment, opensWithTruthComment } from '../../src/check/truth-comment.js';
import { quantifiedGroup } from '../../src/check/rewrites.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// Freedonia is a member of the League, Sylvania is not; Freedonia signed energy deals worth
// US$ 5 million with Sylvania (the fixture); here Freedonia also holds about 26 percent of the
// League's votes
const { check, ctx } = checkFixture(fixtureClaim({
  id: 'freedonia.shareholderOf.league.p39', s: 'cgr:freedonia', p: 'cg:shareholderOf', o: 'cgr:league',
  more: 'cg:votingSharePercent "26"^^xsd:decimal ; cg:approximate true',
}));
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a comment on the truth of what came before it', () => {
  it('is found at the opening of a part', () => {
    expect(opensWithTruthComment(ctx, 'just kidding - it stayed out')).toBe(true);
    expect(opensWithTruthComment(ctx, 'Verdict: pending')).toBe(true);
    expect(opensWithTruthComment(ctx, 'false, Sylvania stayed out')).toBe(true);
    expect(opensWithTruthComment(ctx, 'yes, Sylvania stayed out')).toBe(false);
    expect(opensWithTruthComment(ctx, 'Sylvania stayed out of the League')).toBe(false);
  });

  it('is held in a verdict line whatever its value', () => {
    expect(holdsTruthComment(ctx, 'VERDICT: pending')).toBe(true);
    expect(holdsTruthComment(ctx, 'Rating: under review')).toBe(true);
    expect(holdsTruthComment(ctx, 'Sylvania: a republic')).toBe(false);
  });

  it('never lets the part before it decide alone', async () => {
    // Sylvania is no member: each was REFUTED by its first part
    expect(await verdict('Sylvania is a member of the League. Just kidding - Freedonia is a member of the League.')).not.toBe('REFUTED');
    expect(await verdict('Sylvania is a member of the League; just kidding - Freedonia is a member of the League.')).not.toBe('REFUTED');
    expect(await verdict('Sylvania is a member of the League. Just kidding - it is not a member of the League.')).not.toBe('REFUTED');
    expect(await verdict('CLAIM: Sylvania is a member of the League. VERDICT: pending.')).toBe('UNREAD');
    expect(await verdict('CLAIM: Sylvania is a member of the League; VERDICT: under review.')).toBe('UNREAD');
  });

  it('keeps the readings that were right', async () => {
    expect(await verdict('CLAIM: Sylvania is a member of the League. VERDICT: False.')).toBe('SUPPORTED');
    expect(await verdict('Sylvania is a member of the League, just kidding, it is not.')).not.toBe('REFUTED');
    expect(await verdict('Freedonia is a member of the League; Sylvania is not.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia is a member of the League. Sylvania is a member of the League.')).toBe('REFUTED');
  });
});

describe('"up to X" of a qualifier\'s figure', () => {
  it('is a bound, not X itself', async () => {
    // "up to 30 percent" against about 26 was refuted as 26, not 30
    expect(await verdict('Freedonia holds up to 30 percent of the League\'s voting power.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Freedonia holds up to 10 percent of the League\'s voting power.')).toBe('REFUTED');
    expect(await verdict('Freedonia holds 26 percent of the League\'s voting power.')).toBe('SUPPORTED');
  });
});

describe('"Each of the deals was worth X"', () => {
  it('is not rewritten as the deals\' total', () => {
    expect(quantifiedGroup('Each of the energy deals was worth US$ 5 million.')).toBeUndefined();
    expect(quantifiedGroup('All of the deals together were worth 30 percent of the trade.')).toBeUndefined();
    expect(quantifiedGroup('None of the energy deals was worth US$ 5 million.')).toBeUndefined();
    expect(quantifiedGroup('Each of the League states joined the Pact in 2015.')).toBe('the League states joined the Pact in 2015.');
    expect(quantifiedGroup('None of the League states is a member of the Pact.')).toBe('the League states is not a member of the Pact.');
  });

  it('is not decided by the total', async () => {
    expect(await verdict('Each of the energy deals with Sylvania was worth US$ 5 million.')).not.toBe('SUPPORTED');
    expect(await verdict('Each of the energy deals with Sylvania was worth US$ 2 million.')).not.toBe('REFUTED');
    expect(await verdict('None of the energy deals with Sylvania was worth US$ 5 million.')).not.toBe('REFUTED');
    expect(await verdict('The energy deals with Sylvania were worth US$ 5 million.')).toBe('SUPPORTED');
  });
});
