// Round 12 (issue 15): clauses linked by ellipsis, concession, "X, not Y" and a trailing "whose";
// questions with a partitive "which of" or "how much / many / long"; "is to V", "is due to V".
import { describe, expect, it } from 'vitest';
import { appositionStatement, concessiveRewrites, dashPairRewrite, ellipsisCut, mainPredicate, notInsteadCut, possessiveFor, thingNamesIn } from '../../src/check/clause-links.js';
import { expectationRewrites } from '../../src/check/expectation-frames.js';
import { howStatements, whCandidateStatements } from '../../src/check/questions.js';
import { checkFixture, fixtureClaim, officeHolder } from '../helpers/check-fixture.js';

const { check, ctx } = checkFixture([
  fixtureClaim({ id: 'canal.lengthKm.120', s: 'cgr:canal', p: 'cg:lengthKm', o: '"120"^^xsd:decimal', modality: 'Expected' }),
  officeHolder('teasdale', 1),
].join('\n'));

describe('an elided verb phrase takes the first clause whole', () => {
  it('"A V O, as did B" and "..., and so did B": B does the same', async () => {
    expect((await check('Rufus visited Sylvania, as did Teasdale.')).verdict).toBe('SUPPORTED');
    const r = await check('Freedonia is a member of the League, as is Sylvania.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.parts?.map((p) => p.text)).toContain('Sylvania is a member of the League');
  });

  it('"so did B" after a verb that denies keeps the denial (was read as an affirmation: a false SUPPORTED)', async () => {
    const r = await check('Sylvania stayed out of the League, and so did Freedonia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.parts?.[1]?.text).toBe('Freedonia stayed out of the League');
  });

  it('"..., and neither did B" repeats the denial, only after a clause that says "not"', async () => {
    expect((await check('Sylvania is not a member of the League, and neither is Freedonia.')).verdict).toBe('REFUTED');
    const r = await check('Sylvania did not join the League, nor did Freedonia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.parts?.[1]?.text).toBe('Freedonia did not join the League');
  });

  it('"A V O, and B too": B in the place of the one it is like (the denial kept: was a false SUPPORTED)', async () => {
    expect((await check('Teasdale visited Sylvania, and Grand Fenwick too.')).verdict).toBe('SUPPORTED');
    const r = await check('Sylvania is not a member of the League, and Freedonia too.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.parts?.[1]?.text).toBe('Freedonia is not a member of the League');
  });
});

describe('a concessive clause first, "X, not Y", a trailing "whose"', () => {
  it('"Although A, B" asserts both', async () => {
    expect(concessiveRewrites('While in Sylvania, Rufus signed deals')).toEqual([]);
    expect((await check('Although Sylvania is not a member of the League, Freedonia is.')).verdict).toBe('SUPPORTED');
    expect((await check('While Freedonia leads Acme Bank, it is not a member of the League.')).verdict).toBe('REFUTED');
  });

  it('"X, not Y, V O": X does and Y does not', async () => {
    expect((await check('Freedonia, not Sylvania, is a member of the League.')).verdict).toBe('SUPPORTED');
    const r = await check('Sylvania, not Freedonia, is a member of the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.parts?.map((p) => p.text)).toEqual(['Sylvania is a member of the League', 'Freedonia is not a member of the League']);
  });

  it('"A V B, whose N is Y": B\'s N is Y, checked too', async () => {
    expect((await check('Rufus visited Sylvania, whose president is Teasdale.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus visited Sylvania, whose president is Rufus.')).verdict).not.toBe('SUPPORTED');
  });
});

describe('appositions and "its" inside the first clause', () => {
  it('"X, once N, ..." says X was formerly N', () => {
    expect(appositionStatement('Rufus Firefly', "once Freedonia's prime minister")).toBe("Rufus Firefly was formerly Freedonia's prime minister");
    expect(appositionStatement('Rufus Firefly', "Freedonia's prime minister")).toBe("Rufus Firefly is Freedonia's prime minister");
  });

  it('"its" may be a thing named inside the first clause, not only its subject or object', () => {
    expect(thingNamesIn(ctx, "Teasdale became Sylvania's first president")).toEqual(['Sylvania']);
    expect(thingNamesIn(ctx, 'Rufus visited Sylvania')).toEqual(['Sylvania']);
    expect(possessiveFor('Freedonia is its rival', 'Sylvania')).toBe("Freedonia is Sylvania's rival");
    expect(possessiveFor('its rival is its neighbour', 'Sylvania')).toBeUndefined();
  });
});

describe('questions: "which of the G", "how much / many / long"', () => {
  it('a partitive "which of the G" before the verb', async () => {
    expect(whCandidateStatements('Which of the two states is a member of the League — Freedonia?')[0]).toBe('Freedonia is a member of the League');
    expect((await check('Which of the two states is a member of the League — Sylvania?')).verdict).toBe('REFUTED');
  });

  it('"How long will X run? D": the candidate as the length', async () => {
    expect(howStatements('much', 'will the canal cost', 'US$ 5 billion')).toEqual(['the canal will cost US$ 5 billion']);
    expect(howStatements('many', 'members does the League count', '12')).toEqual(['the League count 12 members']);
    expect(howStatements('long', 'will the canal pipeline run', 'Zenda')).toEqual([]);
    expect((await check('How long will the canal pipeline run? 120 kilometres.')).verdict).toBe('SUPPORTED');
    expect((await check('How long will the canal pipeline run — 300 km?')).verdict).toBe('REFUTED');
  });
});

describe('expectation frames', () => {
  it('"X is to V" is "X will V"; "is due to V" is "is expected to V"', async () => {
    expect(expectationRewrites(ctx, 'The canal is to the north of Zenda.')).toEqual([]);
    expect(expectationRewrites(ctx, 'Sylvania is due to join the League.')).toEqual(['Sylvania is expected to join the League']);
    // a passive of the owner's deed: the owner as its doer
    expect(expectationRewrites(ctx, 'The charters of Sylvania and Freedonia are expected to be signed at the gala.')).toEqual(['Sylvania and Freedonia are expected to sign their charters at the gala']);
    expect((await check('The canal pipeline is to run 120 kilometres.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline is to run 300 kilometres.')).verdict).toBe('REFUTED');
  });
});

describe('"X\'s N, not Y\'s, V O" (round 18)', () => {
  it('gives the possessive without its noun the first one\'s noun', () => {
    expect(notInsteadCut(ctx, "Freedonia's president, not Sylvania's, attended the Founders Gala."))
      .toEqual(["Freedonia's president attended the Founders Gala", "Sylvania's president did not attended the Founders Gala"]);
    expect(notInsteadCut(ctx, 'Rufus Firefly, not Gloria Teasdale, leads Freedonia')).toEqual(['Rufus Firefly leads Freedonia', 'Gloria Teasdale does not leads Freedonia']);
  });
});

describe('an aside between dashes (round 24)', () => {
  it('is read as the same aside between commas; a hyphen in a name or a range is no dash', () => {
    expect(dashPairRewrite('The canal - which opened in 1999 - crosses Zenda')).toBe('The canal, which opened in 1999, crosses Zenda');
    expect(dashPairRewrite('The canal \u2014 a Freedonian project \u2014 crosses Zenda')).toBe('The canal, a Freedonian project, crosses Zenda');
    expect(dashPairRewrite('The canal -- a Freedonian project -- crosses Zenda')).toBe('The canal, a Freedonian project, crosses Zenda');
    expect(dashPairRewrite('The Zenda-Strelsau canal crosses Zenda')).toBeUndefined();
    expect(dashPairRewrite('The gala ran 22\u201328 May - a week')).toBeUndefined();
  });
  it('cuts the aside into a statement of its own, checked with the rest', async () => {
    const supported = await check('Freedonia - a member of the League - is part of Ruritania');
    expect(supported.verdict).toBe('SUPPORTED');
    expect(supported.parts?.length).toBe(2);
    // the aside's year is not the canal's one start
    expect((await check('The canal pipeline - which began operating in 2005 - is part of Ruritania')).verdict).toBe('REFUTED');
    expect((await check('Sylvania - a member of the League - is part of Ruritania')).verdict).toBe('REFUTED');
  });
});

// round 33 (fix26a, users26): "A, which leads the Pact, stayed out of the League, as did B" copied
// the relative clause to B ("B leads the Pact": refuted by the Pact's one leader); B repeats only
// the main predicate
describe('an elided verb phrase after a relative clause or apposition on the opening name', () => {
  it('mainPredicate drops the parenthesis, and holds when it could end at more than one comma', () => {
    expect(mainPredicate(', which leads the Acme Bank, lies in Ruritania')).toBe(' lies in Ruritania');
    expect(mainPredicate(' lies in Ruritania, which is large')).toBe(' lies in Ruritania, which is large');
    expect(mainPredicate(', who left on May 5, 2001, visited Sylvania')).toBeUndefined();
  });

  it('B takes the main predicate only, both ways', async () => {
    const r = await check('Freedonia, which leads the Acme Bank, lies in Ruritania, as does Sylvania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.parts?.map((p) => p.text)).not.toContain('Sylvania leads the Acme Bank');
    const n = await check('Freedonia, which leads the Acme Bank, is a member of the League, and so is Sylvania.');
    expect(n.verdict).toBe('REFUTED');
    expect(n.parts?.map((p) => p.text)).toContain('Sylvania is a member of the League');
    expect((await check('Freedonia, which leads the Acme Bank, lies in Ruritania, and Sylvania does too.')).verdict).toBe('SUPPORTED');
  });
});

// round 39 (tidy39): readEllipsis asks each shape's fixed words before its lazy splits (a speed
// gate); the gate must let through every spelling the shapes read: capitals, "nor", "hasn't", "as well"
describe('the ellipsis shapes behind their word gates', () => {
  it('reads every spelling of both shapes as before', () => {
    expect(ellipsisCut(ctx, 'Freedonia joined the League, As did Sylvania')).toEqual(['Freedonia joined the League', 'Sylvania joined the League']);
    expect(ellipsisCut(ctx, 'Freedonia did not join the League; nor did Sylvania')).toEqual(['Freedonia did not join the League', 'Sylvania did not join the League']);
    expect(ellipsisCut(ctx, 'Freedonia joined the League and Sylvania did AS WELL')).toEqual(['Freedonia joined the League', 'Sylvania joined the League']);
    expect(ellipsisCut(ctx, "Freedonia has not joined the League and Sylvania hasn't either")).toEqual(['Freedonia has not joined the League', 'Sylvania has not joined the League']);
    expect(ellipsisCut(ctx, 'Freedonia joined the League as well')).toBeUndefined();
  });
});

// round 40 (precision40's traps): "Leading the Pact, A stayed out of the League, as did B" said as
// "A led the Pact, and A stayed out of the League, as did B": the ellipsis copied the whole first
// clause with B for its first name ("B led the Pact, and A stayed out ...") and refuted the claim
describe('an elided verb phrase after two clauses', () => {
  it('resumes the clause it closes', () => {
    expect(ellipsisCut(ctx, 'Freedonia led the League, and Freedonia stayed out of the Pact, as did Sylvania'))
      .toEqual(['Freedonia led the League, and Freedonia stayed out of the Pact', 'Sylvania stayed out of the Pact']);
    expect(ellipsisCut(ctx, 'Rufus Firefly visited Sylvania; Freedonia joined the League, as did Marsovia'))
      .toEqual(['Rufus Firefly visited Sylvania; Freedonia joined the League', 'Marsovia joined the League']);
  });
  it('takes a list\'s last member for no clause', () => {
    expect(ellipsisCut(ctx, 'Freedonia joined the League, the Pact, and the Union, as did Sylvania'))
      .toEqual(['Freedonia joined the League, the Pact, and the Union', 'Sylvania joined the League, the Pact, and the Union']);
  });
});
