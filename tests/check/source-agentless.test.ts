// A passive without its agent that its source also says without one (src/check/source-agentless.ts):
// read with the graph's agent of that statement, both ways; an agent said, another object, or a
// source that names its agent is no such reading.
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/check/index.js';
import { agentlessStatements, sourceAgentlessRewrites } from '../../src/check/source-agentless.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture plus: "no loan to Sylvania has been approved yet", which the graph gives to the League
const LOAN = `
<https://w3id.org/claimgraph/article/fixture-article/quote/900-943> a nif:Phrase ;
    nif:beginIndex 900 ;
    nif:endIndex 943 ;
    nif:anchorOf "no loan to Sylvania has been approved yet" ;
    nif:sentence <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .
cgc:league.approvedLoanTo.sylvania.neg a cg:Claim ;
    rdf:subject cgr:league ; rdf:predicate cg:approvedLoanTo ; rdf:object cgr:sylvania ;
    cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> ;
    cg:quote <https://w3id.org/claimgraph/article/fixture-article/quote/900-943> .`;
const { ctx, store } = checkFixture(LOAN);
const check = (text: string) => checkClaim(store, text, { context: ctx });

describe('a passive its source also says without its agent', () => {
  it('finds the source statements said as agentless passives, and rewrites a claim with their agent', () => {
    expect(agentlessStatements(ctx).map((s) => s.predicate.replace(/.*#/, ''))).toEqual(['approvedLoanTo']);
    expect(sourceAgentlessRewrites(ctx, 'A loan to Sylvania had been approved.').map((r) => r.claim))
      .toEqual(['A loan to Sylvania had been approved by League of Nations States.']);
    // "by the time" is no agent; an agent said is
    expect(sourceAgentlessRewrites(ctx, 'A loan to Sylvania had been approved by the time of the gala.')).toHaveLength(1);
    expect(sourceAgentlessRewrites(ctx, 'A loan to Sylvania had been approved by Freedonia.')).toEqual([]);
  });
  it('decides the claim both ways, as the source says it', async () => {
    const yes = await check('No loan to Sylvania has been approved.');
    expect(yes.verdict).toBe('SUPPORTED');
    expect(yes.explanation).toContain('its source says it without one too');
    expect((await check('A loan to Sylvania has been approved.')).verdict).toBe('REFUTED');
  });
  it('is no reading of another object, or of an agent the claim names', async () => {
    // the graph says nothing of Marsovia's loans: the claim stays unread, not refuted
    await expect(check('A loan to Marsovia has been approved.')).rejects.toThrow(/could not read/);
    const named = await check('A loan to Sylvania has been approved by Freedonia.');
    expect(named.verdict).not.toBe('REFUTED');
    expect(named.explanation).not.toContain('its source says it without one too');
  });
  it('takes no statement whose source names its agent', () => {
    const named = checkFixture(LOAN.replace('no loan to Sylvania has been approved yet', 'the League has approved no loan to Sylvania'));
    expect(agentlessStatements(named.ctx)).toEqual([]);
    expect(sourceAgentlessRewrites(named.ctx, 'A loan to Sylvania had been approved.')).toEqual([]);
  });
  it('takes no statement the source states as expected or perceived (the passive is the modality\'s)', () => {
    const expected = checkFixture(LOAN.replace('cg:modality cg:Stated', 'cg:modality cg:Expected'));
    expect(agentlessStatements(expected.ctx)).toEqual([]);
  });
});
