// Purposes said with a gerund (round 19, src/check/purpose-gerund.ts): "as a means of V-ing",
// "for V-ing X" after a deed, "is mainly for V-ing" after a package noun, said as the infinitive
// the purpose readers take and rechecked.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { gerundPurposeRewrite } from '../../src/check/purpose-gerund.js';

const claim = (id: string, s: string, p: string, o: string, modality: string, extra: string): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, modality, sentence: 's009', more: extra });
const { ctx, check } = checkFixture(`
cgr:canal-repair a cg:Purpose ; rdfs:label "canal repair" ; skos:altLabel "repairing canals", "repair canals" .
${claim('pkg.sylvania', 'freedonia', 'grantTo', 'sylvania', 'Pledged', 'cg:purpose cgr:canal-repair')}
`);

describe('a purpose said with a gerund', () => {
  it('is said with an infinitive: "in order to" after a deed, "meant to" after a copula', () => {
    expect(gerundPurposeRewrite(ctx, 'Freedonia pledged aid to Sylvania for repairing canals.')).toBe('Freedonia pledged aid to Sylvania in order to repair canals.');
    expect(gerundPurposeRewrite(ctx, 'Freedonia promotes exports to Sylvania as a means of helping its farms.')).toBe('Freedonia promotes exports to Sylvania in order to help its farms.');
    expect(gerundPurposeRewrite(ctx, "Freedonia's aid to Sylvania is mainly for building clinics.")).toBe("Freedonia's aid to Sylvania is mainly meant to build clinics.");
    // the base form from WordNet's lemmas: "secur|e|ing", "plan|n|ing"
    expect(gerundPurposeRewrite(ctx, 'Freedonia pledged aid to Sylvania for securing its ports.')).toBe('Freedonia pledged aid to Sylvania in order to secure its ports.');
    expect(gerundPurposeRewrite(ctx, 'Freedonia pledged aid to Sylvania for planning its ports.')).toBe('Freedonia pledged aid to Sylvania in order to plan its ports.');
  });

  it('leaves alone a gerund that names a thing, and a claim with no deed before it', () => {
    expect(gerundPurposeRewrite(ctx, 'Freedonia pledged aid to Sylvania for housing.')).toBeUndefined();
    expect(gerundPurposeRewrite(ctx, 'For building canals, Freedonia pledged aid.')).toBeUndefined();
  });

  it('decides the claim in those words: the purpose the graph gives, a rival one held undecided', async () => {
    expect((await check("Freedonia's aid to Sylvania is for repairing canals.")).verdict).toBe('SUPPORTED');
    const rival = await check("Freedonia's aid to Sylvania is mainly for building clinics.");
    expect(rival.verdict).toBe('NOT_ENOUGH_INFO');
    expect(rival.explanation).toMatch(/a purpose said with a gerund/);
  });
});
