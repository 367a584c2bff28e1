// Round 24 (branch meta24): articles named by what they report ("the gala story": src/check/articles.ts
// `topicWords`), page nouns with a hyphen ("write-up"), metadata verbs in other words (lexicon
// cg:metadataPattern: "filed by", "credited to", "carries the date", "got its only comment on"), "no
// comments at all" (src/check/comment-count.ts), a copyright line with a colon (src/check/copyright.ts),
// "S portrays X as Y" (src/check/attribution.ts `depictedAs`, lexicon cg:depictionVerb), opinions held
// ("In S's opinion", "S holds that", "S felt") and an anonymous reader (lexicon).
import { describe, expect, it } from 'vitest';
import { resolveArticle } from '../../src/check/articles.js';
import { depictedAs, readAttribution } from '../../src/check/attribution.js';
import { checkCopyright } from '../../src/check/copyright.js';
import { sourceSide } from '../../src/check/source-sides.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture, fixtureClaim, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const CANAL = 'https://w3id.org/claimgraph/article/canal-news';
const claim = (id: string, s: string, p: string, o: string, where: string, extra = ''): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, more: `cg:statedIn ${where}${extra ? ` ; ${extra}` : ''}` });

const { ctx, check } = checkFixture(`
cga:fixture-article schema:author cgr:ann-author ; schema:comment <${ART}/comment/1> ; schema:datePublished "2011-05-01"^^xsd:date .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
cgr:harbour-bureau a cg:Organisation ; rdfs:label "Harbour Bureau" .
<${ART}/comment/1> a schema:Comment ; schema:author <${ART}/comment/1/author> ; schema:dateCreated "2011-05-04T10:00:00"^^xsd:dateTime ; cg:segment <${ART}/segment/06> .
<${ART}/comment/1/author> a schema:Person ; rdfs:label "Zed Q." ; schema:name "Zed Q." .
cga:canal-news a schema:NewsArticle ; schema:headline "Canal Opens in Marsovia" ; schema:author cgr:harbour-bureau ;
    schema:datePublished "2012-03-09"^^xsd:date ; schema:commentCount 0 .
<${CANAL}/segment/09> a cg:Segment ; cg:segmentKind cg:Boilerplate ; schema:isPartOf cga:canal-news .
<${CANAL}/sentence/s014> a nif:Sentence ; nif:anchorOf "(c) 2012 Harbour Bureau. All rights reserved." ; cg:inSegment <${CANAL}/segment/09> .
${claim('gala.heldIn.marsovia', 'gala', 'locatedIn', 'marsovia', 'cga:canal-news')}
${claim('sylvania.memberOf.league.canal', 'sylvania', 'memberOf', 'league', 'cga:canal-news')}
${claim('sylvania.memberOf.league.fixture', 'sylvania', 'memberOf', 'league', 'cga:fixture-article', 'cg:assertedBy cgr:ann-author')}
${claim('neutrality.of.freedonia', 'freedonia', 'follows', 'neutrality', 'cga:fixture-article', 'cg:assertedBy cgr:ann-author')}
`);
const arts = (s: string): string[] | undefined => resolveArticle(ctx, tokenize(s, ctx.morph))?.map((a) => a.iri);

describe('an article named by what it reports', () => {
  it('reads words the headline lacks as the entities its claims state, when one article states them', () => {
    // "gala" is no headline word; only the canal article states the gala
    expect(arts('the gala story')).toEqual([CANAL]);
    expect(arts('the Marsovia gala report')).toEqual([CANAL]);
    // the headline's own words still decide first
    expect(arts('the canal piece')).toEqual([CANAL]);
  });

  it('names no article by a topic two articles report, or one no article reports', () => {
    // both articles state Sylvania's membership
    expect(arts('the Sylvania story')).toEqual([]);
    expect(arts('the Grand Fenwick story')).toEqual([]);
  });

  it('reads a page noun written with a hyphen', () => {
    expect(arts('the gala write-up')).toEqual([CANAL]);
  });
});

describe('metadata said in other words', () => {
  it('reads "filed by", "credited to", "went out under X\'s byline" as the author', async () => {
    expect((await check('The gala story was filed by the Harbour Bureau.')).verdict).toBe('SUPPORTED');
    expect((await check('The gala story was credited to Ann Author.')).verdict).toBe('REFUTED');
    // round 35: the credit said from the writer's side, the byline as the thing a page carries
    expect((await check('The Harbour Bureau is credited with the gala story.')).verdict).toBe('SUPPORTED');
    expect((await check('Ann Author is credited with the gala story.')).verdict).toBe('REFUTED');
    expect((await check('The gala story carries the byline Harbour Bureau.')).verdict).toBe('SUPPORTED');
    expect((await check("The gala report went out under Ann Author's byline.")).verdict).toBe('REFUTED');
  });

  it('reads "carries the date D", "went online on D" as the publication date', async () => {
    expect((await check('The gala story carries the date March 9, 2012.')).verdict).toBe('SUPPORTED');
    expect((await check('The gala write-up bears the date March 10, 2012.')).verdict).toBe('REFUTED');
    expect((await check('The gala story went online on 9 March 2012.')).verdict).toBe('SUPPORTED');
  });

  it('reads "got its only comment on D" as that comment\'s day', async () => {
    expect((await check('The Fixture analysis got its only comment on May 4, 2011.')).verdict).toBe('SUPPORTED');
    expect((await check('The Fixture analysis drew its single comment on May 9, 2011.')).verdict).toBe('REFUTED');
  });

  it('reads a quoted part of the title said to be part of the headline', async () => {
    expect((await check("'Opens in Marsovia' is part of the headline of the gala story.")).verdict).toBe('SUPPORTED');
    expect((await check("'Closes in Marsovia' is part of the headline of the gala story.")).verdict).toBe('REFUTED');
  });

  it('reads "no comments at all" as no comments', async () => {
    expect((await check('The gala story has no reader comments at all.')).verdict).toBe('SUPPORTED');
  });

  it('reads a copyright line said with a colon, the year after the holder', () => {
    expect(checkCopyright(ctx, 'Copyright for the gala story: Harbour Bureau, 2012')?.evaluation.verdict).toBe('SUPPORTED');
    expect(checkCopyright(ctx, 'Copyright for the gala story: Harbour Bureau, 2013')?.evaluation.verdict).toBe('REFUTED');
    expect(checkCopyright(ctx, 'Copyright for the gala story: Metro Desk, 2012')?.evaluation.verdict).toBe('REFUTED');
  });
});

