// A purpose said with an infinitive (src/check/purpose.ts): the deed checked on its own, then the
// purpose as a thing the graph names (the verb as a gerund), and a "main" purpose against
// cg:mainPurpose.
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE, fixtureClaim } from '../helpers/check-fixture.js';
import { purposeParts } from '../../src/check/purpose.js';

const ART = FIXTURE_ARTICLE;
const { check, ctx } = checkFixture(`
cgr:trade-ties a cg:Purpose ; rdfs:label "trade ties" ; skos:altLabel "strengthening trade ties" .
cgr:energy-supplies a cg:Purpose ; rdfs:label "energy supplies" ; skos:altLabel "securing energy supplies" .
cgc:rufus.visited.sylvania.purpose a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:sylvania ;
    cg:purpose cgr:trade-ties , cgr:energy-supplies ; cg:mainPurpose cgr:trade-ties ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${ART}/sentence/s009> .
`);

describe('a purpose infinitive', () => {
  it('finds the deed before the last "to" that opens a verb, not a complement or a destination', () => {
    expect(purposeParts(ctx, 'Rufus Firefly visited Sylvania to strengthen trade ties.').map((p) => p.deed)).toEqual(['Rufus Firefly visited Sylvania']);
    expect(purposeParts(ctx, 'Rufus Firefly visited Sylvania in order to secure energy supplies.').map((p) => p.deed)).toEqual(['Rufus Firefly visited Sylvania']);
    expect(purposeParts(ctx, 'Rufus Firefly wants to visit Sylvania.')).toEqual([]);
    expect(purposeParts(ctx, 'Rufus Firefly was the first leader to visit Sylvania.')).toEqual([]);
    expect(purposeParts(ctx, 'Rufus Firefly went to the gala.')).toEqual([]);
    // a denial may deny the purpose and not the deed
    expect(purposeParts(ctx, 'Rufus Firefly did not visit Sylvania to attend the gala.')).toEqual([]);
  });

  it('supports a deed the graph states with that purpose, the verb read as the gerund of its label', async () => {
    const r = await check('Rufus Firefly visited Sylvania to strengthen trade ties.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('the purpose as "strengthening trade ties"');
    // the owner may be the deed's own object
    expect((await check("Rufus Firefly visited Sylvania to strengthen Sylvania's trade ties.")).verdict).toBe('SUPPORTED');
  });

  it('is refuted with a verb of weakening what the source says the deed furthers (round 24, cg:weakeningVerb)', async () => {
    for (const claim of ['Rufus Firefly visited Sylvania to weaken trade ties.', "Rufus Firefly visited Sylvania to loosen Sylvania's trade ties."]) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('REFUTED');
      expect(r.explanation).toContain('cg:weakeningVerb');
    }
  });

  it('reads "aimed at" with a gerund of weakening, "served to", and the place before the visit noun (round 40)', async () => {
    for (const [claim, verdict] of [
      ["Rufus Firefly's visit to Sylvania aimed at loosening trade ties.", 'REFUTED'],
      ["Rufus Firefly's Sylvania trip served to strengthen trade ties.", 'SUPPORTED'],
      ["Rufus Firefly's trip to Sylvania serves to strengthen trade ties.", 'SUPPORTED'],
    ] as const) {
      expect((await check(claim)).verdict, claim).toBe(verdict);
    }
    expect(purposeParts(ctx, "Rufus Firefly's Sylvania trip served to strengthen trade ties.").map((p) => p.deed)).toEqual(['Rufus Firefly visited Sylvania']);
  });

  it('is not supported with another verb, another owner, or a purpose the graph does not name', async () => {
    for (const claim of [
      "Rufus Firefly visited Sylvania to weaken Marsovia's trade ties.",
      "Rufus Firefly visited Sylvania to strengthen Marsovia's trade ties.",
      'Rufus Firefly visited Sylvania to build a railway.',
    ]) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
      // read: the deed's reading is shown
      expect(r.interpretation.predicateName, claim).toBe('visited');
    }
  });

  it('refutes a claim whose deed is refuted, and leaves an undecided deed undecided', async () => {
    const r = await check('The President of Sylvania attended the Founders Gala to strengthen trade ties.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('which is refuted');
    expect((await check('Rufus Firefly visited Marsovia to strengthen trade ties.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('the main aim of a visit', () => {
  it('is the purpose the source calls main (cg:mainPurpose): another main purpose refutes', async () => {
    expect((await check("The main aim of Rufus Firefly's visit to Sylvania was to strengthen trade ties.")).verdict).toBe('SUPPORTED');
    expect((await check("The main aim of Rufus Firefly's visit to Sylvania was to secure energy supplies.")).verdict).toBe('REFUTED');
    // any purpose, not ranked
    expect((await check("The aim of Rufus Firefly's visit to Sylvania was to secure energy supplies.")).verdict).toBe('SUPPORTED');
  });
});

describe('a main aim in another field', () => {
  // the fields are ontology classes (cg:EconomicAim, cg:MilitaryAim, owl:disjointWith) with
  // lexicon words (cg:fieldWord)
  const { check: checkFields } = checkFixture(`
cgr:trade-ties a cg:Purpose , cg:EconomicAim ; rdfs:label "trade ties" ; skos:altLabel "strengthening trade ties" .
cgc:rufus.visited.sylvania.purpose a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:sylvania ;
    cg:purpose cgr:trade-ties ; cg:mainPurpose cgr:trade-ties ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${ART}/sentence/s009> .
`);
  it('is refuted when the source\'s main purpose lies in a disjoint field (a deed has one main purpose)', async () => {
    for (const claim of [
      "The main aim of Rufus Firefly's visit to Sylvania was to build military bases.",
      "The chief purpose of Rufus Firefly's trip to Sylvania was to strengthen defence ties with Sylvania.",
      // round 11: politics and exchanges between peoples are fields of their own (cg:PoliticalAim, cg:CulturalAim)
      "The main purpose of Rufus Firefly's visit to Sylvania was to sign a peace treaty.",
      "Rufus Firefly's visit to Sylvania was chiefly intended to promote tourism.",
    ]) {
      const r = await checkFields(claim);
      expect(r.verdict, claim).toBe('REFUTED');
      expect(r.evidence.every((e) => e.stance === 'refutes')).toBe(true);
    }
  });
  it('is not refuted without "main", in both fields, or in no field', async () => {
    for (const claim of [
      'Rufus Firefly visited Sylvania to build military bases.',
      "The main aim of Rufus Firefly's visit to Sylvania was to strengthen economic and military ties.",
      "The main aim of Rufus Firefly's visit to Sylvania was to sign energy deals.",
      "The main aim of Rufus Firefly's visit to Sylvania was to promote tourism and investment.",
    ]) expect((await checkFields(claim)).verdict, claim).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a purpose with its means ("to strengthen ties by financing projects")', () => {
  const { check: checkHow } = checkFixture(`
cgr:trade-ties a cg:Purpose ; rdfs:label "trade ties" ; skos:altLabel "strengthening trade ties" .
cgr:port-financing a cg:Means ; rdfs:label "financing port projects in Sylvania" .
cgc:rufus.visited.sylvania.how a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:sylvania ;
    cg:purpose cgr:trade-ties ; cg:purposeMeans cgr:port-financing ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${ART}/sentence/s009> .
`);
  it('supports the means the source gives the purpose (cg:purposeMeans), refutes its contrary', async () => {
    expect((await checkHow("Rufus Firefly's visit to Sylvania aimed to strengthen trade ties by financing port projects.")).verdict).toBe('SUPPORTED');
    expect((await checkHow('Rufus Firefly visited Sylvania to strengthen trade ties by financing port projects.')).verdict).toBe('SUPPORTED');
    expect((await checkHow('Rufus Firefly visited Sylvania to strengthen trade ties by blocking port projects.')).verdict).toBe('REFUTED');
  });
  it('leaves another means, or the purpose\'s means said of the deed, undecided', async () => {
    expect((await checkHow('Rufus Firefly visited Sylvania to strengthen trade ties by signing deals.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await checkHow('Rufus Firefly visited Sylvania by financing port projects.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('what a deed signalled ("to signal that P", "By doing A, X signalled that P")', () => {
  const { check: checkSignal } = checkFixture(`
cgr:grain-keen a cg:Message ; rdfs:label "Freedonia is keen to buy Sylvanian grain in large amounts" .
cgc:rufus.visited.sylvania.signal a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:sylvania ; cg:signals cgr:grain-keen ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${ART}/sentence/s009> .
`);
  it('supports P said in fewer of the source\'s words (cg:signals)', async () => {
    expect((await checkSignal('Rufus Firefly visited Sylvania to signal that Freedonia is keen to buy Sylvanian grain.')).verdict).toBe('SUPPORTED');
    expect((await checkSignal('By visiting Sylvania, Rufus Firefly signalled that Freedonia is keen to buy Sylvanian grain.')).verdict).toBe('SUPPORTED');
  });
  it('reads "to signal X\'s keenness to V" as "that X is keen to V"', async () => {
    expect((await checkSignal("Rufus Firefly visited Sylvania to signal Freedonia's keenness to buy Sylvanian grain.")).verdict).toBe('SUPPORTED');
    expect((await checkSignal("Rufus Firefly visited Sylvania to signal Marsovia's keenness to buy Sylvanian grain.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('leaves another message undecided', async () => {
    expect((await checkSignal('By visiting Sylvania, Rufus Firefly signalled that Freedonia is keen to sell weapons.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('"for infrastructure at <a place>" (lexicon cg:purpose pattern, round 24)', () => {
  // Freedonia pledged aid to Sylvania for the Zenda airport (the place is the purpose)
  const airport = checkFixture(`cgr:zenda-airport a cg:Airport ; rdfs:label "Zenda Airport" .
${fixtureClaim({ id: 'freedonia.grantTo.sylvania.pledged', s: 'cgr:freedonia', p: 'cg:grantTo', o: 'cgr:sylvania', modality: 'Pledged', sentence: 's009', more: 'cg:purpose cgr:zenda-airport' })}`);
  it('names the place as the purpose with or without the gerund', async () => {
    expect((await airport.check('Freedonia pledged aid to Sylvania for developing infrastructure at Zenda Airport.')).verdict).toBe('SUPPORTED');
    expect((await airport.check('Freedonia pledged aid to Sylvania for infrastructure at Zenda Airport.')).verdict).toBe('SUPPORTED');
  });
});

describe('a verb of furthering said as a gerund (round 41)', () => {
  it('reads "aimed at tightening X" as the purpose "strengthening X" (lexicon cg:furtheringVerb)', async () => {
    for (const claim of [
      "Rufus Firefly's visit to Sylvania aimed at tightening trade ties.",
      "Rufus Firefly's trip to Sylvania aimed at deepening Freedonia's trade ties with Sylvania.",
    ]) expect((await check(claim)).verdict, claim).toBe('SUPPORTED');
  });
  it('leaves a gerund of another verb undecided', async () => {
    expect((await check("Rufus Firefly's visit to Sylvania aimed at taxing trade ties.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
