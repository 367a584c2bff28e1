// False verdicts found around the held-out set tests/check/cases/users5/ (2026-12-03): the
// headline patterns of ontology/lexicon.ttl ("{article} called {title}", "{article} 's title say
// {title}") took an article *calling* something, or a title *saying* something in other words, as
// the article's title, and a title's own "Never" as the claim's denial (src/check/metadata.ts).
// Every expectation marked "old:" failed on the code before.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

describe('a title is read only where the claim gives one, on the committed graph', async () => {
  const { check } = await checkGraphDir(corpusFixture);
  const verdict = (claim: string): Promise<string> => check(claim).then((r) => r.verdict, () => 'NOT_ENOUGH_INFO');

  it('"the analysis calls X Y" is the article calling something, not its title', async () => {
    // old: REFUTED ("its title is ...", which "Central Asia a new battleground" is not)
    // round 26 (branch frames26): read first as the article appraising Central Asia (src/check/appraisal-frames.ts),
    // which its author's own words say: supported, and never refuted as a title
    expect(await verdict('The Japan analysis calls Central Asia a new battleground of soft power rivalry.')).toBe('SUPPORTED');
    expect(await verdict('The TAPI report calls Galkynysh one of the largest gas fields in the world.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('The AIIB report headlines the bank\'s opening.')).toBe('NOT_ENOUGH_INFO');
    // "called" with no "is": maybe an active past, or a reduced relative; other words do not refute
    expect(await verdict('The Japan analysis called Central Asia a new battleground of soft power rivalry.')).toBe('SUPPORTED');
  });

  it('"the title says P" may say it in other words: only the title\'s words support', async () => {
    // old: REFUTED (the title's words compared one by one)
    // round 18 (branch attrib18): a title that states it is now read as the headline speaking (src/check/headline-says.ts); never refuted
    expect(await verdict("The AIIB piece's title says the bank opened in Beijing.")).not.toBe('REFUTED');
    expect(await verdict('The title of the TAPI article says Turkmenistan broke ground on the pipeline.')).not.toBe('REFUTED');
    expect(await verdict("The Japan analysis's title calls Japan's engagement better late than never.")).not.toBe('REFUTED');
    expect(await verdict("The AIIB story's headline puts the founding membership at 57.")).not.toBe('REFUTED');
    expect(await verdict("The AIIB story's headline mentions 'Beijing'.")).not.toBe('REFUTED');
    // the title's own words, given or quoted after "says" / "reads", decide as before
    expect(await verdict('The title of the TAPI article says Turkmenistan Breaks Ground on TAPI Gas Pipeline.')).toBe('SUPPORTED');
    expect(await verdict("The TAPI story's headline reads 'Japan Breaks Ground'.")).toBe('REFUTED');
    expect(await verdict("The headline of the AIIB article says 'AIIB Closes'.")).toBe('REFUTED');
  });

  it('a "never" inside an unquoted title is the title\'s word', async () => {
    // old: REFUTED ("Never" taken as the claim denying the title)
    expect(await verdict('The Japan analysis is entitled Better Late Than Never.')).toBe('SUPPORTED');
    // a denial before the verb is still the claim's
    expect(await verdict('The Japan analysis is not entitled Better Late Than Never.')).toBe('REFUTED');
    expect(await verdict('The Japan analysis is not titled Japan Breaks Ground.')).toBe('SUPPORTED');
  });

  it('a title given after "is called" / "was titled" reads as before', async () => {
    expect(await verdict('The AIIB article is called AIIB Opens for Business in Beijing.')).toBe('SUPPORTED');
    expect(await verdict('The TAPI article was titled Japan Breaks Ground.')).toBe('REFUTED');
    expect(await verdict('The title of the TAPI article is Japan Breaks Ground.')).toBe('REFUTED');
  });
});
