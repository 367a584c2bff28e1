// Round 25 (branch names25): names spelt by another transliteration (src/check/spelling-variants.ts,
// lexicon cg:spellingRule), corrected names as an owner or after a title (src/check/resolver.ts, depth 1),
// more page nouns (src/check/page-nouns.ts) and a reader's reply or response as a comment
// (src/check/metadata.ts).
import { describe, expect, it } from 'vitest';
import { resolveArticle } from '../../src/check/articles.js';
import { resolveMention } from '../../src/check/resolver.js';
import { correctionNote, spellingEntity, spellingRules, spellingSkeleton } from '../../src/check/spelling-variants.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const CANAL = 'https://w3id.org/claimgraph/article/canal-news';
const CGR = 'https://w3id.org/claimgraph/resource/';

const { ctx, check } = checkFixture(`
cgr:kharova a cg:Country ; rdfs:label "Kharova" .
cgr:karova a cg:Country ; rdfs:label "Karova" .
cga:fixture-article schema:comment <${ART}/comment/1> ; schema:datePublished "2011-05-01"^^xsd:date .
<${ART}/comment/1> a schema:Comment ; schema:author <${ART}/comment/1/author> ; schema:dateCreated "2011-05-04T10:00:00"^^xsd:dateTime ; cg:segment <${ART}/segment/06> .
<${ART}/comment/1/author> a schema:Person ; rdfs:label "Zed Q." ; schema:name "Zed Q." .
cga:canal-news a schema:NewsArticle ; schema:headline "Canal Opens in Marsovia" ; schema:datePublished "2012-03-09"^^xsd:date .
`);
const spelt = (s: string) => spellingEntity(ctx, tokenize(s, ctx.morph));

describe('spelling skeletons (lexicon cg:spellingRule)', () => {
  it('brings a name and its transliterations to one skeleton, and says which rules it used', () => {
    const rules = spellingRules(ctx);
    const fired = new Set<string>();
    expect(spellingSkeleton('Phreedoniya', rules, fired)).toBe(spellingSkeleton('freedonia', rules));
    expect([...fired]).toEqual(expect.arrayContaining(['ph/f', 'y/i']));
    expect(spellingSkeleton('Harkow', rules)).toBe(spellingSkeleton('harkov', rules));
    expect(spellingSkeleton('Tadzhikia', rules)).toBe(spellingSkeleton('tajikia', rules));
    expect(spellingSkeleton('Kazzakh', rules)).toBe('kazak');
  });

  it('reads a span no label spells as the one entity its skeleton names', () => {
    const hit = spelt('Phreedoniya');
    expect(hit?.iri).toBe(`${CGR}freedonia`);
    expect(hit?.rules).toEqual(expect.arrayContaining(['ph/f']));
  });

  it('refuses when the skeleton names two entities, or the word is short', () => {
    // Kharova and Karova share the skeleton "karova"
    expect(spelt('Qarova')).toBeUndefined();
    expect(spelt('Qar')).toBeUndefined();
    // a word the labels use is never rewritten
    expect(spelt('Freedonia')).toBeUndefined();
  });

  it('names the rules in the note', () => {
    expect(correctionNote({ edits: 2 })).toBe('2 edits');
    expect(correctionNote({ edits: 0, rules: ['q/k'] })).toBe('spelling q/k');
    expect(correctionNote({ edits: 1, rules: ['q/k'] })).toBe('spelling q/k, 1 edit');
  });

  it('checks a claim through the reading and reports it', async () => {
    const r = await check('Phreedoniya is a member of the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toMatch(/read 'Phreedoniya' as Freedonia \(spelling [^)]*ph\/f/);
  });
});

describe('a corrected name as the owner, or after a title', () => {
  it("reads \"X's Prime Minister\" with X misspelt as the office, and reports it", () => {
    const [office] = resolveMention(ctx, tokenize("Phreedoniya's Prime Minister", ctx.morph));
    expect(office?.iri).toBe(`${CGR}pm-of-freedonia`);
    expect(office?.corrected?.rules).toEqual(expect.arrayContaining(['ph/f']));
    const [typo] = resolveMention(ctx, tokenize("Freedona's Prime Minister", ctx.morph));
    expect(typo?.iri).toBe(`${CGR}pm-of-freedonia`);
    expect(typo?.corrected?.edits).toBe(1);
  });

  it('reads "Mr X" with X misspelt as the person', () => {
    const [p] = resolveMention(ctx, tokenize('Mr Fyrefly', ctx.morph));
    expect(p?.iri).toBe(`${CGR}rufus`);
    expect(p?.corrected).toBeDefined();
  });
});

describe('page and comment nouns', () => {
  const arts = (s: string): string[] | undefined => resolveArticle(ctx, tokenize(s, ctx.morph))?.map((a) => a.iri);
  it('reads "coverage", "editorial", "explainer" as an article', () => {
    expect(arts('the Marsovia canal coverage')).toEqual([CANAL]);
    expect(arts('the canal editorial')).toEqual([CANAL]);
    expect(arts('the canal explainer')).toEqual([CANAL]);
  });

  it('reads a reader\'s reply or response to a page as its comment', async () => {
    expect((await check('The reply to the Fixture analysis was posted on May 4, 2011.')).verdict).toBe('SUPPORTED');
    expect((await check('The reader response on the Fixture analysis was posted on May 9, 2011.')).verdict).toBe('REFUTED');
  });
});

