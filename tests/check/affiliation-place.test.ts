// An author's institution and its city (src/check/affiliation-place.ts, round 19): one institution
// with one seat decides the place said; another institution's name, or a person with none, does not.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cgr:zenda-institute a cg:ResearchInstitute ; rdfs:label "Zenda Institute" .
cgr:gala-city a cg:City ; rdfs:label "Gala City" .
cgr:sylvania-town a cg:City ; rdfs:label "Sylvania Town" .
cga:fixture-article schema:author cgr:teasdale .
${fixtureClaim({ id: 'teasdale.affiliatedWith.zenda-institute', s: 'cgr:teasdale', p: 'cg:affiliatedWith', o: 'cgr:zenda-institute', sentence: 's010', asserted: true })}
${fixtureClaim({ id: 'zenda-institute.locatedIn.gala-city', s: 'cgr:zenda-institute', p: 'cg:locatedIn', o: 'cgr:gala-city', sentence: 's010', asserted: true })}
`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('the city of an author\'s institution', () => {
  it('supports the institution\'s seat, named or described, citing both claims', async () => {
    const r = await check('Gloria Teasdale works for an institute in Gala City.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence.map((e) => e.claim).sort()).toEqual([
      'https://w3id.org/claimgraph/claim/teasdale.affiliatedWith.zenda-institute',
      'https://w3id.org/claimgraph/claim/zenda-institute.locatedIn.gala-city',
    ]);
    expect(await verdict('Gloria Teasdale\'s institution, the Zenda Institute, is in Gala City.')).toBe('SUPPORTED');
  });

  it('refutes another city, one the graph names or a city name it does not know', async () => {
    expect(await verdict('Gloria Teasdale works for a centre in Sylvania Town.')).toBe('REFUTED');
    expect(await verdict('Gloria Teasdale works for the Zenda Institute in Timbuktu.')).toBe('REFUTED');
  });

  it('reads the person as the one author of the article a phrase describes', async () => {
    expect(await verdict('The author of the Fixture article is affiliated with a centre in Sylvania Town.')).toBe('REFUTED');
  });

  it('does not support an institution noun the institution does not bear, nor decide for a person with no institution', async () => {
    expect(await verdict('Gloria Teasdale works for a bank in Gala City.')).not.toBe('SUPPORTED');
    expect(await verdict('Rufus Firefly works for a centre in Sylvania Town.')).not.toBe('REFUTED');
  });
});

describe('an affiliation said as a noun or with "based at" (round 34, branch opinion34)', () => {
  it('reads "X\'s affiliation: Y" and "X is based at Y" as the person affiliated with Y', async () => {
    expect(await verdict('Gloria Teasdale\'s affiliation: Zenda Institute')).toBe('SUPPORTED');
    expect(await verdict('The Zenda Institute is Gloria Teasdale\'s affiliation.')).toBe('SUPPORTED');
    expect(await verdict('Gloria Teasdale is based at the Zenda Institute.')).toBe('SUPPORTED');
  });

  it('reads "based at an institution in a city" as the institution\'s seat', async () => {
    expect(await verdict('Gloria Teasdale is based at an institute in Gala City.')).toBe('SUPPORTED');
    expect(await verdict('Gloria Teasdale is based at a centre in Sylvania Town.')).toBe('REFUTED');
  });
});
