// A time clause or a span side that runs on into a clause of its own (src/check/run-on.ts, round
// 30): "when it opened, and X was one" ends at the coordinator; the second clause is a part of the
// compound claim, checked by itself, no longer dropped unchecked (users23: a false SUPPORTED).
import { describe, expect, it } from 'vitest';
import { runOnCuts } from '../../src/check/run-on.js';
import { readTimeClause } from '../../src/check/time-clause.js';
import { checkFixture } from '../helpers/check-fixture.js';
import { DATED_CLAUSES } from '../helpers/dated-events.js';

// the fixture plus the Founders Gala held on 2015-12-13 and the Acme Development Bank opened on
// 2016-01-03; the fixture article (2015-01-01) denies that Sylvania is a member of the League
const { ctx, check } = checkFixture(DATED_CLAUSES);

const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('runOnCuts', () => {
  it('cuts at a coordinator between two clauses, not inside one with two subjects', () => {
    expect(runOnCuts(ctx, 'the bank opened, and Freedonia was one')).toEqual([{ head: 'the bank opened', tail: 'and Freedonia was one' }]);
    expect(runOnCuts(ctx, 'the bank opened and Sylvania joined it')).toEqual([{ head: 'the bank opened', tail: 'and Sylvania joined it' }]);
    expect(runOnCuts(ctx, 'the Founders Gala, but Sylvania was absent')).toHaveLength(1);
    expect(runOnCuts(ctx, 'Freedonia and Sylvania signed the pact')).toEqual([]);
    expect(runOnCuts(ctx, 'the gala in Freedonia and Sylvania')).toEqual([]);
  });
  it('takes its finite verbs and coordinators from the lexicon (round 31: no word list in src/)', () => {
    // "stayed" is a lexicon word (cg:finiteVerbWord); "whereas" a coordinator (cg:clauseCoordinator)
    expect(runOnCuts(ctx, 'the bank opened whereas Sylvania stayed out')).toHaveLength(1);
    // "lingers" is neither a lexicon finite verb nor a word in -ed: no second clause
    expect(runOnCuts(ctx, 'the bank opened and Sylvania lingers')).toEqual([]);
  });
});

describe('a time clause ends at a coordinated clause', () => {
  it('keeps the second clause as a part under the same time (it was read as words of the clause)', () => {
    const tc = readTimeClause(ctx, 'The Acme Development Bank was already led by Freedonia when the Founders Gala was held, and Sylvania was a member of the League.');
    expect(tc?.clause).toBe('when the Founders Gala was held');
    expect(tc?.rewritten).toBe('As of December 13, 2015, The Acme Development Bank was already led by Freedonia, and Sylvania was a member of the League.');
  });
  it('decides the claim by both parts: a refuted second part refutes it, the first alone is supported', async () => {
    expect(await verdict('Freedonia was already a member of the League when the Founders Gala was held, and Sylvania was a member of the League.')).toBe('REFUTED');
    expect(await verdict('Freedonia was already a member of the League when the Founders Gala was held, and Sylvania was one.')).not.toBe('SUPPORTED');
    expect(await verdict('Sylvania was already a member of the League when the Founders Gala was held.')).toBe('REFUTED');
  });
});

describe('a span side ends at a coordinated clause', () => {
  it('does not date "B and <clause>" by B alone (it was supported by the days of the two events)', async () => {
    expect(await verdict('The Acme Development Bank opened after the Founders Gala was held and Sylvania was a member of the League.')).not.toBe('SUPPORTED');
    expect(await verdict('The Acme Development Bank opened three weeks after the Founders Gala, and Sylvania was a member of the League.')).not.toBe('SUPPORTED');
    expect(await verdict('The Acme Development Bank opened three weeks after the Founders Gala.')).toBe('SUPPORTED');
  });
});
