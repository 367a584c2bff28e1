// Round 23 (branch speech23): who said what and the articles themselves. One split of "NOUN of
// ARTICLE" / "ARTICLE's NOUN" for authors and commenters (src/check/articles.ts `splitSourceNoun`),
// "news item" (a page noun after another), a byline that names, reporting and editing "done by"
// (lexicon, src/check/metadata.ts), "S doubted that P" (src/check/course-named.ts), the author's
// words said otherwise (src/check/author-words.ts, lexicon cg:ownWordsParaphrase) and the asker's
// "I doubt that P" (src/check/speech-readers.ts).
import { describe, expect, it } from 'vitest';
import { authorsNamed, commentersNamed, resolveArticle, splitSourceNoun } from '../../src/check/articles.js';
import { deniedBelief } from '../../src/check/course-named.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture, FIXTURE_ARTICLE, READER_FORECAST } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const CG = 'https://w3id.org/claimgraph/ontology#';

describe('splitSourceNoun', () => {
  const { ctx } = checkFixture();
  const split = (s: string): { noun: string; article: string; link: string; clause?: string } | undefined => {
    const r = splitSourceNoun(tokenize(s, ctx.morph));
    return r && { noun: r.noun.map((t) => t.raw).join(' '), article: r.article.map((t) => t.raw).join(' '), link: r.link, ...(r.clause !== undefined ? { clause: r.clause } : {}) };
  };

  it('splits "NOUN of ARTICLE", "NOUN who V on ARTICLE" and "ARTICLE\'s NOUN"', () => {
    expect(split('author of Fixture article')).toEqual({ noun: 'author', article: 'Fixture article', link: 'of' });
    expect(split('reader who commented on Fixture article')).toEqual({ noun: 'reader', article: 'Fixture article', link: 'on', clause: 'commented' });
    expect(split("Fixture article 's commenter")).toEqual({ noun: 'commenter', article: 'Fixture article', link: "'s" });
    expect(split('Fixture article')).toBeUndefined();
  });

  it('keeps a possessive inside the article: the first of a preposition and a possessive decides', () => {
    expect(split("author of Ann Author 's analysis")).toEqual({ noun: 'author', article: "Ann Author 's analysis", link: 'of' });
    expect(split("Ann Author 's analysis 's commenter")).toEqual({ noun: 'commenter', article: "Ann Author 's analysis", link: "'s" });
  });
});

describe('authors and commenters named through their article (one split for both)', () => {
  const { ctx } = checkFixture(`
cga:fixture-article schema:author cgr:ann-author ; schema:comment <${ART}/comment/1> .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
<${ART}/comment/1> a schema:Comment ; schema:author <${ART}/comment/1/author> ; cg:segment <${ART}/segment/06> .
<${ART}/comment/1/author> a schema:Person ; rdfs:label "unnamed reader" .
`);
  const tk = (s: string): ReturnType<typeof tokenize> => tokenize(s, ctx.morph);

  it('names the author by either order, and no one by a relative clause or another preposition', () => {
    for (const s of ['the author of the Fixture article', "the Fixture article's author", 'the writer of the Fixture article', "the author of Ann Author's analysis"]) {
      expect([s, authorsNamed(ctx, tk(s))]).toEqual([s, [`${CG.replace('ontology#', 'resource/')}ann-author`]]);
    }
    expect(authorsNamed(ctx, tk('the author on the Fixture article'))).toBeUndefined();
    expect(authorsNamed(ctx, tk('the author who wrote the Fixture article'))).toBeUndefined();
  });

  it('names the one commenter by either order, and through an author\'s article in the possessive', () => {
    for (const s of ['the commenter on the Fixture article', "the Fixture article's commenter", "Ann Author's analysis's commenter"]) {
      expect([s, commentersNamed(ctx, tk(s))]).toEqual([s, [`${ART}/comment/1/author`]]);
    }
    expect(commentersNamed(ctx, tk('the reader who wrote on the Fixture article'))).toBeUndefined();
  });
});

describe('a page noun after another ("news item")', () => {
  const { ctx } = checkFixture();
  it('is part of the article mention', () => {
    expect(resolveArticle(ctx, tokenize('the Fixture news item', ctx.morph))?.map((a) => a.iri)).toEqual([ART]);
    expect(resolveArticle(ctx, tokenize('the Fixture news story', ctx.morph))?.map((a) => a.iri)).toEqual([ART]);
    // another word still narrows
    expect(resolveArticle(ctx, tokenize('the Marsovia news item', ctx.morph))).toEqual([]);
  });
});

