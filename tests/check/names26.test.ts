// Names with an apostrophe inside them (round 26): one word for the tokenizer ("Ken'ichi", a Turkic
// Latin alphabet's o' and g'), while clitics still split off; the spelling rule "o' => u" reads that
// o' as the u English writes.
import { describe, expect, it } from 'vitest';
import { placeAppositionRewrite } from '../../src/check/place-apposition.js';
import { spellingEntity, spellingRules, spellingSkeleton } from '../../src/check/spelling-variants.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture(`
cgr:urbania a cg:Country ; rdfs:label "Urbania" .
cgr:zenda-institute a cg:ResearchInstitute ; rdfs:label "Zenda Institute" ; skos:altLabel "ZI" .
cgr:gala-city a cg:City ; rdfs:label "Gala City" .
`);

describe('an apostrophe inside a name', () => {
  it('keeps a name with an inner apostrophe one word, clitics apart', () => {
    expect(tokenize("O'rbania's aid", ctx.morph).map((t) => t.raw)).toEqual(["O'rbania", "'s", 'aid']);
    expect(tokenize("Ken'ichi isn't they're", ctx.morph).map((t) => t.raw)).toEqual(["Ken'ichi", 'is', 'not', 'they', 're']);
  });

  it("reads o' as u before the apostrophes are dropped", () => {
    const rules = spellingRules(ctx);
    expect(spellingSkeleton("O'rbania", rules)).toBe(spellingSkeleton('Urbania', rules));
    expect(spellingEntity(ctx, tokenize("O'rbania", ctx.morph))?.iri).toMatch(/urbania$/);
    // without its apostrophe the first letter differs: no reading
    expect(spellingEntity(ctx, tokenize('Orbania', ctx.morph))).toBeUndefined();
  });
});

describe("an organisation's city after a comma", () => {
  it('reads the city as the place of the organisation, not as a second statement', () => {
    expect(placeAppositionRewrite(ctx, 'Ann Author is a fellow at ZI, Gala City')).toBe('Ann Author is a fellow at ZI in Gala City');
    expect(placeAppositionRewrite(ctx, 'Ann Author works for the Zenda Institute, Gala City.')).toBe('Ann Author works for the Zenda Institute in Gala City.');
  });

  it('reads nothing when the words before the comma are no organisation, or after it no city ending the clause', () => {
    expect(placeAppositionRewrite(ctx, 'Ann Author visited Urbania, Gala City')).toBeUndefined();
    expect(placeAppositionRewrite(ctx, 'Ann Author works for ZI, Urbania')).toBeUndefined();
    expect(placeAppositionRewrite(ctx, 'Ann Author works for ZI, Gala City hosts it')).toBeUndefined();
  });
});
