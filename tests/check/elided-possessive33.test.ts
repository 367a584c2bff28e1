// Round 33 (branch cmp33): a bare possessive after a verb of exceeding or falling short, with a
// difference "by N" (src/check/elided-possessive.ts).
import { describe, expect, it } from 'vitest';
import { elidedPossessiveRewrite } from '../../src/check/elided-possessive.js';
import { freedoniaAid } from '../helpers/aid-claims.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia gave Sylvania US$ 4 million and Marsovia US$ 1.5 million of financial assistance
const { ctx, check } = checkFixture(freedoniaAid('financialAssistanceTo', 'sylvania', 4_000_000) + freedoniaAid('financialAssistanceTo', 'marsovia', 1_500_000));
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('a bare possessive after a verb of exceeding', () => {
  it('says the possessive with the first side\'s head, the difference kept', () => {
    expect(elidedPossessiveRewrite(ctx, "Sylvania's aid from Freedonia topped Marsovia's by US$ 2.5 million."))
      .toBe("Sylvania's aid from Freedonia topped Marsovia's aid from Freedonia by US$ 2.5 million.");
    expect(elidedPossessiveRewrite(ctx, "Marsovia's aid fell short of Sylvania's.")).toBe("Marsovia's aid fell short of Sylvania's aid.");
  });
  it('decides the comparison and the difference both ways', async () => {
    expect(await verdict("Sylvania's aid from Freedonia topped Marsovia's by US$ 2.5 million.")).toBe('SUPPORTED');
    expect(await verdict("Sylvania's aid from Freedonia topped Marsovia's by US$ 5 million.")).toBe('REFUTED');
    expect(await verdict("Marsovia's aid from Freedonia exceeded Sylvania's.")).toBe('REFUTED');
    expect(await verdict("Marsovia's aid fell short of Sylvania's.")).toBe('SUPPORTED');
  });
});
