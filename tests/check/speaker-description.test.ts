// Round 30 (branch attrib30): speakers named by a description (src/check/speaker-description.ts):
// the author by her title or institution, a name and its description between commas, a comment
// named by its writer's possessive, "For S, P"; and the asker's hedge opening a claim
// (src/check/discourse-layer.ts, lexicon cg:hedgeLead), on the fictional fixture.
import { describe, expect, it } from 'vitest';
import { readAttribution } from '../../src/check/attribution.js';
import { peelDiscourse } from '../../src/check/discourse-layer.js';
import { checkFixture, FIXTURE_ARTICLE, READER_FORECAST } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const RES = 'https://w3id.org/claimgraph/resource/';

// Ann Author wrote the fixture article, a Senior Fellow of the Marx Institute; Zed Q. commented on it
const { ctx, check } = checkFixture(`
cga:fixture-article schema:author cgr:ann-author ; schema:comment <${ART}/comment/1> .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" ; cg:jobTitle "Senior Fellow" ; cg:affiliatedWith cgr:marx-institute .
cgr:marx-institute a cg:Organisation ; rdfs:label "Marx Institute" ; skos:altLabel "MXI" .
cgr:rufus-firefly a cg:Person ; rdfs:label "Rufus T. Firefly" .
cgc:freedonia.memberOf.league cg:assertedBy cgr:ann-author ; cg:statedIn cga:fixture-article .
cgc:sylvania.memberOf.league.neg cg:assertedBy cgr:ann-author ; cg:statedIn cga:fixture-article .
${READER_FORECAST}`);

const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');
const scopeOf = (s: string): unknown => readAttribution(ctx, s)?.scope;

describe('the author described by her title or institution', () => {
  it('reads the institution before a writer\'s noun, her title, or both, as the author', () => {
    for (const s of ['The Marx Institute analyst maintains that Freedonia is a member of the League',
      'The MXI fellow writes that Freedonia is a member of the League',
      'The senior fellow writes that Freedonia is a member of the League']) {
      expect([s, scopeOf(s)]).toEqual([s, expect.objectContaining({ kind: 'agent', iris: [`${RES}ann-author`] })]);
    }
  });

  it('names no one by another institution or another title', () => {
    expect(scopeOf('The League analyst maintains that Freedonia is a member of the League')).toBeUndefined();
    expect(scopeOf('The junior fellow writes that Freedonia is a member of the League')).toBeUndefined();
  });

  it('decides by her words both ways', async () => {
    expect(await verdict('The Marx Institute analyst maintains that Freedonia is a member of the League.')).toBe('SUPPORTED');
    expect(await verdict('The senior fellow writes that Sylvania is a member of the League.')).toBe('REFUTED');
    expect(await verdict('The League analyst maintains that Freedonia is a member of the League.')).not.toBe('SUPPORTED');
  });
});

describe('a name and its description between commas', () => {
  it('reads the name when the description names the same source, in either order', () => {
    expect(readAttribution(ctx, 'A commenter on the Fixture article, Zed Q., predicted that Sylvania would join the League by 2016')?.scope)
      .toEqual(expect.objectContaining({ kind: 'agent' }));
    expect(readAttribution(ctx, 'Ann Author, the author of the Fixture article, writes that Freedonia is a member of the League')?.inner)
      .toBe('Freedonia is a member of the League');
  });

  it('leaves the frame as written when the description names another source', async () => {
    // Rufus T. Firefly commented on nothing; Ann Author is no commenter
    expect(readAttribution(ctx, 'A commenter on the Fixture article, Ann Author, wrote that Freedonia is a member of the League')).toBeUndefined();
    expect(await verdict('A commenter on the Fixture article, Rufus T. Firefly, predicted that Sylvania would join the League by 2016.')).not.toBe('SUPPORTED');
  });

  it('decides by the named speaker\'s words', async () => {
    expect(await verdict('A commenter on the Fixture article, Zed Q., predicted that Sylvania would join the League by 2016.')).toBe('SUPPORTED');
  });
});

describe('a comment named by its writer\'s possessive', () => {
  it('is that writer\'s comment, and an author\'s "comment" is no comment', async () => {
    expect(scopeOf("Zed Q.'s comment says Sylvania will join the League by 2016")).toEqual(expect.objectContaining({ kind: 'agent' }));
    expect(await verdict("Zed Q.'s comment says Sylvania will join the League by 2016.")).toBe('SUPPORTED');
    expect(scopeOf("Ann Author's comment says Freedonia is a member of the League")).toBeUndefined();
  });
});

describe('"For S, P"', () => {
  it('is S\'s view when S is a source that says something', async () => {
    expect(scopeOf('For Ann Author, Freedonia is a member of the League')).toEqual(expect.objectContaining({ kind: 'agent' }));
    expect(await verdict('For Ann Author, Freedonia is a member of the League.')).toBe('SUPPORTED');
    expect(await verdict('For Ann Author, Sylvania is a member of the League.')).toBe('REFUTED');
  });

  it('is no frame for a time, a place, or a person no source reports a word of', () => {
    expect(scopeOf('For years, Freedonia was a member of the League')).toBeUndefined();
    expect(scopeOf('For Freedonia, Sylvania is a member of the League')).toBeUndefined();
    expect(scopeOf('For Rufus T. Firefly, Freedonia is a member of the League')).toBeUndefined();
  });
});

describe('the asker\'s hedge opening a claim', () => {
  it('peels a hedge closed by a comma, "but" or "that", and a belief tag before a comma', () => {
    for (const s of ["If I'm not mistaken, Freedonia is a member of the League", 'I could be wrong, but Freedonia is a member of the League',
      'I seem to remember that Freedonia is a member of the League', 'If memory serves, Freedonia is a member of the League',
      'Unless I\u2019m mistaken, Freedonia is a member of the League']) {
      expect([s, peelDiscourse(ctx, s)?.core]).toEqual([s, 'Freedonia is a member of the League']);
    }
    // no comma after the belief tag: the words stay ("If I recall the League ..." is no hedge)
    expect(peelDiscourse(ctx, 'If I recall the League charter, Freedonia is a member')).toBeUndefined();
  });

  it('keeps the claim\'s own polarity and hedges', async () => {
    expect(await verdict("If I'm not mistaken, Freedonia is a member of the League.")).toBe('SUPPORTED');
    expect(await verdict('I could be wrong, but Sylvania is a member of the League.')).toBe('REFUTED');
    expect(await verdict('I seem to remember that Sylvania is probably a member of the League.')).not.toBe('REFUTED');
  });
});
