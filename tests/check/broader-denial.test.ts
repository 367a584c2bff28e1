// A denial of a broader property denies the narrower one (src/check/broader-denial.ts): not a
// member of the League is not a founding member of it; never the converse.
import { describe, expect, it } from 'vitest';
import { checkFixture, SHAREHOLDER_RANKS } from '../helpers/check-fixture.js';

// the fixture: "All Ruritanian states except Sylvania belong to the League" (Sylvania: not a member)
const { check } = checkFixture(`
cgc:fenwick.foundingMemberOf.league.neg a cg:Claim ; rdf:subject cgr:grand-fenwick ; rdf:predicate cg:foundingMemberOf ; rdf:object cgr:league ;
    cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s021> .
`);

describe('a denial of a broader property (rdfs:subPropertyOf)', () => {
  it('refutes the narrower claim and supports its denial', async () => {
    const r = await check('Sylvania is a founding member of the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('broader-denial');
    expect(r.explanation).toContain('sub-property');
    expect((await check('Sylvania is not a founding member of the League.')).verdict).toBe('SUPPORTED');
  });

  // round 37 (deeds37): "never" says every time, and a membership denied at a source's day (a
  // state, no cg:deedDenial) says nothing of the times before it; both were SUPPORTED
  it('does not decide "never" by a state denied at a source\'s day', async () => {
    for (const claim of ['Sylvania has never been a founding member of the League.', 'Sylvania has never been a member of the League.']) {
      const verdict = await check(claim).then((r) => r.verdict, () => 'UNREAD');
      expect(['NOT_ENOUGH_INFO', 'UNREAD'], claim).toContain(verdict);
    }
  });

  it('says nothing of the broader claim when only the narrower one is denied', async () => {
    expect((await check('Grand Fenwick is a member of the League.')).verdict).not.toBe('REFUTED');
  });
});

// round 28: "P cg:deniedWith Q" (ontology/claimgraph.ttl: shareholder of, member of): a denial of
// membership denies a shareholding; a shareholding states no membership
const shares = checkFixture(`
cgc:marsovia.shareholderOf.league a cg:Claim ; rdf:subject cgr:marsovia ; rdf:predicate cg:shareholderOf ; rdf:object cgr:league ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s021> .
cgc:fenwick.foundingMemberOf.league.neg a cg:Claim ; rdf:subject cgr:grand-fenwick ; rdf:predicate cg:foundingMemberOf ; rdf:object cgr:league ;
    cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s021> .
`);

describe('a denial of a property a narrower one is denied with (cg:deniedWith)', () => {
  it('refutes a shareholding of a state that is no member, and supports its denial', async () => {
    const r = await shares.check('Sylvania holds shares in the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('broader-denial');
    expect(r.explanation).toContain('cg:deniedWith');
    expect((await shares.check('Sylvania is not a shareholder of the League.')).verdict).toBe('SUPPORTED');
  });

  it('leaves a shareholding undecided where only a narrower membership is denied, or none', async () => {
    expect((await shares.check('Grand Fenwick holds shares in the League.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await shares.check('Freedonia holds shares in the League.')).verdict).not.toBe('REFUTED');
  });

  it('draws no membership from a shareholding (one way only)', async () => {
    expect((await shares.check('Marsovia is a shareholder of the League.')).verdict).toBe('SUPPORTED');
    expect((await shares.check('Marsovia is a member of the League.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('yields to a shareholding the graph states for the pair (the denial is drawn, the shareholding said)', async () => {
    // the fixture's Sylvania is no member, yet the ranks name it the League's second shareholder
    const ranks = checkFixture(SHAREHOLDER_RANKS);
    expect((await ranks.check('Sylvania is a shareholder of the League.')).verdict).toBe('SUPPORTED');
    expect((await ranks.check("Freedonia has a bigger share of the League's voting power than Sylvania.")).verdict).toBe('SUPPORTED');
  });
});

// round 29 (branch precision29): the drawn denial holds as of its source's day, as a direct denial
// does (src/check/denial-time.ts): "Sylvania held shares in the League in 2040" was REFUTED (the
// fixture article dated here, so its denial has a day)
const DATED = `cga:fixture-article schema:datePublished "2011-05-01"^^xsd:date .
cgc:sylvania.memberOf.league.neg cg:statedIn cga:fixture-article .`;
const dated = checkFixture(DATED);
describe('a drawn denial and the claim\'s time', () => {
  it('says nothing of a time after the source\'s day', async () => {
    expect((await dated.check('Sylvania held shares in the League in 2040.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await dated.check('Sylvania was not a shareholder of the League in 2040.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await dated.check('Sylvania was a founding member of the League in 2040.')).verdict).toBe('NOT_ENOUGH_INFO');
    // as the direct denial
    expect((await dated.check('Sylvania was a member of the League in 2040.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  // round 36 (fix29a): "in 2009", before the source's day, is no longer refuted (below)
  it('still refutes a claim without a time (near miss)', async () => {
    expect((await dated.check('Sylvania holds shares in the League.')).verdict).toBe('REFUTED');
    expect((await dated.check('Sylvania held shares in the League in 2009.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// round 36 (fix29a; users29's F2): the broader denial, said as of its article's day, says nothing of
// an earlier year either ("Turkmenistan was a founding member of the AIIB in 2014" was refuted)
describe('a broader denial as of its day', () => {
  const dated = checkFixture(`
cga:fixture-article schema:datePublished "2011-05-01"^^xsd:date .
cgc:sylvania.memberOf.league.neg cg:statedIn cga:fixture-article .
`);
  it('decides no earlier year, and still the claim with no time', async () => {
    expect((await dated.check('Sylvania was a founding member of the League in 2008.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await dated.check('Sylvania is a founding member of the League.')).verdict).toBe('REFUTED');
  });
});
