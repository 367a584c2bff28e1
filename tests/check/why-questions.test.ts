// A why-question's premise (src/check/why-questions.ts, round 35, scope35): "Why did X V ...?"
// presupposes that X V-ed. Refuted when the premise is (a false presupposition), undecided when it
// holds (the reason is not decided); both were unread before ("could not read 'Why join'").
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { whyPremise } from '../../src/check/why-questions.js';

const { check } = checkFixture();

describe('whyPremise', () => {
  it('asks the yes/no question the why-question presupposes', () => {
    expect(whyPremise('Why did Freedonia join the League?')).toBe('Did Freedonia join the League?');
    expect(whyPremise('why was Rufus elected?')).toBe('Was Rufus elected?');
    expect(whyPremise('Why didn\'t Freedonia join the League?')).toBeUndefined();
    expect(whyPremise('Freedonia joined the League.')).toBeUndefined();
  });
});

describe('a why-question answered by its premise', () => {
  it('refutes a false premise and leaves a true one undecided', async () => {
    const no = await check('Why did Sylvania join the League?');
    expect(no.verdict).toBe('REFUTED');
    expect(no.explanation).toContain('presupposes');
    const yes = await check('Why did Freedonia join the League?');
    expect(yes.verdict).toBe('NOT_ENOUGH_INFO');
    expect(yes.explanation).toContain('which holds');
  });
});
