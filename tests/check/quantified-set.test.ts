// Quantifiers over a closed set (src/check/quantified-set.ts): the set is a closed group narrowed
// by a relation, each member placed by the graph; the predicate is checked of every member.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// Ruritania has two members (Freedonia, Sylvania); Freedonia is in the League, Sylvania is not
const closed = checkFixture('cgr:the-region cg:memberCount "2"^^xsd:nonNegativeInteger .');
const open = checkFixture();

/** The verdict, or 'unread' when the claim is not read at all. */
const verdictOf = (c: typeof closed, text: string) => c.check(text).then((r) => r.verdict as string, () => 'unread');
const UNDECIDED = ['NOT_ENOUGH_INFO', 'unread'];

describe('a quantifier over a closed set', () => {
  it('"all" holds when the predicate holds of every member of the narrowed set', async () => {
    const r = await closed.check('All Ruritanian members of the League lead the Acme Bank.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.parts?.length).toBeGreaterThan(0);
  });
  it('"none" is refuted by a member the predicate holds of', async () => {
    expect((await closed.check('None of the Ruritanian members of the League leads the Acme Bank.')).verdict).toBe('REFUTED');
  });
  it('a group the graph does not close gives no set', async () => {
    expect(UNDECIDED).toContain(await verdictOf(open, 'All Ruritanian members of the League lead the Acme Bank.'));
  });
  it('a number that is not the set\'s size, or a member the graph cannot place, leaves it undecided', async () => {
    expect(UNDECIDED).toContain(await verdictOf(closed, 'All two Ruritanian members of the League lead the Acme Bank.'));
    // Rufus Firefly's visit to Freedonia is neither stated nor denied: the set is open
    expect(UNDECIDED).toContain(await verdictOf(closed, 'All the Ruritanian states Rufus Firefly visited lead the Acme Bank.'));
  });
});
