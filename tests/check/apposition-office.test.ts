// An office in apposition to the subject of a passive with its agent (src/check/apposition-office.ts, round 20b).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// Gloria Teasdale hosted the gala; Rufus Firefly attended it (and the President of Sylvania did not)
const HOST = `
cgc:teasdale.hostOf.gala a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:hostOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015> .
cgr:teasdale cg:hostOf cgr:gala .
cgc:rufus.attended.gala a cg:Claim ; rdf:subject cgr:rufus ; rdf:predicate cg:attended ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015> .
cgr:rufus cg:attended cgr:gala .
`;
const { check } = checkFixture(HOST);

describe('an office in apposition to the subject of a passive', () => {
  it('refutes an office the source of the deed denies the subject', async () => {
    const d = await check('Rufus Firefly was hosted by Gloria Teasdale.'); expect(d.verdict, d.explanation).toBe('SUPPORTED');
    const r = await check("Rufus Firefly, Sylvania's president, was hosted by Gloria Teasdale.");
    expect(r.verdict, r.explanation).toBe('REFUTED');
    expect(r.explanation).toContain('apposition to the subject of a passive');
  });
  it('never takes the agent\'s office, and leaves a denied deed to the other readers', async () => {
    // the office the subject holds: not refuted
    expect((await check("Rufus Firefly, Freedonia's prime minister, was hosted by Gloria Teasdale.")).verdict).not.toBe('REFUTED');
    expect((await check("Rufus Firefly, Sylvania's president, was not hosted by Gloria Teasdale.")).explanation).not.toContain('apposition to the subject of a passive');
  });
  it('refutes an office the graph names no entity of, by the office the source of the deed gives the person', async () => {
    // Gloria Teasdale, the one President of Freedonia, attended the gala; no office of Marsovia in the graph
    const other = checkFixture(`
cgc:teasdale.holds.president a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-freedonia ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015> .
cgr:teasdale cg:holdsOffice cgr:president-of-freedonia .
cgc:teasdale.attended.gala a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:attended ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015> .
cgr:teasdale cg:attended cgr:gala .
`);
    const r = await other.check('Gloria Teasdale, President of Marsovia, attended the gala.');
    expect(r.verdict, r.explanation).toBe('REFUTED');
    expect(r.explanation).toContain('one the graph names no entity of');
  });
});
