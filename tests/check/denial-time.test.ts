// How far a denial reaches in time (src/check/denial-time.ts): a denial said on its article's day
// decides no claim whose time runs past that day; round 30 adds "by <year>" (cg:byYear); round 37
// (deeds37) tells a denied deed (cg:deedDenial: "did not join", up to its day) from a denied state.
import { describe, expect, it } from 'vitest';
import { checkFixture, checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = checkFixture(`
cga:fixture-article schema:datePublished "2011-05-01"^^xsd:date .
cgc:sylvania.memberOf.league.neg cg:statedIn cga:fixture-article .
`);

describe('denial-time: a denial as of its day', () => {
  it('decides nothing "by" a year that ends after the denial\'s day (supported, or its opposite refuted, before)', async () => {
    for (const claim of ['Sylvania had not joined the League by 2013.', 'Sylvania had joined the League by 2013.', 'Sylvania had not joined the League by the end of 2011.']) {
      const verdict = await check(claim).then((r) => r.verdict, () => 'UNREAD');
      expect(['NOT_ENOUGH_INFO', 'UNREAD'], claim).toContain(verdict);
    }
  });

  // round 36 (fix29a; users29's F2): a denial of a state said as of its day says nothing of an
  // earlier time either (a state may have held and ended); these were SUPPORTED, their opposites REFUTED
  it('decides no time that ends before the day, in either direction', async () => {
    for (const claim of ['Sylvania had not joined the League by 2010.', 'Sylvania did not join the League in 2010.', 'Sylvania was a member of the League in 2010.',
      'In 2008, Sylvania was not a member of the League.', 'Sylvania was a member of the League in March 2011.']) {
      const verdict = await check(claim).then((r) => r.verdict, () => 'UNREAD');
      expect(['NOT_ENOUGH_INFO', 'UNREAD'], claim).toContain(verdict);
    }
  });

  it('still decides the source\'s own day and a claim with no time', async () => {
    expect((await check('Sylvania was not a member of the League on 1 May 2011.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania is not a member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania is a member of the League.')).verdict).toBe('REFUTED');
  });
});

// round 37 (deeds37): the same denial marked as a deed ("Sylvania did not join the League",
// cg:deedDenial) says the deed was done at no time up to its day
const deed = checkFixture(`
cga:fixture-article schema:datePublished "2011-05-01"^^xsd:date .
cgc:sylvania.memberOf.league.neg cg:statedIn cga:fixture-article ; cg:deedDenial true .
`);

describe('denial-time: a deed denied up to its day', () => {
  it('decides every time that ends by the day (NOT_ENOUGH_INFO for a denied state)', async () => {
    for (const [claim, verdict] of [['Sylvania had not joined the League by 2010.', 'SUPPORTED'], ['Sylvania did not join the League in 2010.', 'SUPPORTED'],
      ['In 2008, Sylvania was not a member of the League.', 'SUPPORTED'], ['Sylvania was a member of the League in 2010.', 'REFUTED'],
      ['Sylvania joined the League in 2009.', 'REFUTED'], ['Sylvania has never been a member of the League.', 'SUPPORTED']] as const) {
      expect((await deed.check(claim)).verdict, claim).toBe(verdict);
    }
  });

  // the claim's own time said as "as of T" (ctx.asOf, src/check/verdict.ts byTime): a later
  // source set aside, unless it denies a deed up to its day
  it('decides "as of" a time before the day (a denied state does not)', async () => {
    expect((await deed.check('As of 2009, Sylvania had not joined the League.')).verdict).toBe('SUPPORTED');
    expect((await deed.check('As of 2009, Sylvania was a member of the League.')).verdict).toBe('REFUTED');
    const state = await check('As of 2009, Sylvania had not joined the League.').then((r) => r.verdict, () => 'UNREAD');
    expect(['NOT_ENOUGH_INFO', 'UNREAD']).toContain(state);
  });

  it('still decides nothing of a time that runs past the day', async () => {
    for (const claim of ['Sylvania had not joined the League by 2013.', 'Sylvania had joined the League by 2013.', 'Sylvania joined the League in 2012.']) {
      const verdict = await deed.check(claim).then((r) => r.verdict, () => 'UNREAD');
      expect(['NOT_ENOUGH_INFO', 'UNREAD'], claim).toContain(verdict);
    }
  });

  it('is read from the graph: the corpus marks "did not join" and "stayed out" as deeds', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    expect((await check('Turkmenistan had not joined the AIIB by the end of 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('Japan joined the AIIB in 2014.')).verdict).toBe('REFUTED');
    // "is not a member of the SCO" stays a state at its day
    const state = await check('Turkmenistan was not an SCO member in 2012.').then((r) => r.verdict, () => 'UNREAD');
    expect(['NOT_ENOUGH_INFO', 'UNREAD']).toContain(state);
  });
});

describe('denial-time: "never"', () => {
  it('is not decided by a state denied at a source\'s day (it was SUPPORTED)', async () => {
    for (const claim of ['Sylvania has never been a member of the League.', 'Sylvania never joined the League.']) {
      const verdict = await check(claim).then((r) => r.verdict, () => 'UNREAD');
      expect(['NOT_ENOUGH_INFO', 'UNREAD'], claim).toContain(verdict);
    }
  });
});
