// A closed group named by one of its kind in the singular (src/check/closed-group.ts, round 10):
// "Marsovia is a Ruritanian country" is "one of the Ruritanian countries", refuted when the graph
// names all of the group's counted members; the region by its own name stays open.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia and Sylvania are part of Ruritania ("the Ruritanian states")
const closed = checkFixture('cgr:the-region cg:memberCount "2"^^xsd:nonNegativeInteger .');

describe('a closed group in the singular', () => {
  it('refutes another entity as "a <group adjective> <class noun>", and supports its denial', async () => {
    const r = await closed.check('Marsovia is a Ruritanian country.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('closed-group');
    expect((await closed.check('Marsovia is not a Ruritanian state.')).verdict).toBe('SUPPORTED');
    expect((await closed.check('Sylvania is a Ruritanian country.')).verdict).toBe('SUPPORTED');
  });
  it('leaves the region named by its own name open', async () => {
    expect((await closed.check('Marsovia is part of Ruritania.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
