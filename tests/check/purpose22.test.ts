// Round 22 (branch purpose22): purposes and memberships in more of the words users type. "Takes part
// in" an organisation (cg:memberOf, as "participates in"); "The point of X was to V" as a purpose, not
// a plan (src/check/expectation-frames.ts); the main purpose said first ("NP was the main aim of X's
// visit") or after the trip ("X went to Y chiefly for NP"), and an owner described before its name
// ("resource-rich Sylvania") (src/check/purpose.ts); "V of aid" as "V in aid"
// (src/check/amount-frames.ts); other verbs of repair (lexicon cg:purpose); a main-purpose adverb
// around a purpose verb ("aims mainly at P"), "pays for / funds P", "targets A as well as B"
// (src/check/purpose-words.ts); "had yet to V" as "had not V-ed" (src/check/negation-frames.ts).
// Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { expectationRewrites } from '../../src/check/expectation-frames.js';
import { purposeParts } from '../../src/check/purpose.js';
import { amountFrameRewrites } from '../../src/check/amount-frames.js';
import { purposeWordsRewrites } from '../../src/check/purpose-words.js';
import { frameRewrites } from '../../src/check/negation-frames.js';

const { check, ctx } = checkFixture([
  'cgr:trade-ties a cg:Purpose , cg:EconomicAim ; rdfs:label "trade ties" ; skos:altLabel "strengthening trade ties" .',
  'cgr:energy-supplies a cg:Purpose ; rdfs:label "energy supplies" ; skos:altLabel "securing energy supplies" .',
  fixtureClaim({ id: 'rufus.visited.sylvania.p22', s: 'cgr:rufus', p: 'cg:visited', o: 'cgr:sylvania', sentence: 's009',
    more: 'cg:purpose cgr:trade-ties , cgr:energy-supplies ; cg:mainPurpose cgr:trade-ties' }),
  'cgr:sylvania-roads a cg:Purpose ; rdfs:label "roadways of Sylvania" ; skos:altLabel "roads" .',
  'cgr:sylvania-airport a cg:Purpose ; rdfs:label "Tarsk airport" .',
  fixtureClaim({ id: 'freedonia.grantTo.sylvania.p22', s: 'cgr:freedonia', p: 'cg:grantTo', o: 'cgr:sylvania', modality: 'Pledged', sentence: 's010',
    more: `cg:purpose cgr:sylvania-roads , cgr:sylvania-airport ; cg:amount <https://w3id.org/claimgraph/claim/freedonia.grantTo.sylvania.p22/amount/USD>` }),
  `<https://w3id.org/claimgraph/claim/freedonia.grantTo.sylvania.p22/amount/USD> a schema:MonetaryAmount ; schema:value "5000000"^^xsd:decimal ; schema:currency "USD" .`,
].join('\n'));

