// Round 34 (branch words34): other words for a relation, a purpose and a name.
// - src/check/name-alias.ts: "X goes by the abbreviation Y", "Y is short for X" (the graph's names)
// - src/check/purpose.ts: a phrasal verb of furthering ("to build up", "to shore up") and
//   furtheringVariants (a focus said with another gerund of furthering, src/check/focus.ts)
// - src/check/focus.ts: "zeroed in on", "homed in on"; purpose-connectives.ts: "with an eye to V-ing"
// - ontology/lexicon.ttl: "take charge of" (leads), "sign up as an O founder" (foundingMemberOf),
//   "skip / leave O off the itinerary" (visited, negative)
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';
import { aliasParts } from '../../src/check/name-alias.js';
import { furtheringVariants } from '../../src/check/purpose.js';

const ART = FIXTURE_ARTICLE;

describe('another name of an entity (name-alias.ts)', () => {
  const { check } = checkFixture();
  it('splits the shapes into the entity and the name', () => {
    expect(aliasParts('Acme Development Bank goes by the abbreviation ADB-X.')).toEqual({ entity: 'Acme Development Bank', name: 'ADB-X' });
    expect(aliasParts('LNS is short for the League of Nations States.')).toEqual({ entity: 'League of Nations States', name: 'LNS' });
    expect(aliasParts('The League of Nations States is not known by the initials LNS.')).toBeUndefined();
    expect(aliasParts('Freedonia is a member of the League.')).toBeUndefined();
  });
  it('supports a name the graph gives the entity and no other', async () => {
    for (const c of [
      'The League of Nations States goes by the abbreviation LNS.',
      'The League of Nations States is known by the initials LNS.',
      'LNS stands for League of Nations States.',
      'LNS is short for the League of Nations States.',
      'Acme Development Bank is abbreviated ADB-X.',
    ]) {
      const r = await check(c);
      expect(r.verdict, c).toBe('SUPPORTED');
      expect(r.reason, c).toBe('entity-name');
    }
  });
  it('never refutes: another entity\'s name, or one the graph lacks, is not read here', async () => {
    for (const c of [
      'The League of Nations States goes by the abbreviation ADB-X.',
      'Acme Development Bank goes by the abbreviation ZZB.',
    ]) expect(await check(c).then((r) => r.verdict, () => 'unread'), c).not.toBe('REFUTED');
  });
});

