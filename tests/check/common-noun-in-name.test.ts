// A capitalised common noun inside a longer name the graph does not know (resolver.ts
// `commonNounInName`): "Harbour" in "the Great Harbour Fund" is the name's word, not the graph's "harbours".
import { describe, expect, it } from 'vitest';
import { commonNounInName } from '../../src/check/resolver.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

// a purpose named by a common noun only
const { ctx, check } = checkFixture(`
cgr:harbours a cg:Purpose ; rdfs:label "harbour building" ; skos:altLabel "harbours", "harbour" .
`);

describe('a common noun inside a proper name (commonNounInName)', () => {
  it('is the name\'s word between capitalised words, a mention of its own elsewhere', () => {
    const toks = tokenize('The Great Harbour Fund joined the League.', ctx.morph);
    expect(commonNounInName(ctx, toks, 2, 3)).toBe(true);
    // sentence-first after an article, or lower case: the common noun itself
    expect(commonNounInName(ctx, tokenize('The Harbour was built.', ctx.morph), 1, 2)).toBe(false);
    expect(commonNounInName(ctx, tokenize('Aid for harbours Sylvania got.', ctx.morph), 2, 3)).toBe(false);
    // a proper name of the graph inside a longer name stays a name ("Sylvania" in "Sylvania Road Fund")
    expect(commonNounInName(ctx, tokenize('The Sylvania Harbour Fund', ctx.morph), 1, 2)).toBe(false);
  });
  it('leaves the longer name unknown to the graph, not a claim about the common noun', async () => {
    // before: "Harbour" was the graph's harbours, so the name was no unknown name and the claim was unread
    const r = await check('The Great Harbour Fund is a member of the League.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.interpretation.subject).toMatchObject({ kind: 'unknown-entity', mention: 'Great Harbour Fund' });
  });
});
