// "Respectively" pairs two lists member by member (src/check/respectively.ts, round 37, users29's
// F13): each name with its own member of the second list, never all with all nor crosswise.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { respectivelyCuts } from '../../src/check/respectively.js';

// added: Zeppo Marx is the President of Sylvania, Chico Marx the President of Freedonia (each
// office one holder at a time, as the fixture's ontology says of offices)
const { ctx, check } = checkFixture(`
cgr:zeppo a cg:Person ; rdfs:label "Zeppo Marx" .
cgr:chico a cg:Person ; rdfs:label "Chico Marx" .
${fixtureClaim({ id: 't.zeppo', s: 'cgr:zeppo', p: 'cg:holdsOffice', o: 'cgr:president-of-sylvania', asserted: true })}
${fixtureClaim({ id: 't.chico', s: 'cgr:chico', p: 'cg:holdsOffice', o: 'cgr:president-of-freedonia', asserted: true })}
cgr:harpo a cg:Person ; rdfs:label "Harpo Marx" .
cgr:president-of-marsovia a cg:Office ; rdfs:label "President of Marsovia" ; cg:officeOf cgr:marsovia ; cg:roleType "president" .
${fixtureClaim({ id: 't.harpo', s: 'cgr:harpo', p: 'cg:holdsOffice', o: 'cgr:president-of-marsovia', asserted: true })}
`);

describe('"A and B ... X and Y, respectively"', () => {
  it('is cut into A with X and B with Y', () => {
    expect(respectivelyCuts(ctx, 'Zeppo Marx and Chico Marx are the presidents of Sylvania and Freedonia, respectively.')[0])
      .toEqual(['Zeppo Marx are the presidents of Sylvania', 'Chico Marx are the presidents of Freedonia']);
    expect(respectivelyCuts(ctx, 'Rufus Firefly and Gloria Teasdale visited Sylvania in 2001 and 2010, respectively')[0])
      .toEqual(['Rufus Firefly visited Sylvania in 2001', 'Gloria Teasdale visited Sylvania in 2010']);
    expect(respectivelyCuts(ctx, 'Zeppo Marx and Chico Marx are presidents.')).toEqual([]);
  });

  it('is supported when each pair holds, and not refuted all with all', async () => {
    const r = await check('Zeppo Marx and Chico Marx are the presidents of Sylvania and Freedonia, respectively.');
    expect(r.verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly and Gloria Teasdale visited Sylvania in 2001 and 2010, respectively.')).verdict).toBe('SUPPORTED');
  });

  it('is refuted crosswise', async () => {
    expect((await check('Zeppo Marx and Chico Marx are the presidents of Freedonia and Sylvania, respectively.')).verdict).toBe('REFUTED');
  });

  it('is never read as a whole: a shape it cannot pair stays unread', async () => {
    // three names and two offices: no cut; the claim is unread (or undecided), never decided whole
    const r = await check('Zeppo Marx, Chico Marx and Rufus Firefly are the presidents of Sylvania and the League, respectively.').catch((e: Error) => e);
    expect(r instanceof Error ? 'unread' : r.verdict).toMatch(/unread|NOT_ENOUGH_INFO/);
  });

  // round 38 (misses28): three or more members a list, and the word inside the claim
  it('cuts lists of three into three statements', () => {
    expect(respectivelyCuts(ctx, 'Zeppo Marx, Chico Marx and Harpo Marx are the presidents of Sylvania, Freedonia and Marsovia, respectively.')[0])
      .toEqual(['Zeppo Marx are the presidents of Sylvania', 'Chico Marx are the presidents of Freedonia', 'Harpo Marx are the presidents of Marsovia']);
    expect(respectivelyCuts(ctx, 'Freedonia offered Sylvania, Marsovia and Grand Fenwick \u20ac5 million, \u20ac7.5 million and \u20ac900,000, respectively.')[0])
      .toEqual(['Freedonia offered Sylvania \u20ac5 million', 'Freedonia offered Marsovia \u20ac7.5 million', 'Freedonia offered Grand Fenwick \u20ac900,000']);
    expect(respectivelyCuts(ctx, 'Zeppo Marx, Chico Marx and Harpo Marx led Sylvania, Freedonia and Marsovia, respectively, in 2001.')[0])
      .toEqual(['Zeppo Marx led Sylvania in 2001', 'Chico Marx led Freedonia in 2001', 'Harpo Marx led Marsovia in 2001']);
    // "the" stays with its noun when the members' shapes are taken
    expect(respectivelyCuts(ctx, 'Zeppo Marx, Chico Marx and Harpo Marx lead the League, the Acme Development Bank and Marsovia, respectively.')[0])
      .toEqual(['Zeppo Marx lead the League', 'Chico Marx lead the Acme Development Bank', 'Harpo Marx lead Marsovia']);
    // a list of three against a list of two: no cut
    expect(respectivelyCuts(ctx, 'Zeppo Marx, Chico Marx and Harpo Marx lead Sylvania and Freedonia, respectively.')).toEqual([]);
  });

  it('decides a list of three pair by pair', async () => {
    expect((await check('Zeppo Marx, Chico Marx and Harpo Marx are the presidents of Sylvania, Freedonia and Marsovia, respectively.')).verdict).toBe('SUPPORTED');
    expect((await check('Zeppo Marx, Chico Marx and Harpo Marx are the presidents of Freedonia, Marsovia and Sylvania, respectively.')).verdict).toBe('REFUTED');
  });
});
