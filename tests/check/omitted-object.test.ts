// A relation said without its object (src/check/omitted-object.ts): read with each object the
// graph's claims about the subject have; one supported reading supports, a denial is refuted by
// one, and nothing refutes a positive claim (the graph is not taken to know every object).
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { omittedObjects } from '../../src/check/omitted-object.js';

const { check, ctx } = checkFixture();

describe('an object that goes without saying', () => {
  it('is each object of the subject\'s claims, put before the first adjunct', () => {
    const claims = omittedObjects(ctx, 'Freedonia signed energy deals worth US$ 5 million in 2011.').map((c) => c.claim);
    expect(claims).toContain('Freedonia signed energy deals worth US$ 5 million with Sylvania in 2011');
  });

  it('supports a claim one object makes true, refutes a denial of it, never refutes a positive claim', async () => {
    const r = await check('Freedonia signed energy deals worth US$ 5 million.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain('Sylvania');
    expect((await check('Freedonia did not sign energy deals worth US$ 5 million.')).verdict).toBe('REFUTED');
    const other = await check('Freedonia signed energy deals worth US$ 9 million.').catch(() => undefined);
    expect(other?.verdict ?? 'NOT_ENOUGH_INFO').toBe('NOT_ENOUGH_INFO');
  });
});

// round 21: a subject the graph says much about has too many objects to try; those of the
// relations the claim's words name (two words of the relation's label) still go without saying
describe('an omitted object of a subject with many objects', () => {
  const orgs = [1, 2, 3, 4, 5, 6].map((n) => `cgr:org${n} a cg:Organisation ; rdfs:label "Council ${n}" .
${fixtureClaim({ id: `marsovia.memberOf.org${n}`, s: 'cgr:marsovia', p: 'cg:memberOf', o: `cgr:org${n}`, sentence: 's002', asserted: true })}`).join('\n');
  const many = checkFixture(`
cgr:marsovia a cg:Country ; rdfs:label "Marsovia" .
${orgs}
${fixtureClaim({ id: 'marsovia.memo.league', s: 'cgr:marsovia', p: 'cg:signedMemorandumOfObligations', o: 'cgr:league', sentence: 's002', modality: 'Expected' })}
`);
  it('is tried among the objects of the relations the claim names', () => {
    const claims = omittedObjects(many.ctx, 'Marsovia is expected to sign its memorandum of obligations at the summit.').map((c) => c.claim);
    expect(claims).toEqual(['Marsovia is expected to sign its memorandum of obligations with League of Nations States at the summit']);
  });
  it('is not tried when the claim names none of them (too many to guess among)', () => {
    expect(omittedObjects(many.ctx, 'Marsovia is expected to attend the summit.')).toEqual([]);
  });
  it('supports the claim end to end', async () => {
    expect((await many.check('Marsovia is expected to sign its memorandum of obligations.')).verdict).toBe('SUPPORTED');
  });
});

// round 23: the signer's memorandum said in the passive (lexicon patterns of
// cg:signedMemorandumOfObligations)
describe('a memorandum of obligations said in the passive', () => {
  const one = checkFixture(`
cgr:marsovia a cg:Country ; rdfs:label "Marsovia" .
${fixtureClaim({ id: 'marsovia.memo.league', s: 'cgr:marsovia', p: 'cg:signedMemorandumOfObligations', o: 'cgr:league', sentence: 's002', modality: 'Expected' })}
`);
  it('is the signer signing it', async () => {
    const r = await one.check("Marsovia's memorandum of obligations with the League is expected to be signed.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.pattern).toContain("{s} 's (memorandum|memoranda) of obligations");
  });
});

// round 36 (users29 probes, F6): "X is a student" says what X is; read as "a student with Y" (the
// object of an affiliation) the noun was dropped and the affiliation supported it
describe('a noun said of the subject', () => {
  const affiliated = checkFixture(`
cgr:acme-institute a cg:ResearchInstitute ; rdfs:label "Acme Institute" .
${fixtureClaim({ id: 'rufus.affiliatedWith.acme', s: 'cgr:rufus', p: 'cg:affiliatedWith', o: 'cgr:acme-institute', asserted: true })}
`);
  it('is not read with an object the claim leaves out', async () => {
    expect(omittedObjects(affiliated.ctx, 'Rufus Firefly is a student.')).toEqual([]);
    expect(omittedObjects(affiliated.ctx, 'Rufus Firefly was an analyst in Freedonia.')).toEqual([]);
    expect((await affiliated.check('Rufus Firefly is a researcher.').catch(() => undefined))?.verdict ?? 'NOT_ENOUGH_INFO').toBe('NOT_ENOUGH_INFO');
    expect((await affiliated.check('Rufus Firefly is a fellow at the Acme Institute.')).verdict).toBe('SUPPORTED');
  });
  it('takes a role noun of the patterns as written, not as its WordNet synonym (cg:exactPatternWord)', async () => {
    // WordNet lists "student" with "scholar", "chap" with "fellow": other roles
    expect((await affiliated.check('Rufus Firefly is a student at the Acme Institute.').catch(() => undefined))?.verdict ?? 'NOT_ENOUGH_INFO').toBe('NOT_ENOUGH_INFO');
    expect((await affiliated.check('Rufus Firefly is a chap at the Acme Institute.').catch(() => undefined))?.verdict ?? 'NOT_ENOUGH_INFO').toBe('NOT_ENOUGH_INFO');
    expect((await affiliated.check('Rufus Firefly is a scholar at the Acme Institute.')).verdict).toBe('SUPPORTED');
  });
});

// round 38 (speed38): the claims about a subject are read from the store once per store, not for
// every claim the reader sees; the candidates are the same as read from the store directly
describe('the claims about a subject, kept per store', () => {
  it('asks the store once for a subject whatever the texts, and finds the same objects', () => {
    const fresh = checkFixture();
    const asked: string[] = [];
    const store = fresh.ctx.store;
    const getSubjects = store.getSubjects.bind(store);
    store.getSubjects = ((p: unknown, o: unknown, g: unknown) => {
      if (typeof p === 'string' && p.endsWith('#subject') && typeof o === 'string') asked.push(o);
      return getSubjects(p as never, o as never, g as never);
    }) as typeof store.getSubjects;
    try {
      const first = omittedObjects(fresh.ctx, 'Freedonia signed energy deals worth US$ 5 million in 2011.').map((c) => c.claim);
      const second = omittedObjects(fresh.ctx, 'Freedonia signed energy deals worth US$ 5 million in 2012.').map((c) => c.claim);
      expect(first).toContain('Freedonia signed energy deals worth US$ 5 million with Sylvania in 2011');
      expect(second).toContain('Freedonia signed energy deals worth US$ 5 million with Sylvania in 2012');
      expect(asked.filter((s) => s.endsWith('/freedonia'))).toHaveLength(1);
    } finally {
      store.getSubjects = getSubjects;
    }
  });
});
