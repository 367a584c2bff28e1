// Round 27 (branch precision27): an ordinary (regular, basic, non-founding) member is read as
// membership at a level of its own (lexicon cg:memberOf patterns with {membershipLevel=ordinary}).
// A source's denial of membership decides both ways; a member of any stated level is held, since an
// "ordinary member" may mean "not a founding one" and a negative on a sub-kind says nothing of the
// super-kind (OWL). All were unread before.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const OUTSIDER = fixtureClaim({ id: 'marsovia.memberOf.league.no', s: 'cgr:marsovia', p: 'cg:memberOf', o: 'cgr:league', polarity: 'Negative' });
const { check } = checkFixture(OUTSIDER);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('ordinary membership', () => {
  it('is refuted for a state the source says is no member, and its denial supported', async () => {
    expect(await verdict('Marsovia is an ordinary member of the League.')).toBe('REFUTED');
    expect(await verdict("Marsovia is one of the League's regular members.")).toBe('REFUTED');
    expect(await verdict('Marsovia is an ordinary, non-founding member of the League.')).toBe('REFUTED');
    expect(await verdict("Marsovia doesn't even have basic membership of the League.")).toBe('SUPPORTED');
  });

  it('is held for a member, either way (the level is one no source states)', async () => {
    const r = await check('Freedonia is a regular member of the League.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(JSON.stringify(r.interpretation)).toContain('ordinary');
    expect(await verdict('Freedonia is not a regular member of the League.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Freedonia is a non-founding member of the League.')).toBe('NOT_ENOUGH_INFO');
  });
});
