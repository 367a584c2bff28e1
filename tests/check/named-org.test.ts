// Another organisation of the same kind, unknown to the graph (src/check/named-org.ts, round 17):
// the source gives an author one affiliation (cg:oneNamedAtATime), so another "Institute of ..."
// refutes; another kind of organisation, or a subject with two affiliations, stays undecided.
// Also a role written with a hyphen ("prime-minister", src/check/resolver.ts `matchOffices`).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const AFFILIATION = `
cgr:freedonian-institute a cg:Organisation ; rdfs:label "Institute of Freedonian Studies" .
cgc:teasdale.affiliatedWith.freedonian-institute a cg:Claim ;
    rdf:subject cgr:teasdale ; rdf:predicate cg:affiliatedWith ; rdf:object cgr:freedonian-institute ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s010> .
`;
const verdictOf = (check: (s: string) => Promise<{ verdict: string }>) => (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('an organisation of the same kind the graph does not know', () => {
  const verdict = verdictOf(checkFixture(AFFILIATION).check);
  it('refutes an affiliation with it when the source gives one of that kind', async () => {
    expect(await verdict('Gloria Teasdale is affiliated with the Institute of Marsovian Studies.')).toBe('REFUTED');
    expect(await verdict('Gloria Teasdale is affiliated with the Institute of Freedonian Studies.')).toBe('SUPPORTED');
    // only a claim in the present tense ("is"): "was affiliated with" may be another time
    expect(await verdict('Gloria Teasdale was affiliated with the Institute of Marsovian Studies.')).not.toBe('REFUTED');
  });

  it('says nothing of another kind of organisation', async () => {
    expect(await verdict('Gloria Teasdale is affiliated with the Council of Marsovian Studies.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Gloria Teasdale is affiliated with Marsovia Analytics.')).not.toBe('REFUTED');
  });

  it('says nothing when the source gives two affiliations', async () => {
    const two = verdictOf(checkFixture(`${AFFILIATION}
cgr:sylvanian-institute a cg:Organisation ; rdfs:label "Institute of Sylvanian Studies" .
cgc:teasdale.affiliatedWith.sylvanian-institute a cg:Claim ;
    rdf:subject cgr:teasdale ; rdf:predicate cg:affiliatedWith ; rdf:object cgr:sylvanian-institute ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s010> .
`).check);
    expect(await two('Gloria Teasdale is affiliated with the Institute of Marsovian Studies.')).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a role written with a hyphen', () => {
  const verdict = verdictOf(checkFixture().check);
  it('is read as the role', async () => {
    const plain = await verdict("Rufus Firefly is Freedonia's prime minister.");
    expect(plain).not.toBe('UNREAD');
    expect(await verdict("Rufus Firefly is Freedonia's prime-minister.")).toBe(plain);
  });
});
