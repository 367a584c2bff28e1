// Round 32 (precision32): a span's side with a deed of its own other than the one that dates the
// thing it names (src/check/spans.ts `otherDeed`, and the possessive rule beside it). On main
// 3e5f8e8 "Jin Liqun was elected as the AIIB's first president just over three weeks after ..."
// was SUPPORTED by the bank's opening day (pr32-50), as were "the bank approved its first loan ...",
// "China became the bank's largest shareholder ..." and "the pipeline was financed ... before ...".
// The corpus fixture is the built-in graph, as in span-clause-sides.test.ts.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('a side whose deed is not the dated one', () => {
  it('is not dated by the day of the thing it names', async () => {
    for (const t of [
      "Jin Liqun was elected as the AIIB's first president just over three weeks after the Articles of Agreement entered into force.",
      'The AIIB approved its first loan three weeks after its Articles of Agreement entered into force.',
      "The AIIB's first loan was approved three weeks after the Articles of Agreement entered into force.",
      "China became the AIIB's largest shareholder three weeks after the Articles of Agreement entered into force.",
      "The AIIB's capital was raised three weeks after the Articles of Agreement entered into force.",
      'The Central Asia-China gas pipeline was financed six years before the TAPI groundbreaking.',
    ]) expect(await verdict(t), t).not.toBe('SUPPORTED');
  }, 900_000);
  it('still dates the deed the graph dates, an event noun after the possessive, and deeds at an event', async () => {
    for (const t of [
      'The AIIB opened three weeks after the Articles of Agreement entered into force.',
      'The AIIB was launched three weeks after the Articles of Agreement entered into force.',
      "The AIIB's opening ceremony took place three weeks after its Articles of Agreement entered into force.",
      'The Central Asia-China gas pipeline began operating six years before the TAPI groundbreaking.',
    ]) expect(await verdict(t), t).toBe('SUPPORTED');
    expect(await verdict("Presidents of four Central Asian republics attended China's Victory Day Parade on September 3, 2015, which took place after Abe's tour.")).toBe('REFUTED');
  }, 900_000);
});
