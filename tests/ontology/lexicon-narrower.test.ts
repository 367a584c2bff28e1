// Round 35 (fix28b): lexicon patterns that read a narrower kind as the graph's broader relation
// (users28 F7, false SUPPORTED): a keynote is more than speaking at an event, a loan is one kind
// of financial assistance, a donation is a gift (a grant), not any assistance. On the corpus fixture.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('a narrower kind than the graph states', () => {
  it('is not supported by the broader relation', async () => {
    expect(await verdict("Xi Jinping gave a speech at the AIIB's opening ceremony.")).toBe('SUPPORTED');
    expect(await verdict("Xi Jinping gave the keynote speech at the AIIB's opening ceremony.")).not.toBe('SUPPORTED');
    expect(await verdict('Japan extended financial assistance to Uzbekistan.')).toBe('SUPPORTED');
    expect(await verdict('Japan extended loans to Uzbekistan.')).not.toBe('SUPPORTED');
    expect(await verdict('Japan donated US$ 105 million to Uzbekistan.')).not.toBe('SUPPORTED');
  });
});
