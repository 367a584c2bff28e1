// Weekdays of a trip's first or last day, and "fell on" (round 11, branch `spans`,
// src/check/weekday-frames.ts). Unread before: a trip is no thing the weekday reader dates.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('weekday frames, end to end', () => {
  it('reads the weekday of a trip\'s first or last day, both ways (a trip has one first day)', async () => {
    const r = await check("Abe's Central Asia trip began on a Thursday.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('2015-10-22 was a Thursday');
    expect((await check("Abe's Central Asia tour ended on a Wednesday.")).verdict).toBe('SUPPORTED');
    const wrong = await check("Abe's tour of Central Asia started on a Monday.");
    expect(wrong.verdict).toBe('REFUTED');
    expect(wrong.explanation).toContain('not a Monday');
  });
  it('reads "fell on" as "took place on", and no trip without "began" or "ended"', async () => {
    expect((await check("China's Victory Day Parade fell on a Thursday.")).verdict).toBe('SUPPORTED');
    expect((await check("China's Victory Day Parade fell on a Friday.")).verdict).toBe('REFUTED');
    expect(await check("Abe's Central Asia tour was on a Monday.").then((r) => r.verdict, () => 'UNREAD')).toBe('UNREAD');
  });
});
