// An author's own words (src/check/author-words.ts, round 15): "the author says P", whose P no
// pattern reads, is supported by a body sentence saying P word for word as the author's own clause.
import { describe, expect, it } from 'vitest';
import { affirmed, authorWords, wordsOf } from '../../src/check/author-words.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const body = (n: number, text: string): string =>
  `<${ART}/sentence/s0${n}> a nif:Sentence ; nif:anchorOf "${text}" ; cg:inSegment <${ART}/segment/05> .`;
const { ctx, check } = checkFixture(`
cga:fixture-article schema:author cgr:rufus-firefly .
${body(71, 'Clearly, Marsovia has always loomed large in the plans of Freedonia.')}
${body(72, 'Sylvania as a market is gaining ground and has become a new hub of river trade between Freedonia and Marsovia and now Grand Fenwick is also coming.')}
${body(73, 'If Sylvania is able to work with the League, it would be a boon for the whole region.')}
${body(74, 'Analysts said Marsovia will soon become a quiet haven for river traders.')}
${body(75, 'Marsovia is the largest buyer of river barges from the League.')}
${body(77, 'In theory, Grand Fenwick is a natural partner of the League in river trade.')}
${body(76, 'For years, the old ties were marred by the long baggage of the river wars, mutual distance and neglect.')}
${body(78, 'Sylvania was not represented by its Prime Minister at the gala.')}
`);

describe("an author's own words", () => {
  it('supports words said as the author\'s own clause, after a fronted phrase or with a shared subject', () => {
    expect(authorWords(ctx, { kind: 'author' }, 'Marsovia has always loomed large in the plans of Freedonia')?.evaluation.verdict).toBe('SUPPORTED');
    expect(authorWords(ctx, { kind: 'author' }, 'Sylvania has become a new hub of river trade between Freedonia and Marsovia')?.evaluation.verdict).toBe('SUPPORTED');
    expect(authorWords(ctx, { kind: 'author' }, 'old ties were marred by long baggage of the river wars')?.evaluation.verdict).toBe('SUPPORTED');
  });

  it('says nothing of a condition, a reported speaker, a cut phrase or a changed word', () => {
    expect(authorWords(ctx, { kind: 'author' }, 'Sylvania is able to work with the League')).toBeUndefined();
    expect(authorWords(ctx, { kind: 'author' }, 'Grand Fenwick is a natural partner of the League in river trade')).toBeUndefined();
    expect(authorWords(ctx, { kind: 'author' }, 'Marsovia will soon become a quiet haven for river traders')).toBeUndefined();
    expect(authorWords(ctx, { kind: 'author' }, 'Marsovia is the largest buyer of river barges')).toBeUndefined();
    // (a denial of the author's words is refuted since round 16: see below)
    expect(authorWords(ctx, { kind: 'author' }, 'Marsovia has never loomed large in the plans of Freedonia')?.evaluation.verdict).not.toBe('SUPPORTED');
    expect(authorWords(ctx, { kind: 'author' }, 'Sylvania has become a new hub of river trade between Freedonia')).toBeUndefined();
  });

  it('is the author\'s only: not a reported speaker\'s or a reader\'s', () => {
    const said = 'Marsovia has always loomed large in the plans of Freedonia';
    expect(authorWords(ctx, { kind: 'agent', iris: ['https://w3id.org/claimgraph/resource/rufus-firefly'], label: 'Rufus Firefly' }, said)?.evaluation.verdict).toBe('SUPPORTED');
    expect(authorWords(ctx, { kind: 'agent', iris: ['https://w3id.org/claimgraph/resource/gloria-teasdale'], label: 'Gloria Teasdale' }, said)).toBeUndefined();
    expect(authorWords(ctx, { kind: 'reader' }, said)).toBeUndefined();
  });

  it('decides a whole claim as supported, and other words as neither', async () => {
    expect((await check('The author writes that Marsovia has always loomed large in the plans of Freedonia.')).verdict).toBe('SUPPORTED');
    const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');
    expect(await verdict('The author writes that Marsovia has rarely loomed large in the plans of Freedonia.')).toMatch(/NOT_ENOUGH_INFO|unread/);
    expect(await verdict('The author wondered whether Marsovia has always loomed large in the plans of Freedonia.')).toMatch(/NOT_ENOUGH_INFO|unread/);
  });

  it('compares words without articles, hyphens or case', () => {
    expect(wordsOf('For years, the high-profile ties — it said')).toEqual(['for', 'years', '|', 'high', 'profile', 'ties', '|', 'it', 'said']);
  });

  it('supports a claim leaving out a trailing modifier, unless a claim word depends on it (round 16)', () => {
    const said = (t: string): string | undefined => authorWords(ctx, { kind: 'author' }, t)?.evaluation.verdict;
    // "... is a new hub of river trade between Freedonia and Marsovia and now ...": the phrase after "of" left out
    expect(said('Sylvania has become a new hub of river trade')).toBe('SUPPORTED');
    expect(said('Sylvania has become a new hub')).toBe('SUPPORTED');
    // "the largest buyer" of barges: a superlative's sense depends on what follows
    expect(said('Marsovia is the largest buyer of river barges')).toBeUndefined();
    expect(said('Sylvania has become a new hub of river trade between Freedonia')).toBeUndefined();
    // "In theory, ..." and a reported speaker stay undecided with a cut too
    expect(said('Grand Fenwick is a natural partner of the League')).toBeUndefined();
    expect(said('Marsovia will soon become a quiet haven')).toBeUndefined();
  });

  it("refutes a denial of the author's own plain words, and nothing else (round 16)", () => {
    const said = (t: string): string | undefined => authorWords(ctx, { kind: 'author' }, t)?.evaluation.verdict;
    expect(said('Marsovia has never loomed large in the plans of Freedonia')).toBe('REFUTED');
    expect(said('Sylvania has not become a new hub of river trade')).toBe('REFUTED');
    // "not only" denies nothing; a denial of words under a condition or a reported speaker is not decided
    expect(said('Sylvania has not only become a new hub of river trade')).toBeUndefined();
    expect(said('Sylvania is not able to work with the League')).toBeUndefined();
    expect(said('Marsovia will not soon become a quiet haven for river traders')).toBeUndefined();
    expect(affirmed(wordsOf('Marsovia has never loomed large'))).toEqual([['marsovia', 'has', 'loomed', 'large'], ['marsovia', 'has', 'always', 'loomed', 'large']]);
  });
});

describe("a claim the author's own words deny (round 20)", () => {
  it('refutes "the author says P" when the author writes P with a "not" after its auxiliary', () => {
    const r = authorWords(ctx, { kind: 'author' }, 'Sylvania was represented by its prime minister at the gala');
    expect(r?.evaluation.verdict).toBe('REFUTED');
    expect(r?.evaluation.bearings[0]?.note).toContain('denial');
    expect(authorWords(ctx, { kind: 'author' }, 'Sylvania was represented by its prime minister')?.evaluation.verdict).toBe('REFUTED');
  });
  it('leaves a claim that does not span the denied words, or a reported speaker\'s words, undecided', () => {
    expect(authorWords(ctx, { kind: 'author' }, 'its Prime Minister at the gala was busy')).toBeUndefined();
    expect(authorWords(ctx, { kind: 'author' }, 'Marsovia will soon become a quiet haven')).toBeUndefined();
  });
});

