// Round 24 (branch compound24): a wh- question that names no candidate asserts nothing; the graph's
// answers are found and shown, the verdict always NOT_ENOUGH_INFO (src/check/wh-answer.ts).
import { describe, expect, it } from 'vitest';
import { WH_ANSWER_READERS } from '../../src/check/wh-answer.js';
import { mayRead } from '../../src/check/reader-kit.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture('');

describe('a wh- question without a candidate', () => {
  it('shows the answers the graph gives and decides nothing', async () => {
    const r = await check('Which country is a member of the League?');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('A question asserts nothing');
    expect(r.explanation).toMatch(/the graph answers: .*Freedonia/);
    expect(r.explanation).not.toMatch(/answers: [^(]*Sylvania/);
  });
  it('reads no question about an object, and none with a candidate', async () => {
    // unread: the reader does not take the League for the subject's place
    await expect(check('Which country does the League admit?')).rejects.toThrow(/could not read/);
    // a candidate after a dash is asked about (src/check/questions.ts): decided
    expect((await check('Which country is a member of the League -- Freedonia?')).verdict).toBe('SUPPORTED');
  });
  it('is gated on its wh-word', () => {
    expect(mayRead(WH_ANSWER_READERS[0]!, 'Freedonia is a member of the League.')).toBe(false);
    expect(mayRead(WH_ANSWER_READERS[0]!, 'Who leads the League?')).toBe(true);
  });
});
