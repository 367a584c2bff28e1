// Round 27 (branch precision27): a closing "at all", "whatsoever" only intensifies a denial or a
// question (src/check/denial-intensifier.ts, lexicon cg:denialIntensifier). All were unread before.
import { describe, expect, it } from 'vitest';
import { withoutDenialIntensifier } from '../../src/check/denial-intensifier.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const OUTSIDER = fixtureClaim({ id: 'marsovia.memberOf.league.no', s: 'cgr:marsovia', p: 'cg:memberOf', o: 'cgr:league', polarity: 'Negative' });
const { check, ctx } = checkFixture(OUTSIDER);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a closing intensifier of a denial', () => {
  it('is dropped only closing a denial or a question', () => {
    expect(withoutDenialIntensifier(ctx, 'Marsovia is not a member of the League at all.')).toEqual({ claim: 'Marsovia is not a member of the League.', word: 'at all' });
    expect(withoutDenialIntensifier(ctx, 'Did Marsovia join the League at all?')?.claim).toBe('Did Marsovia join the League?');
    expect(withoutDenialIntensifier(ctx, 'Marsovia joined the League at all.')).toBeUndefined();
    expect(withoutDenialIntensifier(ctx, 'Rufus did not speak at all five summits.')).toBeUndefined();
  });

  it('leaves the denial to decide both ways', async () => {
    expect(await verdict('Marsovia is not a member of the League at all.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia is not a member of the League at all.')).toBe('REFUTED');
    expect(await verdict('Marsovia has no membership in the League whatsoever.')).not.toBe('REFUTED');
  });
});
