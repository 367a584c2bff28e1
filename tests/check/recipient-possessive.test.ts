// A package owned by its recipient (src/check/recipient-possessive.ts, round 19), and the role
// nouns of round 19 that are lexicon data (ontology/lexicon.ttl, ontology/claimgraph.ttl).
import { describe, expect, it } from 'vitest';
import { recipientPossessiveRewrite } from '../../src/check/recipient-possessive.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia may provide US$ 2 million in grants to Grand Fenwick; Sylvania is no
// member of the League; Freedonia is one
const { ctx, check } = checkFixture();

describe('"R\'s N from G" (a package noun owned by its recipient)', () => {
  it('is said with the giver as the possessor and the recipient after "to"', () => {
    expect(recipientPossessiveRewrite(ctx, "Grand Fenwick's grants from Freedonia amount to US$ 2 million."))
      .toBe("Freedonia's grants to Grand Fenwick amount to US$ 2 million.");
    expect(recipientPossessiveRewrite(ctx, "Sylvania's financial assistance from the League is large."))
      .toBe("the League's financial assistance to Sylvania is large.");
    expect(recipientPossessiveRewrite(ctx, "Sylvania's promised aid from Freedonia was pledged in 2001."))
      .toBe("Freedonia's promised aid to Sylvania was pledged in 2001.");
  });
  it('is left alone for a noun that names no package, or a second recipient after the giver', () => {
    expect(recipientPossessiveRewrite(ctx, "Sylvania's imports from Marsovia grew.")).toBeUndefined();
    expect(recipientPossessiveRewrite(ctx, "Sylvania's aid from Freedonia to Marsovia grew.")).toBeUndefined();
    expect(recipientPossessiveRewrite(ctx, 'Freedonia gave aid to Sylvania.')).toBeUndefined();
  });
  it('is checked as the giver\'s package', async () => {
    const r = await check("Grand Fenwick's grants from Freedonia may amount to US$ 2 million.");
    expect(r.explanation).toMatch(/a package owned by its recipient/);
    expect(r.verdict).not.toBe('REFUTED');
  });
});

describe('role nouns that are lexicon data (round 19)', () => {
  it('does not read a shareholder as a member (no sub-property ties the two)', async () => {
    const r = await check('Sylvania is a shareholder of the League.');
    expect(r.interpretation?.predicate).toMatch(/#shareholderOf$/);
    // round 28: the fixture's Sylvania is no member, and a denial of membership denies a
    // shareholding (ontology cg:deniedWith, one way only: src/check/broader-denial.ts)
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('cg:deniedWith');
  });
  it('reads "has a seat at O as a founding member" as founding membership', async () => {
    const r = await check('Sylvania has a seat at the League as a founding member.');
    expect(r.interpretation?.predicate).toMatch(/#foundingMemberOf$/);
    expect(r.verdict).toBe('REFUTED');
  });
  it('reads the plural "founders" as founding members, so a denied membership refutes it', async () => {
    const r = await check("Sylvania is one of the League's founders.");
    expect(r.interpretation?.predicate).toMatch(/#foundingMemberOf$/);
    expect(r.verdict).toBe('REFUTED');
  });
  it('reads a financier or lender of a thing through its verb, and a shareholding taken up', async () => {
    const fin = await check('Freedonia is a financier of Grand Fenwick.');
    expect(fin.interpretation?.predicate).toMatch(/#financialAssistanceTo$/);
    expect(fin.verdict).not.toBe('REFUTED');
    expect((await check('Sylvania became a shareholder in the League.')).interpretation?.predicate).toMatch(/#shareholderOf$/);
  });
  it('reads "E featured an address by X" as X speaking at E', async () => {
    const r = await check('The Founders Gala featured an address by Rufus Firefly.');
    expect(r.interpretation?.predicate).toMatch(/#spokeAt$/);
  });
});
