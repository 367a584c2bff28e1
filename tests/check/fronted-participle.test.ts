// A fronted passive participle (src/check/fronted-participle.ts, round 34): "Hosted by Rufus, the
// gala was attended by Chicolini" is "the gala was hosted by Rufus, and the gala was attended by
// Chicolini", decided as that compound.
import { describe, expect, it } from 'vitest';
import { checkFixture, checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';
import { frontedActiveRewrite, frontedParticipleRewrite } from '../../src/check/fronted-participle.js';

const { check } = checkFixture(`
cgr:chicolini a cg:Person ; rdfs:label "Chicolini" .
cgc:rufus.hostOf.gala a cg:Claim ; rdf:subject cgr:rufus ; rdf:predicate cg:hostOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgc:chicolini.guestOf.gala a cg:Claim ; rdf:subject cgr:chicolini ; rdf:predicate cg:guestOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);

describe('a fronted passive participle', () => {
  it('says the participle as a statement of the subject', () => {
    expect(frontedParticipleRewrite('Hosted by Rufus, the gala was attended by Chicolini.'))
      .toBe('The gala was hosted by Rufus, and the gala was attended by Chicolini.');
    // no auxiliary or "-ed" verb after the subject: no subject found
    expect(frontedParticipleRewrite('Hosted by Rufus, the gala and its guests.')).toBeUndefined();
    expect(frontedParticipleRewrite('Freedonia joined the League.')).toBeUndefined();
  });

  it('decides by both statements', async () => {
    expect((await check('Hosted by Rufus, the gala was attended by Chicolini.')).verdict).toBe('SUPPORTED');
    expect((await check('Hosted by Chicolini, the gala was attended by Rufus.')).verdict).not.toBe('SUPPORTED');
  });
});

describe('a fronted "-ing" participle or "with" phrase (round 39, users31)', () => {
  it('is a second statement of the subject, in the main clause\'s tense or modal', async () => {
    const corpus = await checkGraphDir(corpusFixture);
    const { ctx } = corpus;
    expect(frontedActiveRewrite(ctx, 'Costing about US$ 10 billion, TAPI will run some 2,500 km.'))
      .toBe('TAPI will cost about US$ 10 billion, and TAPI will run some 2,500 km.');
    expect(frontedActiveRewrite(ctx, 'Crossing Uzbekistan and Kazakhstan, the pipeline began operating in 2009.'))
      .toBe('The pipeline crossed Uzbekistan and Kazakhstan, and the pipeline began operating in 2009.');
    expect(frontedActiveRewrite(ctx, 'With 57 prospective founding members, the AIIB opened in Shanghai.'))
      .toBe('The AIIB had 57 prospective founding members, and the AIIB opened in Shanghai.');
    // an "-ing" word that opens a phrase as a preposition says nothing of the subject
    expect(frontedActiveRewrite(ctx, 'Excluding Turkmenistan, all Central Asian republics joined the AIIB.')).toBeUndefined();
    expect(frontedActiveRewrite(ctx, 'According to the analysts, the bank could finance roads.')).toBeUndefined();
    // "Having V-en O" says an order too (join-rewrites.ts, refutation only)
    expect(frontedActiveRewrite(ctx, 'Having visited Kazakhstan, Abe visited Tajikistan.')).toBeUndefined();
  });

  it('decides by both statements (the compound rule)', async () => {
    const corpus = await checkGraphDir(corpusFixture);
    expect((await corpus.check('Costing about US$ 10 billion, TAPI will run some 2,500 km.')).verdict).toBe('REFUTED');
    expect((await corpus.check('With 57 prospective founding members, the AIIB opened in Shanghai.')).verdict).toBe('REFUTED');
    expect((await corpus.check('With an authorised capital of US$ 100 billion, the AIIB opened in Beijing.')).verdict).toBe('SUPPORTED');
    expect((await corpus.check('Carrying up to 33 billion cubic metres of gas a year, TAPI will run about 1,800 kilometres.')).verdict).toBe('SUPPORTED');
    // the main clause first when the phrase lacks its object: the thing the main clause names
    expect((await corpus.check("Holding about 26 percent of the voting power, China is the AIIB's largest shareholder.")).verdict).toBe('SUPPORTED');
    // a part the graph does not decide leaves the claim undecided
    expect((await corpus.check('Running from the Galkynysh field, TAPI will be built by Japanese firms.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('reads a facility\'s design said in the present as its plan in a part too', async () => {
    const corpus = await checkGraphDir(corpusFixture);
    // "is pegged at" (present) of a planned cost: refuted by the plan's US$ 10 billion
    expect((await corpus.check('With a capacity of up to 33 bcm a year, TAPI is pegged at roughly US$ 20 billion.')).verdict).toBe('REFUTED');
    expect((await corpus.check('TAPI is priced at about US$ 10 billion, and TAPI will run about 1,800 km.')).verdict).toBe('SUPPORTED');
  });
});
