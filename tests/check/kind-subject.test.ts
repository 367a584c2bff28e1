// A kind in the plural opening a claim ("Freedonian firms will ..."): its members are the graph's
// entities of the class located in the demonym's country (src/check/kind-subject.ts, a reader of
// src/check/readers.ts). Existential for a positive claim, universal for a denial.
import { describe, expect, it } from 'vitest';
import { readKindSubject } from '../../src/check/kind-subject.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const claim = (id: string, s: string, p: string, o: string, extra = ''): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, modality: extra ? null : 'Stated', sentence: 's009', more: extra });
const { check, ctx } = checkFixture(`
cgr:acme-works a cg:Company ; rdfs:label "Acme Works" .
cgr:sylvan-oil a cg:Company ; rdfs:label "Sylvan Oil" .
${claim('acme.locatedIn.freedonia', 'acme-works', 'locatedIn', 'freedonia')}
${claim('acme.involvedIn.canal', 'acme-works', 'involvedIn', 'canal', 'cg:modality cg:Expected ;')}
`);

describe('a kind named by a demonym and a plural class noun', () => {
  it('has the members the graph locates in the country', () => {
    expect(readKindSubject(ctx, 'Freedonian firms will build the canal pipeline.')?.members.map((m) => m.label)).toEqual(['Acme Works']);
    // no member located in Sylvania; a singular names one firm, not the kind
    expect(readKindSubject(ctx, 'Sylvanian firms will build the canal pipeline.')).toBeUndefined();
    expect(readKindSubject(ctx, 'Freedonian firm will build the canal pipeline.')).toBeUndefined();
  });

  it('is supported by one member, and a denial is refuted by one', async () => {
    const r = await check('Freedonian firms will take part in building the canal pipeline.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain('Acme Works');
    expect((await check('Freedonian companies will play no part in building the canal pipeline.')).verdict).toBe('REFUTED');
  });
});
