// An office of a state the graph names no office of (src/check/state-office.ts, round 18): the
// person's current office of another state refutes it; an office of the same state does not.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('an office the graph names no entity of', () => {
  it('refutes it by the person\'s office of another state, citing that office', async () => {
    const r = await check('Abe is Uzbekistan\'s prime minister.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('one state at a time');
    expect(await verdict('Abe is the Uzbek prime minister.')).toBe('REFUTED');
    expect(await verdict('Nawaz Sharif is the prime minister of Afghanistan.')).toBe('REFUTED');
  });

  it('reads the title before a name ("Uzbekistan\'s PM Abe visited ..."), refuted by its office part', async () => {
    expect(await verdict('Uzbekistan\'s PM Abe visited Kyrgyzstan.')).toBe('REFUTED');
    expect(await verdict('Uzbek Prime Minister Abe visited Kyrgyzstan.')).toBe('REFUTED');
    expect(await verdict('Japanese Prime Minister Abe visited Kyrgyzstan.')).toBe('SUPPORTED');
  });

  it('refutes an office of the same state only for two roles the lexicon holds apart (president, vice president)', async () => {
    expect(await verdict('hamid ansari is the indian president')).toBe('REFUTED');
  });

  it('leaves an office of the same state, and a past tense, undecided', async () => {
    expect(await verdict('Nawaz Sharif is Pakistan\'s vice president.')).not.toBe('REFUTED');
    expect(await verdict('Abe was Uzbekistan\'s prime minister.')).not.toBe('REFUTED');
  });

  it('refutes a former office given another state than the one the source gives that role (round 20)', async () => {
    const r = await check('Jin Liqun had previously been Japan\'s vice-minister of finance.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('a former office');
    expect(await verdict('Jin Liqun was once India\'s vice-minister of finance.')).toBe('REFUTED');
    expect(await verdict('Jin Liqun is a former Japanese vice-minister of finance.')).toBe('REFUTED');
    expect(await verdict('Jin Liqun had previously been China\'s vice-minister of finance.')).toBe('SUPPORTED');
  });

  it('leaves a former office undecided when someone else is stated in the person\'s office of that role', async () => {
    expect(await verdict('Abe was formerly Uzbekistan\'s prime minister.')).not.toBe('REFUTED');
  });
});