describe('a purpose said with a phrasal verb of furthering (purpose.ts, lexicon cg:furtheringVerb)', () => {
  const { check, ctx } = checkFixture(`
cgr:canal-development a cg:Purpose ; rdfs:label "canal development" ; skos:altLabel "developing canals" .
cgr:trade-ties a cg:Purpose ; rdfs:label "trade ties" ; skos:altLabel "strengthening trade ties" .
cgc:rufus.visited.sylvania.purpose34 a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:sylvania ;
    cg:purpose cgr:trade-ties ; cg:focus cgr:canal-development ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${ART}/sentence/s009> .
`);
  it('says a furthering gerund phrase with the other furthering verbs', () => {
    const v = furtheringVariants(ctx, 'building up canals');
    expect(v[0]).toBe('building up canals');
    expect(v).toContain('developing canals');
    expect(furtheringVariants(ctx, 'canal development')).toEqual(['canal development']);
  });
  it('reads "to build up / shore up / beef up" as the purpose the source names with another verb', async () => {
    for (const c of [
      'Rufus Firefly visited Sylvania to shore up trade ties.',
      'Rufus Firefly visited Sylvania to beef up trade ties.',
      'Rufus Firefly visited Sylvania to build up trade ties.',
    ]) expect((await check(c)).verdict, c).toBe('SUPPORTED');
    expect((await check('Rufus Firefly visited Sylvania to shore up military ties.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('reads a focus said with another gerund of furthering, "zeroed in on", "with an eye to"', async () => {
    for (const c of [
      "Rufus Firefly's visit focused on building up canals.",
      "Rufus Firefly's visit zeroed in on developing canals.",
      "Rufus Firefly's visit homed in on building up canals, with an eye to strengthening trade ties.",
    ]) expect((await check(c)).verdict, c).toBe('SUPPORTED');
    expect((await check("Rufus Firefly's visit zeroed in on building up ports.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('other verbs of a relation (ontology/lexicon.ttl, round 34)', () => {
  const { check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgc:freedonia.foundingMemberOf.acme-bank a cg:Claim ;
    rdf:subject cgr:freedonia ; rdf:predicate cg:foundingMemberOf ; rdf:object cgr:acme-bank ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${ART}/sentence/s009> .
`);
  it('reads "take charge of" as leading', async () => {
    expect((await check('Freedonia takes charge of Acme Development Bank.')).verdict).toBe('SUPPORTED');
  });
  it('reads "signed up as an O founder" as a founding member', async () => {
    expect((await check('Freedonia signed up as an Acme Bank founder.')).verdict).toBe('SUPPORTED');
  });
  it('reads skipping a place, or leaving it off the itinerary, as not visiting it', async () => {
    expect((await check('Rufus Firefly skipped Sylvania.')).verdict).toBe('REFUTED');
    expect((await check('Rufus Firefly left Sylvania off his itinerary.')).verdict).toBe('REFUTED');
    expect((await check('Rufus Firefly skipped Zenda.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('other verbs of a deal, a pledge, a cost and a base (ontology/lexicon.ttl, round 34)', () => {
  const S = `prov:wasDerivedFrom <${ART}/sentence/s004>`;
  const { check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:ludovia a cg:City ; rdfs:label "Ludovia" .
cgc:f.grantTo.s.pledged34 a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:grantTo ; rdf:object cgr:sylvania ;
    cg:amount <https://w3id.org/claimgraph/claim/f.grantTo.s.pledged34/amount/USD> ;
    cg:polarity cg:Positive ; cg:modality cg:Pledged ; cg:derivation cg:Direct ; ${S} .
<https://w3id.org/claimgraph/claim/f.grantTo.s.pledged34/amount/USD> a schema:MonetaryAmount ; schema:value "3000000"^^xsd:decimal ; schema:currency "USD" .
cgc:canal.estimatedCostUSD.w34 a cg:Claim ; rdf:subject cgr:canal ; rdf:predicate cg:estimatedCostUSD ; rdf:object "4000000"^^xsd:decimal ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; ${S} .
cgr:canal cg:estimatedCostUSD "4000000"^^xsd:decimal .
cgc:acme.hq.zenda a cg:Claim ; rdf:subject cgr:acme-bank ; rdf:predicate cg:headquarteredIn ; rdf:object cgr:zenda ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; ${S} .
`);
  it('reads closing, finalising, hammering out a deal as signing it', async () => {
    for (const c of ['Freedonia finalised energy deals with Sylvania.', 'Freedonia hammered out energy deals with Sylvania.',
      'Freedonia cut energy deals worth US$ 5 million with Sylvania.']) expect((await check(c)).verdict, c).toBe('SUPPORTED');
    expect((await check('Freedonia closed energy deals worth US$ 9 million with Sylvania.')).verdict).toBe('REFUTED');
  });
  it('reads promising, earmarking, setting aside an amount as a pledge', async () => {
    for (const c of ['Freedonia promised US$ 3 million to Sylvania.', 'Freedonia earmarked US$ 3 million for Sylvania.',
      'Freedonia set aside US$ 3 million for Sylvania.']) expect((await check(c)).verdict, c).toBe('SUPPORTED');
    expect((await check('Freedonia vowed US$ 8 million to Sylvania.')).verdict).toBe('REFUTED');
  });
  it('reads "priced at", "has an estimated cost of", "needs an investment of" as the cost', async () => {
    for (const c of ['The canal pipeline is priced at US$ 4 million.', 'The canal pipeline has an estimated cost of US$ 4 million.',
      'The canal pipeline will need an investment of US$ 4 million.']) expect((await check(c)).verdict, c).toBe('SUPPORTED');
    expect((await check('The canal pipeline is budgeted at US$ 7 million.')).verdict).toBe('REFUTED');
  });
  it('reads "X\'s base is Y" and "X is run from Y" as the seat', async () => {
    expect((await check("Acme Development Bank's base is Zenda.")).verdict).toBe('SUPPORTED');
    expect((await check('Acme Development Bank is run from Ludovia.')).verdict).toBe('REFUTED');
  });
});
