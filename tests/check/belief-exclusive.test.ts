// Whether believing one value excludes another (src/check/belief-exclusive.ts, round 31): the
// ontology first (a class restriction: a multilateral bank is led by one state), then words that
// describe one thing (lexicon cg:singleThingWord). Zed Q.'s comment names Sylvania; a belief with
// Marsovia in its place is refuted only when the thing has one value.
import { describe, expect, it } from 'vitest';
import { exclusiveBelief } from '../../src/check/belief-exclusive.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const { ctx, check } = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1> ; schema:commentCount 1 .
<${ART}/comment/1> a schema:Comment ; schema:author <${ART}/comment/1/author> ;
    schema:text "Sylvania leads ADB-X, and Sylvania has a big year ahead." ;
    schema:dateCreated "2011-05-04T10:00:00"^^xsd:dateTime ; cg:segment <${ART}/segment/06> .
<${ART}/comment/1/author> a schema:Person ; rdfs:label "Zed Q." ; schema:name "Zed Q." .
`);

const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('a belief that excludes another value', () => {
  it('is exclusive where the ontology gives the swapped side one value, with no word describing one thing', () => {
    // ledBy: a multilateral bank has at most one leading state (owl:maxQualifiedCardinality)
    expect(exclusiveBelief(ctx, 'Marsovia leads ADB-X', 'marsovia')).toBe(true);
    // near misses: a relation the ontology leaves many-valued, or the swapped name in no slot
    expect(exclusiveBelief(ctx, 'Marsovia has a big year ahead', 'marsovia')).toBe(false);
    expect(exclusiveBelief(ctx, 'Marsovia leads ADB-X', 'summer')).toBe(false);
  });

  it('keeps words that describe one thing as the fallback (lexicon cg:singleThingWord)', () => {
    expect(exclusiveBelief(ctx, 'Marsovia will host the League summit', 'marsovia')).toBe(true);
    expect(exclusiveBelief(ctx, 'Marsovia has big years ahead', 'marsovia')).toBe(false);
  });

  it('refutes the misquoted belief of a single-valued relation and holds the other (both under "thinks")', async () => {
    expect(await verdict('Zed Q. thinks Marsovia leads ADB-X.')).toBe('REFUTED');
    expect(await verdict('Zed Q. thinks Marsovia has a big year ahead.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Zed Q. wrote that Marsovia has a big year ahead.')).toBe('REFUTED');
  });
});
