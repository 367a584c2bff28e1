// Relations named by a noun of the doer or of the undergoer (src/check/noun-frames.ts, round 14):
// "X was the host of Y" = X hosted Y, "Y was a guest of X" = X hosted Y, "X holds the presidency of
// Y" = X is the president of Y, with WordNet's agent nominals and the lexicon's cg:agentNoun,
// cg:patientNoun and cg:roleAlias.
import { describe, expect, it } from 'vitest';
import { nounFrameRewrites, officeNounRewrites } from '../../src/check/noun-frames.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: Rufus Firefly hosted the Founders Gala, which Gloria Teasdale attended (a host
// and a guest: src/check/host-guest.ts), and Freedonia signed a deal with Sylvania
const stated = (id: string, s: string, p: string, o: string, n: number): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, sentence: `s00${n}`, asserted: true });
const { ctx, check } = checkFixture(stated('rufus.hostOf.gala', 'rufus', 'hostOf', 'gala', 1)
  + stated('teasdale.attended.gala', 'teasdale', 'attended', 'gala', 3)
  + stated('freedonia.signedDealWith.sylvania', 'freedonia', 'signedDealWith', 'sylvania', 2));

describe('a noun of the doer after a copula', () => {
  it('is said again with its verb, with and without the preposition', () => {
    expect(nounFrameRewrites(ctx, 'Rufus Firefly was the host of Gloria Teasdale.').map((r) => r.claim))
      .toEqual(['Rufus Firefly hosted Gloria Teasdale.', 'Rufus Firefly hosted of Gloria Teasdale.']);
    // a noun of the lexicon (cg:agentNoun) where WordNet derives none
    expect(nounFrameRewrites(ctx, 'Freedonia is a signatory of deals with Sylvania.').map((r) => r.claim))
      .toContain('Freedonia signs deals with Sylvania.');
    // a word of possibility is read as "may"; the future keeps "will"
    expect(nounFrameRewrites(ctx, 'Sylvania is a possible recipient of grants from Freedonia.').map((r) => r.claim))
      .toContain('Sylvania may receive grants from Freedonia.');
    expect(nounFrameRewrites(ctx, 'Rufus Firefly will be the host of Gloria Teasdale.').map((r) => r.claim))
      .toContain('Rufus Firefly will host Gloria Teasdale.');
  });
  it('is not read after a denial, an adjective of its own, or an apposition', () => {
    expect(nounFrameRewrites(ctx, 'Rufus Firefly was not the host of Gloria Teasdale.')).toEqual([]);
    expect(nounFrameRewrites(ctx, 'Freedonia is the largest importer of gas from Sylvania.')).toEqual([]);
    expect(nounFrameRewrites(ctx, "Rufus Firefly, Freedonia's prime minister, was the host of Gloria Teasdale.")).toEqual([]);
  });
  it('after a possessor names the possessor as the object', () => {
    expect(nounFrameRewrites(ctx, "Rufus Firefly was Gloria Teasdale's host at the gala.").map((r) => r.claim))
      .toEqual(['Rufus Firefly hosted Gloria Teasdale at the gala.']);
  });
  it('is checked as the verb, the words read shown', async () => {
    const hosted = await check('Rufus Firefly was the host of Gloria Teasdale.');
    expect(hosted.verdict).toBe('SUPPORTED');
    expect(hosted.interpretation.notes?.join(' ')).toMatch(/a noun of the doer/);
    expect((await check('Freedonia was a signatory of deals with Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia was a signatory of deals with Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a noun of the undergoer', () => {
  it('names the doer after "of" or as a possessor', () => {
    expect(nounFrameRewrites(ctx, 'Gloria Teasdale was a guest of Rufus Firefly.').map((r) => r.claim))
      .toEqual(['Rufus Firefly hosted Gloria Teasdale.']);
    expect(nounFrameRewrites(ctx, "Gloria Teasdale was among Rufus Firefly's guests at the gala.").map((r) => r.claim))
      .toEqual(['Rufus Firefly hosted Gloria Teasdale at the gala.']);
    expect(nounFrameRewrites(ctx, 'Gloria Teasdale is one of the guests of Rufus Firefly.').map((r) => r.claim))
      .toEqual(['Rufus Firefly hosts Gloria Teasdale.']);
  });
  it('is checked with the doer as subject', async () => {
    expect((await check("Gloria Teasdale was among Rufus Firefly's guests.")).verdict).toBe('SUPPORTED');
    expect((await check('Gloria Teasdale was a guest of Rufus Firefly.')).verdict).toBe('SUPPORTED');
  });
  it('leaves an office in apposition to the undergoer, not to the doer of the reading', async () => {
    // "Y hosted X" names Y first: the office said of X is never checked as Y's
    const r = await check("Gloria Teasdale, Freedonia's prime minister, was among Rufus Firefly's guests.");
    expect(r.explanation).not.toMatch(/"Rufus Firefly (is|was) Freedonia's prime minister/);
  });
});

describe('an office held, named by its noun', () => {
  it('is said as the office with the copula of the verb\'s tense', () => {
    expect(officeNounRewrites(ctx, 'Rufus Firefly holds the premiership of Freedonia.').map((r) => r.claim))
      .toEqual(['Rufus Firefly is the prime minister of Freedonia.']);
    expect(officeNounRewrites(ctx, "Rufus Firefly held Freedonia's premiership.").map((r) => r.claim))
      .toEqual(["Rufus Firefly was Freedonia's prime minister."]);
    expect(officeNounRewrites(ctx, 'Rufus Firefly holds the Freedonia presidency.').map((r) => r.claim))
      .toEqual(['Rufus Firefly is the Freedonia president.']);
    // a verb of another kind, or a noun that names no office
    expect(officeNounRewrites(ctx, 'Rufus Firefly won the presidency of Freedonia.')).toEqual([]);
    expect(officeNounRewrites(ctx, 'Freedonia holds the largest stake in the League.')).toEqual([]);
  });
  it('is checked as the office', async () => {
    expect((await check('Rufus Firefly holds the premiership of Freedonia.')).verdict).toBe('SUPPORTED');
  });
});

describe('a possessive across a clause boundary (round 29)', () => {
  it('is no copula\'s noun: "A is X and B leads Y\'s rival" is not "A rivals X and B leads Y"', () => {
    const out = nounFrameRewrites(ctx, 'Freedonia is a member of the League and Sylvania leads the League\'s rival.').map((r) => r.claim);
    expect(out.some((c) => /\brivals\b/.test(c))).toBe(false);
    // near miss: a possessive right after the copula is still the noun's owner
    expect(nounFrameRewrites(ctx, 'Sylvania is Freedonia\'s rival.').map((r) => r.claim)).toContain('Sylvania rivals Freedonia.');
  });
});
