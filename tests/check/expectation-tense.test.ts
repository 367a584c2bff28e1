// Round 36 (precision36): an expectation said in the past tense (src/check/expectation-tense.ts).
// The 2015 seed says India and Pakistan "are also set to become a full-fledged member of the SCO
// by 2016"; the AIIB article of 2016-01-16 says "Full membership is not expected before 2017".
// "were set to" reports the 2015 expectation, which the later source does not refute (p35-152 was
// REFUTED by the latest source); "is set to" is the present's, which the latest source decides.
import { describe, expect, it } from 'vitest';
import { pastExpectation, presentProspect } from '../../src/check/expectation-tense.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';
import type { Interpretation } from '../../src/check/types.js';

const { check } = await checkGraphDir(corpusFixture);

describe('the tense of an expectation', () => {
  it('tells a past expectation from a present one', () => {
    const q = { modality: 'expected' } as Interpretation;
    expect(pastExpectation('India and Pakistan were set to become full members of the SCO by 2016.', q)).toBe(true);
    expect(pastExpectation('India had been expected to join by 2016.', q)).toBe(true);
    expect(pastExpectation('India is set to become a full member of the SCO by 2016.', q)).toBe(false);
    expect(pastExpectation('India was set to become a member.', { modality: 'stated' } as Interpretation)).toBe(false);
  });

  it('a past expectation is supported by the source of its time (was REFUTED by the later one)', async () => {
    for (const claim of ['India and Pakistan were set to become full members of the SCO by 2016.', 'India was expected to become a full member of the SCO by 2016.']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('SUPPORTED');
      expect(r.interpretation.expectationPast, claim).toBe(true);
    }
    // one subject: the explanation says why (a list's is the members' summary)
    expect((await check('India was expected to become a full member of the SCO by 2016.')).explanation).toContain('what was expected then');
  });

  it('a past denial is undecided: so at the later source\'s time, not at the earlier\'s (was SUPPORTED by the later denial)', async () => {
    expect((await check('India and Pakistan were not set to become full members of the SCO by 2016.')).verdict).toBe('NOT_ENOUGH_INFO');
    const r = await check('India was not expected to become a full member of the SCO by 2016.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('which time the claim reports is not known');
  });

  it('a past expectation only a later denial bears on is undecided (was REFUTED)', async () => {
    const r = await check('India was expected to become a full member of the SCO by 2014.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('what was expected then');
    // the present tense: the denial decides as before
    expect((await check('India is expected to become a full member of the SCO by 2014.')).verdict).toBe('REFUTED');
  });

  it('a present expectation, or one with a time of its own, is decided as before', async () => {
    expect((await check('India is expected to become a full member of the SCO by 2016.')).verdict).toBe('REFUTED');
    expect((await check('As of January 2016, India and Pakistan were expected to become full SCO members in 2016.')).verdict).toBe('REFUTED');
    expect((await check('India and Pakistan were set to become full members of the SCO by 2018.')).verdict).not.toBe('SUPPORTED');
  });

  // round 40 (fix33b, users33's F1): "is set to join" on a deed the source states done was SUPPORTED
  // ("states it as a fact, which entails it as an expectation")
  it('tells a present prospect from a future or a bare modal', () => {
    const q = { modality: 'expected' } as Interpretation;
    for (const c of ['Kazakhstan is set to join the AIIB.', 'Kazakhstan plans to join the AIIB.', "Kazakhstan's about to join the AIIB.", 'Kazakhstan is widely expected to join the AIIB.']) expect(presentProspect(c, q), c).toBe(true);
    expect(presentProspect('Kazakhstan may eventually join the AIIB.', { modality: 'possible' } as Interpretation)).toBe(true);
    expect(presentProspect('Kazakhstan will join the AIIB.', q)).toBe(false);
    expect(presentProspect('Kazakhstan was set to join the AIIB.', { modality: 'stated' } as Interpretation)).toBe(false);
  });

  it('a fact does not support a present prospect of the deed (was SUPPORTED)', async () => {
    for (const claim of ['Kazakhstan is set to join the AIIB.', 'Kazakhstan plans to join the AIIB.', 'Jin Liqun is slated to become the AIIB\'s first president.', 'Kazakhstan might still join the AIIB.']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
    }
    expect((await check('Kazakhstan is set to join the AIIB.')).explanation).toContain('prospect it has overtaken');
    // the fact itself as before
    expect((await check('Kazakhstan joined the AIIB.')).verdict).toBe('SUPPORTED');
  });

  it('holds a prospect a rewrite reads without its frame (was SUPPORTED)', async () => {
    expect((await check('Kazakhstan is poised to become an AIIB founding member.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
