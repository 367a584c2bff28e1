// A duration restated in brackets or between dashes (src/check/restated-duration.ts, round 39,
// fix31c, users31's F17): "a week (seven days)" was read as two parts of one span (14 days,
// refuted), and "three weeks (30 days) after" lost both figures to the order ("after", supported).
// Corpus fixture: the 2015 seed's week-long visit (22-28 October); the AIIB opened 22 days after
// its Articles entered into force.
import { describe, expect, it } from 'vitest';
import { restatedDuration } from '../../src/check/restated-duration.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx, check } = await checkGraphDir(corpusFixture);

async function verdict(claim: string): Promise<string> {
  return check(claim).then((r) => r.verdict, (err: { code?: string }) => (err.code === 'CHECK_UNINTERPRETABLE' ? 'UNREAD' : Promise.reject(err)));
}

describe('restatedDuration', () => {
  it('reads a restatement that agrees as the one duration', () => {
    expect(restatedDuration(ctx, "Rufus's tour lasted a week (seven days).")).toMatchObject({ claim: "Rufus's tour lasted a week.", said: 'a week', again: 'seven days' });
    expect(restatedDuration(ctx, 'The League opened three weeks [21 days] after the treaty.')).toMatchObject({ claim: 'The League opened three weeks after the treaty.' });
    expect(restatedDuration(ctx, 'The League opened three weeks \u2014 i.e. 21 days \u2014 after the treaty.')).toMatchObject({ claim: 'The League opened three weeks after the treaty.' });
  });

  it('leaves a restatement naming another span unread', () => {
    expect(restatedDuration(ctx, 'The League opened three weeks (30 days) after the treaty.')).toHaveProperty('unread');
    expect(restatedDuration(ctx, "Rufus's tour lasted a week (two weeks!).")).toHaveProperty('unread');
  });

  it('leaves other asides alone', () => {
    expect(restatedDuration(ctx, "Rufus's tour lasted a week (October 22-28, 2015).")).toBeUndefined();
    expect(restatedDuration(ctx, 'The League (a body of seven states) met for a week.')).toBeUndefined();
    expect(restatedDuration(ctx, "Rufus's tour lasted a week.")).toBeUndefined();
  });
});

describe('a restated duration in a claim', () => {
  it('is decided as the one duration when the two agree', async () => {
    for (const claim of ["Abe's tour lasted a week (seven days).", "Abe's tour lasted a week [seven days].", "Abe's tour lasted a week \u2014 seven days \u2014."]) {
      expect(await verdict(claim), claim).toBe('SUPPORTED');
    }
  });

  it('is never decided by the order alone when the two differ', async () => {
    for (const claim of ['The AIIB opened three weeks (30 days) after its Articles entered into force.', "Abe's tour lasted a week (two weeks)."]) {
      expect(['UNREAD', 'NOT_ENOUGH_INFO'], claim).toContain(await verdict(claim));
    }
  });
});
