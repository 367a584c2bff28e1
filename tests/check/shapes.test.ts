// Claims in the shapes people type (round 14, src/check/sentence-shapes.ts, question-shapes.ts,
// shape-reader.ts; readers `sentence-shape` and `question-shape`): a frame ("Check whether P",
// "I read that P", "P, right?") or an order ("It was X who P", "Has X ever ...?") around a claim
// the checker reads, which was unread because of its shape. A shape never flips a claim's
// polarity: a denying frame ("It is not true that P", "I doubt that P") is no frame to peel.
import { describe, expect, it } from 'vitest';
import { peelSentenceShape } from '../../src/check/sentence-shapes.js';
import { shapeRewrites } from '../../src/check/question-shapes.js';
import { whCandidateStatements } from '../../src/check/questions.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('frames around a claim', () => {
  it('peels requests, truth and report frames and confirmation tags', () => {
    expect(peelSentenceShape('Check whether Freedonia joined the League.')?.core).toBe('Freedonia joined the League.');
    expect(peelSentenceShape('Please verify: Sylvania is a member of the League.')?.core).toBe('Sylvania is a member of the League.');
    expect(peelSentenceShape('Is it correct that Rufus Firefly opened the canal?')?.core).toBe('Rufus Firefly opened the canal.');
    expect(peelSentenceShape("I've heard Gloria Teasdale leads the Acme Bank.")?.core).toBe('Gloria Teasdale leads the Acme Bank.');
    expect(peelSentenceShape('Someone told me that Marsovia did not join the League.')?.core).toBe('Marsovia did not join the League.');
    expect(peelSentenceShape('Sylvania joined the League, right?')?.core).toBe('Sylvania joined the League.');
    expect(peelSentenceShape('The canal opened in 2015 -- is that true?')?.core).toBe('The canal opened in 2015.');
    expect(peelSentenceShape('Q: Did Freedonia join the League?')?.core).toBe('Did Freedonia join the League?');
  });
  it('keeps the "not" of the claim inside, and peels no frame that denies or doubts', () => {
    expect(peelSentenceShape('Check whether Freedonia did not join the League.')?.core).toBe('Freedonia did not join the League.');
    expect(peelSentenceShape('It is not true that Freedonia joined the League.')).toBeUndefined();
    expect(peelSentenceShape('It is false that Freedonia joined the League.')).toBeUndefined();
    expect(peelSentenceShape('Is it false that Freedonia joined the League?')).toBeUndefined();
    expect(peelSentenceShape('I doubt that Freedonia joined the League.')).toBeUndefined();
    expect(peelSentenceShape("I don't think Freedonia joined the League.")).toBeUndefined();
    expect(peelSentenceShape('It is possible that Freedonia joined the League.')).toBeUndefined();
    // a question before the tag asks which: nothing to peel
    expect(peelSentenceShape('Who joined the League, right?')).toBeUndefined();
    // a plain claim has no shape
    expect(peelSentenceShape('Freedonia joined the League.')).toBeUndefined();
  });
  it('decides the claim inside the frame as the claim itself', async () => {
    expect((await check('Check whether Turkmenistan holds the world\'s fourth largest reserves of natural gas.')).verdict).toBe('SUPPORTED');
    expect((await check('Is it correct that Japan did not join the AIIB?')).verdict).toBe('SUPPORTED');
    expect((await check('Someone told me that Turkmenistan is a member of the SCO.')).verdict).toBe('REFUTED');
    expect((await check('Turkmenistan joined the AIIB, right?')).verdict).toBe('REFUTED');
    // the denying frames keep their meaning
    expect((await check('It is not true that Kazakhstan joined the AIIB.')).verdict).toBe('REFUTED');
    expect((await check('It is false that Turkmenistan joined the AIIB.')).verdict).toBe('SUPPORTED');
  });
});

describe('claims said in another order', () => {
  it('puts a cleft\'s focus back, drops "ever", says a "get" passive with "be"', () => {
    expect(shapeRewrites('Was it Rufus Firefly who opened the canal?').map((r) => r.claim)).toEqual(['Rufus Firefly opened the canal.']);
    expect(shapeRewrites('It was in Zenda that the League met.').map((r) => r.claim)).toEqual(['The League met in Zenda.']);
    expect(shapeRewrites('Has Freedonia ever joined the League?').map((r) => r.claim)).toEqual(['Has Freedonia joined the League?']);
    expect(shapeRewrites('Did Rufus Firefly get elected as president?').map((r) => r.claim)).toEqual(['Was Rufus Firefly elected as president?']);
    expect(shapeRewrites('There are 12 members of the League.').map((r) => r.claim)).toEqual(['The League has 12 members.']);
    expect(shapeRewrites('In July 2015, the League met in Zenda.').map((r) => r.claim)).toEqual(['The League met in Zenda in July 2015.']);
    expect(shapeRewrites('Zenda is where the League met.').map((r) => r.claim)).toEqual(['The League met in Zenda.']);
    expect(shapeRewrites('was rufus firefly the one elected as president?').map((r) => r.claim)).toEqual(['Rufus firefly was elected as president.']);
    expect(shapeRewrites('Rufus Firefly was the one who opened the canal.').map((r) => r.claim)).toEqual(['Rufus Firefly opened the canal.']);
  });
  it('leaves a denied or contrasted focus and a truth frame alone', () => {
    expect(shapeRewrites('It was not Rufus Firefly who opened the canal.')).toEqual([]);
    expect(shapeRewrites('It was Rufus Firefly, not Gloria Teasdale, who opened the canal.')).toEqual([]);
    expect(shapeRewrites('It is possible that the League met in Zenda.')).toEqual([]);
    expect(shapeRewrites('Has Freedonia never joined the League?')).toEqual([]);
    expect(shapeRewrites('Rufus Firefly was not the one who opened the canal.')).toEqual([]);
    expect(shapeRewrites('Rufus visited Zenda where he opened the canal.')).toEqual([]);
  });
  it('decides the claim in plain order', async () => {
    expect((await check('Was it Takehiko Nakao who was elected as the AIIB\'s first president?')).verdict).toBe('REFUTED');
    expect((await check('Has Turkmenistan ever joined the AIIB?')).verdict).toBe('REFUTED');
    expect((await check('It is China that is the AIIB\'s largest shareholder.')).verdict).toBe('SUPPORTED');
  });
});

