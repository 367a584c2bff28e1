// "As reported by S, P" (round 31, branch fix24): the passive of "as S reported, P" is an
// attribution (lexicon cg:attributionPattern "as {verb} by {source} {claim}"), never a deed done "as"
// an office (src/check/as-office.ts `sayingFrame`); a desk the page credits as editor only
// (schema:editor) is not the writer of its text (src/check/attribution.ts `bylineNamed`).
import { describe, expect, it } from 'vitest';
import { readAttribution } from '../../src/check/attribution.js';
import { readAsOffice } from '../../src/check/as-office.js';
import { checkFixture, fixtureClaim, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const OTHER = 'https://w3id.org/claimgraph/article/quay-notes';
const { ctx, check } = checkFixture(`
cga:fixture-article schema:author cgr:ann-author .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
<${ART}/segment/98> a cg:Segment ; schema:isPartOf cga:fixture-article ; cg:segmentKind cg:Byline .
<${ART}/sentence/s098> a nif:Sentence ; nif:anchorOf "By Ann Author" ; cg:inSegment <${ART}/segment/98> .
cga:quay-notes a schema:NewsArticle ; schema:headline "Quay Notes" ; schema:author cgr:harbour-desk ; schema:editor cgr:metro-desk .
cgr:harbour-desk a cg:Organisation ; rdfs:label "Harbour Desk" .
cgr:metro-desk a cg:Organisation ; rdfs:label "Metro Desk" .
<${OTHER}/segment/01> a cg:Segment ; schema:isPartOf cga:quay-notes ; cg:segmentKind cg:Byline .
<${OTHER}/sentence/s001> a nif:Sentence ; nif:anchorOf "Reporting by the Harbour Desk; editing by the Metro Desk." ; cg:inSegment <${OTHER}/segment/01> .
${fixtureClaim({ id: 'quay.rufus.visited.marsovia', s: 'cgr:rufus', p: 'cg:visited', o: 'cgr:marsovia', more: `cg:statedIn cga:quay-notes`, asserted: true })}
`);

describe('"as reported by S, P"', () => {
  it('is an attribution to S, at the start or at the end, by or in', () => {
    for (const claim of [
      'As reported by the Harbour Desk, Rufus Firefly visited Sylvania.',
      'Rufus Firefly visited Sylvania, as reported by the Harbour Desk.',
      'As noted in the Quay Notes article, Rufus Firefly visited Sylvania.',
    ]) {
      const a = readAttribution(ctx, claim);
      expect(a?.scope, claim).toMatchObject({ kind: 'article', iris: [OTHER] });
      expect(a?.inner, claim).toBe('Rufus Firefly visited Sylvania');
    }
    expect(readAttribution(ctx, 'As stated by Ann Author, Rufus Firefly visited Sylvania.')?.scope).toMatchObject({ kind: 'article', iris: [ART] });
  });

  it('is no office: the as-office reader leaves it, whoever S is', async () => {
    let asked = 0;
    const recheck = async (): Promise<undefined> => { asked++; return undefined; };
    for (const claim of ['As reported by the Harbour Desk, Rufus Firefly visited Sylvania.', 'As described by Reuters, Rufus Firefly visited Sylvania.',
      'Rufus Firefly visited Sylvania as reported by the Harbour Desk.']) {
      expect(await readAsOffice(ctx, claim, recheck), claim).toBeUndefined();
    }
    expect(asked).toBe(0);
    // an office after "as" is still one (near miss: the reader still asks for the deed)
    await readAsOffice(ctx, "Rufus Firefly visited Sylvania as Freedonia's prime minister.", recheck);
    expect(asked).toBe(1);
  });

  it('holds P, true in another article, when S wrote nothing of it (it was refuted by the other byline)', async () => {
    const r = await check('As reported by the Harbour Desk, Rufus Firefly visited Sylvania.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('Harbour Desk');
    expect(r.explanation).not.toContain('byline');
    // S's own article decides: the Harbour Desk's says it, so it is supported; the other way is refuted
    expect((await check('As reported by the Harbour Desk, Rufus Firefly visited Marsovia.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly did not visit Marsovia, as reported by the Harbour Desk.')).verdict).toBe('REFUTED');
  });

  it('reads a desk credited as editor only as no source; the reporting desk is one', () => {
    expect(readAttribution(ctx, 'According to the Metro Desk, Rufus Firefly visited Sylvania.')).toBeUndefined();
    expect(readAttribution(ctx, 'As reported by the Metro Desk, Rufus Firefly visited Sylvania.')).toBeUndefined();
    expect(readAttribution(ctx, 'According to the Harbour Desk, Rufus Firefly visited Sylvania.')?.scope).toMatchObject({ kind: 'article', iris: [OTHER] });
  });
});