describe('"S portrays X as Y" (cg:depictionVerb)', () => {
  it('is S saying that X is Y', () => {
    expect(depictedAs(ctx, 'Ann Author portrays Freedonia as a stern follower of neutrality')).toBe('Ann Author says that Freedonia is a stern follower of neutrality');
    expect(depictedAs(ctx, 'Ann Author described the Ruritanian states as members of the League')).toBe('Ann Author said that the Ruritanian states are members of the League');
    // no depiction verb, or "as" opening a conjunction
    expect(depictedAs(ctx, 'Ann Author visited Freedonia as a guest')).toBe('Ann Author visited Freedonia as a guest');
    expect(depictedAs(ctx, 'Ann Author sees Freedonia as well as Sylvania')).toBe('Ann Author sees Freedonia as well as Sylvania');
  });

  it('checks the claim against what S says, and reads no frame when S is no source', async () => {
    const r = await check('Ann Author characterises Freedonia as a follower of neutrality.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.attributedTo).toBe('Ann Author');
    expect(readAttribution(ctx, 'Freedonia regards Sylvania as a member of the League')).toBeUndefined();
  });
});

describe('opinions held, and an anonymous reader', () => {
  it('reads "In S\'s opinion", "S holds that", "S takes the view that", "S felt"', () => {
    for (const s of ["In Ann Author's opinion, Sylvania is a member of the League", 'Ann Author holds that Sylvania is a member of the League',
      'Ann Author takes the view that Sylvania is a member of the League', 'Ann Author felt Sylvania was a member of the League']) {
      expect([s, readAttribution(ctx, s)?.scope]).toMatchObject([s, { kind: 'agent', label: 'Ann Author' }]);
    }
  });

  it('reads "the anonymous reader under X" as a reader of X', () => {
    expect(readAttribution(ctx, 'The anonymous reader under the Fixture analysis said Sylvania is a member of the League')?.scope).toMatchObject({ kind: 'reader', articles: [ART] });
  });
});

describe('a span counted from a source (src/check/source-sides.ts)', () => {
  it('dates an article by its publication and a commenter by the one comment', () => {
    expect(sourceSide(ctx, 'the gala story came out')?.day).toBe('2012-03-09');
    expect(sourceSide(ctx, 'the Fixture analysis itself')?.day).toBe('2011-05-01');
    expect(sourceSide(ctx, "Zed Q.'s comment")?.day).toBe('2011-05-04');
    expect(sourceSide(ctx, 'Zed Q. commented on the Fixture analysis')?.day).toBe('2011-05-04');
    // "the article" of two names none; a writer no comment names, none
    expect(sourceSide(ctx, 'the article came out')).toBeUndefined();
    expect(sourceSide(ctx, "Bob R.'s comment")).toBeUndefined();
  });

  it('reads a commenter named alone by a name with an initial', () => {
    expect(sourceSide(ctx, 'Zed Q.')?.day).toBe('2011-05-04');
    expect(sourceSide(ctx, 'Bob R.')).toBeUndefined();
  });

  it('checks the span between a comment and its article', async () => {
    expect((await check('Zed Q. commented three days after the Fixture analysis came out.')).verdict).toBe('SUPPORTED');
    expect((await check('Zed Q. commented two weeks after the Fixture analysis came out.')).verdict).toBe('REFUTED');
    expect((await check("Zed Q.'s comment predates the Fixture analysis itself.")).verdict).toBe('REFUTED');
    expect((await check("Zed Q.'s comment postdates the Fixture analysis.")).verdict).toBe('SUPPORTED');
  });
});

describe('verbs of paying for a thing (lexicon cg:financialAssistanceTo)', () => {
  const { check: checkPaid } = checkFixture(`
cgr:roads a cg:Infrastructure ; rdfs:label "roads" .
${fixtureClaim({ id: 'acme.aid.region.possible', s: 'cgr:acme-bank', p: 'cg:financialAssistanceTo', o: 'cgr:the-region', modality: 'Possible', more: 'cg:purpose cgr:roads' })}
`);
  it('reads "might pay for P in X" as financing P there', async () => {
    expect((await checkPaid('The Acme Bank might pay for roads in Ruritania.')).verdict).toBe('SUPPORTED');
    expect((await checkPaid('The Acme Bank might help finance roads in Ruritania.')).verdict).toBe('SUPPORTED');
  });
});

describe('a count of comments on a page that lists none (round 24, lead)', () => {
  it('is refuted: the page lists its comments whole, so none there is none of any number', async () => {
    const r = await check('Readers left a dozen comments on the gala story.');
    expect(r.verdict).toBe('REFUTED');
    // round 40 (misses32): the count is read as the page's count of comments (comment-count.ts),
    // no longer as "at least one" (count-frames.ts); the page's none refutes either reading
    expect(r.explanation).toMatch(/exactly 12 reader comments/);
  });
});
