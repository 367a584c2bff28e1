// Numbers, durations and time in the words users type (round 23, branch `numbers23`, issue 15):
// decimals said aloud ("twelve point seven"), "1.8 thousand", "m³" / "cu m", "N dollars' worth of",
// lengths of the clock ("spoke for twenty minutes", which a source's days never measure), what a
// trip cost (read, the graph silent), "half a year after", and pro-verbs ("after X did").
// Each end-to-end `it` fails on d6fcef5 (the claims were unread, or the clock refuted by a day).
import { describe, expect, it } from 'vitest';
import { spelledNumbers } from '../../src/check/notation.js';
import { shorthandRewrite } from '../../src/check/amount-notation.js';
import { clockText, parseDuration } from '../../src/check/values.js';
import { proVerbInFull } from '../../src/check/pro-verb.js';
import { tokenize } from '../../src/check/text.js';
import { fractionAsPercent } from '../../src/check/units.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const claim = (id: string, s: string, p: string, o: string, extra = '', modality = 'Stated'): string =>
  fixtureClaim({ id, s, p, o, modality, more: `${extra} cg:statedIn cga:fixture-article` });

// the fixture plus: Firefly spoke at the gala, a one-day event (2015-12-25 to 2015-12-25); a
// council held on 2015-06-25, half a year before the gala (held 2015-12-25); the bank counts 57
// prospective founding members
const { check, ctx } = checkFixture(`
${claim('rufus.spokeAt.gala', 'cgr:rufus', 'cg:spokeAt', 'cgr:gala', 'cg:startDate "2015-12-25"^^xsd:date ; cg:endDate "2015-12-25"^^xsd:date ;')}
cgr:rufus cg:spokeAt cgr:gala .
${claim('gala.heldOn', 'cgr:gala', 'cg:heldOn', '"2015-12-25"^^xsd:date')}
cgr:gala cg:heldOn "2015-12-25"^^xsd:date .
cgr:council a cg:Event ; rdfs:label "Fenwick Council" .
${claim('council.heldOn', 'cgr:council', 'cg:heldOn', '"2015-06-25"^^xsd:date')}
cgr:council cg:heldOn "2015-06-25"^^xsd:date .
${claim('acme-bank.founders', 'cgr:acme-bank', 'cg:prospectiveFoundingMemberCount', '"57"^^xsd:positiveInteger')}
cgr:acme-bank cg:prospectiveFoundingMemberCount "57"^^xsd:positiveInteger .
`);

describe('numbers in the notations users type', () => {
  it('writes a decimal said aloud as digits', () => {
    expect(spelledNumbers('Freedonia lent twelve point seven billion yen.')).toBe('Freedonia lent 12.7 billion yen.');
    expect(spelledNumbers('It cost one hundred and seven point nine five million dollars.')).toBe('It cost 107.95 million dollars.');
    // "point" after no number, or before no digit word: left as it is
    expect(spelledNumbers('The point is moot.')).toBeUndefined();
  });
  it('writes "N.N thousand", cubic metres and "dollars\' worth of" in the words the patterns read', () => {
    expect(shorthandRewrite('The canal will run approx. 1.8 thousand kilometres.')).toBe('The canal will run about 1,800 kilometres.');
    expect(shorthandRewrite('The canal carries 33 billion m³ a year.')).toBe('The canal carries 33 billion cubic metres a year.');
    expect(shorthandRewrite('The canal carries 33 bn cu m a year.')).toBe('The canal carries 33 billion cubic metres a year.');
    expect(shorthandRewrite("5 million dollars' worth of deals were signed by Freedonia with Sylvania.")).toBe('Deals worth 5 million dollars were signed by Freedonia with Sylvania.');
    // a thousand that is no whole number, and an "m" that is no unit: left
    expect(shorthandRewrite('The canal will run 1.00005 thousand kilometres.')).toBeUndefined();
    expect(shorthandRewrite('Freedonia met 3 m people.')).toBeUndefined();
  });
  it('decides them by the graph', async () => {
    expect((await check('Freedonia signed energy deals worth five point zero million dollars with Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia signed energy deals worth four point five million dollars with Sylvania.')).verdict).toBe('REFUTED');
    expect((await check("Five million dollars' worth of energy deals were signed by Freedonia with Sylvania.")).verdict).toBe('SUPPORTED');
    expect((await check("Nine million dollars' worth of energy deals were signed by Freedonia with Sylvania.")).verdict).toBe('REFUTED');
  });
});