describe('copular definitions: "X is the N who ...", "X is the city where ...", "a P-based N" (round 24)', () => {
  it('says the clause of the subject, with the head noun as the subject\'s kind', () => {
    expect(shapeRewrites('Freedonia is the country that hosted the gala.')).toEqual([
      { claim: 'Freedonia hosted the gala.', shape: '"the country that ..." (the subject itself)', kind: 'Freedonia is a country.' }]);
    expect(shapeRewrites('Rufus Firefly is the man who was elected president.').map((r) => r.claim)).toEqual(['Rufus Firefly was elected president.']);
    expect(shapeRewrites("Isn't Freedonia the one leading the League?".replace("Isn't", 'Is')).map((r) => r.claim)).toEqual(['Freedonia is leading the League.']);
    expect(shapeRewrites('The Acme Bank is the lender based in Zenda.').map((r) => r.claim)).toEqual(['The Acme Bank is based in Zenda.']);
    expect(shapeRewrites('Zenda is the city where the League met.')).toEqual([
      { claim: 'The League met in Zenda.', shape: '"X is the city where ..."', kind: 'Zenda is a city.' }]);
    expect(shapeRewrites('Is Zenda the city where the League met?').map((r) => r.claim)).toEqual(['The League met in Zenda.']);
    expect(shapeRewrites('2015 is the year when the canal opened.')).toEqual([{ claim: 'The canal opened in 2015.', shape: '"X is the year when ..."' }]);
    expect(shapeRewrites('Is the Acme Bank a Zenda-based lender?')).toEqual([
      { claim: 'The Acme Bank is based in Zenda.', shape: '"X is a P-based N" (where X is based)', kind: 'The Acme Bank is a lender.' }]);
  });
  it('reads no object relative, no head that says more than a kind, no denial', () => {
    expect(shapeRewrites('Freedonia is the country that Rufus Firefly visited.')).toEqual([]);
    expect(shapeRewrites('Freedonia is the first country that joined the League.')).toEqual([]);
    expect(shapeRewrites('Freedonia is the only country that joined the League.')).toEqual([]);
    expect(shapeRewrites('Freedonia is the largest country that joined the League.')).toEqual([]);
    expect(shapeRewrites('Freedonia is not the country that hosted the gala.')).toEqual([]);
    expect(shapeRewrites('Freedonia is the reason that the League met in Zenda.')).toEqual([]);
  });
  it('decides the clause, refutes through the kind, and holds a support of a kind the graph does not give', async () => {
    expect((await check('Beijing is the city where the AIIB opened')).verdict).toBe('SUPPORTED');
    expect((await check('Shanghai is the city where the AIIB opened')).verdict).toBe('REFUTED');
    // a country is no city (owl:AllDisjointClasses), whatever the clause says
    expect((await check('Kazakhstan is the city where the AIIB opened')).verdict).toBe('REFUTED');
    expect((await check('The UN General Assembly is the body that recognised Turkmenistan\'s permanent neutrality')).verdict).toBe('SUPPORTED');
    expect((await check('Koizumi is the man who was elected the AIIB\'s first president')).verdict).toBe('REFUTED');
    expect((await check("Isn't Japan the one leading the ADB?")).verdict).toBe('SUPPORTED');
    const man = await check('Koizumi is the man who visited Kazakhstan in 2006');
    expect(man.verdict).toBe('NOT_ENOUGH_INFO');
    expect(man.explanation).toContain('does not say "Koizumi is a man"');
    expect((await check('Is the ADB a Beijing-based lender?')).verdict).toBe('REFUTED');
    expect((await check('Is the ADB a Manila-based lender?')).verdict).toBe('SUPPORTED');
    expect((await check('The ADB is a Manila-based airline')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('wh- questions and the byline', () => {
  it('tries the candidate before the phrase that closes a "did" question', () => {
    expect(whCandidateStatements('Who did Rufus Firefly host at the gala -- Gloria Teasdale?')).toEqual([
      'Rufus Firefly host at the gala Gloria Teasdale', 'Rufus Firefly host Gloria Teasdale at the gala',
    ]);
  });
  it('never reads the wh-word as an author (a false REFUTED on bc6ca93)', async () => {
    expect((await check("Who wrote the analysis of Japan's Central Asia engagement -- Sana Hashmi?")).verdict).not.toBe('REFUTED');
  });
});

describe('a denial as of its source\'s day', () => {
  it('decides no time after that day (a false REFUTED on bc6ca93)', async () => {
    expect((await check('In 2017, Japan joined the AIIB.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Japan joined the AIIB in 2016.')).verdict).toBe('NOT_ENOUGH_INFO');
    // still refuted undated
    expect((await check('Japan joined the AIIB.')).verdict).toBe('REFUTED');
  });
});
