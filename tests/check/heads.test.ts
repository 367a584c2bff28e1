// "X heads Y" from "X is the president of Y" (src/check/heads.ts): the lexicon's head roles
// (cg:headRole on cg:leads) and the organisation's office of that role.
import { describe, expect, it } from 'vitest';
import { headOfficeReading } from '../../src/check/heads.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the League has a president's office, which Bob holds (a dated source); Acme Bank has none
const extra = `
cgr:bob a cg:Person ; rdfs:label "Bob Second" .
cgr:ann a cg:Person ; rdfs:label "Ann Other" .
cga:news-2010 a schema:NewsArticle ; schema:datePublished "2010-05-01"^^xsd:date .
cgr:president-of-league a cg:Office ; rdfs:label "President of the League" ; cg:officeOf cgr:league ; cg:roleType "president" .
cgc:bob.holdsOffice.president-of-league a cg:Claim ;
    rdf:subject cgr:bob ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-league ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:statedIn cga:news-2010 ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
cgr:bob cg:holdsOffice cgr:president-of-league .
`;
const { ctx, check } = checkFixture(extra);

describe('a person leading an organisation', () => {
  it('is holding its head office: supported by the holder claim', async () => {
    const r = await check('Bob Second heads the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.predicateName).toBe('holdsOffice');
    expect(r.explanation).toContain('head office');
    expect((await check('The League is led by Bob Second.')).verdict).toBe('SUPPORTED');
  });

  it('is refuted by another current holder of the one office', async () => {
    expect((await check('Ann Other heads the League.')).verdict).toBe('REFUTED');
  });

  it('says nothing of an organisation without a head office, or of a state leading it', async () => {
    expect((await check('Bob Second heads the Acme Development Bank.')).verdict).toBe('NOT_ENOUGH_INFO');
    const leads = { subject: { kind: 'entity' as const, iri: 'https://w3id.org/claimgraph/resource/freedonia', label: 'Freedonia' }, predicate: 'https://w3id.org/claimgraph/ontology#leads', predicateName: 'leads', object: { kind: 'entity' as const, iri: 'https://w3id.org/claimgraph/resource/league', label: 'League' }, polarity: 'positive' as const, modality: 'stated' as const, qualifiers: {} };
    expect(headOfficeReading(ctx, leads)).toBeUndefined();
  });
});
