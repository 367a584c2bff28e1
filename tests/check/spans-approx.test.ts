// An approximate count of units in a span (src/check/spans.ts, round 14): "roughly six weeks" is
// held within its tolerance, refuted beyond, and undecided between, never compared as exact; and
// the trip said as a clause ("after X wrapped up his tour"). On the corpus fixture graph.
import { describe, expect, it } from 'vitest';
import { approxTolerance, tripClauseRewrite } from '../../src/check/spans.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('approxTolerance', () => {
  it('holds within half a unit or 15%, refutes beyond half a unit or 25%', () => {
    expect(approxTolerance(6).within).toBeCloseTo(0.9);
    expect(approxTolerance(6).refutedBeyond).toBeCloseTo(1.5);
    expect(approxTolerance(1)).toEqual({ within: 0.5, refutedBeyond: 0.5 });
  });
});

describe('an approximate span, end to end', () => {
  it('does not refute "roughly six weeks" for seven weeks (was a false REFUTED), and shows the tolerance', async () => {
    const r = await check("Abe's Central Asia visit began roughly six weeks after China's Victory Day Parade.");
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('49 days (7 weeks)');
    expect(r.explanation).toContain('refuted beyond 1.5');
  });
  it('still supports a near count and refutes a far one', async () => {
    expect(await verdict("Abe's Central Asia visit began roughly seven weeks after China's Victory Day Parade.")).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened roughly six weeks after its Articles of Agreement came into force.')).toBe('REFUTED');
  });
});

describe('"nearly / almost N units" (round 32, lead): below the count and near it', () => {
  it('holds a span a little short of the count, not one at or above it', async () => {
    // 49 days: seven weeks exactly is not "nearly seven weeks"; a week short of eight is
    expect(await verdict("Abe's Central Asia visit began nearly eight weeks after China's Victory Day Parade.")).toBe('SUPPORTED');
    expect(await verdict("Abe's Central Asia visit began nearly seven weeks after China's Victory Day Parade.")).toBe('NOT_ENOUGH_INFO');
    // 22 days: "almost three weeks" was supported when "almost" was read as "about"
    expect(await verdict('The AIIB opened almost three weeks after its Articles of Agreement came into force.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('The AIIB opened almost a year after its Articles of Agreement came into force.')).toBe('REFUTED');
  });
});

describe('tripClauseRewrite', () => {
  it('says "X concluded his tour" as "X\'s tour ended"', () => {
    expect(tripClauseRewrite('Firefly concluded his Ruritania tour two weeks before the gala.')).toBe("Firefly's Ruritania tour ended two weeks before the gala.");
    expect(tripClauseRewrite('The gala came a week after Teasdale began her visit.')).toBe("The gala came a week after Teasdale's visit began.");
    expect(tripClauseRewrite('Firefly visited Sylvania.')).toBeUndefined();
  });
  it('reads the span end to end', async () => {
    expect(await verdict('The TAPI groundbreaking came roughly six weeks after Abe wrapped up his Central Asia visit.')).toBe('SUPPORTED');
  });
});

// Round 32 (precision32): "just over / just under N units" is the bound AND near the count, in this
// reader's own band (approxTolerance); on main 3e5f8e8 it was a plain bound, so "just over a year"
// held for twenty years (pr32-56..60)
describe('a close bound on a span', () => {
  it('holds near the count on its own side, and refutes far off or on the wrong side', async () => {
    expect(await verdict('The AIIB opened just over three weeks after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
    for (const t of [
      "Turkmenistan's neutrality was recognised just over a year before the TAPI ceremony.",
      'The AIIB opened just over two weeks after its Articles of Agreement entered into force.',
      'The AIIB opened just under two months after its Articles of Agreement entered into force.',
    ]) expect(await verdict(t), t).toBe('REFUTED');
    // 22 days against "just under three weeks": the count itself a day past, a writer's rounding
    expect(await verdict('The AIIB opened just under three weeks after its Articles of Agreement entered into force.')).toBe('NOT_ENOUGH_INFO');
    // a plain bound with a margin stays a plain bound
    expect(await verdict("Turkmenistan's neutrality was recognised more than 19 years before the TAPI ceremony.")).toBe('SUPPORTED');
  }, 300_000);
});

// Round 33 (lead): "well over / well under N units" asks a clear margin, as well-margin.ts does of
// an amount; read as the bare bound, "well over three weeks" was supported by 22 days (3.14 weeks)
describe('"well over / well under N units"', () => {
  it('holds past the margin, refutes on the wrong side, and leaves a span just past the count undecided', async () => {
    expect(await verdict('The AIIB opened well over two weeks after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened well over four weeks after its Articles of Agreement entered into force.')).toBe('REFUTED');
    expect(['NOT_ENOUGH_INFO', 'UNREAD']).toContain(await verdict('The AIIB opened well over three weeks after its Articles of Agreement entered into force.'));
    expect(await verdict('The AIIB opened well under five weeks after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
    expect(['NOT_ENOUGH_INFO', 'UNREAD']).toContain(await verdict('The AIIB opened well under 3.5 weeks after its Articles of Agreement entered into force.'));
  });
});

describe('round 35 (time35): "a mere N", "up and running", an age a day off, a count with a half', () => {
  it('reads "a mere N units" as the count itself', async () => {
    expect(await verdict("The Central Asia-China pipeline had been running for a mere four years when TAPI's ground was broken.")).toBe('REFUTED');
    expect(await verdict('The Central Asia-China pipeline had been running for a mere six years when TAPI broke ground.')).toBe('SUPPORTED');
  });
  it('reads "up and running" and "in use" as a state begun when the thing began operating', async () => {
    expect(await verdict('The Central Asia-China pipeline had been up and running for ten years when TAPI broke ground.')).toBe('REFUTED');
    expect(await verdict('The Central Asia-China pipeline had been in use for about six years when TAPI broke ground.')).toBe('SUPPORTED');
  });
  it('reads an age in years said a day off the event as the age then (was a false REFUTED)', async () => {
    expect(await verdict("Turkmen neutrality was 20 years old the day before TAPI's groundbreaking.")).toBe('SUPPORTED');
    expect(await verdict("Turkmen neutrality was 25 years old the day before TAPI's groundbreaking.")).toBe('REFUTED');
    expect(await verdict("Turkmen neutrality was 20 days old the day before TAPI's groundbreaking.")).toBe('UNREAD');
  });
  it('reads "six and a half weeks passed between" whole', async () => {
    expect(await verdict("Roughly six and a half weeks passed between the end of Abe's tour and the TAPI groundbreaking.")).toBe('SUPPORTED');
  });
});
