// Round 41 (fix34b, users34's F8): "X still has to V" / "X has to V" on a deed the articles report
// done (src/check/obligation-frames.ts). The frame's words were dropped as light words and the bare
// deed read: "Abe still has to visit Kyrgyzstan" was SUPPORTED by the 2015 article's visit.
// "still has to V" in the present (the latest source's time, 2016-01-16) says the deed is not done:
// REFUTED; a bare duty ("has to", "needs to", "has got to", "must") is NOT_ENOUGH_INFO.
import { describe, expect, it } from 'vitest';
import { capObligation, obligationFrame } from '../../src/check/obligation-frames.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';
import type { CheckResult } from '../../src/check/types.js';

const { check } = await checkGraphDir(corpusFixture);
/** The verdict, or 'unread' for a claim no reader reads (also not decided). */
const verdictOf = (c: string) => check(c).then((r) => r.verdict, () => 'unread');

describe('obligation frames', () => {
  it('finds the frame and its kind', () => {
    expect(obligationFrame('Rufus still has to visit Freedonia.')).toMatchObject({ kind: 'pending', present: true });
    expect(obligationFrame('Rufus has still to visit Freedonia.')).toMatchObject({ kind: 'pending', present: true });
    expect(obligationFrame('Rufus still needs to visit Freedonia.')).toMatchObject({ kind: 'pending', present: true });
    expect(obligationFrame('Rufus must yet visit Freedonia.')).toMatchObject({ kind: 'pending', present: true });
    expect(obligationFrame('Rufus still had to visit Freedonia.')).toMatchObject({ kind: 'pending', present: false });
    for (const c of ['Rufus has to visit Freedonia.', 'Rufus needs to visit Freedonia.', 'Rufus has got to visit Freedonia.', 'Rufus must visit Freedonia.']) {
      expect(obligationFrame(c)?.kind, c).toBe('duty');
    }
    // a past "had to V" (a duty met), "has to do with", an epistemic "must have": no frame
    for (const c of ['Rufus had to visit Freedonia.', 'The loan has to do with roads.', 'Rufus must have visited Freedonia.', 'Rufus visited Freedonia.']) {
      expect(obligationFrame(c), c).toBeUndefined();
    }
  });

  it('"still has to V" on a deed done is REFUTED (was SUPPORTED)', async () => {
    for (const c of ['Abe still has to visit Kyrgyzstan.', 'Abe has still to visit Tajikistan.', 'Abe still needs to visit Turkmenistan.',
      "Xi Jinping still has to address the AIIB's opening ceremony."]) {
      const r = await check(c);
      expect(r.verdict, c).toBe('REFUTED');
      expect(r.evidence.some((e) => e.stance === 'refutes'), c).toBe(true);
      expect(r.explanation, c).toContain('not done yet');
    }
  });

  it('a bare duty is NOT_ENOUGH_INFO (was SUPPORTED)', async () => {
    for (const c of ['Abe has got to visit Kyrgyzstan.', 'Abe needs to visit Tajikistan.', "Xi Jinping has to address the AIIB's opening ceremony."]) {
      expect((await check(c)).verdict, c).toBe('NOT_ENOUGH_INFO');
    }
  });

  it('the deed said plainly, an undone expected deed and a compound are read as before or undecided', async () => {
    expect((await check('Abe visited Kyrgyzstan.')).verdict).toBe('SUPPORTED');
    expect(['NOT_ENOUGH_INFO', 'unread']).toContain(await verdictOf('The AIIB still has to approve its first loan to Kazakhstan.'));
    expect(['NOT_ENOUGH_INFO', 'unread']).toContain(await verdictOf('India and Pakistan still have to sign their memoranda of obligations.'));
    // a time of its own: the deed may be one still to come then
    expect(await verdictOf('Abe still has to visit Kyrgyzstan in 2017.')).not.toBe('SUPPORTED');
  });

  it('leaves a result whose source states the frame itself', () => {
    const r = { verdict: 'SUPPORTED', explanation: 'x', interpretation: { polarity: 'positive', modality: 'stated' },
      evidence: [{ text: 'Ruritania has to work tirelessly.', stance: 'supports' }] } as unknown as CheckResult;
    expect(capObligation('Ruritania has to work tirelessly.', r)).toBe(r);
    const bare = { ...r, evidence: [{ text: 'Ruritania worked tirelessly.', stance: 'supports' }] } as unknown as CheckResult;
    expect(capObligation('Ruritania has to work tirelessly.', bare).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
