import { describe, expect, it } from 'vitest';
import { runCliCapture, corpusFixture } from '../helpers/cli.js';
import { miniDir } from '../helpers/pipeline-fixture.js';

describe('claimgraph stats', () => {
  it('counts the mini fixture exactly (json)', async () => {
    const r = await runCliCapture(['stats', '--format', 'json'], { cwd: miniDir });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.entities.total).toBe(16);
    expect(s.entities.byClass).toMatchObject({ 'cg:Country': 4, 'cg:Office': 3, 'cg:Organisation': 4, 'cg:Company': 1 });
    // 9 direct + 5 expansions + 2 exceptions = 16 records; the direct and expanded "freedonia memberOf guild" merge
    expect(s.claims.total).toBe(15);
    expect(s.claims.groupClaims).toBe(2);
    expect(s.claims.byPolarity).toEqual({ 'cg:Negative': 3, 'cg:Positive': 12 });
    expect(s.claims.byModality).toEqual({ 'cg:Expected': 1, 'cg:Possible': 1, 'cg:Stated': 13 });
    expect(s.claims.byDerivation).toEqual({ 'cg:Direct': 9, 'cg:GroupException': 2, 'cg:GroupExpansion': 5 });
    // positive + stated: partOf x3, memberOf guild x3, attended x2, heldOn, rivalOf
    expect(s.claims.directTriples).toBe(10);
    expect(s.sentences.body).toBe(7);
    expect(s.sentences.uncitedBody).toEqual([{
      iri: 'https://w3id.org/claimgraph/article/freedonia-guild-2011/sentence/s008', sentenceId: 's008', text: 'Mr. Smith of the U.S. delegation watched.',
      article: 'https://w3id.org/claimgraph/article/freedonia-guild-2011', kind: 'body',
    }]);
    // per article, body and comment sentences: the reader's "Nice piece." states nothing either
    expect(s.articles.map((a) => [a.id, a.date, a.uncited.map((u) => `${u.sentenceId} ${u.kind}`)])).toEqual([['freedonia-guild-2011', '2011-03-06', ['s008 body', 's013 comment']]]);
  });

  it('prints text with the uncited body sentences listed', async () => {
    const r = await runCliCapture(['stats'], { cwd: miniDir });
    expect(r.stdout).toContain('claims: 15 (10 with a direct triple), group claims: 2\n');
    expect(r.stdout).toContain('  by polarity: cg:Negative 3, cg:Positive 12\n');
    expect(r.stdout).toContain('uncited body: 1\n');
    // per article, with its date; the sentence's reason is not given in the mini fixture
    expect(r.stdout).toContain('article freedonia-guild-2011 (2011-03-06): Freedonia Joins the Guild – Report\n');
    expect(r.stdout).toContain('  freedonia-guild-2011 s008 [body, no reason given]: Mr. Smith of the U.S. delegation watched.\n');
  });

  it('works on the repository graph', async () => {
    const r = await runCliCapture(['stats', '--format', 'json'], { cwd: corpusFixture });
    const s = JSON.parse(r.stdout);
    expect(s.claims.byPolarity['cg:Negative']).toBeGreaterThanOrEqual(3);
    expect(s.entities.byClass['cg:Country']).toBeGreaterThanOrEqual(7);
  });
});
