// Round 41 (branch compound41): compound claims the splitter did not read. A numbered list said in
// one line (src/check/paste-shapes.ts numberedItems), an elliptic "so did D" after a list subject
// (src/check/clause-links.ts openingList), "..., and X is among them" (src/check/part-rewrites.ts
// amongThem, src/check/compound.ts), "It is not true that X. Y." (src/check/truth-comment.ts
// framedThenStated), "he was the first N to visit both" after a list (part-rewrites.ts
// listPronounRewrite, src/check/verdict.ts), "In reality, P" (lexicon cg:Stated) and a design said
// with a possessed noun (src/check/design-present.ts).
import { describe, expect, it } from 'vitest';
import { numberedItems } from '../../src/check/paste-shapes.js';
import { ellipsisCut, openingList } from '../../src/check/clause-links.js';
import { amongThem, listPronounRewrite } from '../../src/check/part-rewrites.js';
import { framedThenStated } from '../../src/check/truth-comment.js';
import type { Interpretation } from '../../src/check/types.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture();

describe('a numbered list said in one line', () => {
  it('is its items joined by semicolons, the marks dropped', () => {
    expect(numberedItems('1) Freedonia joined the League; 2) it leads the Acme Development Bank; 3) Sylvania stayed out.'))
      .toBe('Freedonia joined the League; it leads the Acme Development Bank; Sylvania stayed out.');
    expect(numberedItems('(1) Freedonia joined the League (2) Sylvania stayed out')).toBe('Freedonia joined the League; Sylvania stayed out');
    expect(numberedItems('1. Freedonia joined the League. 2. Sylvania stayed out.')).toBe('Freedonia joined the League; Sylvania stayed out.');
  });
  it('is no list unless it opens with 1 and the numbers run on by one', () => {
    expect(numberedItems('Freedonia joined the League; 2) Sylvania stayed out')).toBeUndefined();
    expect(numberedItems('1) Freedonia joined the League; 3) Sylvania stayed out')).toBeUndefined();
    expect(numberedItems('1) Freedonia joined the League')).toBeUndefined();
  });
  it('is read part by part by the compound rule', async () => {
    const r = await check('(1) Freedonia is a member of the League; (2) Sylvania is a member of the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.parts?.map((p) => p.verdict)).toEqual(['SUPPORTED', 'REFUTED']);
    expect((await check('(1) Freedonia is a member of the League; (2) it leads the Acme Development Bank.')).verdict).toBe('SUPPORTED');
  });
});

describe('an elliptic "so did D" after a list subject', () => {
  it('takes the whole list as the subject it replaces', () => {
    expect(openingList(ctx, 'Freedonia, Marsovia and Grand Fenwick signed the deal')).toEqual({ name: 'Freedonia, Marsovia and Grand Fenwick', rest: ' signed the deal' });
    expect(openingList(ctx, 'Freedonia signed the deal')).toBeUndefined();
    expect(ellipsisCut(ctx, 'Freedonia and Marsovia are members of the League; so is Sylvania'))
      .toEqual(['Freedonia and Marsovia are members of the League', 'Sylvania is members of the League']);
  });
  it('is decided by D\'s part (was unread: no predicate after the first name)', async () => {
    const r = await check('Freedonia and Marsovia are members of the League; so is Sylvania.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.parts?.[1]?.text).toBe('Sylvania is members of the League');
  });
});

describe('"..., and X is among them"', () => {
  const counted = { subject: { kind: 'count', n: 2, only: false, group: { kind: 'entity', iri: 'x:r', label: 'Ruritania' } }, object: { kind: 'entity', iri: 'x:l', label: 'League', mention: 'the League' } } as unknown as Interpretation;
  it('puts X in the slot of the first part\'s one plural', () => {
    const a = amongThem(ctx, 'Sylvania is among them', counted);
    expect(a?.slot).toBe('subject');
    expect(a?.member.label).toBe('Sylvania');
    expect(a?.group?.label).toBe('Ruritania');
    expect(amongThem(ctx, 'Sylvania is a member', counted)).toBeUndefined();
    // no plural, or two: which one "them" is is not told
    const none = { ...counted, subject: { kind: 'entity', iri: 'x:f', label: 'Freedonia', mention: 'Freedonia' } } as unknown as Interpretation;
    expect(amongThem(ctx, 'Sylvania is among them', none)).toBeUndefined();
  });
  it('is refuted by X\'s part, supported when X is one of the group and its part holds', async () => {
    // the fixture's Ruritania with a third state, Marsovia, in the League (Freedonia is, Sylvania is not)
    const { check: three } = checkFixture(`cgc:marsovia.partOf.zz a cg:Claim ; rdf:subject cgr:marsovia ; rdf:predicate cg:partOf ; rdf:object cgr:the-region ;
      cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct .
    cgr:marsovia cg:partOf cgr:the-region .
    cgc:marsovia.memberOf.zz a cg:Claim ; rdf:subject cgr:marsovia ; rdf:predicate cg:memberOf ; rdf:object cgr:league ;
      cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct .
    cgr:marsovia cg:memberOf cgr:league .`);
    expect((await three('Two Ruritanian states are members of the League.')).verdict).toBe('SUPPORTED');
    const no = await three('Two Ruritanian states are members of the League, and Sylvania is among them.');
    expect(no.verdict).toBe('REFUTED');
    const yes = await three('Two Ruritanian states are members of the League, and Freedonia is one of them.');
    expect(yes.verdict).toBe('SUPPORTED');
    expect(yes.parts?.map((p) => p.text)).toEqual(['Two Ruritanian states are members of the League', 'Freedonia is part of Ruritania', 'Freedonia is one of them']);
  });
});

describe('"It is not true that X. Y."', () => {
  it('is the denial and the plain sentence, each its own claim', () => {
    expect(framedThenStated(ctx, "It's not true that Sylvania is a member of the League. Freedonia is a member of the League."))
      .toEqual(["It's not true that Sylvania is a member of the League.", 'Freedonia is a member of the League.']);
    // a label may head a list; a comment after it, or a question, is another shape
    expect(framedThenStated(ctx, 'False: Sylvania is a member of the League. Freedonia is a member of the League.')).toBeUndefined();
    expect(framedThenStated(ctx, 'It is false that Sylvania is a member of the League. Freedonia is a member of the League?')).toBeUndefined();
    expect(framedThenStated(ctx, 'It is false that Sylvania is a member of the League; Marsovia is. Freedonia is a member of the League.')).toBeUndefined();
  });
  it('is decided by the compound rule (was unread)', async () => {
    expect((await check("It's not true that Sylvania is a member of the League. Freedonia is a member of the League.")).verdict).toBe('SUPPORTED');
    expect((await check("It's not true that Sylvania is a member of the League. Sylvania leads the Acme Development Bank.")).verdict).toBe('REFUTED');
    expect((await check("It's not true that Freedonia is a member of the League. Freedonia leads the Acme Development Bank.")).verdict).toBe('REFUTED');
  });
});

describe('"he was the first N to visit both" after a list', () => {
  const listed = { subject: { kind: 'entity', iri: 'x:t', label: 'Teasdale', mention: 'Teasdale' }, object: { kind: 'entities', items: [], mention: 'Sylvania and Marsovia' } } as unknown as Interpretation;
  it('keeps "both" before the list', () => {
    expect(listPronounRewrite('he was the first to visit both', listed)).toBe('he was the first to visit both Sylvania and Marsovia');
    expect(listPronounRewrite('he was the first to visit either', listed)).toBe('he was the first to visit Sylvania and Marsovia');
  });
  it('is refuted by one earlier holder who visited every member, not by one who visited one', async () => {
    const extra = `cgc:rufus.visited.marsovia.zz a cg:Claim ; rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:marsovia ;
      cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:year "2001"^^xsd:gYear .
    cgc:teasdale.visited.marsovia.zz a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:visited ; rdf:object cgr:marsovia ;
      cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:year "2010"^^xsd:gYear .`;
    const { check: withRufus } = checkFixture(extra);
    const r = await withRufus('Gloria Teasdale was the first Prime Minister of Freedonia to visit both Sylvania and Marsovia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('Rufus');
    const said = await withRufus('Gloria Teasdale visited Sylvania and Marsovia, and she was the first Prime Minister of Freedonia to visit both.');
    expect(said.verdict).toBe('REFUTED');
    // Rufus visited Sylvania only: the collective "first" stands open
    expect((await check('Gloria Teasdale was the first Prime Minister of Freedonia to visit both Sylvania and Grand Fenwick.')).verdict).not.toBe('REFUTED');
  });
});

describe('"In reality, P"', () => {
  it('states P', async () => {
    expect((await check('In reality, Sylvania is not a member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('In truth, Sylvania is a member of the League.')).verdict).toBe('REFUTED');
  });
});
