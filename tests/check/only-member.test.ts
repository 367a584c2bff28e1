// "X is the only <member of G> outside Z" (src/check/only-member.ts, reader only-outside).
import { describe, expect, it } from 'vitest';
import { onlyOutsideWords } from '../../src/check/only-member.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Ruritania is Freedonia (a member of the League) and Sylvania (not a member)
const { check } = checkFixture();

describe('"X is the only member of G outside Z"', () => {
  it('is supported by X\'s denial and every other member\'s membership, both cited', async () => {
    const r = await check('Sylvania is the only Ruritanian state outside the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Every other member of Ruritania (Freedonia) is a member of League of Nations States');
    expect(r.evidence.length).toBeGreaterThanOrEqual(2);
    expect((await check('Sylvania is the only Ruritanian state that is not a member of the League.')).verdict).toBe('SUPPORTED');
  });

  it('is refuted when X is a member, and undecided when the graph does not say for a member', async () => {
    expect((await check('Freedonia is the only Ruritanian state outside the League.')).verdict).toBe('REFUTED');
    const farland = checkFixture(['grand-fenwick', 'marsovia'].map((m) => `cgc:t.${m}.partOf.farland a cg:Claim ; rdf:subject cgr:${m} ; rdf:predicate cg:partOf ; rdf:object cgr:farland ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s011> .`).join('\n') + '\ncgr:farland a cg:Region ; rdfs:label "Farland" ; skos:altLabel "Farland countries" .');
    expect((await farland.check('Marsovia is the only Farland country outside the League.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('other words for "the only G outside Z" (round 18)', () => {
  it('says "sole", "single", "not an Z member" and "stayed out of Z" as the reader\'s words', async () => {
    expect(onlyOutsideWords('Sylvania is the sole Ruritanian state that is not a League member')).toBe('Sylvania is the only Ruritanian state that is not a member of League');
    expect(onlyOutsideWords('Sylvania is the single Ruritanian state that stayed out of the League')).toBe('Sylvania is the only Ruritanian state that is not a member of the League');
    expect((await check('Sylvania is the single Ruritanian state that stayed out of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia is the sole Ruritanian state that is not a League member.')).verdict).toBe('REFUTED');
  });
});
