// A number with a fraction or said as "N-odd" / "N-some" read as the range it names (src/check/number-ranges.ts,
// round 40, fix32d, users32's F4 and F5): "7\u00bd million" was read as 7 million (refuted by 7.47),
// "3\u00bd weeks" as "weeks", "50-odd" as "about 50" and "fifty-some" as 50 (both refuted by 57).
// Corpus fixture: US$ 7.47 million in grants to Tajikistan, US$ 105 million (\u00a5 12.7 billion) to
// Uzbekistan, 57 prospective founding members of the AIIB, about 26 percent of its votes to China,
// the AIIB opened 22 days after its Articles entered into force, a visit of 22-28 October.
import { describe, expect, it } from 'vitest';
import { numberRange } from '../../src/check/number-ranges.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('numberRange', () => {
  it('reads a fraction as the range its step rounds to, at each bound', () => {
    expect(numberRange('Freedonia gave Sylvania US$ 7\u00bd million.')).toEqual({
      said: 'US$ 7\u00bd', range: '7.25 to 7.75',
      low: 'Freedonia gave Sylvania at least US$7.25 million.', high: 'Freedonia gave Sylvania at most US$7.75 million.',
    });
    expect(numberRange('The League opened 2 1/2 weeks after the treaty.')).toMatchObject({ range: '2.25 to 2.75', low: 'The League opened at least 2.25 weeks after the treaty.' });
    expect(numberRange('The canal costs \u00a512\u2154bn.')).toMatchObject({ range: '12.5 to 12.8333' });
    // three decimals would also read as a thousands separator: a fourth is added
    expect(numberRange('The canal costs \u00a512\u00be billion.')).toMatchObject({ range: '12.6250 to 12.8750' });
    // a bound of the claim's own takes the fraction's value
    expect(numberRange('Freedonia gave Sylvania about US$ 7\u00bd million.')).toMatchObject({ low: 'Freedonia gave Sylvania about US$7.5 million.' });
  });

  it('reads "N-odd" / "N-some" as more than N and less than the next round figure', () => {
    expect(numberRange('The League has 50-odd members.')).toEqual({
      said: '50-odd', range: 'more than 50 and less than 60', low: 'The League has more than 50 members.', high: 'The League has less than 60 members.',
    });
    expect(numberRange('Sylvania holds twenty-some percent of the votes.')).toMatchObject({ range: 'more than 20 and less than 30' });
    expect(numberRange('Freedonia gave Sylvania a hundred-odd million dollars.')).toMatchObject({ range: 'more than 100 and less than 200' });
    expect(numberRange('The canal is 25-odd km long.')).toMatchObject({ range: 'more than 25 and less than 30' });
  });

  it('leaves a denial and a fraction of a day unread, and other claims alone', () => {
    expect(numberRange('Freedonia did not give Sylvania US$ 7\u00bd million.')).toHaveProperty('unread');
    expect(numberRange('The League does not have 50-odd members.')).toHaveProperty('unread');
    expect(numberRange("Rufus's tour lasted 6\u00bd days.")).toHaveProperty('unread');
    expect(numberRange('Rufus went on a 2\u00bd-day tour.')).toHaveProperty('unread');
    expect(numberRange('Freedonia holds under 1/5 of the votes.')).toBeUndefined();
    expect(numberRange('The treaty was signed on 3/1/2016.')).toBeUndefined();
    expect(numberRange('The League has 57 members.')).toBeUndefined();
  });
});

describe('a range in a claim', () => {
  it('is decided by both bounds', async () => {
    expect(await verdict('Japan may give Tajikistan US$ 7\u00bd million in grants.')).toBe('SUPPORTED');
    expect(await verdict("Japan's Uzbek package is worth \u00a512\u2154 billion.")).toBe('SUPPORTED');
    expect(await verdict('Japan extended US$ 104\u00bd million in assistance to Uzbekistan.')).toBe('REFUTED');
    expect(await verdict('The AIIB opened 3\u00bd weeks after its Articles of Agreement entered into force.')).toBe('REFUTED');
    expect(await verdict('The AIIB opened 3 1/2 weeks after its Articles of Agreement entered into force.')).toBe('REFUTED');
    expect(await verdict("Abe's tour lasted 7\u00bd days.")).toBe('unread');
  });

  it('reads "N-odd" as above N and below the next round figure', async () => {
    expect(await verdict('The AIIB has 50-odd prospective founding members.')).toBe('SUPPORTED');
    expect(await verdict('The AIIB has fifty-some prospective founding members.')).toBe('SUPPORTED');
    expect(await verdict('The AIIB has 60-odd prospective founding members.')).toBe('REFUTED');
    expect(await verdict('The AIIB has forty-odd prospective founding members.')).toBe('REFUTED');
    expect(await verdict("China holds 20-odd percent of the AIIB's voting power.")).toBe('SUPPORTED');
  });
});
