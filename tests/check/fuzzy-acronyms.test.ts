// Round 38 (fix31b, users31's F18): a short name one letter off is another name. An acronym
// ("SLBX", "SLCC", "SlB") is never corrected, by edits or by spelling rules, and a short word is
// corrected only when a capitalised word of the name anchors it ("Ivo Kano" for Ivo Kane), not a common
// noun of the label ("the city of Marx" is not Mary's city, "the Ufo summit" not the Ufa summit)
// (src/check/fuzzy.ts, src/check/spelling-variants.ts).
import { describe, expect, it } from 'vitest';
import { fuzzyEntity, isAcronym } from '../../src/check/fuzzy.js';
import { spellingEntity } from '../../src/check/spelling-variants.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture(`
cgr:slc-canal a cg:Pipeline ; rdfs:label "SLC canal" ; skos:altLabel "SLC" .
cgr:sylvanian-league-bank a cg:Organization ; rdfs:label "Sylvanian League Bank" ; skos:altLabel "SLB" .
cgr:mary-city a cg:City ; rdfs:label "city of Mary" .
cgr:ufa-summit a cg:Event ; rdfs:label "Ufa summit" .
cgr:ivo-kane a cg:Person ; rdfs:label "Ivo Kane" .
`);

const fuzzy = (s: string): string | undefined => fuzzyEntity(ctx, tokenize(s, ctx.morph))?.iri;

describe('isAcronym', () => {
  it('tells an acronym from a name', () => {
    expect(isAcronym('SLBX')).toBe(true);
    expect(isAcronym('SlB')).toBe(true);
    expect(isAcronym('Sylvania')).toBe(false);
    expect(isAcronym('McKay')).toBe(false);
  });
});

describe('a short name one letter off', () => {
  it('is no acronym of the graph', () => {
    expect(fuzzy('SLCS canal')).toBeUndefined();
    expect(fuzzy('SLD canal')).toBeUndefined();
    expect(spellingEntity(ctx, tokenize('SLBB', ctx.morph))).toBeUndefined();
  });

  it('is not anchored by a common noun of the label', () => {
    expect(fuzzy('city of Marx')).toBeUndefined();
    expect(fuzzy('Ufo summit')).toBeUndefined();
  });

  it('is still read when a capitalised word of the name anchors it', () => {
    expect(fuzzy("Ivo Kano")).toMatch(/ivo-kane$/);
  });

  it('is read in lower case when the anchor is no English word, and not when it is one', () => {
    // "ivo" is in no WordNet lemma list: a name typed in lower case ("ashraf gani" in users13)
    expect(fuzzy('ivo kano')).toMatch(/ivo-kane$/);
    expect(fuzzy('city of marx')).toBeUndefined();
    expect(fuzzy('ufo summit')).toBeUndefined();
  });
});
