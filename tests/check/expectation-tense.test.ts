// Round 36 (precision36): an expectation said in the past tense (src/check/expectation-tense.ts).
// The 2015 seed says India and Pakistan "are also set to become a full-fledged member of the SCO
// by 2016"; the AIIB article of 2016-01-16 says "Full membership is not expected before 2017".
// "were set to" reports the 2015 expectation, which the later source does not refute (p35-152 was
// REFUTED by the latest source); "is set to" is the present's, which the latest source decides.
import { describe, expect, it } from 'vitest';
import { modalDeed, pastExpectation, presentProspect } from '../../src/check/expectation-tense.js';
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
    // round 41 (modal41): "will" and a bare modal on a deed are a prospect too; on a state they are not
    expect(presentProspect('Kazakhstan will join the AIIB.', q)).toBe(true);
    expect(presentProspect('Kazakhstan may be a founding member of the AIIB.', { modality: 'possible' } as Interpretation)).toBe(false);
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

  // round 41 (modal41, users33's F1 left; the lead's rule): "will", a bare "may / might / could / can" and
  // "Maybe: P" on a deed the source states done were SUPPORTED ("states it as a fact, which entails it")
  it('tells a modal on a deed from a modal on a state', () => {
    for (const c of ['Xi Jinping may address the opening ceremony.', 'Jin Liqun could be elected president.', 'Maybe: Xi Jinping addressed the opening ceremony.', 'The AIIB will open in Beijing.', 'Abe might well visit Turkmenistan.'])
      expect(modalDeed(c), c).toBe(true);
    for (const c of ['Turkmenistan may hold the largest reserves.', 'China could be the largest shareholder.', 'Kazakhstan may be a founding member.', 'Maybe: China is the largest shareholder.', 'Japan may not join the AIIB.', 'Kazakhstan joined the AIIB.'])
      expect(modalDeed(c), c).toBe(false);
  });

  it('a fact does not support "will" / a bare modal / "Maybe:" on its deed (was SUPPORTED)', async () => {
    for (const claim of ["Xi Jinping may address the AIIB's opening ceremony.", "Jin Liqun could be elected as the AIIB's first president.", "Maybe: Xi Jinping addressed the AIIB's opening ceremony.", 'Shinzo Abe might visit Turkmenistan.', 'Shinzo Abe will pledge to grant US$ 107.9 million in aid to Kyrgyzstan.']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
    }
    // a source of its own modality decides as before; a modal on a state is entailed by the fact
    for (const claim of ['Japan may provide US$ 7.47 million in grants to Tajikistan.', "Turkmenistan may hold the world's fourth largest reserves of natural gas.", 'China could be the largest shareholder of the AIIB.'])
      expect((await check(claim)).verdict, claim).toBe('SUPPORTED');
  });
});

// Round 41 (lead): "will" on a done deed is held (modal41), but a commitment (cg:commitment on
// cg:providedAssistanceTo) is an offer delivered later: the seed's "extended financial assistance of
// US$ 105 million (¥ 12.7 billion)" is what "will provide" says (fresh-08, fresh-55 of the older sets).
describe('a commitment is no deed overtaken', () => {
  it('"will provide" aid the source states as extended is decided by it; a visit is still held', async () => {
    expect((await check('Japan will provide Uzbekistan with 12.7 billion yen in financial assistance.')).verdict).toBe('SUPPORTED');
    expect((await check('Japan will provide Uzbekistan with US$ 200 million in financial assistance.')).verdict).toBe('REFUTED');
    expect((await check('Abe will visit Turkmenistan.')).verdict).toBe('NOT_ENOUGH_INFO');
    // the act of committing itself, done, is overtaken as any deed is (own modal41-012)
    expect((await check('Shinzo Abe may extend financial assistance of US$ 105 million to Uzbekistan.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// Round 41 (lead, users34's F3): "is going to" is a prospect as "is set to" is, and "is scheduled to
// pledge" says the pledge is still to come, which a pledge made has overtaken.
describe('more prospect frames', () => {
  it('"is going to V" and "is scheduled to pledge" on a done deed are held', async () => {
    expect((await check('Kazakhstan is going to join the AIIB.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Japan is scheduled to pledge 13 billion yen to Kyrgyzstan.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Kazakhstan joined the AIIB.')).verdict).toBe('SUPPORTED');
  });
});
