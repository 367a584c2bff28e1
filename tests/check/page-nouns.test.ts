// A page noun names the source itself (src/check/page-nouns.ts, used by src/check/resolver.ts):
// "the Fixture article" is the page, never an entity named "Fixture Articles" by the stemmed key
// they share (round 14 trust fix: a charter's date of entry into force supported a claim about
// "the <name> article").
import { describe, expect, it } from 'vitest';
import { pageNounClash } from '../../src/check/page-nouns.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const CHARTER = 'https://w3id.org/claimgraph/resource/fixture-charter';
const { check, ctx } = checkFixture(`
cgr:fixture-charter a cg:Agreement ; rdfs:label "Articles of the Fixture Union" ; skos:altLabel "Fixture Articles" .
cgc:charter.inForce a cg:Claim ; rdf:subject cgr:fixture-charter ; rdf:predicate cg:enteredIntoForceOn ; rdf:object "2010-01-01"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s001> .
cgr:fixture-charter cg:enteredIntoForceOn "2010-01-01"^^xsd:date .
`);

/** The verdict, or 'unread' when the claim is not read at all (no verdict either way). */
const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('a page noun after a name', () => {
  it('clashes with an entity whose names hold only another form of the noun', () => {
    expect(pageNounClash(ctx, tokenize('the Fixture article', ctx.morph), CHARTER)).toBe(true);
    expect(pageNounClash(ctx, tokenize('the Fixture story', ctx.morph), CHARTER)).toBe(true);
    expect(pageNounClash(ctx, tokenize('the Fixture Articles', ctx.morph), CHARTER)).toBe(false);
    expect(pageNounClash(ctx, tokenize('Freedonia', ctx.morph), CHARTER)).toBe(false);
  });

  it('leaves the entity its own name, and never supports or refutes a claim about the page through it', async () => {
    expect((await check('The Fixture Articles entered into force on January 1, 2010.')).verdict).toBe('SUPPORTED');
    // the same stemmed span, after the entity's name was cached
    for (const claim of ['The Fixture article entered into force on January 1, 2010.', 'The Fixture article entered into force on January 2, 2010.', 'The Fixture piece entered into force in 2010.']) {
      expect(['NOT_ENOUGH_INFO', 'unread']).toContain(await verdict(claim));
    }
  });
});
