// Nominal and passive forms of the lexicon (ontology/lexicon.ttl, round 6) and a relative clause
// that runs past a comma (src/check/compound.ts): each read on the fixture, both ways where the
// graph can decide both.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const S = 'prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s004>';
const { check } = checkFixture(`
cgc:f.grantTo.s.pledged a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:grantTo ; rdf:object cgr:sylvania ;
    cg:amount <https://w3id.org/claimgraph/claim/f.grantTo.s.pledged/amount/USD> ;
    cg:polarity cg:Positive ; cg:modality cg:Pledged ; cg:derivation cg:Direct ; ${S} .
<https://w3id.org/claimgraph/claim/f.grantTo.s.pledged/amount/USD> a schema:MonetaryAmount ; schema:value "3000000"^^xsd:decimal ; schema:currency "USD" .
cgc:neutrality.recognisedBy.league a cg:Claim ; rdf:subject cgr:neutrality ; rdf:predicate cg:recognisedBy ; rdf:object cgr:league ;
    cg:date "1995-12-12"^^xsd:date ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; ${S} .
cgc:teasdale.president a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-freedonia ;
    cg:former "true"^^xsd:boolean ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; ${S} .
cgc:rufus.first-pm a cg:Claim ; rdf:subject cgr:rufus ; rdf:predicate cg:holdsOffice ; rdf:object cgr:pm-of-freedonia ;
    cg:officeOrdinal "1"^^xsd:positiveInteger ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; ${S} .
cgc:freedonia.economy a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:economyReliesOn ; rdf:object cgr:energy ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; ${S} .
`);
const verdict = async (text: string) => (await check(text)).verdict;

describe('nominal and passive forms with their agent', () => {
  it('"a pledge of N was made to Y by X" is X pledging N to Y', async () => {
    const r = await check('A pledge of US$ 3 million in aid was made to Sylvania by Freedonia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.modality).toBe('pledged');
    expect(await verdict('A pledge of US$ 9 million in aid was made to Sylvania by Freedonia.')).toBe('REFUTED');
  });
  it('"recognition of X came from Y" is Y recognising X', async () => {
    expect(await verdict('Recognition of neutrality came from the League of Nations States in December 1995.')).toBe('SUPPORTED');
    expect(await verdict('Recognition of neutrality came from the League of Nations States in December 1996.')).toBe('REFUTED');
  });
  it('"depends little on" denies relying on it', async () => {
    expect(await verdict("Freedonia's economy depends little on energy trade.")).toBe('REFUTED');
  });
});

describe('offices: former and first holders, the office before its holder', () => {
  it('reads "the first N" as the ordinal of the holder claim', async () => {
    expect(await verdict('Rufus Firefly became the first Prime Minister of Freedonia.')).toBe('SUPPORTED');
    // the graph states no ordinal for Teasdale: not supported
    expect(await verdict('Gloria Teasdale became the first Prime Minister of Freedonia.')).not.toBe('SUPPORTED');
  });
  it('reads "Y\'s N is X" as X holding the office', async () => {
    expect(await verdict("Freedonia's prime minister is Rufus Firefly.")).toBe('SUPPORTED');
  });
});

describe('a relative clause that runs past a comma', () => {
  it('is cut at the comma that leaves both statements readable', async () => {
    const r = await check('The League of Nations States, which recognised neutrality on December 12, 1995, was founded by Sylvania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.parts?.map((p) => p.interpretation.predicateName)).toEqual(['recognisedBy', 'initiatedBy']);
  });
});
