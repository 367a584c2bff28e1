// Spans of time said in parts (src/check/span-parts.ts): "twenty years and one day after", "three
// weeks and one day after", "a month and a half after", "lasted five days and two more days".
// Round 14 found them read by one part: "three weeks and one day after" refuted as "one day after",
// "a month and a half after" supported as plain "after", "five days and two more days" refuted as
// "five days". Round 15 computes the whole span (src/check/span-whole.ts) and decides by it.
import { describe, expect, it } from 'vitest';
import { endsInSpanPart, spanInParts } from '../../src/check/span-parts.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
/** The verdict, or UNREAD when nothing reads the claim. */
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('spanInParts and endsInSpanPart', () => {
  it('find a span said in parts', () => {
    for (const t of ['left twenty years and one day after', 'three weeks, two days before', 'a month and a half after', 'lasted five days and two more days', '20 years, 1 day before', 'six days plus one day'])
      expect(spanInParts(t), t).toBe(true);
    expect(endsInSpanPart('Rufus left twenty years and')).toBe(true);
    expect(endsInSpanPart('Rufus left a month and a half')).toBe(true);
    expect(endsInSpanPart('Rufus left 20 years,')).toBe(true);
  });
  it('leave whole spans and other conjunctions alone', () => {
    for (const t of ['left three weeks after the summit', 'lasted a week and Gloria stayed', 'two days before the gala and three members'])
      expect(spanInParts(t), t).toBe(false);
    expect(endsInSpanPart('Rufus left')).toBe(false);
    expect(endsInSpanPart('The Acme Bank opened')).toBe(false);
  });
});

describe('a span in parts is read whole or not at all (corpus fixture)', () => {
  it('decides nothing by one of its parts (round 15: the whole span decides, src/check/span-whole.ts)', async () => {
    // each whole span differs from what its last part alone says
    expect(await verdict('The AIIB opened three weeks and one day after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened 3 weeks and 1 day after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened two weeks and eight days after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened a month and a half after its Articles of Agreement entered into force.')).toBe('REFUTED');
    expect(await verdict("The UN recognised Turkmenistan's neutrality twenty years and one day before the TAPI ceremony.")).toBe('SUPPORTED');
    expect(await verdict("The UN recognised Turkmenistan's neutrality 20 years, 1 day before the TAPI ceremony.")).toBe('SUPPORTED');
    for (const claim of [
      "Koizumi's visit came nine years and a half before Abe's.",
      "Abe's Central Asia trip lasted five days and two more days.",
    ]) expect(['NOT_ENOUGH_INFO', 'UNREAD'], claim).toContain(await verdict(claim));
  });
  it('still reads a span said whole', async () => {
    expect(await verdict('The AIIB opened three weeks after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened 22 days after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened five weeks after its Articles of Agreement entered into force.')).toBe('REFUTED');
    expect(await verdict('The AIIB opened after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
  });
});

describe('round 41 (precision41): a range of spans ("20 to 25 days after")', () => {
  it('is a side that ends in the low end of a range', () => {
    for (const t of ['Rufus left 20 to', 'Rufus left two to', 'Rufus left 20 or', 'Rufus left 20-25', 'Rufus left 20 \u2013 25'])
      expect(endsInSpanPart(t), t).toBe(true);
    // a year or a count that is no range's end is not
    for (const t of ['Rufus left Zenda in 2015', 'Rufus went to', 'Rufus left'])
      expect(endsInSpanPart(t), t).toBe(false);
  });

  it('is read whole or not at all: never by its last count', async () => {
    // the corpus: the bank opened 22 days after its Articles entered into force; before, "20 to
    // 25 days after" was read as "25 days after" (REFUTED) and "20-25 days after" as "some days after"
    expect(await verdict('The AIIB opened 20 to 25 days after its Articles of Agreement entered into force.')).not.toBe('REFUTED');
    expect(await verdict('The AIIB opened 20-25 days after its Articles of Agreement entered into force.')).not.toBe('REFUTED');
    expect(await verdict('The AIIB opened 20 or 25 days after its Articles of Agreement entered into force.')).not.toBe('REFUTED');
    // a single count still decides
    expect(await verdict('The AIIB opened 22 days after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened 30 days after its Articles of Agreement entered into force.')).toBe('REFUTED');
  });
});
