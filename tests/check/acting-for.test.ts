// The leaders of named states as those states (src/check/acting-for.ts, round 17).
import { describe, expect, it } from 'vitest';
import { actingFor } from '../../src/check/acting-for.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

describe('leaders acting for named states', () => {
  it('says the states for their leaders, as subject or after "by"', () => {
    expect(actingFor('The leaders of Freedonia and Sylvania signed the treaty.')).toBe('Freedonia and Sylvania signed the treaty.');
    expect(actingFor('Representatives of Freedonia, Sylvania and Marsovia signed the treaty.')).toBe('Freedonia, Sylvania and Marsovia signed the treaty.');
    expect(actingFor('The treaty was signed by the leaders of Freedonia and Sylvania.')).toBe('The treaty was signed by Freedonia and Sylvania.');
  });
  it('leaves one leader, a count and other nouns alone', () => {
    expect(actingFor('The leader of Freedonia signed the treaty.')).toBeUndefined();
    expect(actingFor('Leaders of four countries signed the treaty.')).toBeUndefined();
    expect(actingFor('The citizens of Freedonia and Sylvania signed the treaty.')).toBeUndefined();
  });
  // round 37 (users30 F12): a named office says who acted; the source may name another office
  it('keeps a named office: the presidents, the heads of state', () => {
    expect(actingFor('Presidents of Freedonia, Sylvania and Marsovia signed the treaty.')).toBeUndefined();
    expect(actingFor('The treaty was signed by the presidents of Freedonia and Sylvania.')).toBeUndefined();
    expect(actingFor('The heads of state of Freedonia and Sylvania signed the treaty.')).toBeUndefined();
  });
  it('does not decide an office\'s deed or membership by its states\'', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    // Pakistan sent its prime minister, India its vice president
    for (const claim of [
      'The presidents of Pakistan and India launched TAPI.',
      'The heads of state of Pakistan and India launched TAPI.',
      'Presidents of four nations launched TAPI.',
      'The presidents of the four countries launched TAPI\'s construction.',
      // a person is no member state, and the second name is the office's, not a clause's subject
      'The presidents of Kazakhstan and Uzbekistan joined the AIIB.',
      'The presidents of Kazakhstan and Turkmenistan joined the AIIB.',
    ]) {
      // unread (an error) or not decided: never the states' verdict
      const verdict = await check(claim).then((r) => r.verdict, () => 'unread');
      expect(['NOT_ENOUGH_INFO', 'unread'], claim).toContain(verdict);
    }
  });
  it('decides as the states\' deed', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    expect((await check('The leaders of Turkmenistan, Afghanistan, Pakistan and India started construction of the TAPI pipeline.')).verdict).toBe('SUPPORTED');
  });
});
