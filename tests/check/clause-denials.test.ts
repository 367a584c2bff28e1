// Denials and "in <name>" across two clauses (src/check/parser.ts applyMarkers, placeWithoutRank):
// users18 (round 25) found "X didn't join Y, isn't in Z" read as one positive statement (the two
// denials cancelled) and "X stayed out of Y, is in Z" read with "in Z" as a rank scope and the
// second clause dropped: a false REFUTED and a false SUPPORTED.
import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../../src/errors.js';
import { readRefutedPart } from '../../src/check/compound.js';
import { applyMarkers, parseClaim } from '../../src/check/parser.js';
import { dropIgnorable, tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia is a member of the League, Sylvania is not; the Acme Bank is a bank
const { ctx, check } = checkFixture();

const codeOf = (text: string): string | undefined => {
  try {
    parseClaim(ctx, text);
    return undefined;
  } catch (err) {
    if (err instanceof ClaimgraphError) return err.code;
    throw err;
  }
};

describe('two denials', () => {
  it('cancel within one clause', () => {
    const text = 'It is false that Sylvania did not join the League';
    expect(applyMarkers(ctx, dropIgnorable(tokenize(text, ctx.morph), ctx.morph), text)).toMatchObject({ polarity: 'positive' });
    expect(applyMarkers(ctx, dropIgnorable(tokenize(text, ctx.morph), ctx.morph), text).acrossClauses).toBeUndefined();
    expect(parseClaim(ctx, text).readings[0]!.interpretation.polarity).toBe('positive');
  });
  it.each(['Sylvania did not join the League, is not in the Acme Bank', 'Sylvania is not in the Acme Bank; never joined the League',
    'Sylvania did not join the League and is not in the Acme Bank'])('in two clauses give no one reading: %s', (text) => {
    expect(applyMarkers(ctx, dropIgnorable(tokenize(text, ctx.morph), ctx.morph), text).acrossClauses).toBe(true);
    expect(codeOf(text)).toBe('CHECK_UNINTERPRETABLE');
  });
  it('never refute a claim whose clauses the graph supports', async () => {
    expect((await check('Sylvania did not join the League, is not in the Acme Bank')).verdict).not.toBe('REFUTED');
  });
});

describe('"in <name>" on a reading with no rank', () => {
  it('is no rank scope when the name is no place: the reading is none', () => {
    expect(codeOf('Sylvania did not join the League, is in the Acme Bank')).toBe('CHECK_UNINTERPRETABLE');
  });
  it('is the event it happened at when the name is an event', () => {
    const q = parseClaim(ctx, 'Sylvania did not join the League in the Founders Gala').readings[0]!.interpretation.qualifiers;
    expect(q.event).toMatchObject({ kind: 'entity', iri: 'https://w3id.org/claimgraph/resource/gala' });
    expect(q.rankScope).toBeUndefined();
  });
  it('is never supported by the first clause alone', async () => {
    expect((await check('Sylvania did not join the League, is in the Acme Bank')).verdict).not.toBe('SUPPORTED');
  });
});

// round 26 (counts26 found it): "The gap between A's capital and B's cost is $90 billion" was cut
// at the "and" of "between A and B" and refuted by "B's cost is $90 billion" (src/check/compound.ts
// BETWEEN_OPEN)
describe('"between A and B"', () => {
  const gap = "The gap between Marsovia's exports and Freedonia's energy deals with Sylvania is worth US$ 9 million";
  it('is no cut of two clauses', () => {
    expect(readRefutedPart(ctx, gap)).toBeUndefined();
  });
  it('never refutes by its second term read as a statement', async () => {
    await expect(check(gap)).rejects.toMatchObject({ code: 'CHECK_UNINTERPRETABLE' });
  });
});
