// A group of a stated size whose members the graph names is closed (src/check/closed-group.ts).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia and Sylvania are part of Ruritania ("the Ruritanian states")
const closed = checkFixture('cgr:the-region cg:memberCount "2"^^xsd:nonNegativeInteger .');
const open = checkFixture();
const check = (f: typeof open, text: string) => f.check(text);

describe('a closed group (cg:memberCount)', () => {
  it('refutes another entity as one of its members, citing the members, and supports the denial', async () => {
    const r = await check(closed, 'Marsovia is one of the Ruritanian countries.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('closed-group');
    expect(r.evidence.length).toBeGreaterThanOrEqual(1);
    expect((await check(closed, 'Marsovia is not one of the Ruritanian countries.')).verdict).toBe('SUPPORTED');
    expect((await check(closed, 'Sylvania is one of the Ruritanian countries.')).verdict).toBe('SUPPORTED');
  });

  it('says nothing without a member count, or of the region named as such', async () => {
    expect((await check(open, 'Marsovia is one of the Ruritanian countries.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check(closed, 'Marsovia is part of Ruritania.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a closed group and a subject of another kind (round 38)', () => {
  it('does not refute a person "in" the group as a member left out', async () => {
    // "{s} in {o}" reads partOf; a person in the states is somewhere in them, no membership claimed
    for (const claim of ['Rufus was in the Ruritanian countries.', 'Rufus was in each of the Ruritanian countries in 2010.']) {
      const r = await check(closed, claim).catch(() => undefined);
      expect(r?.verdict ?? 'UNREAD', claim).not.toBe('REFUTED');
    }
  });

  it('still refutes a state of the members\' kind', async () => {
    expect((await check(closed, 'Marsovia is in the Ruritanian countries.')).verdict).toBe('REFUTED');
  });
});