describe('"takes part in" an organisation', () => {
  it('is membership (cg:memberOf), as "participates in" is: a member supports, a denied member refutes', async () => {
    const yes = await check('Freedonia takes part in the League of Nations States.');
    expect(yes.interpretation.predicate).toMatch(/#memberOf$/);
    expect(yes.verdict).toBe('SUPPORTED');
    expect((await check('Sylvania takes part in the League of Nations States.')).verdict).toBe('REFUTED');
  });
});

describe('"The point / aim of X was to V"', () => {
  it('is no plan said with "was to" (the expectation frame leaves it to the purpose reader)', () => {
    expect(expectationRewrites(ctx, "The point of Rufus Firefly's visit was to strengthen trade ties.")).toEqual([]);
    expect(expectationRewrites(ctx, "The main aim of Rufus Firefly's visit was to win support.")).toEqual([]);
    // a plan still is one
    expect(expectationRewrites(ctx, 'The canal pipeline was to carry water.')).toEqual(['The canal pipeline was expected to carry water']);
  });
  it('is read as the visit\'s purpose, with an owner described before its name', async () => {
    const r = await check("The point of Rufus Firefly's visit to Sylvania was to deepen trade ties with resource-rich Sylvania.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('the purpose as "strengthening trade ties"');
    expect(r.explanation).not.toContain('expected');
    // another owner is another purpose
    expect((await check("The point of Rufus Firefly's visit to Sylvania was to deepen trade ties with resource-rich Marsovia.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a main purpose said first, or after the trip with "mainly"', () => {
  it('says the main aim of the visit', () => {
    expect(purposeParts(ctx, "Strengthening trade ties was the main aim of Rufus Firefly's visit to Sylvania.")).toEqual([
      { deed: 'Rufus Firefly visited Sylvania', verb: '', object: 'strengthening trade ties', main: true },
    ]);
    expect(purposeParts(ctx, 'Rufus Firefly went to Sylvania chiefly for tourism.')).toEqual([
      { deed: 'Rufus Firefly visited Sylvania', verb: '', object: 'tourism', main: true },
    ]);
    expect(purposeParts(ctx, 'Rufus Firefly visited Sylvania mainly to secure energy supplies.')).toEqual([
      { deed: 'Rufus Firefly visited Sylvania', verb: 'secure', object: 'energy supplies', main: true },
    ]);
  });
  it('supports the source\'s main purpose, refutes another (cg:mainPurpose is functional) or one in a disjoint field', async () => {
    for (const [c, v] of [
      ["Strengthening trade ties was the main aim of Rufus Firefly's visit to Sylvania.", 'SUPPORTED'],
      ["Securing energy supplies was the main aim of Rufus Firefly's visit to Sylvania.", 'REFUTED'],
      ["Tourism was the chief purpose of Rufus Firefly's visit to Sylvania.", 'REFUTED'],
      ['Rufus Firefly visited Sylvania mainly to strengthen trade ties.', 'SUPPORTED'],
      ['Rufus Firefly visited Sylvania mainly to secure energy supplies.', 'REFUTED'],
      ['Rufus Firefly went to Sylvania chiefly for tourism.', 'REFUTED'],
      // without "mainly": one purpose among others
      ['Rufus Firefly visited Sylvania to secure energy supplies.', 'SUPPORTED'],
      // a purpose in no field the ontology declares, and not the source's: undecided
      ['Rufus Firefly went to Sylvania chiefly for the weather.', 'NOT_ENOUGH_INFO'],
    ] as const) expect((await check(c)).verdict, c).toBe(v);
  });
});

describe('"V of aid" and other verbs of repair', () => {
  it('reads "promised R V of aid" as "V in aid", its amount compared', async () => {
    expect(amountFrameRewrites(ctx, 'Freedonia promised Sylvania US$ 5 million of aid.').map((r) => r.claim)).toEqual(['Freedonia promised Sylvania US$ 5 million in aid.']);
    expect((await check('Freedonia promised Sylvania US$ 5 million of aid.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia promised Sylvania US$ 9 million of aid.')).verdict).toBe('REFUTED');
    // "of" before anything but a package is left alone
    expect(amountFrameRewrites(ctx, 'Freedonia signed deals worth US$ 5 million of which half went to roads.')).toEqual([]);
  });
  it('reads "to fix its roads" as a purpose, as "to repair" is', async () => {
    const r = await check('Freedonia pledged aid to Sylvania to fix its roads.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.qualifiers).toMatchObject({ purpose: { iri: 'https://w3id.org/claimgraph/resource/sylvania-roads' } });
  });
});

describe('a main-purpose adverb around a purpose verb', () => {
  it('is read as "is mainly meant ...", the main purpose', async () => {
    expect(purposeWordsRewrites(ctx, "Freedonia's aid to Sylvania aims mainly at repairing roads.")).toEqual(["Freedonia's aid to Sylvania is mainly meant for repairing roads."]);
    expect(purposeWordsRewrites(ctx, "Freedonia's aid to Sylvania mainly aims to repair roads.")).toEqual(["Freedonia's aid to Sylvania is mainly meant to repair roads."]);
    expect((await check("Freedonia's aid to Sylvania aims mainly at repairing roads.")).verdict).toBe('SUPPORTED');
    // the purposes the source gives are the main ones: another is refuted by them
    expect((await check("Freedonia's aid to Sylvania aims mainly at building schools.")).verdict).toBe('REFUTED');
  });
});

describe('more words for what a package is for', () => {
  it('reads "pays for / funds P" and "A as well as B" in the frames the purpose readers take', async () => {
    expect(purposeWordsRewrites(ctx, "Freedonia's aid to Sylvania will pay for road repairs.")).toEqual(["Freedonia's aid to Sylvania is meant for road repairs."]);
    expect(purposeWordsRewrites(ctx, "Freedonia's aid to Sylvania targets roads as well as Tarsk airport.")).toEqual(["Freedonia's aid to Sylvania is meant for roads and Tarsk airport."]);
    expect((await check("Freedonia's aid to Sylvania funds roads.")).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia's aid to Sylvania targets roads as well as Tarsk airport.")).verdict).toBe('SUPPORTED');
    // a thing that is no package of aid has no purpose read (src/check/purpose-frames.ts takes the package nouns)
    await expect(check("Freedonia's capital funds roads.")).rejects.toThrow(/could not read/);
  });
});

describe('"had yet to V"', () => {
  it('is "had not V-ed", as "has yet to V" is "has not V-ed"', () => {
    expect(frameRewrites('Sylvania had yet to join the League when Freedonia joined.').map((r) => r.claim.replace(/\.$/, ''))).toContain('Sylvania had not joined the League when Freedonia joined');
  });
});
