// Round 12 (branch users6, a trust fix found by the held-out set): a negative question ("Isn't X
// a member of Y?", "Isn't it true that P?") and a tag question ("P, isn't it?") were read with
// their "not" as a denial, so the checker refuted what the graph states and supported what it
// denies (src/check/negative-questions.ts). Each `it` that checks fails on the code before.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { negativeQuestion } from '../../src/check/negative-questions.js';

// the fixture graph states Freedonia a member of the League and denies it of Sylvania; the Acme
// Bank is led by Freedonia; here Rufus Firefly also visited Marsovia
const { check } = checkFixture(fixtureClaim({ id: 'rufus.visited.marsovia', s: 'cgr:rufus', p: 'cg:visited', o: 'cgr:marsovia', asserted: true }));

describe('negative questions ask the positive statement', () => {
  it('says the question without its "not"', () => {
    expect(negativeQuestion("Isn't Freedonia a member of the League?")).toMatchObject({ claim: 'Is Freedonia a member of the League?' });
    expect(negativeQuestion('So didn\u2019t Rufus visit Marsovia?')).toMatchObject({ claim: 'Did Rufus visit Marsovia?' });
    expect(negativeQuestion('Is it not the case that Sylvania joined the League?')).toMatchObject({ claim: 'Sylvania joined the League.' });
    // the uncontracted "not" after the subject is the statement's own; a statement is no question
    expect(negativeQuestion('Did Sylvania not join the League?')).toBeUndefined();
    expect(negativeQuestion("Sylvania isn't a member of the League.")).toBeUndefined();
  });
  it('supports what the graph states and refutes what it denies', async () => {
    expect((await check("Isn't Freedonia a member of the League?")).verdict).toBe('SUPPORTED');
    expect((await check("Isn't Sylvania a member of the League?")).verdict).toBe('REFUTED');
    expect((await check("Isn't it true that Freedonia is a member of the League?")).verdict).toBe('SUPPORTED');
    expect((await check('Is it not true that Sylvania is a member of the League?')).verdict).toBe('REFUTED');
    expect((await check("Didn't Rufus Firefly visit Marsovia?")).verdict).toBe('SUPPORTED');
  });
});

describe('a question tag denies nothing', () => {
  it('says the statement before the tag, with its own polarity', () => {
    expect(negativeQuestion("Freedonia leads the Acme Bank, doesn't it?")).toMatchObject({ claim: 'Freedonia leads the Acme Bank.' });
    expect(negativeQuestion('Sylvania did not join the League, did it?')).toMatchObject({ claim: 'Sylvania did not join the League.' });
    expect(negativeQuestion("rufus visited marsovia didn't he?")).toMatchObject({ claim: 'rufus visited marsovia.' });
    // a tag after a question asks no statement
    expect(negativeQuestion("Who joined the League, didn't they?")).toHaveProperty('unread');
  });
  it('decides the statement, not its denial', async () => {
    expect((await check("Freedonia leads the Acme Bank, doesn't it?")).verdict).toBe('SUPPORTED');
    expect((await check("Sylvania is a member of the League, isn't it?")).verdict).toBe('REFUTED');
    expect((await check("Freedonia is a member of the League, isn't it?")).verdict).toBe('SUPPORTED');
    expect((await check("sylvania joined the league, didn't it?")).verdict).toBe('REFUTED');
    await expect(check("Who joined the League, didn't they?")).rejects.toMatchObject({ code: 'CHECK_UNINTERPRETABLE' });
  });
});
