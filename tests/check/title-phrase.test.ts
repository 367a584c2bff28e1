// A copula and a noun phrase with a clause is no job title (src/check/compound.ts, round 23):
// "X was the first to visit four of the five Ys" was cut into "X's job title is first to visit
// four" and "X works at the five Ys".
import { describe, expect, it } from 'vitest';
import { clauseCuts, isTitlePhrase } from '../../src/check/compound.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture();

describe('a job title after a copula', () => {
  it('is a noun phrase naming an office', () => {
    expect(isTitlePhrase('Senior Fellow')).toBe(true);
    expect(isTitlePhrase('managing director')).toBe(true);
    expect(isTitlePhrase('first to visit four')).toBe(false);
    expect(isTitlePhrase('one representing Freedonia')).toBe(false);
    expect(isTitlePhrase('host who greeted Rufus and Gloria')).toBe(false);
    expect(isTitlePhrase('elected League president and previously studied')).toBe(false);
  });
  it('is cut as a title and an affiliation only then', () => {
    const said = (claim: string): string[] => clauseCuts(ctx, claim).flat();
    expect(said('Gloria Teasdale is an associate fellow at the League.')).toContain("Gloria Teasdale's job title is associate fellow");
    expect(said('Gloria Teasdale was the first to visit four of the League members.').some((p) => /job title/.test(p))).toBe(false);
    expect(said('Gloria Teasdale was the one representing Freedonia at the Founders Gala.').some((p) => /job title|works at/.test(p))).toBe(false);
  });
  it('leaves such a claim without a job-title reading', async () => {
    // unread (CHECK_UNINTERPRETABLE) rather than read as a title the graph lacks
    await expect(check('Gloria Teasdale was the first to visit four of the League members.')).rejects.toThrow(/could not read/);
  });
});
