// Round 21 (branch idioms21): other words for relations the ontology has, as lexicon data read by
// the patterns and src/check/idioms.ts (deals clinched, coming under a state's influence, joining as
// a full member, a membership that became full, an accession completed, a pledge of aid worth an
// amount, bordering), and a trust fix: an "at least" idiom ("=>?") never decides a denial.
// Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { idiomRewrites } from '../../src/check/idioms.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture (Freedonia signed energy deals worth US$ 5 million with Sylvania; Freedonia is a member
// of the League) plus: Freedonia is close to Sylvania; Ruritania is under Freedonia's sphere of
// influence; Marsovia is expected to become a full member of the League; Freedonia pledged US$ 7
// million in aid to Marsovia; Gloria Teasdale visited Marsovia
const { ctx, check } = checkFixture([
  fixtureClaim({ id: 'freedonia.close.sylvania', s: 'cgr:freedonia', p: 'cg:geographicallyCloseTo', o: 'cgr:sylvania', sentence: 's011', asserted: true }),
  fixtureClaim({ id: 'region.sphere.freedonia', s: 'cgr:the-region', p: 'cg:inSphereOfInfluenceOf', o: 'cgr:freedonia', sentence: 's011', asserted: true }),
  fixtureClaim({ id: 'marsovia.memberOf.league.full', s: 'cgr:marsovia', p: 'cg:memberOf', o: 'cgr:league', modality: 'Expected', sentence: 's012', more: 'cg:membershipLevel "full"' }),
  fixtureClaim({ id: 'freedonia.grantTo.marsovia.pledged', s: 'cgr:freedonia', p: 'cg:grantTo', o: 'cgr:marsovia', modality: 'Pledged', sentence: 's013',
    more: 'cg:amount <https://w3id.org/claimgraph/claim/freedonia.grantTo.marsovia.pledged/amount/USD>' }),
  '<https://w3id.org/claimgraph/claim/freedonia.grantTo.marsovia.pledged/amount/USD> a schema:MonetaryAmount ; schema:value "7000000"^^xsd:decimal ; schema:currency "USD" .',
  fixtureClaim({ id: 'teasdale.visited.marsovia.r21', s: 'cgr:teasdale', p: 'cg:visited', o: 'cgr:marsovia', sentence: 's014', asserted: true }),
].join('\n'));

