// Round 29 (branch precision29): readings that break what a word is (issue 15: "a reading that
// breaks rdfs:domain/range or the entity's class is not a reading"), and hedges that were dropped.
// One file for four small fixes in four modules: src/check/class-anaphora.ts (a class noun after a
// copula), src/check/questions.ts (a cleft question inverted), src/check/resolver.ts
// (`looksLikeName` and cg:meaningWord), ontology/lexicon.ttl ("maybe", "perhaps" as cg:Possible).
import { describe, expect, it } from 'vitest';
import { classAnaphoraRewrite } from '../../src/check/class-anaphora.js';
import { invertedStatements } from '../../src/check/questions.js';
import { looksLikeName } from '../../src/check/resolver.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

const S = 'prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015>';
const { ctx, check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:zenda-summit a cg:Event ; rdfs:label "League summit in Zenda (2015)" ; skos:altLabel "Zenda summit" ; cg:organisedBy cgr:league .
cgc:zenda.hostOf.zenda-summit a cg:Claim ; rdf:subject cgr:zenda ; rdf:predicate cg:hostOf ; rdf:object cgr:zenda-summit ;
  cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; ${S} .
cgr:zenda cg:hostOf cgr:zenda-summit .
`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a class noun after a copula describes the subject', () => {
  it('is no anaphor ("Zenda is the city hosting ..." was read "Zenda is Zenda hosting ...")', async () => {
    expect(classAnaphoraRewrite(ctx, 'Zenda is the city hosting the Zenda summit.')).toBeUndefined();
    expect(classAnaphoraRewrite(ctx, 'Zenda is not the city hosting the Zenda summit.')).toBeUndefined();
    const r = await check('Zenda is the city hosting the Zenda summit.');
    expect(r.explanation).not.toContain('Zenda is Zenda');
  });

  it('still points back elsewhere, and as a possessor inside the description', () => {
    expect(classAnaphoraRewrite(ctx, 'The Acme Bank opened in 2015, and Freedonia leads the bank.')?.claim).toBe('The Acme Bank opened in 2015, and Freedonia leads the Acme Bank.');
    expect(classAnaphoraRewrite(ctx, "The Acme Bank opened in 2015, and Freedonia is the bank's leader.")?.claim).toBe("The Acme Bank opened in 2015, and Freedonia is the Acme Bank's leader.");
  });
});

describe('a cleft question is not inverted word by word', () => {
  it('gives no "it X was who ..." statement', () => {
    expect(invertedStatements('Was it Rufus Firefly who opened the canal?')).toEqual([]);
    expect(invertedStatements('Was it in Zenda that the League met?')).toEqual([]);
  });

  it('inverts other questions with "it" as before (near misses)', () => {
    expect(invertedStatements('Is it true that Freedonia joined the League?').length).toBeGreaterThan(0);
    expect(invertedStatements('Was Rufus Firefly the president of Sylvania?').length).toBeGreaterThan(0);
  });
});

describe('a word that changes the meaning is no name', () => {
  it('"Only", "Neither", "Both" opening a claim are no unknown name', () => {
    expect(looksLikeName(tokenize('Only', ctx.morph), ctx.meaningWords)).toBe(false);
    expect(looksLikeName(tokenize('Only Freedonia', ctx.morph), ctx.meaningWords)).toBe(false);
    expect(looksLikeName(tokenize('Grand Fenwick', ctx.morph), ctx.meaningWords)).toBe(true);
    // without the words, as every caller before round 29
    expect(looksLikeName(tokenize('Only', ctx.morph))).toBe(true);
  });

  it('reads no "(Only, nationality, Freedonia)"', async () => {
    const r = await check('Only Freedonia, Grand Fenwick and Marsovia joined the League.').catch(() => undefined);
    expect(r?.explanation ?? '').not.toContain('"Only" is not an entity');
  });
});

describe('"maybe" and "perhaps" hedge as "possibly" does', () => {
  it('a possibility is not refuted by a denial stated as a fact', async () => {
    expect(await verdict('Sylvania maybe joined the League.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Perhaps Sylvania joined the League.')).toBe('NOT_ENOUGH_INFO');
    expect((await check('Perhaps Sylvania joined the League.')).interpretation.modality).toBe('possible');
  });

  it('a stated fact still entails its possibility, and the plain claim is refuted (near misses)', async () => {
    expect(await verdict('Freedonia maybe joined the League.')).toBe('SUPPORTED');
    expect(await verdict('Sylvania joined the League.')).toBe('REFUTED');
  });
});
