// Round 27 (branch frames27): frames around an inner clause the frame readers did not reach:
// "To S, P", "as S tells it, P", "S's prediction: P", "a reader going by N", verbs of belief and
// forecast (lexicon cg:reportingVerb), the year's end said by a clause ("before 2016 ends").
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';
import { toSource } from '../../src/check/attribution.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = (claim: string): Promise<string> => check(claim).then((r) => r.verdict, () => 'UNREAD');

describe('"To S, P" (toSource)', () => {
  it('makes an opening "to S," a frame, and leaves "to" elsewhere alone', () => {
    expect(toSource('To the commenter on the Freedonia piece, Sylvania would gain')).toBe('according to the commenter on the Freedonia piece, Sylvania would gain');
    expect(toSource('Sylvania sold gas to Freedonia, its neighbour')).toBe('Sylvania sold gas to Freedonia, its neighbour');
    expect(toSource('To Freedonia Sylvania sold gas')).toBe('To Freedonia Sylvania sold gas');
    // "to S's mind" is a frame of its own
    expect(toSource('To Ann Author\'s mind, Sylvania would gain')).toBe('To Ann Author\'s mind, Sylvania would gain');
  });

  it('checks P against the source\'s words only', async () => {
    expect(await verdict('To Marat K., the AIIB will lend to Kazakhstan.')).toBe('SUPPORTED');
  });
});

describe('nominal and prepositional frames', () => {
  it('reads "S\'s prediction: P" and "S\'s take is that P"', async () => {
    expect(await verdict('Marat K.\'s prediction: the AIIB will lend to Kazakhstan.')).toBe('SUPPORTED');
    expect(await verdict('Marat K.\'s forecast is that the AIIB will lend to Kazakhstan.')).toBe('SUPPORTED');
  });

  it('reads a reader named by several words before the name', async () => {
    expect(await verdict('A reader going by Dilnoza R. wrote that Tashkent would host the SCO summit this summer.')).toBe('SUPPORTED');
    expect(await verdict('A reader going by Marat K. wrote that Tashkent would host the SCO summit this summer.')).toBe('REFUTED');
  });

  it('reads verbs of forecast and feeling as reporting verbs', async () => {
    expect(await verdict('Marat K. foresees that the AIIB will lend to Kazakhstan.')).toBe('SUPPORTED');
    expect(await verdict('Marat K. feels that the AIIB will lend to Kazakhstan.')).toBe('SUPPORTED');
  });
});

describe('the year\'s end said by a clause (lexicon cg:byYear)', () => {
  it('reads "before 2016 ends / is out / was over" as "before the end of 2016"', async () => {
    expect(await verdict('Marat K. expects Kazakhstan to receive the AIIB\'s first loan before 2016 ends.')).toBe('SUPPORTED');
    expect(await verdict('Marat K. predicted Kazakhstan would get the AIIB\'s first loan before 2016 was over.')).toBe('SUPPORTED');
    expect(await verdict('Marat K. is confident the AIIB\'s debut loan will go to Kazakhstan before 2016 is out.')).toBe('SUPPORTED');
  });
});
