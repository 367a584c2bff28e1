// A thing named as a compound of its owner and a noun (src/check/compound-possessive.ts, round 30).
import { describe, expect, it } from 'vitest';
import { compoundPossessiveRewrite } from '../../src/check/compound-possessive.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus the League's opening, named only with the possessive (as a graph must: the bare
// compound "League opening" would match "the League opened" by its stems), addressed by Rufus
const OPENING = `
cgr:league-opening a cg:Event ; rdfs:label "opening of the League" ;
    skos:altLabel "the League's opening", "the bank's opening", "League opening ceremony" .
${fixtureClaim({ id: 'rufus.spokeAt.opening', s: 'cgr:rufus', p: 'cg:spokeAt', o: 'cgr:league-opening', asserted: true })}
`;
const { ctx, check } = checkFixture(OPENING);

describe('a compound of owner and noun that a possessive label says', () => {
  it('is written as the possessive', () => {
    expect(compoundPossessiveRewrite(ctx, 'Rufus addressed the League opening.')).toBe("Rufus addressed the League's opening.");
    expect(compoundPossessiveRewrite(ctx, 'Did Rufus speak at the bank opening?')).toBe("Did Rufus speak at the bank's opening?");
  });
  it('is left alone as a participle with its object, before a label of its own, or without "the"', () => {
    expect(compoundPossessiveRewrite(ctx, 'With the League opening its doors, Rufus left.')).toBeUndefined();
    expect(compoundPossessiveRewrite(ctx, 'Rufus addressed the League opening ceremony.')).toBeUndefined();
    expect(compoundPossessiveRewrite(ctx, 'League opening drew Rufus.')).toBeUndefined();
    expect(compoundPossessiveRewrite(ctx, "Rufus addressed the League's opening.")).toBeUndefined();
  });
  it('is left alone when no possessive label says the words', () => {
    expect(compoundPossessiveRewrite(ctx, 'Rufus addressed the League closing.')).toBeUndefined();
    expect(compoundPossessiveRewrite(ctx, 'Rufus addressed the Sylvania opening.')).toBeUndefined();
  });
  it('is checked as the possessive, and a speaker the graph does not name stays undecided', async () => {
    const r = await check('Rufus addressed the League opening.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toMatch(/owner's possessive/);
    expect((await check('Rufus did not address the League opening.')).verdict).toBe('REFUTED');
    expect((await check('Gloria Teasdale addressed the League opening.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
