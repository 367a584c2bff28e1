// Refuters about who holds what (src/check/holder-refuters.ts): an office denied a part in an
// event the person took part in (absent-holder), and another grade of the same title
// (other-grade, cg:oneGradeAtATime on cg:jobTitle). Both only for a claim in the present tense.
import { describe, expect, it } from 'vitest';
import { checkFixture, officeHolder, fixtureClaim } from '../helpers/check-fixture.js';

const claim = (id: string, s: string, p: string, o: string): string =>
  fixtureClaim({ id, s, p, o, sentence: 's015', asserted: true });

const { check, ctx } = checkFixture(`
${claim('rufus.attended.gala', 'cgr:rufus', 'cg:attended', 'cgr:gala')}
${claim('teasdale.jobTitle.associate-fellow', 'cgr:teasdale', 'cg:jobTitle', '"Associate Fellow"')}
`);

describe('absent-holder: the office did not take part in an event the person did', () => {
  it('refutes "X is the office" in the present tense, and supports its denial, citing both claims', async () => {
    const r = await check('Rufus Firefly is the President of Sylvania.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('absent-holder');
    expect(r.explanation).toContain('Rufus Firefly attended Founders Gala');
    expect(r.evidence.map((e) => e.claim).sort()).toEqual([
      'https://w3id.org/claimgraph/claim/president-of-sylvania.attended.gala.neg',
      'https://w3id.org/claimgraph/claim/rufus.attended.gala',
    ]);
    expect((await check('Rufus Firefly is not the President of Sylvania.')).verdict).toBe('SUPPORTED');
  });

  it('says nothing of the past tense, of a person not at the event, or of another office', async () => {
    expect((await check('Rufus Firefly was the President of Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Gloria Teasdale is the President of Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Rufus Firefly is the President of Freedonia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('other-grade: one grade of a title at a time', () => {
  it('is ontology data on cg:jobTitle, not code', () => {
    expect([...ctx.axioms.oneGradeAtATime]).toEqual(['https://w3id.org/claimgraph/ontology#jobTitle']);
  });

  it('refutes another grade of the same title, supports the stated one', async () => {
    const r = await check("Gloria Teasdale's job title is Senior Fellow.");
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('other-grade');
    expect(r.explanation).toContain('Associate Fellow, not Senior Fellow');
    expect((await check("Gloria Teasdale's job title is Associate Fellow.")).verdict).toBe('SUPPORTED');
  });

  it('says nothing of a title with another head noun, or of the past tense', async () => {
    expect((await check("Gloria Teasdale's job title is Senior Analyst.")).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check("Gloria Teasdale's job title was Senior Fellow.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('the n-th holder of an office with one holder at a time (round 9)', () => {
  const numbered = checkFixture(officeHolder('rufus', 1));
  it('another person said to be its first holder is refuted, the denial supported', async () => {
    const r = await numbered.check('Gloria Teasdale was chosen as the first President of Sylvania.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('one holder in place 1');
    expect((await numbered.check('Gloria Teasdale was not the first President of Sylvania.')).verdict).toBe('SUPPORTED');
  });
  it('the holder in that place is supported; another place says nothing', async () => {
    expect((await numbered.check('Rufus Firefly was the first President of Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await numbered.check('Gloria Teasdale was the second President of Sylvania.')).verdict).not.toBe('REFUTED');
  });
  it('the first holder said to be the second is refuted (round 19: the lexicon reads "second"; the ordinal qualifier conflicts)', async () => {
    expect((await numbered.check('Rufus Firefly was elected the second President of Sylvania.')).verdict).toBe('REFUTED');
    expect((await numbered.check('Rufus Firefly became the second President of Sylvania.')).verdict).toBe('REFUTED');
  });
});