describe('lengths of the clock', () => {
  it('reads hours and minutes as a duration of the clock', () => {
    const d = (s: string) => parseDuration(tokenize(s, ctx.morph));
    expect(d('twenty minutes')).toMatchObject({ kind: 'duration', clock: true });
    expect(d('about an hour')).toMatchObject({ kind: 'duration', bound: 'about', clock: true });
    const minutes = (s: string) => { const v = d(s); return v?.kind === 'duration' && v.clock ? Math.round(v.days * 1440) : undefined; };
    expect(minutes('half an hour')).toBe(30);
    expect(minutes('forty-five minutes')).toBe(45);
    expect(minutes('forty minutes')).toBe(40);
    expect(clockText(1 / 48)).toBe('30 minutes');
    expect(clockText(2 / 24)).toBe('2 hours');
    // days are no clock; half a day is no measure against whole days
    expect(d('three days')).not.toHaveProperty('clock');
    expect(d('half a day')).toBeUndefined();
  });
  it('reads how long a speech lasted and leaves it undecided, a one-day event being no measure', async () => {
    for (const text of ['Rufus Firefly spoke for twenty minutes at the Founders Gala.', 'Rufus Firefly gave a two-hour speech at the Founders Gala.',
      "Rufus Firefly's speech at the Founders Gala lasted half an hour."]) {
      const r = await check(text);
      expect(r.verdict, text).toBe('NOT_ENOUGH_INFO');
      expect(r.interpretation.predicate, text).toMatch(/spokeAt$/);
      expect(r.interpretation.qualifiers?.duration, text).toMatchObject({ kind: 'duration', clock: true });
    }
    // the speech itself still decides: a speaker the graph does not give is undecided, not refuted
    expect((await check('Gloria Teasdale spoke for an hour at the Founders Gala.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe("what a trip cost", () => {
  it('reads the visit with its cost as the amount, and the graph holds none', async () => {
    const r = await check("Rufus Firefly's trip to Sylvania cost $2 million.");
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.interpretation.predicate).toMatch(/visited$/);
    expect(r.interpretation.qualifiers?.amount).toBeDefined();
  });
});

describe('half a year, and pro-verbs', () => {
  it('reads "half a year after" as six months', async () => {
    expect((await check('The Founders Gala was held half a year after the Fenwick Council.')).verdict).toBe('SUPPORTED');
    expect((await check('The Founders Gala was held half a decade after the Fenwick Council.')).verdict).toBe('REFUTED');
  });
  it('says a pro-verb in full with the main clause\'s verb phrase', () => {
    expect(proVerbInFull(ctx, 'Gloria Teasdale visited Sylvania after Rufus Firefly did.')).toBe('Gloria Teasdale visited Sylvania after Rufus Firefly visited Sylvania.');
    expect(proVerbInFull(ctx, 'Gloria Teasdale had visited Sylvania before Rufus Firefly had.')).toBe('Gloria Teasdale had visited Sylvania before Rufus Firefly had visited Sylvania.');
    // a denial, a pro-verb that does not fit the verb phrase, a subject the graph does not know: none
    expect(proVerbInFull(ctx, 'Gloria Teasdale did not visit Sylvania after Rufus Firefly did.')).toBeUndefined();
    expect(proVerbInFull(ctx, 'Gloria Teasdale visited Sylvania after Rufus Firefly had.')).toBeUndefined();
    expect(proVerbInFull(ctx, 'Someone visited Sylvania after Rufus Firefly did.')).toBeUndefined();
  });
  it('decides the claim by the dates of both deeds', async () => {
    expect((await check('Gloria Teasdale visited Sylvania after Rufus Firefly did.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly visited Sylvania after Gloria Teasdale did.')).verdict).toBe('REFUTED');
  });
});

describe('ratios, denied comparatives and counts all told', () => {
  it('says a ratio as a percentage', () => {
    expect(fractionAsPercent("A's share of B's votes is greater than one in four.")).toBe("A's share of B's votes is greater than 25 percent.");
    expect(fractionAsPercent('A holds 1 out of 3 of the votes in B.')).toBe('A holds about 33.3 percent of the votes in B.');
    // a span of time is no ratio
    expect(fractionAsPercent('A opened one in ten years.')).toBeUndefined();
  });
  it('reads "no higher than" as at most and "no lower than" as at least', async () => {
    expect((await check('Freedonia signed energy deals worth no higher than $4 million with Sylvania.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia signed energy deals worth no lower than $4 million with Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia signed energy deals worth no higher than $5 million with Sylvania.')).verdict).toBe('SUPPORTED');
  });
  it('reads "N countries joined X as founding members" as the count the graph states', async () => {
    expect((await check('Twelve countries joined the Acme Development Bank as founding members.')).verdict).toBe('REFUTED');
    expect((await check('57 countries joined the Acme Development Bank as founding members.')).verdict).toBe('SUPPORTED');
    expect((await check('More than fifty nations are founding members of the Acme Development Bank.')).verdict).toBe('SUPPORTED');
  });
});
