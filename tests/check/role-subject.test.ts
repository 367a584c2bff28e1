// A role as the subject (src/check/role-subject.ts, round 15): "The Acme Bank's first president
// was ..." read as the one person the graph holds in that role.
import { describe, expect, it } from 'vitest';
import { readRoleSubject } from '../../src/check/role-subject.js';
import { checkClaim } from '../../src/check/index.js';
import { checkFixture } from '../helpers/check-fixture.js';

// Gloria Teasdale is the Acme Bank's first president, and formerly President of Sylvania (she is
// also, in the fixture graph, a Prime Minister of Freedonia, as is Rufus Firefly)
const { store, ctx, check } = checkFixture(`
cgr:president-of-acme a cg:Office ; rdfs:label "President of the Acme Development Bank" ;
    cg:officeOf cgr:acme-bank ; cg:roleType "president" .
cgc:teasdale.holdsOffice.president-of-acme a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-acme ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:officeOrdinal 1 ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgc:teasdale.holdsOffice.president-of-sylvania a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:former true ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);
const recheck = (claim: string) => checkClaim(store, claim, { context: ctx }).catch(() => undefined);

describe('a role as the subject', () => {
  it('reads the role as its one holder and checks the claim of that person', async () => {
    const out = await readRoleSubject({ ctx, text: "The Acme Bank's first president was formerly President of Sylvania.", recheck });
    expect(out && 'decided' in out ? out.decided.verdict : undefined).toBe('SUPPORTED');
    const r = await check("The Acme Bank's first president was formerly President of Sylvania.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('read as Gloria Teasdale');
  });

  it('refutes what the graph denies of the holder', async () => {
    // the Acme Bank's first president is Teasdale; the office has one first holder
    const r = await check("The Acme Bank's first president was not President of Sylvania.");
    expect(r.verdict).toBe('REFUTED');
    expect(r.evidence.length).toBeGreaterThanOrEqual(1);
  });

  it('is not read when no person, or a person by name, is the subject', async () => {
    expect(await readRoleSubject({ ctx, text: 'The Sylvanian ambassador was formerly President of Sylvania.', recheck })).toBeUndefined();
    expect(await readRoleSubject({ ctx, text: "Gloria Teasdale's first president was formerly President of Sylvania.", recheck })).toBeUndefined();
    // two people hold the role in the graph: which one is not said
    expect(await readRoleSubject({ ctx, text: "Freedonia's prime minister was formerly President of Sylvania.", recheck })).toBeUndefined();
  });
});
