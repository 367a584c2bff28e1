// A speaker's hedge said as certainty (src/check/hedge-certainty.ts, round 18): in an attribution
// only, "would certainly" against a source's "could" refutes; the other direction does not.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a hedge said as certainty', () => {
  it('refutes a certainty word against the source\'s possibility, citing the reporting sentence', async () => {
    const r = await check('Analysts in Almaty said the AIIB would certainly finance power lines in Central Asia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.evidence.map((e) => e.text).join(' ')).toContain('could finance');
  });

  it('supports the hedge as said, and leaves a claim without a certainty word undecided', async () => {
    expect(await verdict('Analysts in Almaty said the AIIB could finance roads in Central Asia.')).toBe('SUPPORTED');
    expect(await verdict('Analysts in Almaty said the AIIB would finance roads in Central Asia.')).not.toBe('REFUTED');
  });

  it('never refutes a certainty word the source bears out, nor a world claim', async () => {
    expect(await verdict('Marat K. said the AIIB would definitely approve its first loan to Kazakhstan before the end of 2016.')).not.toBe('REFUTED');
    expect(await verdict('The AIIB will certainly finance roads in Central Asia.')).not.toBe('REFUTED');
  });
});
