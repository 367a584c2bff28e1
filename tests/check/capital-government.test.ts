// The capital-government reader (src/check/capital-government.ts): a city the graph makes the
// capital of one country (cg:capitalOf) stands for that country's government where the relation
// refuses a city; a city with no such fact, a capital in a place slot, and a capital the graph
// gives two countries stay the city.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { capitalRewrite } from '../../src/check/capital-government.js';

// Strelsau is Freedonia's capital, Tarsk Sylvania's; Zenda is a city and no capital; Ostrava is
// (wrongly) given two countries, so it stands for neither; Nova, Grand Fenwick's capital, is the
// place of a claim
const { check, ctx } = checkFixture(`
cgr:strelsau a cg:City ; rdfs:label "Strelsau" ; skos:altLabel "Strelsau City" ; cg:locatedIn cgr:freedonia ; cg:capitalOf cgr:freedonia .
cgr:tarsk a cg:City ; rdfs:label "Tarsk" ; cg:locatedIn cgr:sylvania ; cg:capitalOf cgr:sylvania .
cgr:zenda a cg:City ; rdfs:label "Zenda" ; cg:locatedIn cgr:freedonia .
cgr:ostrava a cg:City ; rdfs:label "Ostrava" ; cg:capitalOf cgr:marsovia , cgr:grand-fenwick .
cgr:nova a cg:City ; rdfs:label "Nova" ; cg:capitalOf cgr:grand-fenwick .
cgc:fenwick-gala a cg:Claim ; rdf:subject cgr:grand-fenwick ; cg:location cgr:nova .
`);

describe('a capital standing for its government', () => {
  it('reads the capital as its country where the relation takes an agent, and says so', async () => {
    const r = await check('Strelsau is a member of the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.subject).toMatchObject({ kind: 'entity', iri: 'https://w3id.org/claimgraph/resource/freedonia' });
    expect(r.interpretation.notes?.join(' ')).toMatch(/read "Strelsau" as Freedonia, its capital standing for its government/);
    expect(r.claim).toBe('Strelsau is a member of the League.');
  });

  it('keeps the polarity: a negation of a supported membership is refuted, a denied one supported', async () => {
    expect((await check('Strelsau is not a member of the League.')).verdict).toBe('REFUTED');
    // the graph denies Sylvania's membership
    expect((await check('Tarsk is a member of the League.')).verdict).toBe('REFUTED');
  });

  it('leaves a city the graph makes no capital undecided (ill-typed), and a capital of two countries', async () => {
    const zenda = await check('Zenda is a member of the League.');
    expect(zenda.verdict).toBe('NOT_ENOUGH_INFO');
    expect(zenda.reason).toBe('ill-typed');
    expect((await check('Ostrava is a member of the League.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('leaves a capital the sources name as a place the city (Nova is the venue of a claim)', async () => {
    // Grand Fenwick is expected to join the League (fixture): its capital, named as a place, is not read as it
    expect(capitalRewrite(ctx, 'Nova is a member of the League.')).toBeUndefined();
  });

  it('does not rewrite a capital named as a place', () => {
    expect(capitalRewrite(ctx, 'The League opened an office in Strelsau.')).toBeUndefined();
    expect(capitalRewrite(ctx, 'Firefly visited Strelsau in 2015.')).toBeUndefined();
    expect(capitalRewrite(ctx, 'The Strelsau-based League')).toBeUndefined();
    expect(capitalRewrite(ctx, "Strelsau City's grant to Sylvania")?.claim).toBe("Freedonia's grant to Sylvania");
  });
});