describe('deals clinched, secured or landed are deals signed', () => {
  it('decide both ways, with the amount', async () => {
    const out = await check('Freedonia clinched energy deals worth US$ 5 million with Sylvania.');
    expect(out.verdict).toBe('SUPPORTED');
    expect(out.interpretation.predicate).toMatch(/#signedDealWith$/);
    expect((await check('Freedonia clinched energy deals worth US$ 9 million with Sylvania.')).verdict).toBe('REFUTED');
    expect((await check('Sylvania landed energy agreements with Freedonia.')).verdict).toBe('SUPPORTED');
  });
});

describe('coming under a state\'s influence', () => {
  it('reads the state by its adjective or possessive as the sphere of influence', async () => {
    const out = await check('Ruritania is coming under Freedonian influence.');
    expect(out.interpretation.predicate).toMatch(/#inSphereOfInfluenceOf$/);
    expect(out.verdict).toBe('SUPPORTED');
    expect((await check('Ruritania came under the influence of Freedonia.')).interpretation.predicate).toMatch(/#inSphereOfInfluenceOf$/);
    // another state: read, and the graph is silent
    const other = await check('Ruritania is coming under Sylvanian influence.');
    expect(other.interpretation.predicate).toMatch(/#inSphereOfInfluenceOf$/);
    expect(other.verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('joining as a full member, a membership become full, an accession completed', () => {
  it('read as (full) membership at the claim\'s time', async () => {
    const join = await check('Marsovia will join the League as a full member in 2017.');
    expect(join.interpretation.predicate).toMatch(/#memberOf$/);
    expect(join.interpretation.qualifiers).toMatchObject({ membershipLevel: { value: 'full' }, year: { value: '2017' } });
    const full = await check("Marsovia's membership of the League became full in 2017.");
    expect(full.interpretation.qualifiers).toMatchObject({ membershipLevel: { value: 'full' } });
    expect((await check("Freedonia's accession to the League was completed.")).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia completed its accession to the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania signed up to the League as a full member.')).interpretation.predicate).toMatch(/#memberOf$/);
  });
});

describe('a pledge of aid named by its noun', () => {
  it('is the pledge, its amount compared', async () => {
    const out = await check("Freedonia's pledge of aid to Marsovia was worth US$ 7 million.");
    expect(out.verdict).toBe('SUPPORTED');
    expect(out.interpretation.modality).toBe('pledged');
    expect((await check("Freedonia's pledge of aid to Marsovia was worth US$ 70 million.")).verdict).toBe('REFUTED');
  });
});

describe('bordering is at least being a neighbour ("=>?")', () => {
  it('is read as the neighbour, which only refutes', async () => {
    expect(idiomRewrites(ctx, 'Freedonia borders Sylvania.')).toEqual([expect.objectContaining({ claim: 'Freedonia neighbors Sylvania.', atLeast: true })]);
    const out = await check('Freedonia shares a border with Sylvania.');
    expect(out.verdict).toBe('NOT_ENOUGH_INFO');
    expect(out.interpretation.predicate).toMatch(/#geographicallyCloseTo$/);
  });
  it('never decides a denial: denying more does not deny the words (trust fix)', async () => {
    // before: "does not neighbor" was refuted by the graph's neighbours, so the claim was REFUTED
    const out = await check('Freedonia does not share a border with Sylvania.');
    expect(out.verdict).toBe('NOT_ENOUGH_INFO');
    expect(out.explanation).toMatch(/denies a phrase that says more/);
    expect((await check('Gloria Teasdale did not look in on Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
    // the same for a verb WordNet files under a pattern verb (src/check/light-verbs.ts readTroponyms)
    const rushed = await check('Gloria Teasdale did not rush to Marsovia.');
    expect(rushed.verdict).toBe('NOT_ENOUGH_INFO');
    expect(rushed.explanation).toMatch(/denies a verb that says more/);
    // the positive claim still refutes when its words are refuted
    expect((await check('Marsovia pulled out of the League.')).verdict).not.toBe('SUPPORTED');
  });
});

describe('a shareholder ranked with the bank before the noun', () => {
  // the fixture plus the ranks: Freedonia is the League's largest shareholder, Sylvania its second
  const ranked = checkFixture(fixtureClaim({ id: 'r21.rank1', s: 'cgr:freedonia', p: 'cg:shareholderOf', o: 'cgr:league', sentence: 's020', more: 'cg:rank "1"^^xsd:positiveInteger' })
    + '\n' + fixtureClaim({ id: 'r21.rank2', s: 'cgr:sylvania', p: 'cg:shareholderOf', o: 'cgr:league', sentence: 's020', more: 'cg:rank "2"^^xsd:positiveInteger' }));
  it('reads "the biggest League shareholder" with its rank, both ways', async () => {
    expect((await ranked.check('Freedonia is the biggest League shareholder.')).verdict).toBe('SUPPORTED');
    expect((await ranked.check('Is Freedonia the top League shareholder?')).verdict).toBe('SUPPORTED');
    expect((await ranked.check('Sylvania is the biggest League shareholder.')).verdict).toBe('REFUTED');
  });
});

describe('an idiom\'s words in the form written', () => {
  it('takes the past and the participle of "run" and "begin" from their forms', () => {
    expect(idiomRewrites(ctx, 'Freedonia took over the running of the canal pipeline.').map((r) => r.claim)).toEqual(['Freedonia ran the canal pipeline.']);
    // before: "has ran", "has began"
    expect(idiomRewrites(ctx, 'Freedonia has taken over the running of the canal pipeline.').map((r) => r.claim)).toEqual(['Freedonia has run the canal pipeline.']);
    expect(idiomRewrites(ctx, 'Freedonia has kicked off the talks.').map((r) => r.claim)).toEqual(['Freedonia has begun the talks.']);
  });
});
