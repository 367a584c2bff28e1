import { describe, expect, it } from 'vitest';
import { suggestArticle, type ProposedClaim } from '../../src/suggest/index.js';
import { suggestProject } from '../helpers/suggest-fixture.js';

// The fixture article state-acts (tests/fixtures/suggest/graph/articles/state-acts): a president
// named with his title, the acts he performs for his state, a pronoun far from its person, a
// description with a name-adjective, and phrasings of the lexicon.
describe('who acts for whom, and what a qualifier implies (state-acts)', () => {
  const report = suggestArticle(suggestProject(), 'state-acts', { dryRun: true });
  const find = (f: (c: ProposedClaim) => boolean): ProposedClaim[] => report.claims.filter(f);

  it('reads "the last <office> to visit X was Y" as Y visiting X, the last holder of the office to do so', () => {
    const [c] = find((x) => x.subject === 'otto-kringelein' && x.predicate === 'visited');
    expect(c).toMatchObject({ object: 'marsovia', polarity: 'positive', modality: 'stated', qualifiers: { lastInOffice: 'president-of-freedonia', year: '2009' } });
  });
  it('reads the office a first- or last-in-office qualifier names as held by the subject (cg:subjectRelation)', () => {
    const [c] = find((x) => x.subject === 'otto-kringelein' && x.predicate === 'holdsOffice');
    expect(c).toMatchObject({ object: 'president-of-freedonia', polarity: 'positive', modality: 'stated' });
    expect(c!.why).toContain('cg:lastInOffice cg:subjectRelation cg:holdsOffice');
  });
  it('reads a grant a president pledged as his state\'s, with him as the acting person (cg:actedThrough, cg:actsFor)', () => {
    const [c] = find((x) => x.predicate === 'grantTo' && x.object === 'sylvania');
    expect(c).toMatchObject({ subject: 'freedonia', modality: 'pledged', qualifiers: { actingPerson: 'rufus-firefly', amounts: [{ value: '5000000', currency: 'USD' }] } });
    expect(c!.why).toContain('rufus-firefly acts for freedonia');
    // his office comes from the article's own title before his name, so the proposal is less sure than the reading
    expect(c!.confidence).toBeLessThan(0.75);
    expect(find((x) => x.subject === 'rufus-firefly' && x.predicate === 'grantTo')).toEqual([]);
  });
  it('keeps a person\'s act as the person\'s when no office of theirs is known', () => {
    expect(find((x) => x.predicate === 'grantTo' && x.object === 'marsovia')).toMatchObject([{ subject: 'ambrose-chapel', modality: 'pledged' }]);
  });
  it('reads "He" as the person of the nearest sentence that named one, sentences back', () => {
    const [c] = find((x) => x.predicate === 'financialAssistanceTo' && x.object === 'grand-fenwick');
    expect(c).toMatchObject({ subject: 'freedonia', qualifiers: { actingPerson: 'rufus-firefly' } });
    expect(c!.quote).toMatch(/^He also extended financial assistance/);
    expect(c!.why).toContain('"He" read as rufus-firefly, the one person of the nearest sentence that named a person (3 back)');
  });
  it('reads no "He" when the nearest sentence that named a person named two', () => {
    expect(find((x) => x.predicate === 'visited' && x.object === 'sylvania')).toEqual([]);
  });
  it('reads "these countries" as every member of the group the article named last, less sure', () => {
    const [c] = find((x) => x.predicate === 'dependsOn' && x.object === 'acme-bank');
    expect(c).toMatchObject({ subject: { group: 'ruritania' }, polarity: 'positive' });
    expect(c!.why).toContain('"these countries" read as every member of ruritania');
    expect(c!.confidence).toBeLessThan(0.75);
  });
  it('reads no group for "these banks" when the group\'s members are no banks', () => {
    expect(find((x) => x.predicate === 'dependsOn' && x.object === 'sylvania')).toEqual([]);
  });
  it('reads "the Ruritanian country" as the member of Ruritania named before it', () => {
    const [c] = find((x) => x.predicate === 'helpTo');
    expect(c).toMatchObject({ subject: 'freedonia', object: 'marsovia', modality: 'pledged', qualifiers: { actingPerson: 'rufus-firefly' } });
    expect(c!.why).toContain('a member of ruritania');
  });
});

describe('lexicon phrasings (state-acts)', () => {
  const report = suggestArticle(suggestProject(), 'state-acts', { dryRun: true });
  const one = (predicate: string): ProposedClaim[] => report.claims.filter((c) => c.predicate === predicate);
  it('"rivalry between A and B" without "there", and no pair read across a second "and" ("A and B and now C")', () => {
    expect(one('rivalOf')).toMatchObject([{ subject: 'freedonia', object: 'sylvania', polarity: 'positive', modality: 'stated' }]);
    expect(one('rivalOf')).toHaveLength(1);
  });
  it('"X\'s <event> held on <day>": the possessor organised it', () => {
    expect(one('organisedBy')).toMatchObject([{ subject: 'founders-gala', object: 'sylvania' }]);
  });
  it('"has acquired the place of one of the largest trading partners of Y"', () => {
    expect(one('tradingPartnerOf')).toMatchObject([{ subject: 'marsovia', object: 'sylvania', qualifiers: { oneOfLargest: 'true' } }]);
  });
});
