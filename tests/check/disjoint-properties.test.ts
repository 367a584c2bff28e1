// Disjoint properties (src/check/disjoint-properties.ts, round 11): a guest of an event
// (cg:guestOf) is not its host (cg:hostOf owl:propertyDisjointWith cg:guestOf); another host is
// not refuted by the host the source names (co-hosts exist).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// "Rufus Firefly hosted Gloria Teasdale at the Founders Gala"
const { check } = checkFixture(`
cgc:rufus.hostOf.gala a cg:Claim ; rdf:subject cgr:rufus ; rdf:predicate cg:hostOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015> .
cgc:teasdale.guestOf.gala a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:guestOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015> .
`);

describe('a guest is not the host (owl:propertyDisjointWith)', () => {
  it('refutes the guest as host, citing the guest claim', async () => {
    const r = await check('Gloria Teasdale hosted the Founders Gala.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('disjoint-property');
    expect(r.explanation).toContain('guest of');
    expect((await check('The Founders Gala was hosted by Gloria Teasdale.')).verdict).toBe('REFUTED');
  });

  it('supports the denial, and refutes the host as a guest', async () => {
    expect((await check('Gloria Teasdale did not host the Founders Gala.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly was a guest at the Founders Gala.')).verdict).toBe('REFUTED');
  });

  it('leaves another host, whom the source does not name a guest, undecided (co-hosts exist)', async () => {
    expect((await check('Freedonia hosted the Founders Gala.')).verdict).not.toBe('REFUTED');
  });

  it('keeps the guest an attendee (a sub-property of attended)', async () => {
    expect((await check('Gloria Teasdale attended the Founders Gala.')).verdict).toBe('SUPPORTED');
  });
});
