// An event said as a noun with a happening verb (src/check/nominal-event.ts): the noun read back
// into the verb of the lexicon's patterns through WordNet derivations and gerunds, the clause checked.
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';
import { eventVerb, nominalEventRewrites } from '../../src/check/nominal-event.js';

const ART = FIXTURE_ARTICLE;
const { ctx, check } = checkFixture(`
cgr:charter a cg:Agreement ; rdfs:label "Gala Charter" .
cgc:charter.enteredIntoForceOn.2011-05-03 a cg:Claim ; rdf:subject cgr:charter ; rdf:predicate cg:enteredIntoForceOn ;
    rdf:object "2011-05-03"^^xsd:date ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${ART}/sentence/s001> .
cgr:charter cg:enteredIntoForceOn "2011-05-03"^^xsd:date .
`);

describe('an event said as a noun', () => {
  it('finds the verb of an event noun in the lexicon data, not a doer noun', () => {
    expect(eventVerb(ctx, 'entry')).toBe('enter');
    expect(eventVerb(ctx, 'commissioning')).toBe('commission');
    expect(eventVerb(ctx, 'opening')).toBe('open');
    expect(eventVerb(ctx, 'visitor')).toBeUndefined();
    expect(eventVerb(ctx, 'pipeline')).toBeUndefined();
  });
  it('reads "the N of X happened in T" and "X\'s N was in T" as the clause', async () => {
    for (const [c, v] of [
      ['The commissioning of the canal pipeline took place in 1999.', 'SUPPORTED'],
      ["The canal pipeline's commissioning was in 2003.", 'REFUTED'],
      ['The entry into force of the Gala Charter happened on May 3, 2011.', 'SUPPORTED'],
      ["The Gala Charter's entry into force came in 2012.", 'REFUTED'],
    ] as const) {
      const r = await check(c);
      expect(r.verdict, c).toBe(v);
      expect(r.explanation, c).toContain('the event said as a noun');
    }
  });
  it('reads a span from another thing after the happening verb', () => {
    expect(nominalEventRewrites(ctx, "The canal pipeline's commissioning came about twelve years before the Gala Charter entered into force.").map((r) => r.claim))
      .toContain('The canal pipeline was commissioned about twelve years before the Gala Charter entered into force');
  });
  it('reads no denial, no other noun and no other verb', async () => {
    expect(nominalEventRewrites(ctx, "The canal pipeline's commissioning was not in 2003.")).toEqual([]);
    expect(nominalEventRewrites(ctx, 'The length of the canal pipeline was in 2003.')).toEqual([]);
    expect(nominalEventRewrites(ctx, 'The commissioning of the canal pipeline delayed the gala in 2003.')).toEqual([]);
    // a place the graph does not give: never decided
    const r = await check('The commissioning of the canal pipeline took place in Sylvania.').catch(() => undefined);
    expect(r?.verdict ?? 'NOT_ENOUGH_INFO').toBe('NOT_ENOUGH_INFO');
  });
});

describe('the doer said after the copula (round 19)', () => {
  it('reads "the N of Y was by X [in T]" as "X N-ed Y [in T]"', () => {
    expect(nominalEventRewrites(ctx, 'The founding of the League was by Sylvania.').map((r) => r.claim)).toEqual(['Sylvania founded the League']);
    expect(nominalEventRewrites(ctx, 'The commissioning of the canal pipeline was carried out by Freedonia in 1999.').map((r) => r.claim))
      .toEqual(['Freedonia commissioned the canal pipeline in 1999']);
  });
  it('leaves "by" of a time alone', () => {
    expect(nominalEventRewrites(ctx, 'The commissioning of the canal pipeline was by 1999.')).toEqual([]);
  });
  it('checks the clause', async () => {
    expect((await check('The founding of the League was by Sylvania.')).verdict).toBe('SUPPORTED');
  });
});
