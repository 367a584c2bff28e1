// An agentless passive (src/check/agentless.ts): someone did it; supported when a party the graph
// gives did, never refuted.
import { describe, expect, it } from 'vitest';
import { agentlessRewrites } from '../../src/check/agentless.js';
import { checkClaim } from '../../src/check/index.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia signed energy deals worth US$ 5 million with Sylvania
const { ctx, check } = checkFixture();

describe('an agentless passive', () => {
  it('is read with "by <party>" after the participle, for each party the graph gives', () => {
    expect(agentlessRewrites(ctx, 'Energy deals worth US$ 5 million were signed with Sylvania.').map((r) => r.claim))
      .toContain('Energy deals worth US$ 5 million were signed by Freedonia with Sylvania.');
    // an agent said, or a denial: no rewrite
    expect(agentlessRewrites(ctx, 'Energy deals were signed by Freedonia with Sylvania.')).toEqual([]);
    expect(agentlessRewrites(ctx, 'Energy deals were not signed with Sylvania.')).toEqual([]);
  });
  it('is supported when some party did it, and says whom it was read as', async () => {
    const r = await check('Energy deals worth US$ 5 million were signed with Sylvania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain('done by Freedonia');
  });
  it('is never refuted: another amount is not enough information', async () => {
    const r = await check('Energy deals worth US$ 8 million were signed with Sylvania.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('not refuted');
  });
});

describe('the agent of an agentless passive, from what its subject names (round 8)', () => {
  // the fixture plus: Freedonia built the canal; nine states attended the gala
  const extra = ['marsovia', 'sylvania', 'grand-fenwick', 'rufus', 'teasdale', 'president-of-freedonia', 'pm-of-freedonia', 'the-region', 'league']
    .map((s, k) => `cgc:x${k}.attended.gala a cg:Claim ; rdf:subject cgr:${s} ; rdf:predicate cg:attended ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct .`).join('\n');
  const c2 = checkFixture(`${extra}
cgc:freedonia.built.canal a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:launchedConstructionOf ; rdf:object cgr:canal ;
    cg:year "1997"^^xsd:gYear ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .
cgr:freedonia cg:launchedConstructionOf cgr:canal .`);
  const c2check = (text: string) => checkClaim(c2.store, text, { context: c2.ctx });
  it('takes the parties of the subject\'s entity, not of everyone at an event the claim also names', () => {
    expect(agentlessRewrites(c2.ctx, 'Construction of the Freedonia canal pipeline was launched at the Founders Gala.').map((r) => r.agent)).toEqual(['Freedonia']);
  });
  it('reads "construction of X began" as begun by someone: the year the graph gives supports, another does not', async () => {
    expect((await c2check('Construction of the Freedonia canal pipeline began in 1997.')).verdict).toBe('SUPPORTED');
    expect((await c2check('Construction of the Freedonia canal pipeline began in 2003.')).verdict).not.toBe('SUPPORTED');
  });
  it('reads "the X construction began" as "construction of X began"', async () => {
    expect(agentlessRewrites(c2.ctx, 'The Freedonia canal pipeline construction began in 1997.').map((r) => r.claim)[0]).toMatch(/^construction of Freedonia canal pipeline was begun by /);
    expect((await c2check('The Freedonia canal pipeline construction began in 1997.')).verdict).toBe('SUPPORTED');
    expect((await c2check('The Freedonia canal pipeline construction began in 2003.')).verdict).not.toBe('SUPPORTED');
  });
});

describe('an agent that is the object of the subject\'s own claim (round 8c)', () => {
  // the fixture plus: the League recognised neutrality on 1995-12-12 (the recogniser is the object)
  const c3 = checkFixture(`
cgc:neutrality.recognisedBy.league a cg:Claim ; rdf:subject cgr:neutrality ; rdf:predicate cg:recognisedBy ; rdf:object cgr:league ;
    cg:date "1995-12-12"^^xsd:date ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s006> .
cgr:neutrality cg:recognisedBy cgr:league .`);
  const c3check = (text: string) => checkClaim(c3.store, text, { context: c3.ctx });
  it('reads "N was recognised on D" as recognised by the League: its day supports, another day does not', async () => {
    const r = await c3check('Neutrality was recognised on 12 December 1995.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('League');
    expect((await c3check('Neutrality was recognised on 13 December 1995.')).verdict).toBe('NOT_ENOUGH_INFO');
    // a place after the participle could be read as describing the agent: no such agent then
    expect(agentlessRewrites(c3.ctx, 'Neutrality was recognised in Grand Fenwick.').map((r) => r.agent)).not.toContain('League of Nations States');
    expect(agentlessRewrites(c3.ctx, 'Neutrality was recognised on 12 December 1995.').map((r) => r.agent)).toContain('League of Nations States');
  });
});

describe('a recipient-subject passive with an amount and no agent (round 29)', () => {
  // the fixture plus: Sylvania is the object of claims by nine parties, one of which (Freedonia)
  // gave it US$ 5 million: more parties than the bound, so only those that gave it an amount
  const parties = ['marsovia', 'grand-fenwick', 'rufus', 'teasdale', 'president-of-freedonia', 'pm-of-freedonia', 'the-region', 'league', 'canal']
    .map((s, k) => `cgc:y${k}.rivalOf.sylvania a cg:Claim ; rdf:subject cgr:${s} ; rdf:predicate cg:rivalOf ; rdf:object cgr:sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct .`).join('\n');
  const c4 = checkFixture(parties);
  it('is read as done by the parties that gave the recipient an amount', () => {
    const agents = agentlessRewrites(c4.ctx, 'Sylvania was promised US$ 5 million.').map((r) => r.agent);
    expect(agents).toContain('Freedonia');
    expect(agents).not.toContain('Marsovia');
  });
});
