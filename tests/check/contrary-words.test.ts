// Kinds the graph excludes (round 12, branch idioms): a contrary word ("island" against
// "landlocked", lexicon cg:contraryWord; src/check/contrary-words.ts) and a pipeline's kind (gas
// and oil pipelines disjoint in the ontology; src/check/kinds.ts). Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { contraryRewrites } from '../../src/check/contrary-words.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: Freedonia is landlocked, the canal pipeline is a gas pipeline
const { ctx, check } = checkFixture(
  fixtureClaim({ id: 'freedonia.landlocked.true', s: 'cgr:freedonia', p: 'cg:landlocked', o: '"true"^^xsd:boolean', asserted: true })
  + '\ncgr:canal a cg:GasPipeline .'
  + fixtureClaim({ id: 'canal.crosses.sylvania', s: 'cgr:canal', p: 'cg:crosses', o: 'cgr:sylvania', sentence: 's001', asserted: true }),
);

describe('a contrary word (lexicon cg:contraryWord)', () => {
  it('says the claim again with its contrary, the article fitted', () => {
    expect(contraryRewrites(ctx, 'Freedonia is an island nation.').map((r) => r.claim)).toEqual(['Freedonia is a landlocked nation.']);
    expect(contraryRewrites(ctx, 'Freedonia is not a coastal state.')).toEqual([expect.objectContaining({ claim: 'Freedonia is not a landlocked state.', negated: true })]);
    // a capitalised word past the first is a name
    expect(contraryRewrites(ctx, 'Freedonia joined the Island Bank.')).toEqual([]);
  });
  it('refutes a claim whose contrary the graph supports, and supports its denial', async () => {
    const out = await check('Freedonia is an island nation.');
    expect(out.verdict).toBe('REFUTED');
    expect(out.reason).toBe('contrary-word');
    expect(out.interpretation.notes?.join(' ')).toMatch(/'island' against 'landlocked'/);
    expect((await check('Freedonia is a maritime country.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia is not an island nation.')).verdict).toBe('SUPPORTED');
  });
  it('decides nothing when the graph does not say the contrary', async () => {
    // no landlocked claim for Sylvania: neither verdict
    expect((await check('Sylvania is an island nation.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Sylvania is not an island nation.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a pipeline\'s kind', () => {
  it('a gas pipeline is no oil pipeline (owl:AllDisjointClasses)', async () => {
    expect((await check('The canal pipeline is an oil pipeline.')).verdict).toBe('REFUTED');
    expect((await check('The canal pipeline is a gas pipeline.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline is not an oil pipeline.')).verdict).toBe('SUPPORTED');
  });
});

describe('a contrary verb (lexicon cg:contraryVerb)', () => {
  it('says the claim again with its contrary verb, in the form the claim wrote', () => {
    expect(contraryRewrites(ctx, 'The canal pipeline bypasses Sylvania.').map((r) => r.claim)).toEqual(['The canal pipeline crosses Sylvania.']);
    expect(contraryRewrites(ctx, 'The canal pipeline skirted Sylvania.').map((r) => r.claim)).toEqual(['The canal pipeline crossed Sylvania.']);
    expect(contraryRewrites(ctx, 'The canal pipeline does not bypass Sylvania.')).toEqual([expect.objectContaining({ claim: 'The canal pipeline does not cross Sylvania.', negated: true })]);
  });
  it('refutes a line said to go round a country it crosses, supports its denial, and leaves the rest open', async () => {
    const out = await check('The canal pipeline bypasses Sylvania.');
    expect(out.verdict).toBe('REFUTED');
    expect(out.interpretation.notes?.join(' ')).toMatch(/'bypasses' against 'crosses'/);
    expect((await check('The canal pipeline does not bypass Sylvania.')).verdict).toBe('SUPPORTED');
    // the graph does not say the line crosses Marsovia: a line may do neither
    expect((await check('The canal pipeline bypasses Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
