// The means of a deed said as the deed itself (src/check/purpose-means-deed.ts, round 41): "X is
// financing port projects in Sylvania in order to P" where the source gives a visit the purposes
// P pursued by financing port projects (cg:purposeMeans): the purpose is checked as the visit's.
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';
import { meansDeed } from '../../src/check/purpose-means-deed.js';

const { check, ctx } = checkFixture(`
cgr:trade-ties a cg:Purpose ; rdfs:label "trade ties" ; skos:altLabel "strengthening trade ties" .
cgr:energy-supplies a cg:Purpose ; rdfs:label "energy supplies" ; skos:altLabel "securing energy supplies" .
cgr:port-financing a cg:Means ; rdfs:label "financing major port development projects in Sylvania" .
cgc:rufus.visited.sylvania.how a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:sylvania ;
    cg:purpose cgr:trade-ties , cgr:energy-supplies ; cg:purposeMeans cgr:port-financing ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s009> .
`);

describe('meansDeed', () => {
  it('finds the deed whose means the claim\'s deed names, said by its doer or the state it acts for', () => {
    expect(meansDeed(ctx, 'Freedonia is financing port projects in Sylvania')).toBe('Rufus Firefly visited Sylvania');
    expect(meansDeed(ctx, 'Rufus Firefly finances major port projects in Sylvania')).toBe('Rufus Firefly visited Sylvania');
    expect(meansDeed(ctx, 'Freedonia plans to finance port projects in Sylvania')).toBe('Rufus Firefly visited Sylvania');
  });
  it('finds none for another activity, another doer, or no activity', () => {
    expect(meansDeed(ctx, 'Freedonia is financing schools in Sylvania')).toBeUndefined();
    expect(meansDeed(ctx, 'Marsovia is financing port projects in Sylvania')).toBeUndefined();
    expect(meansDeed(ctx, 'Freedonia is a member of the League')).toBeUndefined();
  });
});

describe('a purpose of the means said as the deed', () => {
  it('is supported when the source gives the deed done by that means the purpose', async () => {
    for (const claim of [
      'Freedonia is financing port projects in Sylvania in order to strengthen trade ties.',
      'Freedonia finances port projects in Sylvania in a bid to secure energy supplies.',
      'Freedonia plans to finance port projects in Sylvania so as to deepen trade ties.',
    ]) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('SUPPORTED');
      expect(r.evidence.some((e) => e.claim.endsWith('rufus.visited.sylvania.how')), claim).toBe(true);
    }
  });
  it('is refuted by a contrary purpose (a verb of weakening what the source furthers)', async () => {
    expect((await check('Freedonia is financing port projects in Sylvania in order to loosen trade ties.')).verdict).toBe('REFUTED');
  });
  it('is undecided (or unread) for a purpose the source does not give, another activity or another doer', async () => {
    for (const claim of [
      'Freedonia is financing port projects in Sylvania in order to sell cars.',
      'Freedonia is financing schools in Sylvania in order to strengthen trade ties.',
      'Marsovia is financing port projects in Sylvania in order to strengthen trade ties.',
    ]) expect(['NOT_ENOUGH_INFO', 'unread'], claim).toContain(await check(claim).then((r) => r.verdict, () => 'unread'));
  });
});