describe('a byline that names, and reporting done by', () => {
  const { check } = checkFixture(`
cga:fixture-article schema:author cgr:ann-author .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
cgr:bob-other a cg:Person ; rdfs:label "Bob Other" .
`);

  it('reads "the byline of X names Y" and "X\'s reporting was done by Y" as the author', async () => {
    for (const [claim, verdict] of [['The byline of the Fixture article names Ann Author.', 'SUPPORTED'], ["The Fixture news item's byline names Bob Other.", 'REFUTED'],
      ["The Fixture article's reporting was done by Ann Author.", 'SUPPORTED'], ["The Fixture piece's reporting was done by Bob Other.", 'REFUTED']] as const) {
      const r = await check(claim);
      expect([claim, r.verdict, r.interpretation.predicate]).toEqual([claim, verdict, 'https://schema.org/author']);
    }
  });

  it('reads "X\'s reporting was done by A and its editing by B" as two credits', async () => {
    const r = await check("The Fixture article's reporting was done by Bob Other and its editing by Ann Author.");
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('Read as 2 statements');
    expect(r.explanation).toContain("The Fixture article's reporting was done by Bob Other");
  });
});

describe('"S doubted that P" (deniedBelief)', () => {
  it('is S believing not-P, but not of the one asking', () => {
    expect(deniedBelief('The reader doubted that Sylvania would join the League')).toBe('The reader believed that Sylvania would not join the League');
    expect(deniedBelief('Zed Q. doubts Sylvania will join the League')).toBe('Zed Q. believes that Sylvania will not join the League');
    expect(deniedBelief('I doubt that Sylvania will join the League')).toBe('I doubt that Sylvania will join the League');
    // no auxiliary to deny, or already a denial: as it is
    expect(deniedBelief('Zed Q. doubted that Sylvania joins the League')).toBe('Zed Q. doubted that Sylvania joins the League');
    expect(deniedBelief('Zed Q. doubted that Sylvania would not join the League')).toBe('Zed Q. doubted that Sylvania would not join the League');
  });

  const { check } = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1> .
${READER_FORECAST}`);

  it('is refuted by what S said', async () => {
    const r = await check('Zed Q. doubted that Sylvania would join the League by 2016.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.interpretation.polarity).toBe('negative');
  });
});

describe('the author\'s words said otherwise (cg:ownWordsParaphrase)', () => {
  const { check } = checkFixture(`
cga:fixture-article schema:author cgr:ann-author .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
<${ART}/sentence/s090> a nif:Sentence ; cg:sentenceId "s090" ; nif:beginIndex 2000 ; nif:endIndex 2046 ;
    nif:anchorOf "Sylvania has become a hub of the grain trade." ; cg:inSegment <${ART}/segment/00> .
`);

  it('finds "has turned into" as the author\'s "has become"', async () => {
    const r = await check('Ann Author writes that Sylvania has turned into a hub of the grain trade.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('cg:ownWordsParaphrase');
    // other words around it are still the author's own, word for word
    expect((await check('Ann Author writes that Sylvania has turned into a hub of the oil trade.').catch(() => undefined))?.verdict).not.toBe('SUPPORTED');
  });
});

describe('the asker\'s doubt ("I doubt that P")', () => {
  const { check } = checkFixture();

  it('reads P and shows it, never decided', async () => {
    for (const claim of ['I doubt that Freedonia is a member of the League.', "I'm not sure that Sylvania is a member of the League."]) {
      const r = await check(claim);
      expect([claim, r.verdict, r.interpretation.predicate, r.interpretation.attributedTo]).toEqual([claim, 'NOT_ENOUGH_INFO', `${CG}memberOf`, 'the one asking']);
      expect(r.evidence.every((e) => e.stance === 'related')).toBe(true);
    }
  });

  it('leaves an unread P unread', async () => {
    await expect(check('I doubt that Freedonia painted the moon green.')).rejects.toThrow(/CHECK_UNINTERPRETABLE|could not read/);
  });
});

describe('"S believes P because Q" (said-because)', () => {
  const { check } = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1> .
<${ART}/comment/1> a schema:Comment ; schema:author <${ART}/comment/1/author> ; cg:segment <${ART}/segment/06> ;
    schema:text "Sylvania will join the League by 2016, so Marsovia has a hard year ahead." .
<${ART}/comment/1/author> a schema:Person ; rdfs:label "Zed Q." ; schema:name "Zed Q." .
<${ART}/sentence/s091> a nif:Sentence ; cg:sentenceId "s091" ; nif:beginIndex 2100 ; nif:endIndex 2173 ;
    nif:anchorOf "Sylvania will join the League by 2016, so Marsovia has a hard year ahead." ; cg:inSegment <${ART}/segment/06> .
cgc:sylvania.memberOf.league.expected a cg:Claim ;
    rdf:subject cgr:sylvania ; rdf:predicate cg:memberOf ; rdf:object cgr:league ; cg:byYear "2016"^^xsd:gYear ;
    cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ;
    cg:statedIn <${ART}/comment/1> ; cg:assertedBy <${ART}/comment/1/author> ;
    prov:wasDerivedFrom <${ART}/sentence/s091> .
`);

  it('is supported when one sentence of S gives Q as the reason of P ("Q, so P")', async () => {
    const r = await check('Zed Q. believes Marsovia has a hard year ahead because Sylvania will join the League by 2016.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.parts?.length).toBe(2);
  });

  it('holds the reason said the other way round, and refutes a reason S\'s words refute', async () => {
    expect((await check('Zed Q. believes Sylvania will join the League by 2016 because Marsovia has a hard year ahead.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Zed Q. believes Marsovia has a hard year ahead because Sylvania will not join the League by 2016.')).verdict).toBe('REFUTED');
  });
});

