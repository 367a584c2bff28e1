// A person named with a courtesy title, an initial or a bare office title (src/check/person-names.ts),
// "President X of Y" (src/check/titled-name.ts), and a titled alias after a wrong owner
// ("Sylvania's Prime Minister Rufus Firefly", src/check/resolver.ts): round 11, branch `words`.
import { describe, expect, it } from 'vitest';
import { personNameReading } from '../../src/check/person-names.js';
import { titledNameRewrite } from '../../src/check/titled-name.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

// a titled alias, the way the articles' entities list "Vice President Hamid Ansari"
const { check, ctx } = checkFixture('cgr:rufus skos:altLabel "Prime Minister Rufus Firefly" .');
const RUFUS = 'https://w3id.org/claimgraph/resource/rufus';
// an unread claim throws CHECK_UNINTERPRETABLE: not a verdict
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a person named the way news copy writes a name', () => {
  it('reads a courtesy title, an initial and a title the person holds', () => {
    const read = (s: string): string[] => personNameReading(ctx, tokenize(s, ctx.morph), 0);
    expect(read('Mr Firefly')).toEqual([RUFUS]);
    expect(read('Dr. Rufus Firefly')).toEqual([RUFUS]);
    expect(read('R. Firefly')).toEqual([RUFUS]);
    expect(read('PM Firefly')).toEqual([RUFUS]);
    // another initial, or a title he does not hold: no reading
    expect(read('K. Firefly')).toEqual([]);
    expect(read('President Firefly')).toEqual([]);
  });

  it('checks the claim said of the person so named', async () => {
    expect((await check('Mr Firefly visited Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('R. Firefly visited Sylvania.')).verdict).toBe('SUPPORTED');
    expect(await verdict('Pres. Firefly visited Sylvania.')).not.toBe('SUPPORTED');
  });

  it('reads another initial as another person of that surname, one the graph does not know (round 22)', async () => {
    const r = await check('K. Firefly visited Sylvania.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.interpretation.subject).toMatchObject({ kind: 'unknown-entity' });
    expect(r.interpretation.predicateName).toBe('visited');
  });

  it('reads "President X of Y" as the title in apposition', async () => {
    expect(titledNameRewrite(ctx, 'Prime Minister Rufus Firefly of Freedonia visited Sylvania.')).toBe('Rufus Firefly, Prime Minister of Freedonia, visited Sylvania.');
    expect((await check('Prime Minister Rufus Firefly of Freedonia visited Sylvania.')).verdict).toBe('SUPPORTED');
  });

  it('never drops a wrong owner before a titled alias', async () => {
    // was SUPPORTED: "Sylvania's" owner dropped, "Prime Minister Rufus Firefly" read as Rufus
    expect(await verdict("Sylvania's Prime Minister Rufus Firefly visited Sylvania.")).not.toBe('SUPPORTED');
    expect((await check("Freedonia's Prime Minister Rufus Firefly visited Sylvania.")).verdict).toBe('SUPPORTED');
  });
});
