// Round 35 (fix28b): a side of "A after B" that ends in a weekday, a weekend, a week or a part of a
// day ("opened on the second Saturday after B", "the morning after B") names a day of its own
// counted from B; read as a bare "after B" the day was dropped and any later day supported it
// (users28 F5, false SUPPORTED). No span reading for it (src/check/spans.ts). On the corpus fixture.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('a day of its own before "after B"', () => {
  it('is no bare "after B"', async () => {
    expect(await verdict('The AIIB opened after its Articles of Agreement came into force.')).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened on the second Saturday after its Articles of Agreement came into force.')).not.toBe('SUPPORTED');
    expect(await verdict('The AIIB opened on the Saturday after its Articles of Agreement came into force.')).not.toBe('SUPPORTED');
    expect(await verdict('The AIIB opened the weekend after its Articles of Agreement came into force.')).not.toBe('SUPPORTED');
    expect(await verdict('The AIIB opened the morning after its Articles of Agreement came into force.')).not.toBe('SUPPORTED');
  });

  it('leaves a count of units read', async () => {
    expect(await verdict('The AIIB opened three weeks after its Articles of Agreement came into force.')).toBe('SUPPORTED');
  });
});