describe('a low degree word ("barely depends on")', () => {
  const withDegree = (sentence: string): ReturnType<typeof checkFixture> => checkFixture(`
<${ART}/sentence/s092> a nif:Sentence ; cg:sentenceId "s092" ; nif:beginIndex 2200 ; nif:endIndex 2250 ;
    nif:anchorOf "${sentence}" ; cg:inSegment <${ART}/segment/00> .
cgc:sylvania.economyReliesOn.energy a cg:Claim ; rdf:subject cgr:sylvania ; rdf:predicate cg:economyReliesOn ; rdf:object cgr:energy ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <${ART}/sentence/s092> .
cgr:sylvania cg:economyReliesOn cgr:energy .
`);

  it('is refuted by a sentence saying the relation holds to a high degree', async () => {
    const { check } = withDegree("Sylvania's economy relies heavily on energy.");
    const r = await check("Sylvania's economy barely depends on energy.");
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('cg:highDegreeWord');
  });

  it('is not refuted by a high degree word said of another verb of the sentence (round 24)', async () => {
    const { check } = withDegree("Sylvania, which is heavily armed and proud, relies on energy.");
    expect((await check("Sylvania's economy barely depends on energy.")).verdict).toBe('NOT_ENOUGH_INFO');
    // next to the relation's word, before it too: refuted
    const before = withDegree("Sylvania's economy is heavily dependent on energy.");
    expect((await before.check("Sylvania's economy barely depends on energy.")).verdict).toBe('REFUTED');
  });

  it('is held undecided by the bare relation', async () => {
    const { check } = withDegree("Sylvania's economy relies on energy.");
    expect((await check("Sylvania's economy barely depends on energy.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a comment\'s clock time without a day, and one comment with its date', () => {
  const { check } = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1> ; schema:commentCount 1 .
${READER_FORECAST}`);

  it('reads "X commented at HH:MM" and "X commented on ARTICLE at HH:MM"', async () => {
    expect((await check('Zed Q. commented at 10:00.')).verdict).toBe('SUPPORTED');
    expect((await check('Zed Q. commented at 21:40.')).verdict).toBe('REFUTED');
    expect((await check('Zed Q. commented on the Fixture article at 10:00.')).verdict).toBe('SUPPORTED');
    expect((await check('Zed Q. commented on the Fixture article at 9:15 pm.')).verdict).toBe('REFUTED');
  });

  it('reads "X has one reader comment, posted on D" as the count and that comment\'s date', async () => {
    const r = await check('The Fixture article has one reader comment, posted on 4 May 2011.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Read as 2 statements');
    expect((await check('The Fixture article has one reader comment, posted on 9 May 2011.')).verdict).toBe('REFUTED');
  });
});

describe('advice inside an attribution ("argues that X should V")', () => {
  const { check } = checkFixture(`
cga:fixture-article schema:author cgr:ann-author .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
`);

  it('reads the relation and holds it undecided, whatever the graph says of the deed', async () => {
    for (const claim of ['Ann Author argues that Sylvania should join the League.', 'Ann Author argues that Freedonia should join the League.']) {
      const r = await check(claim);
      expect([claim, r.verdict, r.interpretation.predicate]).toEqual([claim, 'NOT_ENOUGH_INFO', `${CG}memberOf`]);
      expect(r.explanation).toContain('as advice');
    }
  });

  it('is not read outside an attribution', async () => {
    await expect(check('Sylvania should join the League.')).rejects.toThrow();
  });
});

describe('a modifier the author adds and the claim leaves out (cg:droppableModifier)', () => {
  const { check } = checkFixture(`
cga:fixture-article schema:author cgr:ann-author .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
<${ART}/sentence/s093> a nif:Sentence ; cg:sentenceId "s093" ; nif:beginIndex 2300 ; nif:endIndex 2350 ;
    nif:anchorOf "Sylvania has become a new hub of the grain trade." ; cg:inSegment <${ART}/segment/00> .
`);
  const verdict = async (claim: string): Promise<string | undefined> => (await check(claim).catch(() => undefined))?.verdict;

  it('is no difference: "a hub" of the author\'s "a new hub"', async () => {
    expect(await verdict('Ann Author writes that Sylvania has become a hub of the grain trade.')).toBe('SUPPORTED');
    expect(await verdict('Ann Author writes that Sylvania has turned into a hub of the grain trade.')).toBe('SUPPORTED');
  });

  it('is never added by the claim: "a new hub" is not the author\'s "a hub"', async () => {
    const plain = checkFixture(`
cga:fixture-article schema:author cgr:ann-author .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
<${ART}/sentence/s093> a nif:Sentence ; cg:sentenceId "s093" ; nif:beginIndex 2300 ; nif:endIndex 2346 ;
    nif:anchorOf "Sylvania has become a hub of the grain trade." ; cg:inSegment <${ART}/segment/00> .
`);
    expect((await plain.check('Ann Author writes that Sylvania has become a new hub of the grain trade.').catch(() => undefined))?.verdict).not.toBe('SUPPORTED');
  });
});
