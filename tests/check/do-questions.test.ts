// A do-support question said as its statement (src/check/do-questions.ts, round 26): "Did A
// precede B?" was unread or undecided while "A preceded B" was decided, since the readers of
// spans, order and idioms test the verb in its tense and never saw the question.
import { describe, expect, it } from 'vitest';
import { doQuestionStatements } from '../../src/check/do-questions.js';
import { checkFixture, checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx } = checkFixture();
const { check } = await checkGraphDir(corpusFixture);

describe('do-support questions as statements', () => {
  it('carries the tense of "did" / "does" onto the verb after the subject', () => {
    expect(doQuestionStatements(ctx, 'Did the Zenda gala precede the parade?')).toEqual(['the Zenda gala preceded the parade']);
    expect(doQuestionStatements(ctx, 'Does Freedonia lead the League?')).toEqual(['Freedonia leads the League']);
    expect(doQuestionStatements(ctx, 'Did Rufus Firefly go to Sylvania?')).toEqual(['Rufus Firefly went to Sylvania']);
    expect(doQuestionStatements(ctx, 'Did Freedonia keep out of the League?')).toEqual(['Freedonia kept out of the League']);
  });
  it('keeps an adverb before the verb and drops an opener or a label', () => {
    expect(doQuestionStatements(ctx, 'So did Freedonia also join the League?')).toEqual(['Freedonia also joined the League']);
    expect(doQuestionStatements(ctx, 'Yes or no: did the League open in Zenda?')).toEqual(['the League opened in Zenda']);
  });
  it('takes no noun of the subject for the verb ("the Zenda gala summit ...")', () => {
    expect(doQuestionStatements(ctx, 'Did the Zenda gas pipeline start operating in 2009?')).toEqual(['the Zenda gas pipeline started operating in 2009']);
    expect(doQuestionStatements(ctx, "Did Rufus's tour take place after the gala?")).toEqual(["Rufus's tour took place after the gala"]);
  });
  it('gives nothing for a denial, a statement or a wh- question', () => {
    expect(doQuestionStatements(ctx, 'Did Freedonia not join the League?')).toEqual([]);
    expect(doQuestionStatements(ctx, 'Freedonia did join the League.')).toEqual([]);
    expect(doQuestionStatements(ctx, 'When did Freedonia join the League?')).toEqual([]);
  });
});

describe('a do-support question reaches the readers of order in time', () => {
  it('decides "Did A precede / follow B?" as the statement does', async () => {
    const yes = await check("Did the TAPI groundbreaking precede the AIIB's opening?");
    expect(yes.verdict).toBe('SUPPORTED');
    expect(yes.explanation).toContain("the TAPI groundbreaking preceded the AIIB's opening");
    expect((await check('Did the AIIB open before the TAPI groundbreaking?')).verdict).toBe('REFUTED');
    expect((await check("Did Abe's tour take place after the Victory Day Parade?")).verdict).toBe('SUPPORTED');
  });
  it('leaves a question the graph cannot order undecided or unread', async () => {
    const r = await check('Did Abe visit Kyrgyzstan before Tajikistan?').catch(() => undefined);
    expect(r?.verdict ?? 'NOT_ENOUGH_INFO').toBe('NOT_ENOUGH_INFO');
  });
});
