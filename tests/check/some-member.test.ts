// Visiting a region does not distribute over its members (lexicon cg:objectGroupQuantifier cg:Some
// on cg:visited): "X visited <region>" says X visited at least one member. A member's visit
// supports it; no member's refutation refutes it; its denial is "no member".
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia and Sylvania are part of Ruritania; Rufus Firefly (Prime Minister of
// Freedonia) visited Sylvania in 2001, Gloria Teasdale in 2010
const { check } = checkFixture();

describe('"X visited <region>": some member, not every member', () => {
  it('is supported by a visit to one member, the member named', async () => {
    const r = await check('Rufus Firefly visited Ruritania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.reason).toBe('group-some-member');
    expect(r.explanation).toContain('at least one member of Ruritania');
    expect(r.explanation).toContain('it holds for Sylvania');
    expect(r.evidence.map((e) => e.text).join(' ')).toContain('Rufus Firefly, Prime Minister of Freedonia, visited Sylvania in 2001.');
    expect((await check('Rufus Firefly visited Ruritania in 2001.')).verdict).toBe('SUPPORTED');
  });

  it('reads an office by its holders on each member', async () => {
    expect((await check('A Freedonian prime minister visited Ruritania in 2010.')).verdict).toBe('SUPPORTED');
  });

  it('is never refuted through a member', async () => {
    // Rufus Firefly's visit to Sylvania is dated 2001: a visit in 2003 may be another visit (round 33,
    // src/check/repeat-time.ts: held, refuted before, on purpose), and the group is not refuted either
    expect((await check('Rufus Firefly visited Sylvania in 2003.')).verdict).toBe('NOT_ENOUGH_INFO');
    const r = await check('Rufus Firefly visited Ruritania in 2003.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('is the region named by its own name only: a plural or "every", "all of" names each member', async () => {
    // Freedonia, the other member, is undecided: each of the readings below needs it
    for (const claim of ['Rufus Firefly visited the Ruritanian states.', 'Rufus Firefly visited every Ruritanian state.', 'Rufus Firefly visited all of Ruritania.', 'Rufus Firefly visited each Ruritanian country.']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
      expect(r.reason, claim).not.toBe('group-some-member');
    }
  });

  it('is not read for the first or last holder of an office to visit', async () => {
    // Farland: Grand Fenwick and Marsovia. Teasdale was the first to visit Grand Fenwick, which
    // does not make her the first to visit Farland (someone may have visited Marsovia before)
    const part = (m: string) => `cgc:t.${m}.partOf.farland a cg:Claim ; rdf:subject cgr:${m} ; rdf:predicate cg:partOf ; rdf:object cgr:farland ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s011> .`;
    const farland = checkFixture(`cgr:farland a cg:Region ; rdfs:label "Farland" .\n${part('grand-fenwick')}\n${part('marsovia')}`);
    expect((await farland.check('Gloria Teasdale visited Farland.')).verdict).toBe('SUPPORTED');
    const r = await farland.check('Gloria Teasdale was the first Freedonian prime minister to visit Farland.');
    expect(r.reason).not.toBe('group-some-member');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('keeps its denial as "no member": refuted by a member\'s visit', async () => {
    const r = await check('Rufus Firefly did not visit Ruritania.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('group-member-refuted');
  });
});

describe('"X is in <region>": a place in some member, not in every member (users29 F11, round 37)', () => {
  // Zenda is a town in Sylvania; Freedonia, the region's other member, does not hold it
  const town = checkFixture(`cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgc:t.zenda.locatedIn.sylvania a cg:Claim ; rdf:subject cgr:zenda ; rdf:predicate cg:locatedIn ; rdf:object cgr:sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s011> .`);

  it('is supported by the member the place is in, and not refuted by the others', async () => {
    const r = await town.check('Zenda is in Ruritania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.reason).toBe('group-some-member');
    expect(r.explanation).toContain('it holds for Sylvania');
  });

  it('keeps its denial as "in no member": refuted by the member it is in', async () => {
    expect((await town.check('Zenda is not in Ruritania.')).verdict).toBe('REFUTED');
  });
});
